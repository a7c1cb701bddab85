"""Mutable records: field-level edits on a known base version, every version kept.

Two edits made from the same base merge when they touch different fields; an edit to a
field that changed since its base is a conflict for a person to resolve.
"""

from __future__ import annotations

import json
from typing import Any

from .context import Context, dumps
from .errors import NotFound, VersionConflict


def fields_changed_since(ctx: Context, record_type: str, record_id: str, base: int) -> set[str]:
    rows = ctx.conn.execute(
        "SELECT changes FROM record_versions WHERE record_type = ? AND record_id = ? AND version > ?",
        (record_type, record_id, base),
    ).fetchall()
    changed: set[str] = set()
    for row in rows:
        changed.update(json.loads(row[0]))
    return changed


def check_mergeable(
    ctx: Context,
    record_type: str,
    record_id: str,
    base_version: int,
    current_version: int,
    changes: dict[str, Any],
) -> None:
    if base_version == current_version:
        return
    if base_version > current_version:
        raise VersionConflict(record_id, base_version, current_version)
    clash = fields_changed_since(ctx, record_type, record_id, base_version) & set(changes)
    if clash:
        raise VersionConflict(record_id, base_version, current_version)


def record_version(
    ctx: Context,
    record_type: str,
    record_id: str,
    version: int,
    base_version: int,
    changes: dict[str, Any],
) -> None:
    ctx.conn.execute(
        "INSERT INTO record_versions (record_type, record_id, version, base_version, changes,"
        " changed_at, changed_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record_type,
            record_id,
            version,
            base_version,
            dumps(changes),
            ctx.now_text(),
            ctx.actor,
            ctx.device_id,
        ),
    )
    op = "create" if base_version == 0 else "update"
    ctx.outbox(record_type, record_id, op, {"version": version, "changes": changes}, base_version)


def fields_at_version(ctx: Context, record_type: str, record_id: str, version: int) -> dict[str, Any]:
    """The record as it stood at `version`, rebuilt from its kept field-level edits."""
    rows = ctx.conn.execute(
        "SELECT changes FROM record_versions WHERE record_type = ? AND record_id = ?"
        " AND version <= ? ORDER BY version",
        (record_type, record_id, version),
    ).fetchall()
    if not rows:
        raise NotFound(f"{record_type} version", f"{record_id}@{version}")
    fields: dict[str, Any] = {}
    for row in rows:
        fields.update(json.loads(row[0]))
    return fields
