"""The hub's store (SQLite for a pilot; one file, safe across threads).

Devices hold only hashes of their tokens and enrolment codes; every change a device sends
is kept once, by its id, with a server sequence number that devices pull by.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import Any

from ..domain.record_kinds import (
    DEVICE_KINDS,
    PROVIDER_EDITOR_ROLES,
    SHARED_KINDS,
    references,
    shape_problem,
)
from ..domain.text_safety import control_character_problem
from ..domain.validation import validate_provider_fields
from ..sync.wire import Change, DigestResult, PullResult, PushResult, Refusal
from . import record_state
from .batch_sql import BatchSql, PostgresBatchSql, SqliteBatchSql, _marks

log = logging.getLogger(__name__)

# One change's fields: the longest visit record is a few tens of kilobytes; a change
# many times that (a 60 MB "note") is refused rather than sent to every laptop.
MAX_CHANGE_BYTES = 256 * 1024
CODE_DAYS = 7
# Enrolment codes: 12 characters a person can read out (no 0/O, 1/I), about 60 bits.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
# Failed enrolments or tokens from one address: after this many within the window, that
# address is refused until the window has passed.
FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES = 10
PROVIDER_LOCK = 4712  # advisory lock taken by pushes that change the provider register
SEEN_EVERY = 60.0  # seconds between writes of a device's last sync


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
CREATE INDEX IF NOT EXISTS changes_providers ON changes (seq) WHERE record_type = 'provider';
CREATE INDEX IF NOT EXISTS caseload_user ON caseload (user_id);
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
    actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS disabled_users (user_id TEXT PRIMARY KEY REFERENCES users (id),
    at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS device_seen (device_id TEXT PRIMARY KEY, at TEXT NOT NULL,
    version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (kind TEXT NOT NULL, address TEXT NOT NULL,
    at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS failures_by_address ON failures (kind, address, at);
CREATE TABLE IF NOT EXISTS record_links (record_id TEXT PRIMARY KEY, record_type TEXT NOT NULL,
    child_id TEXT NOT NULL, linked_at TEXT NOT NULL);
INSERT INTO record_links SELECT record_id, record_type, child_id, received_at FROM changes
    WHERE seq IN (SELECT min(seq) FROM changes WHERE record_type != 'audit' GROUP BY record_id)
    AND NOT EXISTS (SELECT 1 FROM record_links)
"""
# record_links: which child each record belongs to ('' for the provider register), set by
# the first change that names the record and never by a later one. Built from the change log
# for a hub that had none (the last statement; a no-op once built).


DEVICE_BY_TOKEN = (
    "SELECT d.id, d.user_id, d.name, d.revoked_at, u.role, x.at AS disabled_at"
    " FROM devices d JOIN users u ON u.id = d.user_id"
    " LEFT JOIN disabled_users x ON x.user_id = d.user_id"
    " WHERE d.token_hash = ?"
)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _atom(value: Any) -> str:
    """canonical_json of a field, quicker for the strings most fields are."""
    return encode_basestring_ascii(value) if isinstance(value, str) else canonical_json(value)


