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


# Not frozen: a frozen dataclass is made ten times slower (each field set through
# object.__setattr__), and Today makes one per item - about 9,000 at 5,000 children. Nothing
# changes an item once made; dataclasses.replace() makes a changed copy.
@dataclass(slots=True)
class DashboardItem:
    section: str  # deadlines | consent | health | partners | hours | absence | lead
    child_id: str  # "" for a provider's problem (one item per provider, not per child)
    child_name: str  # the child's name, or the provider's
    title: str
    due: date | None = None
    detail: str = ""
    place: str = ""  # where in the child's record to open: details | arrangements | ...
    arrangement_id: str = ""
    # For Today's ranking and filters (domain/today.py): the kind of item, its harm tier
    # (today.SAFEGUARDING ... today.RECORD) and the child's allocated worker.
    kind: str = "contact"
    harm: int = 2
    worker: str = ""
    # The date is when something expired (a DBS check), not a deadline: said "expired N
    # days ago", never "due today".
    expired: bool = False
    # A provider's problem: the provider, and the children (id, name) and workers it affects.
    provider_id: str = ""
    children: tuple[tuple[str, str], ...] = ()
    workers: tuple[str, ...] = ()

    def days_left(self, today: date) -> int | None:
        return (self.due - today).days if self.due else None

    def state(self, today: date) -> str:
        left = self.days_left(today)
        if left is None:
            return ""
        if self.expired:
            if left < 0:
                return f"expired {_days(-left)} ago"
            return "expires today" if left == 0 else f"expires in {_days(left)}"
        if left < 0:
            return f"{_days(-left)} overdue"
        return "due today" if left == 0 else f"{_days(left)} left"


def _days(count: int) -> str:
    return f"{count} day{'' if count == 1 else 's'}"


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
