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
from datetime import UTC, date, datetime
from typing import Any

from ..domain.ehc import ProgressEntry
from ..domain.eotas import ActivityEntry, QaVisit
from ..domain.hours import week_start
from ..domain.model import Arrangement, Child, Visit, from_fields, to_fields
from ..domain.views import ViewsRecord
from ..vault import Vault, VaultError
from ..vault.children import _index_columns
from ..vault.connection import transaction
from ..vault.context import dumps
from ..vault.mutable import MutableTable
from .scope import Foreign, foreign_problem

APPLIED_KINDS = (
    "child",
    "arrangement",
    "visit",
    "amendment",
    "provider",
    "eotas_package",
    "eotas_component",
    "ehc_plan",
    "ehc_outcome",
    "annual_review",
    "notification",
    "sao_case",
    "views",
    "activity_entry",
    "activity_amendment",
    "eotas_week",
    "qa_visit",
    "ehc_progress",
    "register_entry",
    "consent_request",
    "attachment",
)


def _mutable_tables(vault: Vault) -> dict[str, MutableTable[Any]]:
    return {
        "provider": vault.eotas.providers,
        "eotas_package": vault.eotas.packages,
        "eotas_component": vault.eotas.components,
        "ehc_plan": vault.ehc.plans,
        "ehc_outcome": vault.ehc.outcomes,
        "annual_review": vault.ehc.reviews,
        "notification": vault.oversight.notifications,
        "sao_case": vault.oversight.sao,
        "register_entry": vault.register.entries,
        "consent_request": vault.register.consent,
    }


@dataclass
class MergeReport:
    applied: int = 0
    conflicts: int = 0
    waiting: int = 0
    set_aside: int = 0  # about another child than the one they name: never applied


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _local_fields(vault: Vault, record_type: str, record_id: str, remote_seq: int) -> dict[str, Any]:
    """Fields this laptop changed that the hub has not ordered before the remote change:
    not yet pushed, or pushed and sequenced after it."""
    local: dict[str, Any] = {}
    for (payload,) in vault.conn.execute(
        "SELECT payload FROM outbox WHERE record_type = ? AND record_id = ?"
        " AND (pushed_at IS NULL OR hub_seq > ?) ORDER BY seq",
        (record_type, record_id, remote_seq),
    ):
        local.update(json.loads(payload).get("changes", {}))
    return local


def _own(vault: Vault, change_id: str) -> bool:
    return vault.conn.execute("SELECT 1 FROM outbox WHERE change_id = ?", (change_id,)).fetchone() is not None


