"""A person's choice on a same-field conflict: keep this laptop's value, or take theirs.

Taking theirs is an ordinary edit, so it reaches the hub and every other laptop."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ..domain.model import apply_changes
from ..vault import NotFound, Vault
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
        vault.conn.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, kept = ? WHERE id = ?",
            (datetime.now(UTC).replace(microsecond=0).isoformat(), keep, conflict_id),
        )
        vault.ctx.audit(
            "resolve_conflict", row["record_type"], row["record_id"], detail=f"{row['field']}: kept {keep}"
        )


# --- describing a conflict to the person who resolves it ---------------------------------

FIELD_WORDS = {
    "preferred_name": "Preferred name",
    "legal_first_name": "Legal first name",
    "legal_last_name": "Legal last name",
    "date_of_birth": "Date of birth",
    "home_address": "Home address",
    "parents": "Parents and carers",
    "upn": "UPN",
    "nhs_number": "NHS number",
    "send_status": "SEND status",
    "primary_need": "Primary need",
    "social_care_status": "Social care",
    "lead_professional": "Lead professional",
    "hours_per_week": "Hours a week",
    "start_date": "Start date",
    "end_date": "End date",
    "review_date": "Review date",
    "type": "Arrangement type",
    "notes": "Notes",
}
RECORD_WORDS = {"child": "Child's details", "arrangement": "Arrangement"}


@dataclass(frozen=True)
class ConflictView:
    """A conflict in words: whose record, which field, both values whole, who and when."""

    id: int
    child: str
    record: str
    field: str
    mine: str
    mine_by: str
    mine_at: datetime | None
    theirs: str
    theirs_by: str
    theirs_at: datetime | None


def describe_value(value: Any) -> str:
    if value in (None, "", [], ()):
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return f"{date.fromisoformat(text):%d/%m/%Y}"
        except ValueError:
            pass
    return text


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def describe(vault: Vault, row: dict[str, Any]) -> ConflictView:
    """`row`: one of sync.merge.conflicts(vault)."""
    record_type, record_id, field = row["record_type"], row["record_id"], row["field"]
    child_id = record_id
    record = RECORD_WORDS.get(record_type, record_type.replace("_", " ").capitalize())
    if record_type == "arrangement":
        arrangement = vault.arrangements.get(record_id).record
        child_id = arrangement.child_id
        started = f" from {arrangement.start_date:%d/%m/%Y}" if arrangement.start_date else ""
        record = f"Arrangement ({arrangement.type.upper()}{started})"
    try:
        child = vault.children.get(child_id).record.display_name
    except NotFound:  # a purged child: said so rather than failing the dialog
        child = "(a child no longer on this laptop)"
    # This laptop's edit: the latest kept version made here that changed the field.
    mine_by, mine_at = vault.profile.user_name, None
    for changes, at, by in vault.conn.execute(
        "SELECT changes, changed_at, changed_by FROM record_versions WHERE record_type = ?"
        " AND record_id = ? AND device_id != 'hub' ORDER BY version DESC",
        (record_type, record_id),
    ):
        if field in json.loads(changes):
            mine_by, mine_at = by, _moment(at)
            break
    theirs_by = row.get("remote_by") or "hub"
    theirs_by = "another device (through the hub)" if theirs_by == "hub" else f"device {theirs_by}"
    return ConflictView(
        id=int(row["id"]),
        child=child,
        record=record,
        field=FIELD_WORDS.get(field, field.replace("_", " ").capitalize()),
        mine=describe_value(json.loads(row["local_value"])),
        mine_by=mine_by,
        mine_at=mine_at,
        theirs=describe_value(json.loads(row["remote_value"])),
        theirs_by=theirs_by,
        theirs_at=_moment(row.get("at")),
    )
