"""A table of mutable records: add, get, and field-level versioned updates.

Each table has the standard columns (id, version, created_at, created_by, device_id,
updated_at, data) plus a few index columns computed from the record for queries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ..domain.model import Stored, apply_changes, changed_fields, from_fields, to_fields
from ..domain.validation import FieldErrors, require_valid
from .connection import transaction
from .context import Context, dumps, meta_from_row
from .errors import NotFound
from .ids import new_id
from .versioned import check_mergeable, fields_at_version, record_version

R = TypeVar("R")


class MutableTable(Generic[R]):
    def __init__(
        self,
        ctx: Context,
        record_type: str,
        table: str,
        cls: type[R],
        validate: Callable[[R], FieldErrors],
        index: Callable[[R], dict[str, Any]],
        fixed: tuple[str, ...] = (),
    ) -> None:
        self.ctx = ctx
        self.record_type = record_type
        self.table = table
        self.cls = cls
        self.validate = validate
        self.index = index
        self.fixed = fixed  # fields an edit may not change (the parent it belongs to)

    def add(self, record: R, record_id: str | None = None) -> Stored[R]:
        require_valid(self.validate(record))
        record_id = record_id or new_id()
        now = self.ctx.now_text()
        fields = to_fields(record)
        extra = self.index(record)
        columns = ["id", "version", "created_at", "created_by", "device_id", "updated_at", "data", *extra]
        values = [record_id, 1, now, self.ctx.actor, self.ctx.device_id, now, dumps(fields), *extra.values()]
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                values,
            )
            record_version(self.ctx, self.record_type, record_id, 1, 0, fields)
            self.ctx.audit("create", self.record_type, record_id)
        return self.get(record_id)

    def get(self, record_id: str) -> Stored[R]:
        row = self.ctx.conn.execute(f"SELECT * FROM {self.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(self.record_type.replace("_", " "), record_id)
        return self._stored(row)

    def update(self, record_id: str, base_version: int, edited: R) -> Stored[R]:
        require_valid(self.validate(edited))
        with transaction(self.ctx.conn):
            current = self.get(record_id)
            base = from_fields(
                self.cls, fields_at_version(self.ctx, self.record_type, record_id, base_version)
            )
            changes = changed_fields(base, edited)
            for name in self.fixed:
                changes.pop(name, None)
            if not changes:
                return current
            check_mergeable(
                self.ctx, self.record_type, record_id, base_version, current.meta.version, changes
            )
            merged = apply_changes(current.record, changes)
            version = current.meta.version + 1
            extra = self.index(merged)
            assignments = ", ".join(f"{name} = ?" for name in ("version", "updated_at", "data", *extra))
            self.ctx.conn.execute(
                f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                (version, self.ctx.now_text(), dumps(to_fields(merged)), *extra.values(), record_id),
            )
            record_version(self.ctx, self.record_type, record_id, version, base_version, changes)
            self.ctx.audit("edit", self.record_type, record_id, detail=",".join(sorted(changes)))
        return self.get(record_id)

    def where(
        self, condition: str = "1", params: tuple[Any, ...] = (), order: str = "created_at"
    ) -> list[Stored[R]]:
        rows = self.ctx.conn.execute(
            f"SELECT * FROM {self.table} WHERE {condition} ORDER BY {order}", params
        ).fetchall()
        return [self._stored(r) for r in rows]

    def _stored(self, row: Any) -> Stored[R]:
        return Stored(meta_from_row(row), from_fields(self.cls, json.loads(row["data"])))
