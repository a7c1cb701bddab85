"""A person's choice on a same-field conflict: keep this laptop's value, or take theirs.

Taking theirs is an ordinary edit, so it reaches the hub and every other laptop."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ..domain.model import apply_changes
from ..vault import Vault
from ..vault.connection import transaction


def resolve(vault: Vault, conflict_id: int, keep: str) -> None:
    if keep not in ("local", "remote"):
        raise ValueError("keep is 'local' or 'remote'")
    row = vault.conn.execute("SELECT * FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None or row["resolved_at"]:
        return
    if keep == "remote":
        value = json.loads(row["remote_value"])
        repo = {"child": vault.children, "arrangement": vault.arrangements}[row["record_type"]]
        stored = repo.get(row["record_id"])  # type: ignore[attr-defined]
        edited = apply_changes(stored.record, {row["field"]: value})
        repo.update(row["record_id"], stored.meta.version, edited)  # type: ignore[attr-defined]
    with transaction(vault.conn):
        vault.conn.execute("UPDATE sync_conflicts SET resolved_at = ?, kept = ? WHERE id = ?",
                           (datetime.now(UTC).replace(microsecond=0).isoformat(), keep,
                            conflict_id))
        vault.ctx.audit("resolve_conflict", row["record_type"], row["record_id"],
                        detail=f"{row['field']}: kept {keep}")
