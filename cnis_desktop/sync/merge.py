"""Applying what was pulled from the hub to this laptop's vault.

Mutable records arrive as field-level changes. A field this laptop has also changed and
not yet pushed is a conflict: the local value stays, both values are kept for a person to
choose, and every other field is applied. Append-only records are inserted once. Nothing
applied here goes back into the outbox: it came from the hub. Kinds not handled yet stay
in the inbox, unlost, for a later release.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..domain.model import Arrangement, Child, Visit, from_fields, to_fields
from ..vault import Vault
from ..vault.children import _index_columns
from ..vault.connection import transaction
from ..vault.context import dumps

APPLIED_KINDS = ("child", "arrangement", "visit", "amendment")


@dataclass
class MergeReport:
    applied: int = 0
    conflicts: int = 0
    waiting: int = 0


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _local_fields(vault: Vault, record_type: str, record_id: str,
                  remote_seq: int) -> dict[str, Any]:
    """Fields this laptop changed that the hub has not ordered before the remote change:
    not yet pushed, or pushed and sequenced after it."""
    local: dict[str, Any] = {}
    for (payload,) in vault.conn.execute(
            "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ?"
            " AND (pushed_at IS NULL OR hub_seq > ?) ORDER BY seq",
            (record_type, record_id, remote_seq)):
        local.update(json.loads(payload).get("changes", {}))
    return local


def _merge_fields(vault: Vault, change: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The remote changes that do not clash with unpushed local edits; clashes recorded."""
    remote = dict(change["payload"].get("changes", {}))
    if change["op"] == "create":
        return remote
    local = _local_fields(vault, change["record_type"], change["record_id"], change["seq"])
    for name in list(remote):
        if name in local and local[name] != remote[name]:
            vault.conn.execute(
                "INSERT INTO sync_conflicts (record_type, record_id, field, local_value,"
                " remote_value, remote_by, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (change["record_type"], change["record_id"], name, json.dumps(current.get(name)),
                 json.dumps(remote[name]), change.get("device_id", "hub"), _now()))
            del remote[name]
    return remote


def _version_row(vault: Vault, change: dict[str, Any], fields: dict[str, Any]) -> None:
    version = vault.conn.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM record_versions WHERE record_type = ?"
        " AND record_id = ?", (change["record_type"], change["record_id"])).fetchone()[0]
    vault.conn.execute(
        "INSERT INTO record_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (change["record_type"], change["record_id"], version, change.get("base_version") or 0,
         dumps(fields), _now(), "hub", "hub"))


def _apply_child(vault: Vault, change: dict[str, Any]) -> bool:
    row = vault.conn.execute("SELECT data, version FROM children WHERE id = ?",
                             (change["record_id"],)).fetchone()
    if row is None:
        child = from_fields(Child, change["payload"].get("changes", {}))
        now = _now()
        vault.conn.execute(
            "INSERT INTO children (id, version, created_at, created_by, device_id, updated_at,"
            " data, display_name, upn, sort_name, search_text, date_of_birth, send_status)"
            " VALUES (?, 1, ?, 'hub', 'hub', ?, ?, ?, ?, ?, ?, ?, ?)",
            (change["record_id"], now, now, dumps(to_fields(child)), *_index_columns(child)))
        _version_row(vault, change, to_fields(child))
        return False
    current = json.loads(row["data"])
    fields = _merge_fields(vault, change, current)
    if fields:
        merged = from_fields(Child, {**current, **fields})
        vault.conn.execute(
            "UPDATE children SET version = version + 1, updated_at = ?, data = ?,"
            " display_name = ?, upn = ?, sort_name = ?, search_text = ?, date_of_birth = ?,"
            " send_status = ? WHERE id = ?",
            (_now(), dumps(to_fields(merged)), *_index_columns(merged), change["record_id"]))
        _version_row(vault, change, fields)
    return len(fields) < len(change["payload"].get("changes", {}))