def change_hash(change: Mapping[str, Any], payload_json: str | None = None) -> str:
    """What makes a change the same change: all it says, not when it arrived. The SHA-256
    of the canonical JSON of its six fields, put together around the payload's own canonical
    JSON (which the hub stores as well), so that the payload is serialised once."""
    payload = canonical_json(change.get("payload")) if payload_json is None else payload_json
    text = "".join(
        (
            '{"base_version":',
            _atom(change.get("base_version")),
            ',"child_id":',
            _atom(change.get("child_id")),
            ',"op":',
            _atom(change.get("op")),
            ',"payload":',
            payload,
            ',"record_id":',
            _atom(change.get("record_id")),
            ',"record_type":',
            _atom(change.get("record_type")),
            "}",
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Device:
    id: str
    user_id: str
    name: str
    revoked: bool
    role: str = ""
    disabled: bool = False  # the user's account is disabled: refused, not wiped


class HubError(Exception):
    pass


class _PgConnection:
    """One pooled psycopg connection behind the sqlite3-like calls the store makes, so one
    set of SQL (with ? placeholders) runs on both databases."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        sql = sql.replace("?", "%s").replace("BEGIN IMMEDIATE", "BEGIN")
        # Statements are prepared (planned once) after a few runs, except lookups of a list
        # of ids: their plan made while a table was small (a new hub) went on scanning the
        # whole table once it had grown, ten times the cost of planning them each time.
        lookup = " IN (%s" in sql or "= ANY(" in sql
        return self.conn.execute(sql, params, prepare=False if lookup else None)

    def executescript(self, script: str) -> None:
        for statement in script.split(";"):
            if statement.strip():
                self.conn.execute(statement)


POSTGRES_SCHEMA = SCHEMA.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY").replace(
    "base_version INTEGER", "base_version BIGINT"
)


class HubStore:
    """SQLite by path (a pilot, one process) or PostgreSQL by URL (an authority: several
    hub processes share it; each request takes its own pooled connection, and each
    change's id is unique in the database itself)."""

    def __init__(self, location: Path | str, secret: str | None = None, keep_state: bool = True) -> None:
        """`secret`: keys the hash of enrolment codes (the settings' CNIS_HUB_SECRET); without
        it, a key made for this hub and kept in its database. `keep_state`: keep each
        record's current state as changes arrive (off only to measure what it costs)."""
        self.lock = threading.Lock()
        self._seen: dict[str, tuple[float, str]] = {}  # device id -> (when noted, version)
        self.keep_state = keep_state
        self._key: bytes | None = secret.encode() if secret else None
        self.postgres = str(location).startswith(("postgresql://", "postgres://"))
        self.pool: Any = None
        self.sqlite: sqlite3.Connection | None = None
        if self.postgres:
            from psycopg.rows import dict_row
            from psycopg_pool import ConnectionPool

            # Connections are opened when the hub starts: opening them as a morning's first
            # syncs arrive held those syncs up by a second or more.
            self.pool = ConnectionPool(
                str(location),
                min_size=8,
                max_size=16,
                open=True,
                kwargs={"autocommit": True, "row_factory": dict_row},
            )
            with self.db() as conn:
                conn.execute("SELECT pg_advisory_lock(4711)")  # one migrator at a time
                conn.executescript(POSTGRES_SCHEMA)
                conn.executescript(record_state.POSTGRES_SCHEMA)
                conn.execute("SELECT pg_advisory_unlock(4711)")
        else:
            _private_file(Path(location))
            self.sqlite = sqlite3.connect(str(location), check_same_thread=False, isolation_level=None)
            self.sqlite.row_factory = sqlite3.Row
            self.sqlite.create_function("cnis_merge", 2, record_state.merge_json, deterministic=True)
            with self.db() as conn:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA busy_timeout = 10000")
                # Attachments' bytes are read from blob_chunks in 1 MiB rows, 256 overflow pages
                # each: mapped, a page is read where it lies instead of by a system call and a
                # copy. 100 photos (93 MB) sent to a laptop: 170-290 ms of the hub's CPU -> 110-200.
                conn.execute("PRAGMA mmap_size = 1073741824")
                conn.executescript(SCHEMA)
                conn.executescript(record_state.SQLITE_SCHEMA)

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

    def warm(self) -> None:
        """Run each statement a sync uses once on every pooled connection (matching nothing),
        so that a morning's first syncs do not pay for each connection's first look at the
        tables: just after a start, those made the slowest requests three times slower."""
        ghost = Device("", "", "", False)
        with contextlib.ExitStack() as stack:
            count = self.pool.min_size if self.pool is not None else 1
            for conn in [stack.enter_context(self.db()) for _ in range(count)]:
                conn.execute(DEVICE_BY_TOKEN, ("",)).fetchall()
                _Batch.read(
                    conn,
                    ghost,
                    [
                        {
                            "change_id": "",
                            "child_id": "",
                            "record_id": "",
                            "record_type": "",
                            "op": "",
                            "payload": {},
                        }
                    ],
                )
                self._visible(conn, ghost, "*", "seq + 0 > ?", 0, 1)
                self._visible(conn, ghost, "seq, change_id", "seq + 0 <= ?", 0)

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

    def _code_key(self) -> bytes:
        """The key enrolment codes are hashed with: the hub's secret, or one made for this
        hub and kept in its database."""
        if self._key is not None:
            return self._key
        with self.db() as conn:
            conn.execute(
                "INSERT INTO hub_meta VALUES ('code_key', ?) ON CONFLICT (key) DO NOTHING",
                (secrets.token_hex(32),),
            )
            row = conn.execute("SELECT value FROM hub_meta WHERE key = 'code_key'").fetchone()
        self._key = bytes.fromhex(row["value"])
        return self._key

    def _code_hash(self, code: str) -> str:
        plain = "".join(ch for ch in code.upper() if ch.isalnum())
        return hmac.new(self._code_key(), plain.encode(), hashlib.sha256).hexdigest()

    def new_code(self, user_id: str) -> str:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        code = "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))  # XXXX-XXXX-XXXX
        code_hash = self._code_hash(code)
        expires = (datetime.now(UTC) + timedelta(days=CODE_DAYS)).isoformat()
        with self.db() as conn:
            if conn.execute("SELECT 1 AS one FROM users WHERE id = ?", (user_id,)).fetchone() is None:
                raise HubError(f"no user {user_id}")
            conn.execute("INSERT INTO enrol_codes VALUES (?, ?, ?, NULL)", (code_hash, user_id, expires))
            _audit(conn, "admin", "", "new_code", user_id)
        return code

    def assign(self, child_id: str, user_id: str) -> None:
        with self.db() as conn:
            conn.execute(
                "INSERT INTO caseload VALUES (?, ?) ON CONFLICT (child_id)"
                " DO UPDATE SET user_id = excluded.user_id",
                (child_id, user_id),
            )
            _audit(conn, "admin", "", "assign", f"{child_id} -> {user_id}")

    def revoke(self, device_id: str) -> None:
        with self.db() as conn:
            conn.execute("UPDATE devices SET revoked_at = ? WHERE id = ?", (_now(), device_id))
            _audit(conn, "admin", device_id, "revoke", device_id)

    def devices(self) -> list[dict[str, Any]]:
        with self.db() as conn:
            rows = conn.execute(
                "SELECT id, user_id, name, enrolled_at, revoked_at FROM devices ORDER BY enrolled_at"
            ).fetchall()
        return [dict(r) for r in rows]

    def rebuild_state(self) -> int:
        """The current state of every record, built again from the change log; how many
        records it holds."""
        with self.db() as conn:
            return record_state.rebuild(conn, self.postgres)

    def audit_trail(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.db() as conn:
            rows = conn.execute(
                "SELECT at, actor, device_id, action, detail FROM audit ORDER BY seq DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(r) for r in rows]

    # --- devices ------------------------------------------------------------------------

    def enrol(self, code: str, device_name: str) -> tuple[str, str]:
        code_hash = self._code_hash(code)
        with self.db() as conn:
            row = conn.execute(
                "SELECT user_id, expires_at, used_at FROM enrol_codes WHERE code_hash = ?", (code_hash,)
            ).fetchone()
            if row is None or row["used_at"] or row["expires_at"] < _now():
                raise HubError("That enrolment code is not valid (wrong, used or expired).")
            device_id, token = str(uuid.uuid4()), secrets.token_urlsafe(32)
            conn.execute("BEGIN IMMEDIATE")
            # The code is spent in the same statement that checks it: two laptops racing
            # with one code cannot both win.
            spent = conn.execute(
                "UPDATE enrol_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL",
                (_now(), code_hash),
            ).rowcount
            if spent != 1:
                conn.execute("ROLLBACK")
                raise HubError("That enrolment code is not valid (wrong, used or expired).")
            conn.execute(
                "INSERT INTO devices VALUES (?, ?, ?, ?, ?, NULL)",
                (device_id, row["user_id"], device_name, _hash(token), _now()),
            )
            _audit(conn, row["user_id"], device_id, "enrol", device_name)
            conn.execute("COMMIT")
        return device_id, token

    def device_for(self, token: str) -> Device | None:
        with self.db() as conn:
            row = conn.execute(DEVICE_BY_TOKEN, (_hash(token),)).fetchone()
        if row is None:
            return None
        return Device(
            row["id"],
            row["user_id"],
            row["name"],
            row["revoked_at"] is not None,
            row["role"],
            row["disabled_at"] is not None,
        )

    def seen(self, device: Device, version: str) -> None:
        """When a device last finished a sync (its digest), and the version it reported:
        written at most once a minute a device by each hub process (the console shows the
        last sync to the minute; a write for every sync of a busy morning cost the syncs)."""
        now = time.monotonic()
        noted = self._seen.get(device.id)
        if noted is not None and noted[1] == version and now - noted[0] < SEEN_EVERY:
            return
        if len(self._seen) >= 100_000:
            self._seen.clear()
        self._seen[device.id] = (now, version)
        with self.db() as conn:
            conn.execute(
                "INSERT INTO device_seen VALUES (?, ?, ?) ON CONFLICT (device_id)"
                " DO UPDATE SET at = excluded.at, version = excluded.version",
                (device.id, _now(), audit_text(version, 40)),
            )

    def refused(self, device: Device | None, action: str, detail: str) -> None:
        with self.db() as conn:
            _audit(conn, device.user_id if device else "unknown", device.id if device else "", action, detail)

    # --- guessing -----------------------------------------------------------------------

    def locked(self, kind: str, address: str) -> bool:
        """Whether `address` has failed `kind` (enrol, token) too often of late."""
        since = (datetime.now(UTC) - FAILURE_WINDOW).replace(microsecond=0).isoformat()
        with self.db() as conn:
            row = conn.execute(
                "SELECT count(*) AS n FROM failures WHERE kind = ? AND address = ? AND at >= ?",
                (kind, address, since),
            ).fetchone()
        return int(row["n"]) >= MAX_FAILURES

    def failed(self, kind: str, address: str, detail: str) -> bool:
        """Count a failure; True when it locks the address out. The audit gets the first
        failure of a window and the lock-out, not every guess: a flood of bad tokens must
        not grow the audit without bound."""
        now = datetime.now(UTC).replace(microsecond=0)
        since = (now - FAILURE_WINDOW).isoformat()
        with self.db() as conn:
            conn.execute("DELETE FROM failures WHERE at < ?", ((now - timedelta(days=1)).isoformat(),))
            conn.execute("INSERT INTO failures VALUES (?, ?, ?)", (kind, address, now.isoformat()))
            count = int(
                conn.execute(
                    "SELECT count(*) AS n FROM failures WHERE kind = ? AND address = ? AND at >= ?",
                    (kind, address, since),
                ).fetchone()["n"]
            )
            if count == 1:
                _audit(conn, "unknown", "", f"{kind}_refused", f"{address}: {detail}")
            elif count == MAX_FAILURES:
                _audit(
                    conn,
                    "unknown",
                    "",
                    f"{kind}_locked",
                    f"{address}: {count} failures within {FAILURE_WINDOW}; refused until"
                    " the window has passed",
                )
        return count >= MAX_FAILURES

    # --- sync -----------------------------------------------------------------------------

    def push(self, device: Device, changes: list[Change]) -> PushResult:
        """Each change once, by id: a resend is a duplicate; the same id with other content,
        a child outside the user's caseload, or a record (or a reference) that belongs to
        another child than the one the change names, is refused and audited. One transaction
        per batch, and a handful of statements whatever its size: what is known is asked
        once for the whole batch, and the new changes go in with one INSERT, numbered in
        the batch's order."""
        try:
            return self._push(device, changes)
        except _LinkRace:
            # A concurrent push (PostgreSQL) linked one of these records first; read again,
            # and this batch's changes to that record are now judged against its link.
            return self._push(device, changes)

    def _push(self, device: Device, changes: list[Change]) -> PushResult:
        accepted: list[str] = []
        duplicates: list[str] = []
        refused: list[Refusal] = []
        # Ids a database cannot hold are refused before any lookup.
        readable = [c for c in changes if _is_unicode(c)]
        with self.db() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                batch = _Batch.read(conn, device, readable)
                batch.keep_state = self.keep_state
                for change in changes:
                    outcome = batch.admit(change) if _is_unicode(change) else UNREADABLE
                    if outcome == "accepted":
                        accepted.append(change["change_id"])
                    elif outcome == "duplicate":
                        duplicates.append(change["change_id"])
                    else:
                        refused.append({"change_id": change["change_id"], "reason": outcome})
                        _audit(
                            conn,
                            device.user_id,
                            device.id,
                            "push_refused",
                            f"{change['change_id']} {change['record_type']}"
                            f" {change['record_id']} child {change.get('child_id') or '-'}:"
                            f" {outcome}",
                        )
                # On PostgreSQL the read took the user's push lock: a user's changes take
                # their seqs in commit order (the lock is held to the commit), so a device
                # that has seen one of its user's seqs has seen every one below it; the
                # provider register, which everyone sees, has a lock of its own. Different
                # users never wait for each other. (A colleague's provider change and this
                # user's change can still commit out of seq order; the digest at the end of
                # a sync finds the gap and pulls again – a global lock cost a third of the
                # hub's throughput.)
                if self.postgres and batch.has_providers:
                    conn.execute("SELECT pg_advisory_xact_lock(?)", (PROVIDER_LOCK,))
                seqs = batch.write()
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return {
            "accepted": accepted,
            "duplicates": duplicates,
            "refused": refused,
            "seqs": {cid: seqs[cid] for cid in accepted + duplicates},
        }

    def _visible(
        self,
        conn: Any,
        device: Device,
        columns: str,
        seq_condition: str,
        seq: int,
        limit: int | None = None,
        own: bool = False,
    ) -> tuple[list[str], list[Any]]:
        """The user's caseload, and the changes the device may see that meet `seq_condition`:
        records about those children and the provider register (which every caseload
        shares), not its own, in order of seq.

        The caseload is read first and its children listed in the query, so that the plan is
        always "these children, through the (child_id, seq) index" (a subquery let stale
        statistics choose a scan of every change); and the seq condition is on `seq + 0`,
        because a bare range on seq made PostgreSQL's planner look up the newest seqs in the
        index at every call, which under a stream of inserts took longer than the query."""
        mine = [
            r["child_id"]
            for r in conn.execute("SELECT child_id FROM caseload WHERE user_id = ?", (device.user_id,))
        ]
        children = f"child_id IN ({_marks(len(mine))}) OR " if mine else ""
        rows = conn.execute(
            f"SELECT {columns} FROM changes WHERE ({children}(record_type = 'provider'"
            f" AND child_id = '')) AND {seq_condition}"
            + (" AND device_id != ?" if not own else "")
            + " ORDER BY seq"
            + (f" LIMIT {int(limit)}" if limit is not None else ""),
            [*mine, seq, *([] if own else [device.id])],
        ).fetchall()
        return mine, list(rows)

    def pull(self, device: Device, since: int, limit: int, own: bool = False) -> PullResult:
        """Changes after `since` about children on the user's caseload, from other devices
        (and this one's too with `own`: a laptop getting back a child it had pushed, purged
        when the child was reassigned away, and now has again)."""
        with self.db() as conn:
            mine, rows = self._visible(conn, device, "*", "seq + 0 > ?", since, limit + 1, own)
        more = len(rows) > limit
        rows = rows[:limit]
        # The cursor moves only past what the device was given: reading from it again costs
        # little (the caseload's own index), and a seq still being committed is not skipped.
        last = rows[-1]["seq"] if rows else since
        return {
            "changes": [
                {
                    "seq": r["seq"],
                    "change_id": r["change_id"],
                    "record_type": r["record_type"],
                    "record_id": r["record_id"],
                    "child_id": r["child_id"],
                    "op": r["op"],
                    "base_version": r["base_version"],
                    "payload": json.loads(r["payload"]),
                }
                for r in rows
            ],
            # The caseload once, with the last page: on every page it was a fifth of the
            # bytes of a first sync.
            "last_seq": last,
            "more": more,
            "caseload": None if more else mine,
        }

    def digest(self, device: Device, upto: int) -> DigestResult:
        """What a device should hold after pulling up to `upto`: a count and a hash of the
        change ids, to compare at the end of a sync."""
        with self.db() as conn:
            _, rows = self._visible(conn, device, "seq, change_id", "seq + 0 <= ?", upto)
        ids = sorted(r["change_id"] for r in rows)
        return {"count": len(ids), "hash": hashlib.sha256("\n".join(ids).encode()).hexdigest()}


def default_location() -> Path:
    """A folder of the hub's own user: the database holds children's records in clear."""
    import platformdirs

    return platformdirs.user_data_path("cnis-hub") / "hub.sqlite3"


def _private_file(path: Path) -> None:
    """Make the hub's SQLite file readable by the hub's own user only, in a folder of its own:
    it holds children's records in clear. SQLite gives the -wal and -shm files it makes the
    database file's mode, so they are private too."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
    elif folder.stat().st_mode & 0o077:
        log.warning(
            "The hub's database is in %s, which other users can open: keep it in a"
            " folder of its own (mode 0700).",
            folder,
        )
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            name.chmod(0o600)  # a hub made before this was 0644


UNREADABLE = "the change holds text a database cannot store (NUL, or not valid Unicode)"


def storable(text: str) -> bool:
    """Whether both databases can hold this text: PostgreSQL refuses NUL, and neither takes
    a lone surrogate (valid in JSON, not in UTF-8). No laptop makes such ids."""
    if "\x00" in text:
        return False
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def _is_unicode(change: Change) -> bool:
    """Whether the change's ids can be stored."""
    return all(
        storable(str(change.get(name) or ""))
        for name in ("change_id", "record_type", "record_id", "child_id", "op")
    )


def _control_text(payload_json: str, payload: Any) -> str | None:
    """Why a payload's text is refused, as the laptop refuses it (domain.text_safety): a
    control character other than tab and line breaks. Only payloads whose ASCII-escaped JSON
    holds an escape that could be one are walked (accented text is escaped as \\u00…)."""
    if not any(escape in payload_json for escape in ("\\u00", "\\b", "\\f")):
        return None
    stack = [payload]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            problem = control_character_problem(value)
            if problem:
                return "a text " + problem
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return None


def _lone_surrogate(payload_json: str) -> bool:
    """Whether ASCII-escaped JSON holds a lone surrogate. Only astral characters (emoji) and
    surrogates are escaped as \\ud…, so most payloads are answered by the first test."""
    if "\\ud" not in payload_json:
        return False
    try:
        json.dumps(json.loads(payload_json), ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return True
    return False


def audit_text(text: str, limit: int = 500) -> str:
    """Text as the audit may hold it: one line, no control or bidirectional-override
    characters (a crafted device name must not forge an audit line), bounded."""
    safe = "".join(
        ch
        if ch.isprintable() and not ("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069")
        else f"\\u{ord(ch):04x}"
        for ch in text
    )
    return safe if len(safe) <= limit else safe[:limit] + "…"


def _audit(conn: Any, actor: str, device_id: str, action: str, detail: str) -> None:
    conn.execute(
        "INSERT INTO audit (at, actor, device_id, action, detail) VALUES (?, ?, ?, ?, ?)",
        (_now(), audit_text(actor, 100), audit_text(device_id, 100), action, audit_text(detail)),
    )


@dataclass(frozen=True)
class _Link:
    record_type: str
    child_id: str  # '' for the provider register and a QA visit about no one child


class _LinkRace(Exception):
    """Another push linked one of this batch's new records first: read again and retry."""


@dataclass
class _Batch:
    """One pushed batch: what the hub already knows about it (read in one query), and the
    new changes admitted so far, written together at the end."""

    conn: Any
    sql: BatchSql
    device: Device
    mine: set[str]  # the batch's children on the pushing user's caseload
    known: dict[str, str]  # change id -> content hash, stored or admitted in this batch
    seqs: dict[str, int]  # change id -> seq, for those already stored
    owned: set[str]  # the batch's children that someone else holds
    links: dict[str, _Link]  # record id -> its kind and child, for the ids the batch names
    new_rows: list[tuple[Any, ...]] = field(default_factory=list)
    received_at: str = field(default_factory=_now)
    new_children: list[str] = field(default_factory=list)
    new_links: dict[str, _Link] = field(default_factory=dict)
    shared_changes: list[str] = field(default_factory=list)
    # (record id, kind, child, op, payload, change id) of each admitted change, for the
    # records' current state
    state_rows: list[tuple[str, str, str, str, Any, str]] = field(default_factory=list)
    keep_state: bool = True

    @classmethod
    def read(cls, conn: Any, device: Device, changes: list[Change]) -> _Batch:
        """What the hub knows of the batch, in one query (a trip to the database costs more
        than any of the lookups): the changes already stored under its ids, who holds each
        child it is about (not the whole caseload, which can be hundreds of children), and
        the links of the records it changes or refers to."""
        sql: BatchSql = PostgresBatchSql() if isinstance(conn, _PgConnection) else SqliteBatchSql()
        batch = cls(conn, sql, device, set(), {}, {}, set(), {})
        change_ids = sorted({c["change_id"] for c in changes})
        if not change_ids:
            return batch
        child_ids = sorted({c.get("child_id") or "" for c in changes} - {""})
        named = {c["record_id"] for c in changes}
        for c in changes:
            if isinstance(c.get("payload"), dict):
                named.update(
                    ref for _, ref, _ in references(c["record_type"], c["payload"]) if storable(ref)
                )  # any other cannot be a record the hub holds
        batch._take(sql.read(conn, device.user_id, change_ids, child_ids, sorted(named - {""})))
        # A removal naming no child is about the child of the hub's link (_child_of_removed):
        # who holds that child is read too, in a second query only when there is one.
        unnamed = (
            {
                batch.links[c["record_id"]].child_id
                for c in changes
                if c["op"] == "delete" and not c.get("child_id") and c["record_id"] in batch.links
            }
            - set(child_ids)
            - {""}
        )
        if unnamed:
            batch._take(sql.read(conn, device.user_id, [], sorted(unnamed), []))
        return batch

    def _take(self, rows: list[Any]) -> None:
        for row in rows:
            if row["what"] == "stored":
                self.known[row["id"]] = row["a"]
                self.seqs[row["id"]] = int(row["seq"])
            elif row["what"] == "holder":
                (self.mine if row["a"] == self.device.user_id else self.owned).add(row["id"])
            else:
                self.links[row["id"]] = _Link(row["a"], row["b"])

    @property
    def has_providers(self) -> bool:
        return bool(self.shared_changes)

    def admit(self, change: Change) -> str:
        """ "accepted", "duplicate", or the reason the change is refused."""
        payload_json = canonical_json(change["payload"])
        if len(payload_json) > MAX_CHANGE_BYTES:
            return f"the change is over {MAX_CHANGE_BYTES:,} bytes"
        if _lone_surrogate(payload_json):
            return UNREADABLE
        digest = change_hash(change, payload_json)
        if change["change_id"] in self.known:
            same = self.known[change["change_id"]] == digest
            return "duplicate" if same else "a different change has this id"
        child_id = change.get("child_id") or self._child_of_removed(change)
        problem = self._scope_problem(change, child_id) or _control_text(payload_json, change["payload"])
        if problem:
            return problem
        if child_id and child_id not in self.mine:
            # A child added on the laptop joins the caseload of the user who added it.
            self.new_children.append(child_id)
            self.mine.add(child_id)
        if change["record_id"] not in self.links and change["record_type"] not in DEVICE_KINDS:
            link = _Link(change["record_type"], child_id)
            self.links[change["record_id"]] = self.new_links[change["record_id"]] = link
        if change["record_type"] in SHARED_KINDS:
            self.shared_changes.append(f"{change['record_type']} {change['record_id']}")
        self.known[change["change_id"]] = digest
        self.new_rows.append(
            (
                change["change_id"],
                digest,
                self.device.id,
                self.device.user_id,
                change["record_type"],
                change["record_id"],
                child_id,
                change["op"],
                change.get("base_version"),
                payload_json,
                self.received_at,
            )
        )
        self.state_rows.append(
            (
                change["record_id"],
                change["record_type"],
                child_id,
                change["op"],
                change["payload"],
                change["change_id"],
            )
        )
        return "accepted"

    def _child_of_removed(self, change: Change) -> str:
        """The child a removal naming none belongs to, by the hub's own link; '' otherwise.
        Laptops before the fix queued a session's removal with no child (its row was gone
        by the push): refused, the session stayed on every other laptop. The link is the
        hub's, never the laptop's word, and the caseload is still checked against it."""
        link = self.links.get(change["record_id"])
        if change["op"] != "delete" or link is None or link.record_type != change["record_type"]:
            return ""
        return link.child_id

    def _scope_problem(self, change: Change, child_id: str) -> str | None:
        """Why this device may not make this change, or None. The record, and every record it
        refers to, must belong to the child the change names (by the hub's own link, never
        by what a change says), and that child must be on the user's caseload."""
        kind, record_id = change["record_type"], change["record_id"]
        problem = shape_problem(kind, record_id, child_id, change["op"], change["payload"])
        if problem:
            return problem
        link = self.links.get(record_id)
        if link is not None and link.record_type != kind:
            return "this id belongs to another kind of record"
        if link is not None and link.child_id != child_id:
            return "this record belongs to another child"
        if kind in DEVICE_KINDS:
            return None
        if kind in SHARED_KINDS:
            if self.device.role not in PROVIDER_EDITOR_ROLES:
                return "your role may not change the provider register"
            errors = validate_provider_fields(change["payload"].get("changes") or {})
            if errors:
                return "not a valid provider: " + "; ".join(
                    f"{name}: {message}" for name, message in sorted(errors.items())
                )
            return None
        if child_id and child_id not in self.mine:
            # Only a child the hub has never seen can join a caseload this way: a child
            # taken off every caseload keeps its link, and is not for the first to claim it.
            new_child = kind == "child" and change["op"] == "create" and link is None
            if child_id in self.owned or not new_child:
                return "this child is not on your caseload"
        for name, ref, ref_kind in references(kind, change["payload"]):
            target = self.links.get(ref)
            if target is None:
                return f"{name} refers to a record the hub does not hold"
            if target.record_type != ref_kind:
                return f"{name} refers to a record of another kind"
            if ref_kind not in SHARED_KINDS and target.child_id != child_id:
                return f"{name} refers to another child's record"
        return None

    def write(self) -> dict[str, int]:
        """Store what was admitted; every change's seq, by id. Rows are numbered in the
        order they are listed, which is the order the laptop made them."""
        if self.new_rows:
            links = [
                (rid, link.record_type, link.child_id, self.received_at)
                for rid, link in self.new_links.items()
            ]
            stored, linked = self.sql.write(
                self.conn, self.device.user_id, self.new_children, links, self.new_rows
            )
            if linked != len(links):
                raise _LinkRace()
            self.seqs.update({r["change_id"]: int(r["seq"]) for r in stored})
            if self.keep_state:
                record_state.apply_upkeep(
                    self.conn,
                    isinstance(self.conn, _PgConnection),
                    record_state.merged_by_record(
                        (rid, kind, child, op, self.received_at, payload, "", self.seqs[cid])
                        for rid, kind, child, op, payload, cid in self.state_rows
                    ),
                )
        for what in self.shared_changes:
            _audit(self.conn, self.device.user_id, self.device.id, "shared_register_change", what)
        return self.seqs


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
