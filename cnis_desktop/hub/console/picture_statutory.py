"""The authority picture's statutory deadlines and EOTAS hours, worked out from the hub's
current state with the laptops' own rules (domain/record_deadlines.py, domain/hours.py) and
the authority's default timescales, so that the console and a worker's laptop cannot disagree
about a child's deadline or hours.

Only the records these tables need are read: EHC plans and annual reviews, the dates of
birth of children with a plan, and EOTAS packages, components, providers and the activity
entries (with their amendments) of the period counted.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ...domain.ehc import AnnualReview, Deadline, EhcPlan
from ...domain.eotas import ActivityEntry, Component, EotasPackage
from ...domain.hours import planned_weeks, week_start
from ...domain.model import from_fields
from ...domain.record_deadlines import assessment_deadlines, phase_transfer_deadline, review_deadlines
from ...domain.timeline import Rules
from ..storage import HubStore

PROCESSES = ("EHC needs assessment", "Annual review", "Phase transfer")
DUE_LABEL = "due within 14 days"
EOTAS_WEEKS = 4  # the last four complete weeks: long enough to smooth a holiday week


@dataclass(frozen=True)
class Live:
    record_id: str
    child_id: str
    fields: dict[str, Any]
    created_at: str


def _fields(value: Any) -> dict[str, Any]:
    found = value if isinstance(value, dict) else json.loads(value)
    return found if isinstance(found, dict) else {}


def live(store: HubStore, kind: str, where: str = "", params: Iterable[Any] = ()) -> list[Live]:
    """The live (not deleted) records of a kind, oldest first, with their whole fields."""
    with store.db() as conn:
        rows = conn.execute(
            "SELECT record_id, child_id, fields, created_at FROM record_state"
            f" WHERE record_type = ? AND deleted = 0{where} ORDER BY created_at, record_id",
            (kind, *params),
        ).fetchall()
    return [Live(r["record_id"], r["child_id"], _fields(r["fields"]), r["created_at"]) for r in rows]


def _field(store: HubStore, name: str) -> str:
    return f"(fields ->> '{name}')" if store.postgres else f"json_extract(fields, '$.{name}')"


def _record(cls: type[Any], fields: dict[str, Any]) -> Any:
    try:
        return from_fields(cls, fields)
    except (TypeError, ValueError):  # a damaged record is left out, not the whole page
        return None


# --- statutory deadlines -------------------------------------------------------------------


def _current_review(reviews: list[AnnualReview]) -> AnnualReview | None:
    """As the laptop's EhcRecords.current_review: the open cycle (no meeting date), else the
    one with the latest meeting."""
    if not reviews:
        return None
    open_ones = [r for r in reviews if r.meeting_date is None]
    if open_ones:
        return open_ones[0]
    return max(reviews, key=lambda r: r.meeting_date or date.min)


def _concluded_review(reviews: list[AnnualReview]) -> AnnualReview | None:
    decided = [r for r in reviews if r.decision_date is not None]
    return max(decided, key=lambda r: r.decision_date or date.min) if decided else None


def child_deadlines(
    plan: EhcPlan, reviews: list[AnnualReview], dob: date | None, rules: Rules, today: date
) -> dict[str, list[Deadline]]:
    """One child's deadlines by process, as the EHC tab works them out."""
    review = _current_review(reviews)
    transfer = phase_transfer_deadline(plan, dob, rules, today)
    return {
        "EHC needs assessment": assessment_deadlines(plan, rules, today),
        "Annual review": review_deadlines(plan, review, rules, today, dob, _concluded_review(reviews)),
        "Phase transfer": [transfer] if transfer is not None else [],
    }


