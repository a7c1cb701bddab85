"""Removing children the hub no longer puts on this user's caseload.

A child is purged only when this laptop has nothing left to push about them, so a
reassignment never loses the last visit someone recorded offline. Their attachments go with
them, metadata and bytes (a revoked laptop's wipe deletes the whole vault, bytes included).
"""

from __future__ import annotations

import contextlib
import json

import sqlcipher3

from .. import logs
from ..vault import Vault
from ..vault.connection import transaction
from .scope import child_of

# Child-owned tables, children's records before their parents.
_BY_CHILD = (
    "attachments",
    "activity_entries",
    "eotas_closed_weeks",
    "eotas_components",
    "eotas_packages",
    "qa_visits",
    "ehc_progress",
    "ehc_outcomes",
    "annual_reviews",
    "ehc_plans",
    "views_records",
    "visits",
    "notifications",
    "sao_cases",
    "arrangements",
    "register_entries",
    "consent_requests",
)


def purge_reassigned(vault: Vault, caseload: set[str]) -> int:
    if not caseload and not vault.conn.execute("SELECT 1 FROM meta WHERE key = 'hub_token'").fetchone():
        return 0
    pending: set[str] = set()
    for record_type, record_id, payload in vault.conn.execute(
        "SELECT record_type, record_id, payload FROM outbox WHERE pushed_at IS NULL"
    ):
        pending.add(child_of(vault, record_type, record_id, json.loads(payload)))
    local = [r[0] for r in vault.conn.execute("SELECT id FROM children")]
    gone = [c for c in local if c not in caseload and c not in pending]
    for child_id in gone:
        with transaction(vault.conn):
            vault.conn.execute("INSERT INTO sync_purging VALUES (?)", (child_id,))
            vault.conn.execute(
                "DELETE FROM activity_amendments WHERE entry_id IN"
                " (SELECT id FROM activity_entries WHERE child_id = ?)",
                (child_id,),
            )
            vault.conn.execute(
                "DELETE FROM amendments WHERE visit_id IN (SELECT id FROM visits WHERE child_id = ?)",
                (child_id,),
            )
            for table in _BY_CHILD:
                vault.conn.execute(f"DELETE FROM {table} WHERE child_id = ?", (child_id,))
            vault.conn.execute(
                "DELETE FROM record_versions WHERE record_type = 'child' AND record_id = ?", (child_id,)
            )
            vault.conn.execute("DELETE FROM children WHERE id = ?", (child_id,))
            # The child's attachments' bytes, and any download of them under way, unless
            # another child's attachment names the same bytes (content-addressed). A blob's
            # thumbnail and upload mark go with it (ON DELETE CASCADE, migration 0009).
            for table in ("attachment_blobs", "blob_transfers"):
                vault.conn.execute(
                    f"DELETE FROM {table} WHERE NOT EXISTS"
                    f" (SELECT 1 FROM attachments a WHERE a.sha256 = {table}.sha256)"
                )
            vault.conn.execute("DELETE FROM sync_pulled WHERE child_id = ?", (child_id,))
            vault.conn.execute("DELETE FROM sync_purging WHERE child_id = ?", (child_id,))
            vault.ctx.audit("purge", "child", child_id, detail="reassigned by the hub")
    if gone:
        # The pages the purge zeroed still have their old images (attachments' keys among
        # them) in the WAL until a checkpoint: copy the new ones back and empty it now. A
        # purge is rare, so the wait for readers to finish is too; a reader that outlasts the
        # busy timeout keeps part of the WAL, which is logged, and emptied at the lock's
        # checkpoint (Vault.close) if not by an earlier one.
        busy = 1
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            busy = int(vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
        if busy:
            logs.event("purge_checkpoint_incomplete", children=len(gone))
    return len(gone)
