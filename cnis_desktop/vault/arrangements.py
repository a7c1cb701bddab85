"""Not-in-school arrangements: dated episodes per child (mutable records)."""

from __future__ import annotations

import json
from datetime import date

from ..domain.model import Arrangement, Stored, apply_changes, changed_fields, from_fields, to_fields
from ..domain.validation import require_valid, validate_arrangement
from .children import Children
from .connection import transaction
from .context import Context, created_meta, dumps, meta_from_row
from .errors import NotFound
from .ids import new_id
from .versioned import check_mergeable, fields_at_version, record_version

RECORD_TYPE = "arrangement"


class Arrangements:
    def __init__(self, ctx: Context, children: Children) -> None:
        self.ctx = ctx
        self.children = children

    def add(self, arrangement: Arrangement, arrangement_id: str | None = None) -> Stored[Arrangement]:
        require_valid(validate_arrangement(arrangement))
        if not self.children.exists(arrangement.child_id):
            raise NotFound("child", arrangement.child_id)
        record_id = arrangement_id or new_id()
        now = self.ctx.now_text()
        fields = to_fields(arrangement)
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO arrangements (id, child_id, version, created_at, created_by, device_id,"
                " updated_at, data, type, start_date, end_date) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    arrangement.child_id,
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    now,
                    dumps(fields),
                    arrangement.type,
                    fields["start_date"],
                    fields["end_date"],
                ),
            )
            record_version(self.ctx, RECORD_TYPE, record_id, 1, 0, fields)
            self.ctx.audit("create", RECORD_TYPE, record_id)
            self._refresh_current(arrangement.child_id)
        return Stored(created_meta(self.ctx, record_id, now), from_fields(Arrangement, fields))

    def get(self, arrangement_id: str) -> Stored[Arrangement]:
        row = self.ctx.conn.execute("SELECT * FROM arrangements WHERE id = ?", (arrangement_id,)).fetchone()
        if row is None:
            raise NotFound("arrangement", arrangement_id)
        return Stored(meta_from_row(row), from_fields(Arrangement, json.loads(row["data"])))

    def update(self, arrangement_id: str, base_version: int, edited: Arrangement) -> Stored[Arrangement]:
        require_valid(validate_arrangement(edited))
        with transaction(self.ctx.conn):
            current = self.get(arrangement_id)
            base_fields = fields_at_version(self.ctx, RECORD_TYPE, arrangement_id, base_version)
            base = from_fields(Arrangement, base_fields)
            changes = changed_fields(base, edited)
            changes.pop("child_id", None)  # an episode never moves to another child
            if not changes:
                return current
            check_mergeable(
                self.ctx, RECORD_TYPE, arrangement_id, base_version, current.meta.version, changes
            )
            merged = apply_changes(current.record, changes)
            version = current.meta.version + 1
            fields = to_fields(merged)
            self.ctx.conn.execute(
                "UPDATE arrangements SET version = ?, updated_at = ?, data = ?, type = ?,"
                " start_date = ?, end_date = ? WHERE id = ?",
                (
                    version,
                    self.ctx.now_text(),
                    dumps(fields),
                    merged.type,
                    fields["start_date"],
                    fields["end_date"],
                    arrangement_id,
                ),
            )
            record_version(self.ctx, RECORD_TYPE, arrangement_id, version, base_version, changes)
            self.ctx.audit("edit", RECORD_TYPE, arrangement_id, detail=",".join(sorted(changes)))
            self._refresh_current(merged.child_id)
        return self.get(arrangement_id)

    def for_child(self, child_id: str) -> list[Stored[Arrangement]]:
        rows = self.ctx.conn.execute(
            "SELECT * FROM arrangements WHERE child_id = ? ORDER BY start_date DESC", (child_id,)
        ).fetchall()
        return [Stored(meta_from_row(r), from_fields(Arrangement, json.loads(r["data"]))) for r in rows]

    def current(self, child_id: str, today: date | None = None) -> Stored[Arrangement] | None:
        day = today or date.today()
        for stored in self.for_child(child_id):
            a = stored.record
            if a.start_date and a.start_date <= day and (a.end_date is None or a.end_date >= day):
                return stored
        return None

    def _refresh_current(self, child_id: str) -> None:
        current = self.current(child_id)
        self.children.set_derived(child_id, arrangement_type=current.record.type if current else "")
        has_final_visit = self.ctx.conn.execute(
            "SELECT 1 FROM visits WHERE child_id = ? AND status = 'final' LIMIT 1", (child_id,)
        ).fetchone()
        if not has_final_visit:
            # No visit yet: the initial contact is due from the start of the arrangement.
            start = current.record.start_date if current else None
            self.children.set_derived(child_id, next_contact_due=start)