def _apply_arrangement(vault: Vault, change: dict[str, Any]) -> bool:
    row = vault.conn.execute("SELECT data FROM arrangements WHERE id = ?",
                             (change["record_id"],)).fetchone()
    remote = change["payload"].get("changes", {})
    if row is None:
        arrangement = from_fields(Arrangement, remote)
        fields = to_fields(arrangement)
        now = _now()
        vault.conn.execute(
            "INSERT INTO arrangements (id, child_id, version, created_at, created_by, device_id,"
            " updated_at, data, type, start_date, end_date) VALUES (?, ?, 1, ?, 'hub', 'hub', ?,"
            " ?, ?, ?, ?)",
            (change["record_id"], arrangement.child_id, now, now, dumps(fields), arrangement.type,
             fields["start_date"], fields["end_date"]))
        _version_row(vault, change, fields)
        clash = False
    else:
        current = json.loads(row["data"])
        fields = _merge_fields(vault, change, current)
        clash = len(fields) < len(remote)
        if fields:
            merged = to_fields(from_fields(Arrangement, {**current, **fields}))
            vault.conn.execute(
                "UPDATE arrangements SET version = version + 1, updated_at = ?, data = ?,"
                " type = ?, start_date = ?, end_date = ? WHERE id = ?",
                (_now(), dumps(merged), merged["type"], merged["start_date"], merged["end_date"],
                 change["record_id"]))
            _version_row(vault, change, fields)
    child_id = change["child_id"]
    current_arrangement = vault.arrangements.current(child_id)
    vault.children.set_derived(child_id, arrangement_type=current_arrangement.record.type
                               if current_arrangement else "")
    return clash


def _apply_visit(vault: Vault, change: dict[str, Any]) -> None:
    if vault.conn.execute("SELECT 1 FROM visits WHERE id = ?", (change["record_id"],)).fetchone():
        return  # append-only: already here
    payload = change["payload"]
    visit = from_fields(Visit, payload)
    day = visit.actual_date or visit.planned_date
    vault.conn.execute(
        "INSERT INTO visits (id, child_id, status, version, created_at, created_by, device_id,"
        " updated_at, data, visit_date, finalised_at, finalised_by)"
        " VALUES (?, ?, 'final', 1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change["record_id"], visit.child_id, payload.get("created_at", _now()),
         payload.get("created_by", ""), payload.get("device_id", "hub"),
         payload.get("finalised_at", _now()), dumps(to_fields(visit)),
         day.isoformat() if day else None, payload.get("finalised_at", _now()),
         payload.get("finalised_by", "")))


def _apply_amendment(vault: Vault, change: dict[str, Any]) -> None:
    if vault.conn.execute("SELECT 1 FROM amendments WHERE id = ?",
                          (change["record_id"],)).fetchone():
        return
    p = change["payload"]
    vault.conn.execute("INSERT INTO amendments VALUES (?, ?, ?, ?, ?, ?, 'hub')",
                       (change["record_id"], p["visit_id"], p["reason"], dumps(p["changes"]),
                        p.get("created_at", _now()), p.get("created_by", "")))


def apply_inbox(vault: Vault) -> MergeReport:
    """Apply pulled changes in hub order, each with its inbox row in one transaction."""
    report = MergeReport()
    touched: set[str] = set()
    rows = vault.conn.execute("SELECT seq, change FROM sync_inbox ORDER BY seq").fetchall()
    for seq, text in rows:
        change = json.loads(text)
        kind = change["record_type"]
        if kind not in APPLIED_KINDS:
            report.waiting += 1
            continue
        try:
            with transaction(vault.conn):
                if kind == "child":
                    clash = _apply_child(vault, change)
                elif kind == "arrangement":
                    clash = _apply_arrangement(vault, change)
                elif kind == "visit":
                    _apply_visit(vault, change)
                    clash = False
                else:
                    _apply_amendment(vault, change)
                    clash = False
                vault.conn.execute("DELETE FROM sync_inbox WHERE seq = ?", (seq,))
        except Exception as exc:  # kept in the inbox and reported; never half-applied
            vault.conn.execute(
                "INSERT OR REPLACE INTO sync_problems VALUES (?, ?, ?, ?, ?)",
                (change["change_id"], kind, change["record_id"], f"not applied: {exc}", _now()))
            report.waiting += 1
            continue
        report.applied += 1
        report.conflicts += int(clash)
        if kind in ("visit", "amendment"):
            touched.add(change["child_id"])
    for child_id in touched:
        with transaction(vault.conn):
            vault.visits.refresh_derived(child_id)
    return report


def conflicts(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.conn.execute("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"
                              ).fetchall()
    return [dict(r) for r in rows]
