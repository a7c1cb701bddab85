"""Which child a change is about: the hub checks it against the user's caseload."""

from __future__ import annotations

from typing import Any

from ..vault import Vault

# Where each kind of record keeps its child, for the hub's caseload check.
_CHILD_COLUMN = {
    "arrangement": "arrangements", "eotas_package": "eotas_packages",
    "eotas_component": "eotas_components", "ehc_plan": "ehc_plans",
    "ehc_outcome": "ehc_outcomes", "annual_review": "annual_reviews",
    "notification": "notifications", "sao_case": "sao_cases",
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
        row = conn.execute("SELECT child_id FROM visits WHERE id = ?",
                           (payload.get("visit_id", ""),)).fetchone()
        return str(row[0]) if row else ""
    if record_type == "activity_amendment":
        row = conn.execute("SELECT child_id FROM activity_entries WHERE id = ?",
                           (payload.get("entry_id", ""),)).fetchone()
        return str(row[0]) if row else ""
    return ""  # audit events and the shared provider register belong to no one child
