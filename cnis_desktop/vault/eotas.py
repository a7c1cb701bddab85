"""EOTAS records: providers, packages and components (mutable), the activity log (editable
until its week is closed, then append-only with amendments) and QA visits (append-only)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.eotas import ActivityEntry, Component, EotasPackage, Provider, QaVisit
from ..domain.hours import Week, count_entry, planned_weeks, week_start, weekly_summary
from ..domain.model import Stored, from_fields, to_fields
from ..domain.validation import (
    ValidationFailed,
    require_valid,
    validate_component,
    validate_entry,
    validate_package,
    validate_provider,
    validate_qa_visit,
)
from .children import Children
from .connection import transaction
from .context import Context, dumps
from .errors import NotFound, VaultError
from .ids import new_id
from .mutable import MutableTable


class WeekClosed(VaultError):
    def __init__(self, monday: date) -> None:
        super().__init__(
            f"The week starting {monday:%d/%m/%Y} is closed; correct an entry with an amendment instead."
        )


class SessionHasFiles(VaultError):
    def __init__(self, files: int) -> None:
        self.files = files
        attached = f"{files} attached file{'s' if files != 1 else ''}"
        super().__init__(
            f"This session has {attached}: remove its {attached} first, then remove the session. "
            "Nothing was changed."
        )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class StoredEntry:
    id: str
    entry: ActivityEntry  # as amended
    version: int
    amended: bool


@dataclass(frozen=True)
class EotasPeriod:
    """A child's package, its components and its activity log over a period, read once
    for whatever is worked out from them."""

    package: EotasPackage
    components: list[Stored[Component]]
    entries: list[ActivityEntry]
    date_of_birth: date | None
    start: date
    end: date

    def weekly(self, thresholds: dict[str, float] | None = None) -> list[Week]:
        return weekly_summary(
            self.package,
            [c.record for c in self.components],
            self.entries,
            self.start,
            self.end,
            self.date_of_birth,
            thresholds,
        )


@dataclass(frozen=True)
class ChildHours:
    """One child's package over a period: the caseload view and its CSV."""

    child_id: str
    name: str
    weeks: list[Week]

    @property
    def planned_minutes(self) -> int:
        return sum(w.planned_minutes for w in self.weeks)

    @property
    def delivered_minutes(self) -> int:
        return sum(w.delivered_minutes for w in self.weeks)

    @property
    def weeks_below_plan(self) -> int:
        return sum(1 for w in self.weeks if w.below_plan)

    @property
    def cancellations(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for w in self.weeks:
            total.update(w.not_delivered)
        return total


class Eotas:
    def __init__(self, ctx: Context, children: Children) -> None:
        self.ctx = ctx
        self.children = children
        self.providers = MutableTable(
            ctx, "provider", "providers", Provider, validate_provider, lambda p: {"name": p.name}
        )
        self.packages = MutableTable(
            ctx,
            "eotas_package",
            "eotas_packages",
            EotasPackage,
            validate_package,
            lambda p: {"child_id": p.child_id, "start_date": _iso(p.start_date)},
            fixed=("child_id",),
        )
        self.components = MutableTable(
            ctx,
            "eotas_component",
            "eotas_components",
            Component,
            validate_component,
            lambda c: {"package_id": c.package_id, "child_id": c.child_id, "name": c.name},
            fixed=("package_id", "child_id"),
        )

    # --- packages and components -------------------------------------------------------------

    def package_for(self, child_id: str) -> Stored[EotasPackage] | None:
        found = self.packages.where("child_id = ?", (child_id,), order="start_date DESC")
        return found[0] if found else None

    def components_for(self, child_id: str) -> list[Stored[Component]]:
        return self.components.where("child_id = ?", (child_id,), order="created_at, name")

    def add_component(self, component: Component) -> Stored[Component]:
        package = self.packages.get(component.package_id)
        component.child_id = package.record.child_id
        if component.provider_id:
            self.providers.get(component.provider_id)
        return self.components.add(component)

    def find_component(self, child_id: str, reference: str) -> Stored[Component]:
        """By id, or by name as the summary prints it (case-insensitive)."""
        components = self.components_for(child_id)
        for c in components:
            if c.id == reference:
                return c
        named = [c for c in components if c.record.name.casefold() == reference.strip().casefold()]
        if len(named) == 1:
            return named[0]
        names = ", ".join(f"'{c.record.name}'" for c in components) or "none"
        if named:
            raise ValidationFailed(
                {"component": f"More than one component is called '{reference}'; use its id."}
            )
        raise ValidationFailed(
            {"component": f"No component '{reference}' in this child's package (components: {names})."}
        )

    # --- the activity log --------------------------------------------------------------------------

    def is_closed(self, child_id: str, monday: date) -> bool:
        return (
            self.ctx.conn.execute(
                "SELECT 1 FROM eotas_closed_weeks WHERE child_id = ? AND week_start = ?",
                (child_id, monday.isoformat()),
            ).fetchone()
            is not None
        )

    def _check_entry(self, entry: ActivityEntry, ignore_id: str | None = None) -> None:
        package = self.package_for(entry.child_id)
        if package is None:
            raise ValidationFailed({"child_id": "This child has no EOTAS package."})
        component = self.components.get(entry.component_id)
        if component.record.child_id != entry.child_id:
            raise ValidationFailed({"component": "That component belongs to another child."})
        other = 0
        if entry.entry_date is not None:
            row = self.ctx.conn.execute(
                "SELECT coalesce(sum(actual_minutes), 0) FROM activity_entries WHERE child_id = ?"
                " AND entry_date = ? AND status = 'delivered' AND id != ?",
                (entry.child_id, entry.entry_date.isoformat(), ignore_id or ""),
            ).fetchone()
            other = int(row[0])
        require_valid(validate_entry(entry, package.record, other))
        assert entry.entry_date is not None
        if self.is_closed(entry.child_id, week_start(entry.entry_date)):
            raise WeekClosed(week_start(entry.entry_date))

    def log(self, entry: ActivityEntry, entry_id: str | None = None) -> str:
        self._check_entry(entry)
        assert entry.entry_date is not None
        record_id = entry_id or new_id()
        now = self.ctx.now_text()
        fields = to_fields(entry)
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO activity_entries (id, child_id, component_id, entry_date, week_start,"
                " status, actual_minutes, version, created_at, created_by, device_id, updated_at,"
                " data) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    entry.child_id,
                    entry.component_id,
                    entry.entry_date.isoformat(),
                    week_start(entry.entry_date).isoformat(),
                    entry.status,
                    entry.actual_minutes,
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    now,
                    dumps(fields),
                ),
            )
            self.ctx.outbox("activity_entry", record_id, "upsert", {"version": 1, **fields})
        return record_id

    def update_entry(self, entry_id: str, entry: ActivityEntry) -> None:
        """Change an entry while its week is open (a slip corrected before the week closes)."""
        current = self._get_row(entry_id)
        entry.child_id, entry.component_id = current["child_id"], current["component_id"]
        self._check_entry(entry, ignore_id=entry_id)
        assert entry.entry_date is not None
        if self.is_closed(entry.child_id, date.fromisoformat(current["week_start"])):
            raise WeekClosed(date.fromisoformat(current["week_start"]))
        fields = to_fields(entry)
        version = int(current["version"]) + 1
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "UPDATE activity_entries SET entry_date = ?, week_start = ?, status = ?,"
                " actual_minutes = ?, version = ?, updated_at = ?, data = ? WHERE id = ?",
                (
                    entry.entry_date.isoformat(),
                    week_start(entry.entry_date).isoformat(),
                    entry.status,
                    entry.actual_minutes,
                    version,
                    self.ctx.now_text(),
                    dumps(fields),
                    entry_id,
                ),
            )
            self.ctx.outbox("activity_entry", entry_id, "upsert", {"version": version, **fields})

    def remove_entry(self, entry_id: str) -> None:
        """Clear a session from an open week. One that files are still attached to is kept:
        they would be left naming a session that is gone (whoever asks, GUI or not)."""
        current = self._get_row(entry_id)
        monday = date.fromisoformat(current["week_start"])
        if self.is_closed(current["child_id"], monday):
            raise WeekClosed(monday)
        with transaction(self.ctx.conn):
            files = self.attached_files(entry_id)
            if files:
                raise SessionHasFiles(files)
            self.ctx.conn.execute("DELETE FROM activity_entries WHERE id = ?", (entry_id,))
            # The child is named: the hub checks every change against the child it belongs
            # to, and the row that would say so is gone by the time the outbox is pushed.
            self.ctx.outbox("activity_entry", entry_id, "delete", {"child_id": current["child_id"]})

    def attached_files(self, entry_id: str) -> int:
        """How many files (not removed) are kept with a session."""
        row = self.ctx.conn.execute(
            "SELECT count(*) FROM attachments WHERE record_type = 'activity_entry' AND record_id = ?"
            " AND deleted_at IS NULL",
            (entry_id,),
        ).fetchone()
        return int(row[0])

    def close_week(self, child_id: str, monday: date) -> None:
        monday = week_start(monday)
        if self.is_closed(child_id, monday):
            return
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO eotas_closed_weeks VALUES (?, ?, ?, ?)",
                (child_id, monday.isoformat(), self.ctx.now_text(), self.ctx.actor),
            )
            self.ctx.outbox(
                "eotas_week",
                f"{child_id}/{monday.isoformat()}",
                "close",
                {"child_id": child_id, "week_start": monday.isoformat()},
            )
            self.ctx.audit("close_week", "child", child_id, detail=monday.isoformat())

    def amend_entry(self, entry_id: str, reason: str, amended: ActivityEntry) -> None:
        if not reason.strip():
            raise ValidationFailed({"reason": "Give the reason for the amendment."})
        current = self.entry(entry_id)
        amended.child_id, amended.component_id = current.entry.child_id, current.entry.component_id
        amended.entry_date = current.entry.entry_date  # a session does not move day
        package = self.package_for(amended.child_id)
        assert package is not None
        require_valid(validate_entry(amended, package.record, 0))
        before, after = to_fields(current.entry), to_fields(amended)
        changes = {k: v for k, v in after.items() if before[k] != v}
        if not changes:
            raise ValidationFailed({"changes": "The amendment changes nothing."})
        amendment_id = new_id()
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO activity_amendments VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    amendment_id,
                    entry_id,
                    reason.strip(),
                    dumps(changes),
                    self.ctx.now_text(),
                    self.ctx.actor,
                    self.ctx.device_id,
                ),
            )
            self.ctx.outbox(
                "activity_amendment",
                amendment_id,
                "create",
                {"entry_id": entry_id, "reason": reason.strip(), "changes": changes},
            )
            self.ctx.audit("amend", "activity_entry", entry_id, detail=",".join(sorted(changes)))

    def _get_row(self, entry_id: str) -> Any:
        row = self.ctx.conn.execute("SELECT * FROM activity_entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFound("activity entry", entry_id)
        return row

    def entry(self, entry_id: str) -> StoredEntry:
        row = self._get_row(entry_id)
        return self._stored_entries([row])[0]

    def entries(self, child_id: str, start: date, end: date) -> list[StoredEntry]:
        rows = self.ctx.conn.execute(
            "SELECT * FROM activity_entries WHERE child_id = ? AND entry_date BETWEEN ? AND ?"
            " ORDER BY entry_date, created_at",
            (child_id, start.isoformat(), end.isoformat()),
        ).fetchall()
        return self._stored_entries(rows)

    def _stored_entries(self, rows: list[Any]) -> list[StoredEntry]:
        amendments = self._amendments([r["id"] for r in rows])
        result = []
        for row in rows:
            fields = json.loads(row["data"])
            for changes in amendments.get(row["id"], []):
                fields.update(changes)
            result.append(
                StoredEntry(
                    row["id"],
                    from_fields(ActivityEntry, fields),
                    int(row["version"]),
                    row["id"] in amendments,
                )
            )
        return result

    def _amendments(self, entry_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if not entry_ids:
            return found
        amended = self.ctx.conn.execute(
            "SELECT entry_id, changes FROM activity_amendments ORDER BY created_at, rowid"
        ).fetchall()
        wanted = set(entry_ids)
        for row in amended:
            if row[0] in wanted:
                found[row[0]].append(json.loads(row[1]))
        return found

    # --- hours ---------------------------------------------------------------------------------------

    def period(self, child_id: str, start: date, end: date) -> EotasPeriod | None:
        package = self.package_for(child_id)
        if package is None:
            return None
        return EotasPeriod(
            package.record,
            self.components_for(child_id),
            [e.entry for e in self.entries(child_id, start, end)],
            self.children.get(child_id).record.date_of_birth,
            start,
            end,
        )

    def weekly(
        self, child_id: str, start: date, end: date, thresholds: dict[str, float] | None = None
    ) -> list[Week]:
        period = self.period(child_id, start, end)
        return period.weekly(thresholds) if period is not None else []

    def caseload_hours(
        self, start: date, end: date, thresholds: dict[str, float] | None = None
    ) -> list[ChildHours]:
        """Every child with a package: week by week, planned vs delivered vs full time.
        Delivered minutes are summed in SQL; amended entries are applied one by one."""
        packages: dict[str, EotasPackage] = {}
        for stored in self.packages.where(order="start_date"):
            packages[stored.record.child_id] = stored.record  # the latest start wins
        components: dict[str, list[Component]] = defaultdict(list)
        for c in self.components.where():
            components[c.record.child_id].append(c.record)
        # Only the children with a package: reading the whole caseload was a tenth of Today's
        # time at 5,000 children, most of whom have none.
        names = {
            row[0]: (row[1], date.fromisoformat(row[2]) if row[2] else None)
            for row in self.ctx.conn.execute(
                "SELECT id, display_name, date_of_birth FROM children"
                " WHERE id IN (SELECT child_id FROM eotas_packages)"
            )
        }
        weeks: dict[str, dict[date, Week]] = {}
        for child_id, package in packages.items():
            dob = names.get(child_id, ("", None))[1]
            weeks[child_id] = planned_weeks(package, components[child_id], start, end, dob, thresholds)
        rows = self.ctx.conn.execute(
            "SELECT child_id, week_start, status, sum(actual_minutes), count(*)"
            " FROM activity_entries WHERE entry_date BETWEEN ? AND ?"
            " AND id NOT IN (SELECT entry_id FROM activity_amendments)"
            " GROUP BY child_id, week_start, status",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        for child_id, monday, status, minutes, count in rows:
            week = weeks.get(child_id, {}).get(date.fromisoformat(monday))
            if week is None:
                continue
            if status == "delivered":
                week.delivered_minutes += int(minutes)
            else:
                week.not_delivered[status] += int(count)
        amended_rows = self.ctx.conn.execute(
            "SELECT * FROM activity_entries WHERE entry_date BETWEEN ? AND ?"
            " AND id IN (SELECT entry_id FROM activity_amendments)",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
        for amended in self._stored_entries(amended_rows):
            count_entry(weeks.get(amended.entry.child_id, {}), amended.entry)
        return sorted(
            (ChildHours(cid, names.get(cid, ("?", None))[0], list(w.values())) for cid, w in weeks.items()),
            key=lambda c: c.name.casefold(),
        )

    # --- QA visits ------------------------------------------------------------------------------------

    def record_qa(self, visit: QaVisit, today: date | None = None) -> str:
        require_valid(validate_qa_visit(visit, today or date.today()))
        self.providers.get(visit.provider_id)
        assert visit.visit_date is not None
        visit_id = new_id()
        now = self.ctx.now_text()
        fields = to_fields(visit)
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO qa_visits VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    visit_id,
                    visit.provider_id,
                    visit.child_id or None,
                    visit.visit_date.isoformat(),
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    dumps(fields),
                ),
            )
            self.ctx.outbox("qa_visit", visit_id, "create", fields)
            self.ctx.audit("create", "qa_visit", visit_id)
        return visit_id

    def qa_visits(self, provider_id: str | None = None) -> list[tuple[str, datetime, QaVisit]]:
        sql = "SELECT id, created_at, data FROM qa_visits"
        params: tuple[Any, ...] = ()
        if provider_id:
            sql += " WHERE provider_id = ?"
            params = (provider_id,)
        rows = self.ctx.conn.execute(sql + " ORDER BY visit_date DESC", params).fetchall()
        return [(r[0], datetime.fromisoformat(r[1]), from_fields(QaVisit, json.loads(r[2]))) for r in rows]

    def provider_alerts(self, today: date | None = None) -> list[tuple[Stored[Provider], list[str]]]:
        day = today or date.today()
        found = []
        for stored in self.providers.where(order="name"):
            alerts = stored.record.check_alerts(day)
            if alerts:
                found.append((stored, alerts))
        return found
