"""The current state of each record, kept beside the change log for the console to read.

A record's state is its fields as the laptops would have them after applying every change
in order (cnis_desktop/sync/merge.py): a mutable record's change carries its changed fields
under "changes" and replaces exactly those; an append-only record's change is its fields;
a delete marks the record deleted and keeps its last fields (the console counts only
records that are not deleted). A field set to null stays, as null.

Kept up to date in the push's own transaction by one statement per batch (the batch's
changes merged per record in Python first), and rebuilt from the log on demand
(`cnis-hub rebuild-state`). On PostgreSQL `fields` is jsonb and the merge is `||` (a shallow
merge, which is field-level replacement); SQLite merges with a small function registered on
the connection, the same shallow merge.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..domain.record_kinds import DEVICE_KINDS

SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS record_state (record_id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL, child_id TEXT NOT NULL, fields TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    last_seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS record_state_kind ON record_state (record_type, child_id)
"""
POSTGRES_SCHEMA = SQLITE_SCHEMA.replace("fields TEXT", "fields JSONB").replace(
    "last_seq INTEGER", "last_seq BIGINT"
)

COLUMNS = "record_id, record_type, child_id, fields, deleted, created_at, updated_at, last_seq"

# The kind and child of a record are its first change's (as record_links): a later change
# never moves it. The seq only grows.
_ON_CONFLICT = (
    " ON CONFLICT (record_id) DO UPDATE SET fields = {merge},"
    " deleted = excluded.deleted, updated_at = excluded.updated_at,"
    " last_seq = {greatest}(record_state.last_seq, excluded.last_seq)"
)

POSTGRES_UPKEEP = (
    f"INSERT INTO record_state ({COLUMNS})"
    " SELECT r, t, k, f::jsonb, d, w, w, s FROM unnest(%b::text[], %b::text[], %b::text[],"
    " %b::text[], %b::int[], %b::text[], %b::bigint[]) AS n(r, t, k, f, d, w, s)"
    + _ON_CONFLICT.format(merge="record_state.fields || excluded.fields", greatest="greatest")
)


def sqlite_upkeep(rows: int) -> str:
    marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * rows)
    return f"INSERT INTO record_state ({COLUMNS}) VALUES {marks}" + _ON_CONFLICT.format(
        merge="cnis_merge(record_state.fields, excluded.fields)", greatest="max"
    )


def merge_json(old: str, new: str) -> str:
    """SQLite's `cnis_merge(old, new)`: the shallow merge PostgreSQL's jsonb `||` makes."""
    merged = json.loads(old)
    merged.update(json.loads(new))
    return json.dumps(merged, separators=(",", ":"))


# Append-only kinds whose own content has a field named "changes" (an amendment's changes to
# an activity entry): their payload is their fields, as it is.
WHOLE_PAYLOAD_KINDS = frozenset({"activity_amendment"})


def fields_of(payload: Any, record_type: str = "") -> dict[str, Any]:
    """The fields a change sets: a mutable record's "changes", or an append-only record's
    payload as it is."""
    if not isinstance(payload, dict):
        return {}
    if record_type in WHOLE_PAYLOAD_KINDS:
        return dict(payload)
    changes = payload.get("changes")
    return dict(changes) if isinstance(changes, dict) else dict(payload)


@dataclass
class _Pending:
    record_type: str
    child_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    deleted: int = 0
    at: str = ""
    seq: int = 0


def merged_by_record(rows: Iterable[tuple[str, str, str, str, str, Any, str, int]]) -> dict[str, _Pending]:
    """(record_id, record_type, child_id, op, received_at, payload, _, seq) in seq order ->
    each record's fields merged, whether its last change deleted it, and its last seq."""
    found: dict[str, _Pending] = {}
    for record_id, record_type, child_id, op, at, payload, _, seq in rows:
        if record_type in DEVICE_KINDS:
            continue  # a device's audit events are not records
        pending = found.setdefault(record_id, _Pending(record_type, child_id))
        pending.fields.update(fields_of(payload, record_type))
        pending.deleted = 1 if op == "delete" else 0
        pending.at, pending.seq = at, seq
    return found


def upkeep_params(found: dict[str, _Pending]) -> list[tuple[Any, ...]]:
    return [
        (rid, p.record_type, p.child_id, json.dumps(p.fields, separators=(",", ":")), p.deleted, p.at, p.seq)
        for rid, p in found.items()
    ]


def apply_upkeep(conn: Any, postgres: bool, found: dict[str, _Pending]) -> None:
    """The one statement a push adds: the batch's records merged into their state."""
    params = upkeep_params(found)
    if not params:
        return
    if postgres:
        conn.execute(POSTGRES_UPKEEP, [[row[i] for row in params] for i in range(7)])
    else:
        conn.execute(sqlite_upkeep(len(params)), [v for r in params for v in (*r[:6], r[5], r[6])])


# Rebuilt on PostgreSQL in the database itself: each field's value from the last change
# that set it (DISTINCT ON, newest first), a record's kind, child and first arrival from its
# first change, and whether its last change was a delete.
POSTGRES_REBUILD = """
INSERT INTO record_state (record_id, record_type, child_id, fields, deleted, created_at,
    updated_at, last_seq)
WITH log AS (
    SELECT seq, record_id, record_type, child_id, op, received_at, payload::jsonb AS p
    FROM changes WHERE record_type NOT IN ('audit')),
  each_field AS (
    SELECT DISTINCT ON (l.record_id, e.key) l.record_id, e.key, e.value
    FROM log l, jsonb_each(CASE WHEN jsonb_typeof(l.p -> 'changes') = 'object'
                                 AND l.record_type NOT IN ({whole})
                                THEN l.p -> 'changes' ELSE l.p END) e
    ORDER BY l.record_id, e.key, l.seq DESC),
  merged AS (SELECT record_id, jsonb_object_agg(key, value) AS fields FROM each_field
             GROUP BY record_id),
  ends AS (
    SELECT record_id, (array_agg(record_type ORDER BY seq))[1] AS record_type,
           (array_agg(child_id ORDER BY seq))[1] AS child_id,
           min(received_at) AS created_at, max(received_at) AS updated_at,
           max(seq) AS last_seq, (array_agg(op ORDER BY seq DESC))[1] = 'delete' AS gone
    FROM log GROUP BY record_id)
SELECT e.record_id, e.record_type, e.child_id, coalesce(m.fields, '{}'::jsonb),
       CASE WHEN e.gone THEN 1 ELSE 0 END, e.created_at, e.updated_at, e.last_seq
FROM ends e LEFT JOIN merged m USING (record_id)
""".replace("{whole}", ", ".join(f"'{kind}'" for kind in sorted(WHOLE_PAYLOAD_KINDS)))


def rebuild(conn: Any, postgres: bool) -> int:
    """Throw the state away and build it again from the change log, in one transaction;
    how many records it holds."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM record_state")
        if postgres:
            conn.execute(POSTGRES_REBUILD)
        else:
            rows = conn.execute(
                "SELECT record_id, record_type, child_id, op, received_at, payload, '', seq"
                " FROM changes ORDER BY seq"
            ).fetchall()
            found = merged_by_record((r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), "", r[7]) for r in rows)
            firsts: dict[str, str] = {}
            for r in rows:
                firsts.setdefault(r[0], r[4])
            conn.executemany(
                f"INSERT INTO record_state ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(rid, t, k, f, d, firsts[rid], at, s) for rid, t, k, f, d, at, s in upkeep_params(found)],
            )
        count = int(conn.execute("SELECT count(*) AS n FROM record_state").fetchone()["n"])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count
