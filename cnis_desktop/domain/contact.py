"""When the next contact with a child is due."""

from __future__ import annotations

from datetime import date

from .dates import add_months
from .model import Visit

# Authority practice: at least annual contact with an electively home-educated child.
ANNUAL_CONTACT_MONTHS = 12


def next_contact_due(latest_final_visit: Visit | None, arrangement_start: date | None) -> date | None:
    """The next contact the latest finalised visit set, else a year after it; with no visit
    yet, the start of the arrangement (the child is due an initial contact now)."""
    if latest_final_visit is not None:
        if latest_final_visit.next_contact_date:
            return latest_final_visit.next_contact_date
        if latest_final_visit.actual_date:
            return add_months(latest_final_visit.actual_date, ANNUAL_CONTACT_MONTHS)
    return arrangement_start
