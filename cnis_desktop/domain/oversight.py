"""Information sharing, school attendance orders, and the dashboard's items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Notification:
    """That a partner was told of an arrangement (mutable: acknowledgement comes later)."""

    child_id: str = ""
    arrangement_id: str = ""
    partner: str = "school_nursing"
    shared_on: date | None = None
    method: str = "secure_email"
    shared_by: str = ""
    acknowledged: bool = False
    acknowledged_on: date | None = None
    notes: str = ""


@dataclass
class SaoCase:
    """The school attendance order path when education is not shown to be suitable."""

    child_id: str = ""
    notice_served: date | None = None  # s437(1)
    response_received: date | None = None
    notice_of_intention: date | None = None
    schools_named: str = ""
    order_served: date | None = None
    outcome: str = ""
    outcome_date: date | None = None


@dataclass(frozen=True)
class DashboardItem:
    section: str  # deadlines | consent | health | partners | hours | lead
    child_id: str
    child_name: str
    title: str
    due: date | None = None
    detail: str = ""
    place: str = ""  # where in the child's record to open: details | arrangements | ...
    arrangement_id: str = ""

    def days_left(self, today: date) -> int | None:
        return (self.due - today).days if self.due else None

    def state(self, today: date) -> str:
        left = self.days_left(today)
        if left is None:
            return ""
        if left < 0:
            return f"{-left} day{'s' if left != -1 else ''} overdue"
        return "due today" if left == 0 else f"{left} day{'s' if left != 1 else ''} left"


def absence_measure(possible: int | None, missed: int | None) -> str:
    """The DfE measure the sessions meet, in words ("" with none recorded): severe absence
    is 50% or more of possible sessions missed, persistent 10% or more."""
    if not possible or missed is None or missed < 0 or missed > possible:
        return ""
    percent = 100 * missed / possible
    # Whole numbers compared, so 10% of 190 sessions is exactly 19.
    if missed * 100 >= 50 * possible:
        kind = "severe absence"
    elif missed * 100 >= 10 * possible:
        kind = "persistent absence"
    else:
        kind = "below the persistent-absence line"
    return f"{percent:.0f}% of sessions missed ({missed} of {possible}): {kind}"
