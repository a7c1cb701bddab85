"""Visits: drafts edited freely on this laptop; finalised visits are immutable and corrected
only by amendment records, each with a reason.

Drafts stay on the laptop (they are working notes, autosaved every few seconds); a visit
enters the outbox when it is finalised, and each amendment after that.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..domain.contact import next_contact_due
from ..domain.model import Amendment, StoredVisit, Visit, from_fields, to_fields
from ..domain.timescales import Timescale
from ..domain.validation import ValidationFailed, require_valid, validate_visit_final
from .arrangements import Arrangements
from .children import Children
from .connection import transaction
from .context import Context, dumps, meta_from_row
from .errors import NotFound, RecordFinalised
from .ids import new_id

RECORD_TYPE = "visit"


def _visit_date(visit: Visit) -> str | None:
    day = visit.actual_date or visit.planned_date
    return day.isoformat() if day else None


class Visits:
    def __init__(self, ctx: Context, children: Children, arrangements: Arrangements) -> None:
        self.ctx = ctx
        self.children = children
        self.arrangements = arrangements

    def start(self, visit: Visit, visit_id: str | None = None) -> StoredVisit:
        self.children.get(visit.child_id)
        record_id = visit_id or new_id()
        now = self.ctx.now_text()
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO visits (id, child_id, status, version, created_at, created_by,"
                " device_id, updated_at, data, visit_date) VALUES (?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    visit.child_id,
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    now,
                    dumps(to_fields(visit)),
                    _visit_date(visit),
                ),
            )
            self.ctx.audit("create", RECORD_TYPE, record_id, detail="draft")
        return self.get(record_id)

    def save_draft(self, visit_id: str, visit: Visit) -> None:
        """Autosave: overwrite the draft's content. Cheap, and refused once finalised."""
        with transaction(self.ctx.conn):
            row = self.ctx.conn.execute(
                "SELECT status, child_id FROM visits WHERE id = ?", (visit_id,)
            ).fetchone()
            if row is None:
                raise NotFound("visit", visit_id)
            if row["status"] == "final":
                raise RecordFinalised(visit_id)
            visit.child_id = row["child_id"]
            self.ctx.conn.execute(
                "UPDATE visits SET data = ?, visit_date = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (dumps(to_fields(visit)), _visit_date(visit), self.ctx.now_text(), visit_id),
            )

    def discard_draft(self, visit_id: str) -> None:
        with transaction(self.ctx.conn):
            stored = self.get(visit_id)
            if stored.is_final:
                raise RecordFinalised(visit_id)
            self.ctx.conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
            self.ctx.audit("discard", RECORD_TYPE, visit_id)

    def finalise(
        self, visit_id: str, today: date | None = None, contact_interval: Timescale | None = None
    ) -> StoredVisit:
        """`contact_interval`: the authority's interval between home-education contacts."""
        with transaction(self.ctx.conn):
            stored = self.get(visit_id)
            if stored.is_final:
                raise RecordFinalised(visit_id)
            require_valid(validate_visit_final(stored.record, today or date.today(), contact_interval))
            now = self.ctx.now_text()
            self.ctx.conn.execute(
                "UPDATE visits SET status = 'final', finalised_at = ?, finalised_by = ?,"
                " updated_at = ? WHERE id = ?",
                (now, self.ctx.actor, now, visit_id),
            )
            payload = {
                **to_fields(stored.record),
                "created_at": stored.meta.created_at.isoformat(),
                "created_by": stored.meta.created_by,
                "device_id": stored.meta.device_id,
                "finalised_at": now,
                "finalised_by": self.ctx.actor,
            }
            self.ctx.outbox(RECORD_TYPE, visit_id, "create", payload)
            self.ctx.audit("finalise", RECORD_TYPE, visit_id)
            self._refresh_next_contact(stored.record.child_id)
        return self.get(visit_id)

    def amend(self, visit_id: str, reason: str, amended: Visit, today: date | None = None) -> Amendment:
        """Record a correction to a finalised visit: the changed fields and why."""
        if not reason.strip():
            raise ValidationFailed({"reason": "Give the reason for the amendment."})
        with transaction(self.ctx.conn):
            stored = self.get(visit_id)
            if not stored.is_final:
                raise ValidationFailed({"status": "A draft is edited directly, not amended."})
            current = stored.effective()
            amended.child_id = current.child_id
            require_valid(validate_visit_final(amended, today or date.today()))
            before, after = to_fields(current), to_fields(amended)
            changes = {k: v for k, v in after.items() if before.get(k) != v}
            if not changes:
                raise ValidationFailed({"changes": "The amendment changes nothing."})
            amendment_id = new_id()
            now = self.ctx.now_text()
            self.ctx.conn.execute(
                "INSERT INTO amendments (id, visit_id, reason, changes, created_at, created_by,"
                " device_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    amendment_id,
                    visit_id,
                    reason.strip(),
                    dumps(changes),
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                ),
            )
            self.ctx.outbox(
                "amendment",
                amendment_id,
                "create",
                {
                    "visit_id": visit_id,
                    "reason": reason.strip(),
                    "changes": changes,
                    "created_at": now,
                    "created_by": self.ctx.actor,
                },
            )
            self.ctx.audit("amend", RECORD_TYPE, visit_id, detail=",".join(sorted(changes)))
            self._refresh_next_contact(current.child_id)
        return self._amendments(visit_id)[-1]

    def get(self, visit_id: str) -> StoredVisit:
        row = self.ctx.conn.execute("SELECT * FROM visits WHERE id = ?", (visit_id,)).fetchone()
        if row is None:
            raise NotFound("visit", visit_id)
        return self._from_row(row, self._amendments(visit_id))

    def for_child(self, child_id: str) -> list[StoredVisit]:
        rows = self.ctx.conn.execute(
            "SELECT * FROM visits WHERE child_id = ? ORDER BY visit_date DESC, created_at DESC",
            (child_id,),
        ).fetchall()
        by_visit: dict[str, list[Amendment]] = {}
        for a in self._amendments_for_child(child_id):
            by_visit.setdefault(a.visit_id, []).append(a)
        return [self._from_row(r, by_visit.get(r["id"], [])) for r in rows]

    def count(self) -> int:
        return int(self.ctx.conn.execute("SELECT count(*) FROM visits").fetchone()[0])

    def _from_row(self, row: Any, amendments: list[Amendment]) -> StoredVisit:
        finalised = row["finalised_at"]
        return StoredVisit(
            meta=meta_from_row(row),
            record=from_fields(Visit, json.loads(row["data"])),
            status=row["status"],
            finalised_at=datetime.fromisoformat(finalised) if finalised else None,
            finalised_by=row["finalised_by"],
            amendments=tuple(amendments),
        )

    def _amendments(self, visit_id: str) -> list[Amendment]:
        rows = self.ctx.conn.execute(
            "SELECT * FROM amendments WHERE visit_id = ? ORDER BY created_at, rowid", (visit_id,)
        ).fetchall()
        return [_amendment(r) for r in rows]

    def _amendments_for_child(self, child_id: str) -> list[Amendment]:
        rows = self.ctx.conn.execute(
            "SELECT a.* FROM amendments a JOIN visits v ON v.id = a.visit_id"
            " WHERE v.child_id = ? ORDER BY a.created_at, a.rowid",
            (child_id,),
        ).fetchall()
        return [_amendment(r) for r in rows]

    def refresh_derived(self, child_id: str) -> None:
        """Recompute the child's next contact and open actions (after visits arrive)."""
        self._refresh_next_contact(child_id)

    def _refresh_next_contact(self, child_id: str) -> None:
        # Amendments can change a visit's date, so the candidates are the latest finalised
        # visit by stored date plus any amended ones.
        rows = self.ctx.conn.execute(
            "SELECT * FROM visits WHERE child_id = ? AND status = 'final'"
            " AND (id IN (SELECT visit_id FROM amendments) OR visit_date = ("
            "   SELECT max(visit_date) FROM visits WHERE child_id = ? AND status = 'final'))",
            (child_id, child_id),
        ).fetchall()
        candidates = [self._from_row(r, self._amendments(r["id"])).effective() for r in rows]
        latest = max(candidates, key=lambda v: v.actual_date or date.min, default=None)
        current = self.arrangements.current(child_id)
        start = current.record.start_date if current else None
        self.children.set_derived(child_id, next_contact_due=next_contact_due(latest, start))
        # The latest visit's actions are the child's current action plan (the dashboard's).
        actions = to_fields(latest)["actions"] if latest else []
        self.ctx.conn.execute(
            "UPDATE children SET open_actions = ? WHERE id = ?", (json.dumps(actions), child_id)
        )


def _amendment(row: Any) -> Amendment:
    return Amendment(
        id=row["id"],
        visit_id=row["visit_id"],
        reason=row["reason"],
        changes=json.loads(row["changes"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        created_by=row["created_by"],
    )
