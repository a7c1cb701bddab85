"""The hub's store (SQLite for a pilot; one file, safe across threads).

Devices hold only hashes of their tokens and enrolment codes; every change a device sends
is kept once, by its id, with a server sequence number that devices pull by.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CODE_DAYS = 7
# What a device may see: records about children on its user's caseload, and the provider
# register, which every caseload shares.
VISIBLE = ("(child_id IN (SELECT child_id FROM caseload WHERE user_id = ?)"
           " OR record_type = 'provider')")
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL,
    revoked_at TEXT);
CREATE TABLE IF NOT EXISTS enrol_codes (code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id), expires_at TEXT NOT NULL, used_at TEXT);
CREATE TABLE IF NOT EXISTS caseload (child_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id));
CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE, payload_hash TEXT NOT NULL, device_id TEXT NOT NULL,
    user_id TEXT NOT NULL, record_type TEXT NOT NULL, record_id TEXT NOT NULL,
    child_id TEXT NOT NULL, op TEXT NOT NULL, base_version INTEGER, payload TEXT NOT NULL,
    received_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS changes_child ON changes (child_id, seq);
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
    actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)
"""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def change_hash(change: dict[str, Any]) -> str:
    """What makes a change the same change: all it says, not when it arrived."""
    keys = ("record_type", "record_id", "child_id", "op", "base_version", "payload")
    return hashlib.sha256(json.dumps({k: change.get(k) for k in keys}, sort_keys=True,
                                     separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True)
class Device:
    id: str
    user_id: str
    name: str
    revoked: bool


class HubError(Exception):
    pass


class _PgConnection:
    """One pooled psycopg connection behind the sqlite3-like calls the store makes, so one
    set of SQL (with ? placeholders) runs on both databases."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        sql = sql.replace("?", "%s").replace("BEGIN IMMEDIATE", "BEGIN")
        return self.conn.execute(sql, params)

    def executescript(self, script: str) -> None:
        for statement in script.split(";"):
            if statement.strip():
                self.conn.execute(statement)


POSTGRES_SCHEMA = (SCHEMA.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
                   .replace("base_version INTEGER", "base_version BIGINT"))


class HubStore:
    """SQLite by path (a pilot, one process) or PostgreSQL by URL (an authority: several
    hub processes share it; each request takes its own pooled connection, and each
    change's id is unique in the database itself)."""

    def __init__(self, location: Path | str) -> None:
        self.lock = threading.Lock()
        self.postgres = str(location).startswith(("postgresql://", "postgres://"))
        self.pool: Any = None
        self.sqlite: sqlite3.Connection | None = None
        if self.postgres:
            from psycopg.rows import dict_row
            from psycopg_pool import ConnectionPool

            self.pool = ConnectionPool(str(location), min_size=2, max_size=16, open=True,
                                       kwargs={"autocommit": True, "row_factory": dict_row})
            with self.db() as conn:
                conn.execute("SELECT pg_advisory_lock(4711)")  # one migrator at a time
                conn.executescript(POSTGRES_SCHEMA)
                conn.execute("SELECT pg_advisory_unlock(4711)")
        else:
            self.sqlite = sqlite3.connect(str(location), check_same_thread=False,
                                          isolation_level=None)
            self.sqlite.row_factory = sqlite3.Row
            with self.db() as conn:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA busy_timeout = 10000")
                conn.executescript(SCHEMA)

    @contextmanager
    def db(self) -> Iterator[Any]:
        """A connection for one operation: pooled for PostgreSQL, the one file (behind a
        lock) for SQLite."""
        if self.pool is not None:
            with self.pool.connection() as conn:
                yield _PgConnection(conn)
        else:
            with self.lock:
                yield self.sqlite

    @property
    def conn(self) -> Any:
        """For tests and admin scripts: run a statement on a connection of its own."""
        return _Oneshot(self)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        elif self.sqlite is not None:
            self.sqlite.close()

    # --- administration -----------------------------------------------------------------

    def add_user(self, name: str, role: str) -> str:
        user_id = str(uuid.uuid4())
        with self.db() as conn:
            conn.execute("INSERT INTO users VALUES (?, ?, ?, ?)", (user_id, name, role, _now()))
            _audit(conn, "admin", "", "add_user", user_id)
        return user_id

    def new_code(self, user_id: str) -> str:
        code = secrets.token_hex(4).upper()  # 8 characters to read out or type
        expires = (datetime.now(UTC) + timedelta(days=CODE_DAYS)).isoformat()
        with self.db() as conn:
            if conn.execute("SELECT 1 AS one FROM users WHERE id = ?",
                                 (user_id,)).fetchone() is None:
                raise HubError(f"no user {user_id}")
            conn.execute("INSERT INTO enrol_codes VALUES (?, ?, ?, NULL)",
                              (_hash(code), user_id, expires))
            _audit(conn, "admin", "", "new_code", user_id)
        return code

    def assign(self, child_id: str, user_id: str) -> None:
        with self.db() as conn:
            conn.execute("INSERT INTO caseload VALUES (?, ?) ON CONFLICT (child_id)"
                              " DO UPDATE SET user_id = excluded.user_id", (child_id, user_id))
            _audit(conn, "admin", "", "assign", f"{child_id} -> {user_id}")

    def revoke(self, device_id: str) -> None:
        with self.db() as conn:
            conn.execute("UPDATE devices SET revoked_at = ? WHERE id = ?", (_now(), device_id))
            _audit(conn, "admin", device_id, "revoke", device_id)

    def devices(self) -> list[dict[str, Any]]:
        with self.db() as conn:
            rows = conn.execute("SELECT id, user_id, name, enrolled_at, revoked_at"
                                     " FROM devices ORDER BY enrolled_at").fetchall()
        return [dict(r) for r in rows]

    def audit_trail(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.db() as conn:
            rows = conn.execute("SELECT at, actor, device_id, action, detail FROM audit"
                                     " ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]

    # --- devices ------------------------------------------------------------------------

    def enrol(self, code: str, device_name: str) -> tuple[str, str]:
        with self.db() as conn:
            row = conn.execute("SELECT user_id, expires_at, used_at FROM enrol_codes"
                                    " WHERE code_hash = ?", (_hash(code.strip().upper()),)).fetchone()
            if row is None or row["used_at"] or row["expires_at"] < _now():
                _audit(conn, "unknown", "", "enrol_refused", device_name)
                raise HubError("That enrolment code is not valid (wrong, used or expired).")
            device_id, token = str(uuid.uuid4()), secrets.token_urlsafe(32)
            conn.execute("BEGIN IMMEDIATE")
            # The code is spent in the same statement that checks it: two laptops racing
            # with one code cannot both win.
            spent = conn.execute("UPDATE enrol_codes SET used_at = ? WHERE code_hash = ?"
                                 " AND used_at IS NULL",
                                 (_now(), _hash(code.strip().upper()))).rowcount
            if spent != 1:
                conn.execute("ROLLBACK")
                raise HubError("That enrolment code is not valid (wrong, used or expired).")
            conn.execute("INSERT INTO devices VALUES (?, ?, ?, ?, ?, NULL)",
                         (device_id, row["user_id"], device_name, _hash(token), _now()))
            _audit(conn, row["user_id"], device_id, "enrol", device_name)
            conn.execute("COMMIT")
        return device_id, token

    def device_for(self, token: str) -> Device | None:
        with self.db() as conn:
            row = conn.execute("SELECT id, user_id, name, revoked_at FROM devices"
                                    " WHERE token_hash = ?", (_hash(token),)).fetchone()
        if row is None:
            return None
        return Device(row["id"], row["user_id"], row["name"], row["revoked_at"] is not None)

    def refused(self, device: Device | None, action: str, detail: str) -> None:
        with self.db() as conn:
            _audit(conn, device.user_id if device else "unknown", device.id if device else "",
                        action, detail)

    # --- sync -----------------------------------------------------------------------------

    def push(self, device: Device, changes: list[dict[str, Any]]) -> dict[str, Any]:
        """Each change once, by id: a resend is a duplicate; the same id with other content,
        or a child outside the user's caseload, is refused. One transaction per batch."""
        accepted: list[str] = []
        duplicates: list[str] = []
        seqs: dict[str, int] = {}
        refused: list[dict[str, str]] = []
        with self.db() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                mine = {r["child_id"] for r in conn.execute(
                    "SELECT child_id FROM caseload WHERE user_id = ?", (device.user_id,))}
                for change in changes:
                    outcome = _push_one(conn, device, change, mine)
                    if outcome in ("accepted", "duplicate"):
                        (accepted if outcome == "accepted" else duplicates).append(
                            change["change_id"])
                        seqs[change["change_id"]] = conn.execute(
                            "SELECT seq FROM changes WHERE change_id = ?",
                            (change["change_id"],)).fetchone()["seq"]
                    else:
                        refused.append({"change_id": change["change_id"], "reason": outcome})
                        _audit(conn, device.user_id, device.id, "push_refused",
                                    f"{change['change_id']}: {outcome}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return {"accepted": accepted, "duplicates": duplicates, "refused": refused,
                "seqs": seqs}

    def pull(self, device: Device, since: int, limit: int) -> dict[str, Any]:
        """Changes after `since` about children on the user's caseload, from other devices."""
        with self.db() as conn:
            rows = conn.execute(
                f"SELECT * FROM changes WHERE seq > ? AND device_id != ? AND {VISIBLE}"
                " ORDER BY seq LIMIT ?", (since, device.id, device.user_id, limit + 1)).fetchall()
            top = conn.execute("SELECT coalesce(max(seq), 0) AS top FROM changes"
                                    ).fetchone()["top"]
            more = len(rows) > limit
            mine = None if more else [r["child_id"] for r in conn.execute(
                "SELECT child_id FROM caseload WHERE user_id = ?", (device.user_id,))]
        rows = rows[:limit]
        last = rows[-1]["seq"] if rows else (since if more else max(since, top))
        return {
            "changes": [{"seq": r["seq"], "change_id": r["change_id"],
                         "record_type": r["record_type"], "record_id": r["record_id"],
                         "child_id": r["child_id"], "op": r["op"],
                         "base_version": r["base_version"], "payload": json.loads(r["payload"])}
                        for r in rows],
            # The caseload once, with the last page: on every page it was a fifth of the
            # bytes of a first sync.
            "last_seq": last, "more": more, "caseload": mine,
        }

    def digest(self, device: Device, upto: int) -> dict[str, Any]:
        """What a device should hold after pulling up to `upto`: a count and a hash of the
        change ids, to compare at the end of a sync."""
        with self.db() as conn:
            ids = sorted(r["change_id"] for r in conn.execute(
                f"SELECT change_id FROM changes WHERE seq <= ? AND device_id != ? AND {VISIBLE}",
                (upto, device.id, device.user_id)))
        return {"count": len(ids), "hash": hashlib.sha256("\n".join(ids).encode()).hexdigest()}

def _audit(conn: Any, actor: str, device_id: str, action: str, detail: str) -> None:
    conn.execute("INSERT INTO audit (at, actor, device_id, action, detail)"
                 " VALUES (?, ?, ?, ?, ?)", (_now(), actor, device_id, action, detail))


def _push_one(conn: Any, device: Device, change: dict[str, Any], mine: set[str]) -> str:
    digest = change_hash(change)
    known = conn.execute("SELECT payload_hash FROM changes WHERE change_id = ?",
                              (change["change_id"],)).fetchone()
    if known is not None:
        same = known["payload_hash"] == digest
        return "duplicate" if same else "a different change has this id"
    child_id = change.get("child_id") or ""
    if child_id and child_id not in mine:
        owner = conn.execute("SELECT 1 AS one FROM caseload WHERE child_id = ?",
                                  (child_id,)).fetchone()
        new_child = change["record_type"] == "child" and change["op"] == "create"
        if owner is not None or not new_child:
            return "this child is not on your caseload"
        # A child added on the laptop joins the caseload of the user who added it.
        conn.execute("INSERT INTO caseload VALUES (?, ?) ON CONFLICT (child_id)"
                          " DO NOTHING", (child_id, device.user_id))
        mine.add(child_id)
    conn.execute(
        "INSERT INTO changes (change_id, payload_hash, device_id, user_id, record_type,"
        " record_id, child_id, op, base_version, payload, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change["change_id"], digest, device.id, device.user_id, change["record_type"],
         change["record_id"], child_id, change["op"], change.get("base_version"),
         json.dumps(change["payload"], sort_keys=True), _now()))
    return "accepted"


class _Oneshot:
    """`store.conn.execute(...)` for tests and scripts: rows read at once, then released."""

    def __init__(self, store: HubStore) -> None:
        self.store = store

    def execute(self, sql: str, params: Any = ()) -> _Rows:
        with self.store.db() as conn:
            cursor = conn.execute(sql, params)
            rows = cursor.fetchall() if cursor.description else []
        return _Rows(rows)


class _Rows:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchall(self) -> list[Any]:
        return self.rows

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows)