def deadline_counts(store: HubStore, today: date, rules: Rules | None = None) -> Counter[str]:
    """Children with a deadline overdue, or due within 14 days, in each process (a child
    counted once per row)."""
    rules = rules or Rules()
    plans: dict[str, EhcPlan] = {}
    for found in live(store, "ehc_plan"):
        plan = _record(EhcPlan, found.fields)
        if plan is not None:
            plans[found.child_id] = plan  # the latest made wins, as the laptop's plan_for
    if not plans:
        return Counter()
    reviews: dict[str, list[AnnualReview]] = defaultdict(list)
    for found in live(store, "annual_review"):
        review = _record(AnnualReview, found.fields)
        if review is not None:
            reviews[found.child_id].append(review)
    dobs: dict[str, date | None] = {}
    with store.db() as conn:
        for row in conn.execute(
            f"SELECT record_id, {_field(store, 'date_of_birth')} AS dob FROM record_state"
            " WHERE record_type = 'child' AND deleted = 0 AND record_id IN"
            " (SELECT child_id FROM record_state WHERE record_type = 'ehc_plan' AND deleted = 0)"
        ).fetchall():
            try:
                dobs[row["record_id"]] = date.fromisoformat(str(row["dob"])[:10]) if row["dob"] else None
            except ValueError:
                dobs[row["record_id"]] = None
    counts: Counter[str] = Counter()
    for child_id, plan in plans.items():
        if child_id not in dobs:
            continue  # the child's own record is deleted (or never arrived)
        for process, deadlines in child_deadlines(
            plan, reviews[child_id], dobs[child_id], rules, today
        ).items():
            states = {d.status(today) for d in deadlines}
            if "overdue" in states:
                counts[f"{process}: overdue"] += 1
            if "due soon" in states:
                counts[f"{process}: {DUE_LABEL}"] += 1
    return counts


def deadline_rows(counts: Counter[str]) -> list[tuple[str, int]]:
    return [
        (label, counts[label])
        for process in PROCESSES
        for label in (f"{process}: overdue", f"{process}: {DUE_LABEL}")
    ]


# --- EOTAS hours delivered against planned ---------------------------------------------------


@dataclass
class ProviderHours:
    provider: str
    planned_minutes: int = 0
    delivered_minutes: int = 0
    children: set[str] | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.delivered_minutes / self.planned_minutes) if self.planned_minutes else 0


def eotas_period(today: date) -> tuple[date, date]:
    """The last EOTAS_WEEKS complete weeks (Monday to Sunday) before this one."""
    end = week_start(today) - timedelta(days=1)
    return end - timedelta(days=7 * EOTAS_WEEKS - 1), end


def _entries(store: HubStore, start: date, end: date) -> list[ActivityEntry]:
    """The period's activity entries, each with its amendments applied in arrival order."""
    day = _field(store, "entry_date")
    found = live(store, "activity_entry", f" AND {day} BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))
    fields = {f.record_id: dict(f.fields) for f in found}
    if fields:
        for amendment in live(store, "activity_amendment"):
            target = fields.get(str(amendment.fields.get("entry_id")))
            changes = amendment.fields.get("changes")
            if target is not None and isinstance(changes, dict):
                target.update(changes)
    entries = [_record(ActivityEntry, f) for f in fields.values()]
    return [e for e in entries if e is not None]


def eotas_hours(store: HubStore, today: date) -> list[ProviderHours]:
    """Each provider's planned and delivered minutes over the period, from the components
    of each child's current package (the latest started, as the laptop's package_for)."""
    start, end = eotas_period(today)
    packages: dict[str, EotasPackage] = {}
    for found in sorted(live(store, "eotas_package"), key=lambda f: str(f.fields.get("start_date") or "")):
        package = _record(EotasPackage, found.fields)
        if package is not None:
            packages[found.child_id] = package
    if not packages:
        return []
    names = {p.record_id: str(p.fields.get("name") or "") for p in live(store, "provider")}
    dobs: dict[str, date | None] = {}
    with_package = (
        " AND record_id IN (SELECT child_id FROM record_state"
        " WHERE record_type = 'eotas_package' AND deleted = 0)"
    )
    for found in live(store, "child", with_package):
        dob = found.fields.get("date_of_birth")
        dobs[found.record_id] = date.fromisoformat(dob[:10]) if isinstance(dob, str) and dob else None
    by_component: dict[str, tuple[str, str]] = {}  # component id -> (provider label, child id)
    hours: dict[str, ProviderHours] = {}
    for found in live(store, "eotas_component"):
        component = _record(Component, found.fields)
        package = packages.get(found.child_id)
        if component is None or package is None or found.child_id not in dobs:
            continue
        label = names.get(component.provider_id) or "No provider recorded"
        row = hours.setdefault(label, ProviderHours(label, children=set()))
        weeks = planned_weeks(package, [component], start, end, dobs[found.child_id])
        row.planned_minutes += sum(w.planned_minutes for w in weeks.values())
        assert row.children is not None
        row.children.add(found.child_id)
        by_component[found.record_id] = (label, found.child_id)
    for entry in _entries(store, start, end):
        owner = by_component.get(entry.component_id)
        if owner is not None and entry.status == "delivered":
            hours[owner[0]].delivered_minutes += entry.actual_minutes
    return sorted(hours.values(), key=lambda h: h.provider.casefold())
