"""Which child a change is about: the hub checks it against the user's caseload, and this
laptop checks what it pulls against the records it holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.record_kinds import SHARED_KINDS, references, shape_problem
from ..vault import Vault

# Where each kind of record keeps its child, for the hub's caseload check.
_CHILD_COLUMN = {
    "arrangement": "arrangements",
    "eotas_package": "eotas_packages",
    "eotas_component": "eotas_components",
    "ehc_plan": "ehc_plans",
    "ehc_outcome": "ehc_outcomes",
    "annual_review": "annual_reviews",
    "notification": "notifications",
    "sao_case": "sao_cases",
    "register_entry": "register_entries",
    "consent_request": "consent_requests",
}


def child_of(vault: Vault, record_type: str, record_id: str, payload: dict[str, Any]) -> str:
    conn = vault.conn
    if record_type == "child":
        return record_id
    if payload.get("child_id"):
        return str(payload["child_id"])
    changes = payload.get("changes")
    if isinstance(changes, dict) and changes.get("child_id"):
        return str(changes["child_id"])
    table = _CHILD_COLUMN.get(record_type)
    if table:
        row = conn.execute(f"SELECT child_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return str(row[0]) if row else ""
    if record_type == "amendment":
        row = conn.execute(
            "SELECT child_id FROM visits WHERE id = ?", (payload.get("visit_id", ""),)
        ).fetchone()
        return str(row[0]) if row else ""
    if record_type == "activity_amendment":
        row = conn.execute(
            "SELECT child_id FROM activity_entries WHERE id = ?", (payload.get("entry_id", ""),)
        ).fetchone()
        return str(row[0]) if row else ""
    return ""  # audit events and the shared provider register belong to no one child


# Where this laptop keeps each kind of record and how to find the child it belongs to.
_HOLDER_SQL = {
    "child": "SELECT id FROM children WHERE id = ?",
    "visit": "SELECT child_id FROM visits WHERE id = ?",
    "views": "SELECT child_id FROM views_records WHERE id = ?",
    "activity_entry": "SELECT child_id FROM activity_entries WHERE id = ?",
    "ehc_progress": "SELECT child_id FROM ehc_progress WHERE id = ?",
    "qa_visit": "SELECT coalesce(child_id, '') FROM qa_visits WHERE id = ?",
    "provider": "SELECT '' FROM providers WHERE id = ?",
    "amendment": "SELECT v.child_id FROM amendments a JOIN visits v ON v.id = a.visit_id WHERE a.id = ?",
    "activity_amendment": "SELECT e.child_id FROM activity_amendments a"
    " JOIN activity_entries e ON e.id = a.entry_id WHERE a.id = ?",
    **{kind: f"SELECT child_id FROM {table} WHERE id = ?" for kind, table in _CHILD_COLUMN.items()},
}


def _holder(vault: Vault, record_type: str, record_id: str) -> str | None:
    """The child a record held on this laptop belongs to ('' for shared ones); None when
    this laptop does not hold it."""
    sql = _HOLDER_SQL.get(record_type)
    if sql is None:
        return None
    row = vault.conn.execute(sql, (record_id,)).fetchone()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class Foreign:
    """Why a pulled change is not applied. `waits`: it refers to a record this laptop does
    not hold yet, and is judged again when it does; otherwise it is set aside for good."""

    reason: str
    waits: bool = False


def foreign_problem(vault: Vault, change: dict[str, Any]) -> Foreign | None:
    """Why a pulled change must not be applied here, or None. The hub refuses such changes
    when they are pushed; this is the laptop's own check, so that a hub that let one
    through (or an older hub's log) still cannot rewrite a record of another child."""
    kind, record_id = change["record_type"], change["record_id"]
    child_id = change.get("child_id") or ""
    payload = change.get("payload")
    if not isinstance(payload, dict):
        return Foreign("the change carries no fields")
    problem = shape_problem(kind, record_id, child_id, change.get("op", ""), payload)
    if problem:
        return Foreign(problem)
    held = _holder(vault, kind, record_id)
    if held is not None and held != child_id:
        return Foreign("this record belongs to another child on this laptop")
    for name, ref, ref_kind in references(kind, payload):
        target = _holder(vault, ref_kind, ref)
        if target is None and _removed_here(vault, ref_kind, ref):
            # It will never arrive: waiting would keep the change, and ask again, forever.
            return Foreign(f"{name} refers to a record removed on this laptop")
        if target is None:
            return Foreign(f"{name} refers to a record this laptop does not hold", waits=True)
        if ref_kind not in SHARED_KINDS and target != child_id:
            return Foreign(f"{name} refers to another child's record")
    return None


def _removed_here(vault: Vault, kind: str, record_id: str) -> bool:
    """Whether this laptop removed the record (its removal is in the outbox)."""
    row = vault.conn.execute(
        "SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? AND op = 'delete' LIMIT 1",
        (kind, record_id),
    ).fetchone()
    return row is not None
