"""Statutory and practice timescales, as data (an authority may override any of them).

Each timescale is an amount and a unit counted from a trigger date. Working days skip
weekends and bank holidays in England and Wales.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .contact import add_months
from .hours import is_bank_holiday

UNITS = ("days", "weeks", "months", "working_days")


@dataclass(frozen=True)
class Timescale:
    amount: int
    unit: str  # days | weeks | months | working_days
    label: str

    def after(self, start: date) -> date:
        return shift(start, self.amount, self.unit)

    def before(self, end: date) -> date:
        return shift(end, -self.amount, self.unit)


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


def shift(start: date, amount: int, unit: str) -> date:
    if unit == "days":
        return start + timedelta(days=amount)
    if unit == "weeks":
        return start + timedelta(weeks=amount)
    if unit == "months":
        return add_months(start, amount)
    if unit == "working_days":
        return add_working_days(start, amount)
    raise ValueError(f"unknown unit {unit!r}")


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
    "cme_enquiries": Timescale(10, "working_days", "Joint enquiries after unexplained absence"),
    "ehe_contact": Timescale(12, "months", "At least annual EHE contact"),
}


def timescale(name: str, overrides: dict[str, Timescale] | None = None) -> Timescale:
    if overrides and name in overrides:
        return overrides[name]
    return TIMESCALES[name]
