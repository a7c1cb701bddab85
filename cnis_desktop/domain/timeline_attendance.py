"""School attendance orders, children missing education, and absence rates.

The school attendance order steps are data: the Education Act 1996 process (ss437-438, in
force) and the one the Children's Wellbeing and Schools Act 2026 recasts around a
preliminary notice and a school nomination notice (EA 1996 ss436I-436M as inserted; not yet
in force). An authority picks one in settings.json ("attendance_order_process"); the
periods are timescales it can override.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import format_user_date as d
from .schooldays import TermDatesMissing
from .timeline import InputProblems, Inputs, Rules, Step, Timeline, timeline


@dataclass(frozen=True)
class OrderStep:
    key: str
    name: str
    rule: str
    anchor: str  # "served" or the key of an earlier step
    timescale: str = ""  # a name in TIMESCALES
    count: str = "on"  # on: the anchor's day; last_day: of the period beginning with the
    # anchor; day_after: the first day after that period
    note: str = ""
    given_as: str = ""  # the input that gives the real date of this step, if any


@dataclass(frozen=True)
class OrderProcess:
    code: str
    title: str
    steps: tuple[OrderStep, ...]
    note: str = ""


ATTENDANCE_ORDER_PROCESSES = {
    p.code: p
    for p in (
        OrderProcess(
            "ea1996",
            "Education Act 1996 ss.437-438",
            (
                OrderStep(
                    "notice",
                    "Notice served requiring the parent to satisfy the authority",
                    "EA 1996 s.437(1)",
                    "served",
                ),
                OrderStep(
                    "period_ends",
                    "Last day of the parent's period (not less than 15 days beginning with the day served)",
                    "EA 1996 s.437(2)",
                    "notice",
                    "s437_response",
                    "last_day",
                ),
                OrderStep(
                    "may_act",
                    "First day the authority may act on the notice",
                    "EA 1996 s.437(3)",
                    "notice",
                    "s437_response",
                    "day_after",
                    note="If the parent has not satisfied the authority and it is expedient that the "
                    "child attends school.",
                ),
                OrderStep(
                    "intention",
                    "Notice of intention to serve an order, naming the school (earliest)",
                    "EA 1996 s.438(2)",
                    "may_act",
                    given_as="second_notice",
                    note="For a child with an EHC plan s.441 applies instead: the school named in the plan.",
                ),
                OrderStep(
                    "select_ends",
                    "Last day for the parent to select a school or apply for a place "
                    "(15 days beginning with the day served)",
                    "EA 1996 s.438(4)-(5)",
                    "intention",
                    "s438_select_school",
                    "last_day",
                ),
                OrderStep(
                    "order",
                    "School attendance order may be served (earliest)",
                    "EA 1996 s.437(3)",
                    "intention",
                    "s438_select_school",
                    "day_after",
                ),
            ),
        ),
        OrderProcess(
            "cwsa2026",
            "Children's Wellbeing and Schools Act 2026 (not yet in force)",
            (
                OrderStep("notice", "Preliminary notice served", "EA 1996 as amended by CWSA 2026", "served"),
                OrderStep(
                    "period_ends",
                    "Last day for the parent to respond to the preliminary notice",
                    "EA 1996 as amended by CWSA 2026",
                    "notice",
                    "preliminary_notice_response",
                    "last_day",
                    note="Check this period against the provisions when they come into force; an "
                    "authority sets it as preliminary_notice_response.",
                ),
                OrderStep(
                    "may_act",
                    "First day the authority may act on the preliminary notice",
                    "EA 1996 as amended by CWSA 2026",
                    "notice",
                    "preliminary_notice_response",
                    "day_after",
                ),
                OrderStep(
                    "nomination",
                    "School nomination notice served (earliest)",
                    "EA 1996 s.436K",
                    "may_act",
                    given_as="second_notice",
                    note="Not for a child with an EHC plan (s.436K(1)).",
                ),
                OrderStep(
                    "select_ends",
                    "Last day for the parent to select a school (15 days beginning with the day served)",
                    "EA 1996 s.436K(3)",
                    "nomination",
                    "school_nomination_response",
                    "last_day",
                ),
                OrderStep(
                    "order",
                    "School attendance order may be served (earliest)",
                    "EA 1996 s.436I",
                    "nomination",
                    "school_nomination_response",
                    "day_after",
                ),
            ),
            note="The 2026 Act's process is not yet in force.",
        ),
    )
}
PROCESS_CHOICES = (
    ("", "The authority's setting"),
    *((p.code, p.title) for p in ATTENDANCE_ORDER_PROCESSES.values()),
)


def attendance_order(inputs: Inputs, rules: Rules) -> Timeline:
    code = inputs.text("process") or rules.attendance_order_process
    process = ATTENDANCE_ORDER_PROCESSES.get(code, ATTENDANCE_ORDER_PROCESSES["ea1996"])
    dates = {"served": inputs.required_date("served")}
    steps = []
    for spec in process.steps:
        computed = _date_of(spec, dates, rules)
        given = inputs.optional_date(spec.given_as) if spec.given_as else None
        warning = ""
        if given is not None and given < computed:
            warning = f"Served before the parent's period ended: the earliest day is {d(computed)}."
        dates[spec.key] = given or computed
        steps.append(
            Step(dates[spec.key], spec.name, spec.rule, note=spec.note, warning=warning, key=spec.key)
        )
    notes = [process.note] if process.note else []
    return timeline("attendance-order", steps, [("process", process.title)], notes)


def _date_of(spec: OrderStep, dates: dict[str, date], rules: Rules) -> date:
    anchor = dates[spec.anchor]
    if spec.count == "on":
        return anchor
    period = rules.period(spec.timescale)
    last = period.last_day(anchor, rules.calendar)
    return last if spec.count == "last_day" else last + timedelta(days=1)


def missing_education(inputs: Inputs, rules: Rules) -> Timeline:
    """Children missing education: a school tells the authority of a pupil absent without
    permission for a continuous period of 10 school days, and they make enquiries together
    (School Attendance (Pupil Registration) (England) Regulations 2024; Children missing
    education, statutory guidance 2024). School days, not working days: term dates count."""
    absent = inputs.required_date("absent_from")
    period = rules.period("cme_enquiries")
    try:
        first = rules.calendar.nth_school_day(absent, 1)
        tenth = period.last_day(absent, rules.calendar)
    except TermDatesMissing as exc:
        raise InputProblems({"absent_from": str(exc)}) from exc
    steps = [
        Step(
            first,
            "First school day of continuous absence without permission (day 1)",
            "Pupil Registration Regs 2024",
            note="" if first == absent else f"{d(absent)} is not a school day.",
        ),
        Step(
            tenth,
            f"{period.describe().capitalize()} of continuous absence: the school tells the "
            "authority and they make reasonable enquiries together",
            "Pupil Registration Regs 2024; CME guidance 2024",
        ),
    ]
    notes = [
        "School days from the default term dates (the usual English pattern, INSET days "
        'unknown): set the authority\'s own in settings.json "term_dates".'
        if rules.calendar.is_default
        else "School days from the authority's term dates."
    ]
    return timeline("missing-education", steps, notes=notes)


# DfE's measures, as percentages of possible sessions missed.
ABSENCE_MEASURES = (("persistent absence", 10), ("severe absence", 50))


def absence(inputs: Inputs, rules: Rules) -> Timeline:
    possible, missed = inputs.count("possible"), inputs.count("missed")
    if possible == 0:
        raise InputProblems({"possible": "Sessions possible must be at least 1."})
    if missed > possible:
        raise InputProblems({"missed": f"More sessions missed ({missed}) than possible ({possible})."})
    facts = [
        ("sessions possible", str(possible)),
        ("sessions missed", str(missed)),
        ("sessions attended", str(possible - missed)),
        ("absence rate", f"{100 * missed / possible:.1f}%"),
        ("attendance rate", f"{100 * (possible - missed) / possible:.1f}%"),
    ]
    for name, percent in ABSENCE_MEASURES:
        # Whole numbers compared, so 10% of 190 sessions is exactly 19, with no rounding.
        met = missed * 100 >= percent * possible
        facts.append((name, f"{'yes' if met else 'no'} ({percent}% or more of possible sessions missed)"))
    return timeline(
        "absence", facts=facts, notes=["DfE measures of absence: persistent 10% or more, severe 50% or more."]
    )
