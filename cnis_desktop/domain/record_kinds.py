"""The kinds of record that travel between laptops and the hub, and whose they are.

Caseload scoping rests on this: every record belongs to one child (or, for the provider
register, to everyone), and a change may touch a record only as part of the child it
belongs to. The hub enforces it when a change is pushed and the laptop again when one is
pulled; both read the rules from here so that they cannot drift apart.
"""

from __future__ import annotations

from typing import Any

# The provider register: one list for every caseload, changed by some roles only.
SHARED_KINDS = frozenset({"provider"})
# A device's own audit events: kept by the hub, never sent to another laptop.
DEVICE_KINDS = frozenset({"audit"})
# A QA visit may be to a provider as a whole, about no one child.
CHILD_OPTIONAL_KINDS = frozenset({"qa_visit"})
# Everything else is about exactly one child and must say which.
CHILD_KINDS = frozenset(
    {
        "child",
        "arrangement",
        "visit",
        "amendment",
        "views",
        "eotas_package",
        "eotas_component",
        "activity_entry",
        "activity_amendment",
        "eotas_week",
        "ehc_plan",
        "ehc_outcome",
        "annual_review",
        "ehc_progress",
        "notification",
        "sao_case",
        "qa_visit",
        "register_entry",
        "consent_request",
        "attachment",
    }
)
KNOWN_KINDS = SHARED_KINDS | DEVICE_KINDS | CHILD_KINDS

OPERATIONS = frozenset({"create", "update", "upsert", "delete", "close", "append"})

# The fields of a record (in its payload, or in the payload's "changes") that name another
# record, and the kind that record must be. A reference must stay inside the child: an
# amendment about another child's visit would rewrite that visit wherever it is applied.
REFERENCES: dict[str, dict[str, str]] = {
    "amendment": {"visit_id": "visit"},
    "activity_amendment": {"entry_id": "activity_entry"},
    "activity_entry": {"component_id": "eotas_component"},
    "eotas_component": {"package_id": "eotas_package", "provider_id": "provider"},
    "ehc_outcome": {"plan_id": "ehc_plan"},
    "annual_review": {"plan_id": "ehc_plan"},
    "ehc_progress": {"outcome_id": "ehc_outcome"},
    "notification": {"arrangement_id": "arrangement"},
    "qa_visit": {"provider_id": "provider"},
    # A kind starting "@" is read from the payload's field of that name: an attachment's
    # record_id is a record of its record_type (for "child", the child itself).
    "attachment": {"record_id": "@record_type"},
}
# The kinds of record a file may be attached to (domain/attachment.py RECORD_TYPES).
ATTACHABLE_KINDS = frozenset({"child", "visit", "views", "activity_entry", "qa_visit"})

# Roles that may change the shared provider register.
PROVIDER_EDITOR_ROLES = frozenset({"virtual_school", "team_manager"})


def _field(payload: dict[str, Any], name: str) -> Any:
    """A field as a change states it: at the top of the payload (append-only records) or
    among its field-level "changes" (mutable records)."""
    if name in payload:
        return payload[name]
    changes = payload.get("changes")
    return changes.get(name) if isinstance(changes, dict) else None


def stated_children(payload: dict[str, Any]) -> set[str]:
    """Every child id the payload itself names (it may name none)."""
    changes = payload.get("changes")
    found = set()
    for source in (payload, changes if isinstance(changes, dict) else {}):
        if source.get("child_id") is not None:
            found.add(str(source["child_id"]))
    return found


def references(record_type: str, payload: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, referenced id, kind it must be) for each reference the payload makes."""
    found = []
    for name, kind in REFERENCES.get(record_type, {}).items():
        if kind.startswith("@"):
            kind = str(_field(payload, kind[1:]) or "")
            if kind not in ATTACHABLE_KINDS:
                continue  # shape_problem refuses the change
        value = _field(payload, name)
        if value:
            found.append((name, str(value), kind))
    return found


MAX_DEPTH = 6  # a record's fields nest at most a list of actions deep (payload > changes > list > item)


def _too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            stack.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict) else item))
    return False


def shape_problem(
    record_type: str, record_id: str, child_id: str, op: str, payload: dict[str, Any]
) -> str | None:
    """What is wrong with a change on its own, before anyone looks up whose records it
    touches; None when nothing is."""
    if record_type not in KNOWN_KINDS:
        return "unknown kind of record"
    if op not in OPERATIONS:
        return "unknown operation"
    if record_type in SHARED_KINDS | DEVICE_KINDS:
        if child_id:
            return "this kind of record belongs to no one child"
    elif not child_id and record_type not in CHILD_OPTIONAL_KINDS:
        return "the change names no child"
    if _too_deep(payload):
        return "the record's fields nest deeper than any record's do"
    if "changes" in payload and not isinstance(payload["changes"], dict):
        return "the change's fields are not a mapping"
    if record_type == "child" and record_id != child_id:
        return "a child's record must name that child"
    if record_type == "eotas_week" and record_id != f"{child_id}/{payload.get('week_start')}":
        return "a closed week's id must name its child and week"
    if stated_children(payload) - {child_id}:
        return "the record names a different child from the change"
    if record_type == "attachment":
        return _attachment_problem(child_id, payload)
    return None


def _attachment_problem(child_id: str, payload: dict[str, Any]) -> str | None:
    if payload.get("record_type") not in ATTACHABLE_KINDS:
        return "an attachment must be to a child, visit, views record, EOTAS session or QA visit"
    if not payload.get("record_id"):
        return "an attachment must name the record it is attached to"
    if payload.get("record_type") == "child" and payload.get("record_id") != child_id:
        return "an attachment to a child must name that child"
    sha = payload.get("sha256")
    if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        return "an attachment must name its content by its sha256"
    size = payload.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return "an attachment must give its size"
    return None
