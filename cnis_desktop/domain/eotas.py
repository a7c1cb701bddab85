"""EOTAS (s61 CFA 2014): packages, their components, providers, the activity log, QA visits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .codes import ACTIVITY_STATUS_KEYS as STATUS_KEYS
from .model import Action

# A provider's check is flagged this many days before it expires.
EXPIRY_WARNING_DAYS = 30


@dataclass
class Provider:
    """Shared across children (mutable)."""

    name: str = ""
    registered: bool = False
    address: str = ""
    contact: str = ""
    dbs_seen_date: date | None = None
    dbs_expiry: date | None = None
    safeguarding_policy_expiry: date | None = None
    insurance_expiry: date | None = None
    qualifications: str = ""
    qualifications_expiry: date | None = None

    def check_expiries(self) -> dict[str, date | None]:
        return {
            "DBS": self.dbs_expiry,
            "Safeguarding policy": self.safeguarding_policy_expiry,
            "Insurance": self.insurance_expiry,
            "Qualifications": self.qualifications_expiry,
        }

    def check_alerts(self, today: date) -> list[str]:
        """Each check that is missing, expired, or expires within the warning period."""
        alerts = []
        for name, expiry in self.check_expiries().items():
            if name == "Qualifications" and expiry is None:
                continue  # many qualifications do not expire
            if expiry is None:
                alerts.append(f"{name}: not recorded")
            elif expiry < today:
                alerts.append(f"{name}: expired {expiry:%d/%m/%Y}")
            elif expiry <= today + timedelta(days=EXPIRY_WARNING_DAYS):
                alerts.append(f"{name}: expires {expiry:%d/%m/%Y}")
        return alerts


@dataclass
class EotasPackage:
    """A child's package (mutable): its dates; the components hold the provision."""

    child_id: str = ""
    start_date: date | None = None
    end_date: date | None = None
    review_date: date | None = None
    notes: str = ""

    def covers(self, day: date) -> bool:
        if self.start_date is None or day < self.start_date:
            return False
        return self.end_date is None or day <= self.end_date


@dataclass
class Component:
    """One strand of provision in a package (mutable)."""

    package_id: str = ""
    child_id: str = ""
    name: str = ""
    provider_id: str = ""
    activity_type: str = "tutoring_english"
    planned_hours_per_week: float = 0.0
    days: list[str] = field(default_factory=lambda: ["mon", "wed"])
    cost_per_week: float | None = None
    funding_route: str = "la_commissioned"
    budget_manager: str = ""
    section_f: str = ""
    section_e_outcomes: str = ""


@dataclass
class ActivityEntry:
    """What happened at one session. Append-only once its week is closed."""

    child_id: str = ""
    component_id: str = ""
    entry_date: date | None = None
    planned_minutes: int = 0
    actual_minutes: int = 0
    status: str = "delivered"
    what_done: str = ""
    outcome_progress: str = ""
    evidence: str = ""
    child_words: str = ""  # what the child said about the session, in their own words


@dataclass
class QaVisit:
    """A quality-assurance visit to a provider, or to one child's session (append-only)."""

    provider_id: str = ""
    child_id: str = ""
    visit_date: date | None = None
    checks_met: list[str] = field(default_factory=list)
    rating: str = ""
    findings: str = ""
    actions: list[Action] = field(default_factory=list)


class CellProblem(ValueError):
    pass


def parse_cell(text: str, planned_minutes: int) -> tuple[str, int] | None:
    """What one keystroke or two in the weekly grid means: (status, minutes), or None to clear.

    "90" is 90 minutes delivered; "d" is delivered as planned; "p", "f", "n", "r" are
    cancelled by provider, cancelled by family, did not attend, rescheduled; "75d" works too.
    """
    value = text.strip().lower().replace("min", "").strip()
    if not value:
        return None
    letter = value[-1] if value[-1].isalpha() else ""
    number = value[:-1].strip() if letter else value
    if number and not number.isdigit():
        raise CellProblem(f"'{text.strip()}' is not minutes (e.g. 90) or a status letter.")
    if letter and letter not in STATUS_KEYS:
        raise CellProblem(f"'{letter}' is not a status: use d, p, f, n or r.")
    status = STATUS_KEYS.get(letter, "delivered")
    if number:
        minutes = int(number)
        if status != "delivered" and minutes:
            raise CellProblem("Only a delivered session has minutes.")
        return status, minutes
    return status, planned_minutes if status == "delivered" else 0
