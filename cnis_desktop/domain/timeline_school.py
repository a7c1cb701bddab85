"""Phase transfer of an EHC plan, and a child's school-age facts.

Phase transfer: SEND Regulations 2014 reg 2(1) ("transfer between phases of education") and
reg 18 - within 12 months of a transfer the plan is reviewed and amended, naming the next
school, *before* 15 February of the calendar year of the transfer (before 31 March for a
move from secondary school to post-16). "Before" makes 14 February (30 March) the last day.
School age: Education Act 1996 s8, the Education (Start of Compulsory School Age) Order
1998 and the Education (School Leaving Date) Order 1997.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import add_months
from .dates import format_user_date as d
from .schoolage import (
    age_on,
    compulsory_school_age_starts,
    key_stage,
    nc_year,
    nc_year_in,
    nc_year_label,
    reception_year,
    school_leaving_date,
)
from .schooldays import school_year_label, school_year_of
from .timeline import InputProblems, Inputs, Rules, Step, Timeline, timeline
from .timeline_ehc import DEVON

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Transfer:
    code: str
    label: str
    last_year: int  # the NC year the child leaves, in the usual pattern
    before: tuple[int, int]  # (month, day) the plan must be amended before
    rule: str
    condition: str = ""  # when the transfer applies; "" for every child in that year


TRANSFERS = (
    Transfer(
        "early-years",
        "Early years education to school (Reception)",
        -1,
        (2, 15),
        "SEND Regs 2014 r.18(1)(b)",
        "if the child is in early years education",
    ),
    Transfer(
        "infant-junior",
        "Infant school to junior school",
        2,
        (2, 15),
        "SEND Regs 2014 r.18(1)(b)",
        "if the child is at an infant school",
    ),
    Transfer(
        "primary-middle",
        "Primary (first) school to middle school",
        4,
        (2, 15),
        "SEND Regs 2014 r.18(1)(b)",
        "where middle schools start at Year 5; other ages: choose the transfer for the child",
    ),
    Transfer(
        "primary-secondary", "Primary school to secondary school", 6, (2, 15), "SEND Regs 2014 r.18(1)(b)"
    ),
    Transfer(
        "middle-secondary",
        "Middle school to secondary school",
        8,
        (2, 15),
        "SEND Regs 2014 r.18(1)(b)",
        "where middle schools end at Year 8; other ages: choose the transfer for the child",
    ),
    Transfer(
        "post-16", "Secondary school to a post-16 institution", 11, (3, 31), "SEND Regs 2014 r.18(1)(a)"
    ),
)
POST16_MOVE = "post16-move"  # between post-16 institutions at another time of year
TRANSFER_CHOICES = (
    ("", "Work it out from the NC year"),
    *((t.code, t.label) for t in TRANSFERS),
    (POST16_MOVE, "Between post-16 institutions at another time"),
)


def phase_transfer(inputs: Inputs, rules: Rules) -> Timeline:
    dob = inputs.required_date("dob")
    start = inputs.school_year("school_year")
    start = school_year_of(inputs.today) if start is None else start
    year = nc_year_in(dob, start)
    facts = [
        ("school year", school_year_label(start)),
        ("NC year", nc_year_label(year)),
        ("key stage", key_stage(year)),
    ]
    chosen = inputs.text("transfer")
    moving_on = inputs.optional_date("transfer_date")
    if chosen == POST16_MOVE:
        if moving_on is None:
            raise InputProblems({"transfer_date": "Give the date of the move between post-16 institutions."})
        return timeline("phase-transfer", _post16_move(moving_on, rules), facts)
    if chosen:
        transfer, transfer_year = next(t for t in TRANSFERS if t.code == chosen), start + 1
    else:
        # This year's transfer, even one that depends on the school; otherwise the next
        # that every child makes, naming any school-dependent ones before it.
        now = [t for t in TRANSFERS if t.last_year == year]
        later = [t for t in TRANSFERS if t.last_year > year and not t.condition]
        if not now and not later:
            facts.append(
                (
                    "transfer",
                    "none: past Year 11 (for a move between post-16 "
                    "institutions choose that transfer and give its date)",
                )
            )
            return timeline("phase-transfer", (), facts)
        transfer = now[0] if now else later[0]
        transfer_year = start + 1 + transfer.last_year - year
        if not now:
            facts.append(("transfer this year", f"none from {nc_year_label(year)}"))
            for maybe in (t for t in TRANSFERS if year < t.last_year < transfer.last_year):
                facts.append(
                    (
                        "possible earlier transfer",
                        f"{maybe.label.lower()} at the end of {nc_year_label(maybe.last_year)}"
                        f" ({school_year_label(start + maybe.last_year - year)}), "
                        f"{maybe.condition}",
                    )
                )
    facts.append(
        (
            "transfer",
            f"{transfer.label}: {nc_year_label(transfer.last_year)} to "
            f"{nc_year_label(transfer.last_year + 1)}, September {transfer_year}"
            if not chosen
            else f"{transfer.label}, September {transfer_year}",
        )
    )
    return timeline("phase-transfer", _transfer_steps(transfer, transfer_year, moving_on, rules), facts)


def _transfer_steps(transfer: Transfer, year: int, moving_on: date | None, rules: Rules) -> list[Step]:
    month, day = transfer.before
    last_day = date(year, month, day) - timedelta(days=1)
    latest_proposal = rules.period("review_amended_plan").before(last_day)
    latest_meeting = rules.period("review_decision").before(latest_proposal)
    moves = moving_on or date(year, 9, 1)
    named = "post-16 institution" if transfer.code == "post-16" else "school"
    return [
        Step(
            add_months(moves, -12),
            "Within 12 months of the transfer: the plan is to be reviewed for it",
            "SEND Regs 2014 r.18(1)",
        ),
        Step(
            latest_meeting,
            "Review meeting: latest date (decision and proposed amendments within 4 weeks)",
            f"SEND Regs 2014 r.20(10); {DEVON}",
        ),
        Step(
            latest_proposal,
            f"Proposed amendments naming the next {named}: latest date (8 weeks to the final plan)",
            "SEND Regs 2014 r.22(3)",
        ),
        Step(
            last_day,
            f"Amended plan naming the next {named} issued (before {day} {MONTHS[month - 1]})",
            transfer.rule,
            key="phase_transfer",
            note=(f"Applies {transfer.condition}. " if transfer.condition else "")
            + f"The regulation says 'before {day} {MONTHS[month - 1]}': {d(last_day)} is the last day.",
        ),
        Step(
            moves,
            f"Transfer: {transfer.label.lower()}",
            "start of the school year" if moving_on is None else "date given",
        ),
    ]


def _post16_move(moving_on: date, rules: Rules) -> list[Step]:
    by = rules.period("post16_move_notice").before(moving_on)
    return [
        Step(
            by,
            "Plan reviewed and amended, naming the next institution (at least 5 months before)",
            "SEND Regs 2014 r.18",
        ),
        Step(moving_on, "Move between post-16 institutions", "date given"),
    ]


def school_age(inputs: Inputs, rules: Rules) -> Timeline:
    dob = inputs.required_date("dob")
    on = inputs.optional_date("on") or inputs.today
    if on < dob:
        raise InputProblems({"on": "The date is before the date of birth."})
    starts, leaves = compulsory_school_age_starts(dob), school_leaving_date(dob)
    year = nc_year(dob, on)
    facts = [
        ("age", str(age_on(dob, on))),
        ("on", d(on)),
        ("school year", school_year_label(school_year_of(on))),
        ("NC year", nc_year_label(year)),
        ("key stage", key_stage(year)),
        ("compulsory school age", "yes" if starts <= on <= leaves else "no"),
    ]
    other = inputs.school_year("school_year")
    if other is not None:
        facts += [
            (f"NC year in {school_year_label(other)}", nc_year_label(nc_year_in(dob, other))),
            (f"key stage in {school_year_label(other)}", key_stage(nc_year_in(dob, other))),
        ]
    steps = [
        Step(
            date(reception_year(dob), 9, 1),
            "Reception year starts (the September after the 4th birthday; school is not compulsory yet)",
            "School Admissions Code 2021 para 2.17",
        ),
        Step(
            starts,
            "Compulsory school age begins (the prescribed day on or after the 5th birthday)",
            "EA 1996 s.8(2); SI 1998/1607",
        ),
        Step(
            leaves,
            "Compulsory school age ends: school-leaving date (last Friday in June of the "
            "school year the child turns 16)",
            "EA 1996 s.8(3); SI 1997/1970",
        ),
    ]
    return timeline("school-age", steps, facts)