def _merge_fields(vault: Vault, change: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The remote changes that do not clash with unpushed local edits; clashes recorded."""
    remote = dict(change["payload"].get("changes", {}))
    if change["op"] == "create" or _own(vault, change["change_id"]):
        # This laptop's own history, pulled back with a child it had and has again: it
        # is replayed in the hub's order, and never clashes with itself.
        return remote
    local = _local_fields(vault, change["record_type"], change["record_id"], change["seq"])
    for name in list(remote):
        if name in local and local[name] != remote[name]:
            vault.conn.execute(
                "INSERT INTO sync_conflicts (record_type, record_id, field, local_value,"
                " remote_value, remote_by, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    change["record_type"],
                    change["record_id"],
                    name,
                    json.dumps(current.get(name)),
                    json.dumps(remote[name]),
                    change.get("device_id", "hub"),
                    _now(),
                ),
            )
            del remote[name]
    return remote


def _version_row(vault: Vault, change: dict[str, Any], fields: dict[str, Any]) -> None:
    version = vault.conn.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM record_versions WHERE record_type = ? AND record_id = ?",
        (change["record_type"], change["record_id"]),
    ).fetchone()[0]
    vault.conn.execute(
        "INSERT INTO record_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            change["record_type"],
            change["record_id"],
            version,
            change.get("base_version") or 0,
            dumps(fields),
            _now(),
            "hub",
            "hub",
        ),
    )


def _apply_child(vault: Vault, change: dict[str, Any]) -> bool:
    row = vault.conn.execute(
        "SELECT data, version FROM children WHERE id = ?", (change["record_id"],)
    ).fetchone()
    if row is None:
        child = from_fields(Child, change["payload"].get("changes", {}))
        now = _now()
        vault.conn.execute(
            "INSERT INTO children (id, version, created_at, created_by, device_id, updated_at,"
            " data, display_name, upn, sort_name, search_text, date_of_birth, send_status)"
            " VALUES (?, 1, ?, 'hub', 'hub', ?, ?, ?, ?, ?, ?, ?, ?)",
            (change["record_id"], now, now, dumps(to_fields(child)), *_index_columns(child)),
        )
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
            (_now(), dumps(to_fields(merged)), *_index_columns(merged), change["record_id"]),
        )
        _version_row(vault, change, fields)
    return len(fields) < len(change["payload"].get("changes", {}))


def _apply_arrangement(vault: Vault, change: dict[str, Any]) -> bool:
    row = vault.conn.execute("SELECT data FROM arrangements WHERE id = ?", (change["record_id"],)).fetchone()
    remote = change["payload"].get("changes", {})
    if row is None:
        arrangement = from_fields(Arrangement, remote)
        fields = to_fields(arrangement)
        now = _now()
        vault.conn.execute(
            "INSERT INTO arrangements (id, child_id, version, created_at, created_by, device_id,"
            " updated_at, data, type, start_date, end_date) VALUES (?, ?, 1, ?, 'hub', 'hub', ?,"
            " ?, ?, ?, ?)",
            (
                change["record_id"],
                arrangement.child_id,
                now,
                now,
                dumps(fields),
                arrangement.type,
                fields["start_date"],
                fields["end_date"],
            ),
        )
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
                (
                    _now(),
                    dumps(merged),
                    merged["type"],
                    merged["start_date"],
                    merged["end_date"],
                    change["record_id"],
                ),
            )
            _version_row(vault, change, fields)
    child_id = change["child_id"]
    current_arrangement = vault.arrangements.current(child_id)
    vault.children.set_derived(
        child_id, arrangement_type=current_arrangement.record.type if current_arrangement else ""
    )
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
        (
            change["record_id"],
            visit.child_id,
            payload.get("created_at", _now()),
            payload.get("created_by", ""),
            payload.get("device_id", "hub"),
            payload.get("finalised_at", _now()),
            dumps(to_fields(visit)),
            day.isoformat() if day else None,
            payload.get("finalised_at", _now()),
            payload.get("finalised_by", ""),
        ),
    )


def _apply_amendment(vault: Vault, change: dict[str, Any]) -> None:
    if vault.conn.execute("SELECT 1 FROM amendments WHERE id = ?", (change["record_id"],)).fetchone():
        return
    p = change["payload"]
    vault.conn.execute(
        "INSERT INTO amendments VALUES (?, ?, ?, ?, ?, ?, 'hub')",
        (
            change["record_id"],
            p["visit_id"],
            p["reason"],
            dumps(p["changes"]),
            p.get("created_at", _now()),
            p.get("created_by", ""),
        ),
    )


def _apply_mutable(vault: Vault, change: dict[str, Any], table: MutableTable[Any]) -> bool:
    """The same field-level merge as for children, for any record kept in a MutableTable."""
    row = vault.conn.execute(
        f"SELECT data FROM {table.table} WHERE id = ?", (change["record_id"],)
    ).fetchone()
    remote = change["payload"].get("changes", {})
    if row is None:
        record = from_fields(table.cls, remote)
        fields, extra = to_fields(record), table.index(record)
        now = _now()
        columns = ["id", "version", "created_at", "created_by", "device_id", "updated_at", "data", *extra]
        vault.conn.execute(
            f"INSERT INTO {table.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [change["record_id"], 1, now, "hub", "hub", now, dumps(fields), *extra.values()],
        )
        _version_row(vault, change, fields)
        return False
    current = json.loads(row["data"])
    fields = _merge_fields(vault, change, current)
    if fields:
        merged = from_fields(table.cls, {**current, **fields})
        extra = table.index(merged)
        sets = ", ".join(f"{name} = ?" for name in ("updated_at", "data", *extra))
        vault.conn.execute(
            f"UPDATE {table.table} SET version = version + 1, {sets} WHERE id = ?",
            [_now(), dumps(to_fields(merged)), *extra.values(), change["record_id"]],
        )
        _version_row(vault, change, fields)
    return len(fields) < len(remote)


def _apply_append_only(vault: Vault, change: dict[str, Any]) -> None:
    """Records that are written once (or, for an open week's session, replaced whole)."""
    kind, rid, p = change["record_type"], change["record_id"], change["payload"]
    conn = vault.conn
    if kind == "views":
        if not conn.execute("SELECT 1 FROM views_records WHERE id = ?", (rid,)).fetchone():
            record = from_fields(ViewsRecord, p)
            conn.execute(
                "INSERT INTO views_records (id, child_id, status, version, created_at,"
                " created_by, device_id, updated_at, data, record_date, finalised_at,"
                " finalised_by) VALUES (?, ?, 'final', 1, ?, ?, 'hub', ?, ?, ?, ?, ?)",
                (
                    rid,
                    record.child_id,
                    p.get("finalised_at", _now()),
                    p.get("finalised_by", ""),
                    p.get("finalised_at", _now()),
                    dumps(to_fields(record)),
                    record.gathered_on.isoformat() if record.gathered_on else None,
                    p.get("finalised_at", _now()),
                    p.get("finalised_by", ""),
                ),
            )
    elif kind == "activity_entry":
        if change["op"] == "delete":
            files = vault.eotas.attached_files(rid)
            if files:
                # Files kept with it on this laptop (attached before the removal arrived):
                # the session stays, and the removal waits, until they are removed here.
                many = files != 1
                raise VaultError(
                    f"Another laptop removed this session, but {files} file{'s' if many else ''}"
                    f" on this laptop {'are' if many else 'is'} kept with it: the session stays"
                    f" until {'they are' if many else 'it is'} removed here."
                )
            conn.execute("DELETE FROM activity_entries WHERE id = ?", (rid,))
            return
        entry = from_fields(ActivityEntry, p)
        assert entry.entry_date is not None
        fields = to_fields(entry)
        conn.execute("DELETE FROM activity_entries WHERE id = ?", (rid,))
        conn.execute(
            "INSERT INTO activity_entries (id, child_id, component_id, entry_date, week_start,"
            " status, actual_minutes, version, created_at, created_by, device_id, updated_at,"
            " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'hub', 'hub', ?, ?)",
            (
                rid,
                entry.child_id,
                entry.component_id,
                entry.entry_date.isoformat(),
                week_start(entry.entry_date).isoformat(),
                entry.status,
                entry.actual_minutes,
                int(p.get("version", 1)),
                _now(),
                _now(),
                dumps(fields),
            ),
        )
    elif kind == "activity_amendment":
        conn.execute(
            "INSERT OR IGNORE INTO activity_amendments VALUES (?, ?, ?, ?, ?, 'hub', 'hub')",
            (rid, p["entry_id"], p["reason"], dumps(p["changes"]), _now()),
        )
    elif kind == "eotas_week":
        conn.execute(
            "INSERT OR IGNORE INTO eotas_closed_weeks VALUES (?, ?, ?, 'hub')",
            (p["child_id"], p["week_start"], _now()),
        )
    elif kind == "qa_visit":
        visit = from_fields(QaVisit, p)
        conn.execute(
            "INSERT OR IGNORE INTO qa_visits VALUES (?, ?, ?, ?, ?, 'hub', 'hub', ?)",
            (
                rid,
                visit.provider_id,
                visit.child_id or None,
                visit.visit_date.isoformat() if visit.visit_date else "",
                _now(),
                dumps(to_fields(visit)),
            ),
        )
    elif kind == "ehc_progress":
        progress = from_fields(ProgressEntry, p)
        conn.execute(
            "INSERT OR IGNORE INTO ehc_progress VALUES (?, ?, ?, ?, ?, 'hub', 'hub', ?)",
            (
                rid,
                progress.outcome_id,
                progress.child_id,
                progress.recorded_on.isoformat() if progress.recorded_on else "",
                _now(),
                dumps(to_fields(progress)),
            ),
        )


# Pulled changes applied in one transaction, each in a savepoint of its own: a commit (a full
# fsync) for every change was most of applying a pull (100 attachments' records: 90 ms).
APPLY_BATCH = 250


def apply_inbox(vault: Vault) -> MergeReport:
    """Apply pulled changes in hub order, each with its inbox row atomically (a savepoint),
    a batch of them to a transaction."""
    report = MergeReport()
    touched: set[str] = set()
    mutable = _mutable_tables(vault)
    rows = vault.conn.execute("SELECT seq, change FROM sync_inbox ORDER BY seq").fetchall()
    for start in range(0, len(rows), APPLY_BATCH):
        with transaction(vault.conn):
            for seq, text in rows[start : start + APPLY_BATCH]:
                _apply_one(vault, seq, text, mutable, report, touched)
    for child_id in touched:
        with transaction(vault.conn):
            vault.visits.refresh_derived(child_id)
    return report


def _session_in_closed_week(vault: Vault, change: dict[str, Any]) -> Foreign | None:
    """A session changed or removed on another laptop while its week was closed here (or
    moved into a week closed here): a closed week is kept as it was closed, and the vault's
    triggers refuse the change, so it is set aside, said once, rather than asked again at
    every sync."""
    if change["record_type"] != "activity_entry":
        return None
    weeks = {
        (str(r[0]), str(r[1]))
        for r in vault.conn.execute(
            "SELECT child_id, week_start FROM activity_entries WHERE id = ?", (change["record_id"],)
        )
    }
    payload = change.get("payload") or {}
    if change.get("op") != "delete":
        try:
            day = date.fromisoformat(str(payload.get("entry_date", "")))
        except ValueError:
            day = None  # not a session's date: the apply refuses it, as for any bad payload
        if day is not None:
            weeks.add((str(payload.get("child_id", "")), week_start(day).isoformat()))
    closed = any(
        vault.conn.execute(
            "SELECT 1 FROM eotas_closed_weeks WHERE child_id = ? AND week_start = ?", week
        ).fetchone()
        for week in weeks
    )
    if not closed:
        return None
    done = "removed" if change.get("op") == "delete" else "changed"
    return Foreign(
        f"Another laptop {done} this session, but its week is closed on this laptop: the week"
        " stays as it was closed. Record a correction to the session if it should not count."
    )


def _apply_one(
    vault: Vault,
    seq: int,
    text: str,
    mutable: dict[str, MutableTable[Any]],
    report: MergeReport,
    touched: set[str],
) -> None:
    """One pulled change, in a savepoint with its inbox row; a failure is kept as a problem."""
    change = json.loads(text)
    kind = change["record_type"]
    if kind not in APPLIED_KINDS:
        report.waiting += 1
        return
    foreign = foreign_problem(vault, change) or _session_in_closed_week(vault, change)
    if foreign is not None:
        with transaction(vault.conn):
            vault.conn.execute(
                "INSERT OR REPLACE INTO sync_problems VALUES (?, ?, ?, ?, ?)",
                (
                    change["change_id"],
                    kind,
                    change["record_id"],
                    ("waiting: " if foreign.waits else "set aside: ") + foreign.reason,
                    _now(),
                ),
            )
            if not foreign.waits:
                vault.conn.execute("DELETE FROM sync_inbox WHERE seq = ?", (seq,))
                vault.ctx.audit("sync_set_aside", kind, change["record_id"], detail=foreign.reason)
        if foreign.waits:
            report.waiting += 1
        else:
            report.set_aside += 1
        return
    try:
        with transaction(vault.conn):
            clash = False
            if kind == "child":
                clash = _apply_child(vault, change)
            elif kind == "arrangement":
                clash = _apply_arrangement(vault, change)
            elif kind == "visit":
                _apply_visit(vault, change)
            elif kind == "amendment":
                _apply_amendment(vault, change)
            elif kind == "attachment":
                # Metadata only: the bytes follow by the blob transfer (missing_blobs).
                vault.attachments.apply_pulled(change["record_id"], change["payload"])
            elif kind in mutable:
                clash = _apply_mutable(vault, change, mutable[kind])
            else:
                _apply_append_only(vault, change)
            vault.conn.execute("DELETE FROM sync_inbox WHERE seq = ?", (seq,))
            vault.conn.execute("DELETE FROM sync_problems WHERE change_id = ?", (change["change_id"],))
    except Exception as exc:  # kept in the inbox and reported; never half-applied
        vault.conn.execute(
            "INSERT OR REPLACE INTO sync_problems VALUES (?, ?, ?, ?, ?)",
            (change["change_id"], kind, change["record_id"], f"not applied: {exc}", _now()),
        )
        report.waiting += 1
        return
    report.applied += 1
    report.conflicts += int(clash)
    if kind in ("visit", "amendment"):
        touched.add(change["child_id"])


def conflicts(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.conn.execute("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id").fetchall()
    return [dict(r) for r in rows]
