"""Statutory and practice timescales, as data (an authority may override any of them).

Each timescale is an amount and a unit counted from a trigger date. Working days skip
weekends and bank holidays in England and Wales; school days are working days in term,
which need the authority's term dates (a TermCalendar).

Two ways of counting, because the law uses both:
- `after(start)`: "within 6 weeks of" the start - the same weekday six weeks on, the
  corresponding date n months on (the month's last day when there is none);
- `last_day(start)`: a period "beginning with" the start (s437(2) EA 1996, regs 13 and 22
  of the SEND Regulations 2014, s44(1) CFA 2014) - the start is its first day, so its last
  day is one earlier: 15 days beginning with 1 March end on 15 March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .bankholidays import is_bank_holiday
from .dates import add_months

if TYPE_CHECKING:
    from .schooldays import TermCalendar

UNITS = ("days", "weeks", "months", "working_days", "school_days")


@dataclass(frozen=True)
class Timescale:
    amount: int
    unit: str  # days | weeks | months | working_days | school_days
    label: str

    def after(self, start: date, calendar: TermCalendar | None = None) -> date:
        return shift(start, self.amount, self.unit, calendar)

    def before(self, end: date, calendar: TermCalendar | None = None) -> date:
        return shift(end, -self.amount, self.unit, calendar)

    def last_day(self, start: date, calendar: TermCalendar | None = None) -> date:
        """The last day of a period of this length beginning with `start`."""
        return last_day_of_period(start, self.amount, self.unit, calendar)

    def describe(self) -> str:
        unit = self.unit.replace("_", " ")
        return f"{self.amount} {unit[:-1] if self.amount == 1 else unit}"


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(start: date, count: int) -> date:
    """The working day `count` working days after (or before, if negative) `start`."""
    step = 1 if count >= 0 else -1
    day, remaining = start, abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def nth_working_day(start: date, count: int) -> date:
    """The count-th working day on or after start (start is the first if it is one)."""
    day = start if is_working_day(start) else add_working_days(start, 1)
    return add_working_days(day, count - 1)


def next_working_day(day: date) -> date:
    """The day itself if it is a working day, else the next one."""
    return day if is_working_day(day) else add_working_days(day, 1)


def _school_calendar(calendar: TermCalendar | None) -> TermCalendar:
    if calendar is not None:
        return calendar
    from .schooldays import TermCalendar

    return TermCalendar()  # the default term dates


def shift(start: date, amount: int, unit: str, calendar: TermCalendar | None = None) -> date:
    if unit == "school_days":
        if amount < 0:
            raise ValueError("school days are counted forwards only")
        return _school_calendar(calendar).add_school_days(start, amount)
    if unit == "days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "months":
        return add_months(start, amount)
    if unit == "working_days":
        return add_working_days(start, amount)
    raise ValueError(f"unknown unit {unit!r}")


def last_day_of_period(start: date, amount: int, unit: str, calendar: TermCalendar | None = None) -> date:
    if amount < 1:
        raise ValueError("a period beginning with a day is at least one unit long")
    if unit == "months":
        # The corresponding date n months on starts the next period; with none (31 January
        # plus one month) the period ends on the month's last day.
        corresponding = add_months(start, amount)
        return corresponding - timedelta(days=1) if corresponding.day == start.day else corresponding
    if unit == "working_days":
        return nth_working_day(start, amount)
    if unit == "school_days":
        return _school_calendar(calendar).nth_school_day(start, amount)
    return shift(start, amount, unit) - timedelta(days=1)


# The defaults from the SEND Code of Practice 0–25 (2015) and practice (DOMAIN.md).
TIMESCALES: dict[str, Timescale] = {
    "ehc_decision_to_assess": Timescale(6, "weeks", "Decision whether to assess"),
    "ehc_advice": Timescale(6, "weeks", "Advice returned"),
    "ehc_notice_not_issuing": Timescale(16, "weeks", "Notice of not issuing a plan"),
    "ehc_draft_comments": Timescale(15, "days", "Parents' comments on the draft plan"),
    "ehc_final_plan": Timescale(20, "weeks", "Final plan issued"),
    "annual_review": Timescale(12, "months", "Annual review meeting"),
    "review_notice": Timescale(2, "weeks", "Invitations sent (notice before the meeting)"),
    "review_advice_circulated": Timescale(2, "weeks", "Advice circulated before the meeting"),
    "review_report": Timescale(2, "weeks", "Review report sent after the meeting"),
    "review_decision": Timescale(4, "weeks", "Authority's decision after the meeting"),
    "review_amended_plan": Timescale(8, "weeks", "Amended final plan after proposed amendments"),
    "s437_response": Timescale(15, "days", "Parent's response to a s437(1) notice"),
    "cme_enquiries": Timescale(10, "school_days", "Joint enquiries after unexplained absence"),
    "ehe_contact": Timescale(12, "months", "At least annual EHE contact"),
    # Used by the statutory timeline (domain/timeline_*.py).
    "ehc_appeal": Timescale(2, "months", "Appeal to the Tribunal after a decision"),
    "ehc_appeal_after_certificate": Timescale(1, "months", "Appeal after a mediation certificate"),
    "ehc_amendment_comments": Timescale(15, "days", "Parents' comments on proposed amendments"),
    "review_amendments_complete": Timescale(12, "weeks", "Amended plan issued after the review meeting"),
    "review_under_five_from": Timescale(3, "months", "Review of an under-5's plan considered from"),
    "review_under_five_by": Timescale(6, "months", "Review of an under-5's plan considered by"),
    "post16_move_notice": Timescale(5, "months", "Plan amended before a post-16 move at another time"),
    "s438_select_school": Timescale(15, "days", "Parent selects a school after a notice of intention"),
    "preliminary_notice_response": Timescale(15, "days", "Parent's response to a preliminary notice"),
    "school_nomination_response": Timescale(15, "days", "Parent selects a school after a nomination notice"),
    # The 2026 register (not yet in force: practice defaults until regulations set them).
    "consent_decision": Timescale(15, "days", "Authority's decision on consent to home educate"),
    "register_change_report": Timescale(15, "days", "Parent reports a change to the register entry"),
}


def timescale(name: str, overrides: dict[str, Timescale] | None = None) -> Timescale:
    if overrides and name in overrides:
        return overrides[name]
    return TIMESCALES[name]
