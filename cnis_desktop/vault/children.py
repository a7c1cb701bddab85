"""Children: mutable records, and the caseload list built from them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NamedTuple

from ..domain.model import Child, Stored, apply_changes, changed_fields, from_fields, to_fields
from ..domain.validation import require_valid, validate_child
from .connection import transaction
from .context import Context, created_meta, dumps, meta_from_row
from .errors import NotFound
from .ids import new_id
from .versioned import check_mergeable, fields_at_version, record_version

RECORD_TYPE = "child"


class CaseloadRow(NamedTuple):
    """One line of the caseload (a tuple: thousands are made each time the list opens)."""

    id: str
    name: str
    date_of_birth: date | None
    upn: str
    arrangement_type: str
    send_status: str
    next_contact_due: date | None
    sort_name: str = ""  # surname first, case-folded: the caseload's order


def _search_text(child: Child) -> str:
    dob = child.date_of_birth
    parts = [
        child.legal_first_name,
        child.legal_last_name,
        child.preferred_name,
        child.upn,
        dob.isoformat() if dob else "",
        dob.strftime("%d/%m/%Y") if dob else "",
    ]
    return " ".join(p for p in parts if p).casefold()


def _sort_name(child: Child) -> str:
    return f"{child.legal_last_name} {child.preferred_name or child.legal_first_name}".casefold()


def _index_columns(child: Child) -> tuple[str, str, str, str, str | None, str]:
    """Columns the caseload reads without decoding each record (it must answer as you type)."""
    dob = child.date_of_birth.isoformat() if child.date_of_birth else None
    return (child.display_name, child.upn, _sort_name(child), _search_text(child), dob, child.send_status)


class Children:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(self, child: Child, today: date | None = None, child_id: str | None = None) -> Stored[Child]:
        require_valid(validate_child(child, today or date.today()))
        record_id = child_id or new_id()
        now = self.ctx.now_text()
        fields = to_fields(child)
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO children (id, version, created_at, created_by, device_id, updated_at,"
                " data, display_name, upn, sort_name, search_text, date_of_birth, send_status)"
                " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    now,
                    dumps(fields),
                    *_index_columns(child),
                ),
            )
            record_version(self.ctx, RECORD_TYPE, record_id, 1, 0, fields)
            self.ctx.audit("create", RECORD_TYPE, record_id)
        return Stored(created_meta(self.ctx, record_id, now), from_fields(Child, fields))

    def exists(self, child_id: str) -> bool:
        return (
            self.ctx.conn.execute("SELECT 1 FROM children WHERE id = ?", (child_id,)).fetchone() is not None
        )

    def get(self, child_id: str) -> Stored[Child]:
        row = self.ctx.conn.execute("SELECT * FROM children WHERE id = ?", (child_id,)).fetchone()
        if row is None:
            raise NotFound("child", child_id)
        return Stored(meta_from_row(row), from_fields(Child, json.loads(row["data"])))

    def view(self, child_id: str) -> Stored[Child]:
        """Fetch for showing to a person: audited as a view."""
        stored = self.get(child_id)
        with transaction(self.ctx.conn):
            self.ctx.audit("view", RECORD_TYPE, child_id)
        return stored

    def update(
        self, child_id: str, base_version: int, edited: Child, today: date | None = None
    ) -> Stored[Child]:
        """Save the fields the user changed since `base_version`; others' edits to other
        fields are kept (merge), an edit to the same field raises VersionConflict."""
        with transaction(self.ctx.conn):
            current = self.get(child_id)
            # Past Year 11 a record stays editable; a changed date of birth is checked.
            require_valid(
                validate_child(
                    edited,
                    today or date.today(),
                    check_age=edited.date_of_birth != current.record.date_of_birth,
                )
            )
            base = from_fields(Child, fields_at_version(self.ctx, RECORD_TYPE, child_id, base_version))
            changes = changed_fields(base, edited)
            if not changes:
                return current
            check_mergeable(self.ctx, RECORD_TYPE, child_id, base_version, current.meta.version, changes)
            merged = apply_changes(current.record, changes)
            version = current.meta.version + 1
            self.ctx.conn.execute(
                "UPDATE children SET version = ?, updated_at = ?, data = ?, display_name = ?, upn = ?,"
                " sort_name = ?, search_text = ?, date_of_birth = ?, send_status = ? WHERE id = ?",
                (version, self.ctx.now_text(), dumps(to_fields(merged)), *_index_columns(merged), child_id),
            )
            record_version(self.ctx, RECORD_TYPE, child_id, version, base_version, changes)
            self.ctx.audit("edit", RECORD_TYPE, child_id, detail=",".join(sorted(changes)))
        return self.get(child_id)

    def set_derived(
        self,
        child_id: str,
        *,
        arrangement_type: str | None = None,
        next_contact_due: date | str | None = "keep",
    ) -> None:
        """Caseload columns derived from other records; not edits, so not versioned."""
        if arrangement_type is not None:
            self.ctx.conn.execute(
                "UPDATE children SET arrangement_type = ? WHERE id = ?", (arrangement_type, child_id)
            )
        if next_contact_due != "keep":
            value = next_contact_due.isoformat() if isinstance(next_contact_due, date) else None
            self.ctx.conn.execute("UPDATE children SET next_contact_due = ? WHERE id = ?", (value, child_id))

    def caseload(
        self,
        search: str = "",
        arrangement_type: str | None = None,
        send_status: str | None = None,
        limit: int | None = None,
    ) -> list[CaseloadRow]:
        where: list[str] = []
        params: list[Any] = []
        for token in search.casefold().split():
            where.append("search_text LIKE ? ESCAPE '\\'")
            escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        if arrangement_type:
            where.append("arrangement_type = ?")
            params.append(arrangement_type)
        if send_status:
            where.append("send_status = ?")
            params.append(send_status)
        sql = (
            "SELECT id, display_name, upn, date_of_birth, arrangement_type, send_status,"
            " next_contact_due, sort_name FROM children"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY sort_name"
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.ctx.conn.execute(sql, params).fetchall()
        iso = date.fromisoformat
        return [
            CaseloadRow(
                row[0],
                row[1],
                iso(row[3]) if row[3] else None,
                row[2],
                row[4],
                row[5],
                iso(row[6]) if row[6] else None,
                row[7],
            )
            for row in rows
        ]

    def count(self) -> int:
        return int(self.ctx.conn.execute("SELECT count(*) FROM children").fetchone()[0])
