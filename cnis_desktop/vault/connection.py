"""Opening the SQLCipher database with every security setting pinned.

Settings are explicit rather than inherited from the library's defaults so that a future
sqlcipher3 release cannot silently change the file format or weaken the cipher.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, cast

import sqlcipher3

from .errors import VaultDamaged, VaultReplaced

# Decrypted pages stay in memory, so repeated reads of a caseload cost no decryption.
CACHE_KIB = 65_536


class Cursor(Protocol):
    """What the store uses of a DB-API cursor (sqlcipher3's and sqlite3's alike)."""

    rowcount: int
    lastrowid: int | None

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store uses of a connection: sqlcipher3's (the vault) and sqlite3's (the
    benchmarks' baseline) both satisfy it, so mypy checks every call into the database."""

    row_factory: Any
    in_transaction: bool

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor: ...

    def executescript(self, script: str, /) -> Cursor: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...


_COMMON_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA journal_mode = WAL",
    # FULL: a commit reported done is on disk, so a power cut loses no finalised record.
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


class VaultConnection(sqlcipher3.dbapi2.Connection):  # type: ignore[misc]
    """A SQLCipher connection that knows its WAL file, to notice it vanish (below), and
    what a write must wait for first (an unlock's page check, see integrity.PageCheck)."""

    wal_path: Path | None = None
    file_id: tuple[int, int] | None = None  # (device, inode) of the vault file it opened
    write_gate: Callable[[], None] | None = None


def open_encrypted(path: Path, key: bytes) -> Connection:
    conn = sqlcipher3.dbapi2.connect(
        str(path), isolation_level=None, check_same_thread=True, factory=VaultConnection
    )
    conn.row_factory = sqlcipher3.dbapi2.Row
    try:
        # SQLCipher otherwise logs a damaged page to stderr (three lines per page): the
        # failure is reported once, as a VaultDamaged, instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Off: with it on, SQLCipher zeroes and locks every buffer it frees, on every page
        # read. tests/bench/bench_store.py (5,000 children, 100,000 visits) measured the
        # store workload 14x slower with it on (writing a visit 7x, loading a child 11x),
        # against a budget of 1.3x plain SQLite; and the key and decrypted pages are in
        # this process anyway while it is unlocked.
        # What it protects against – another process or a core dump reading freed memory –
        # is closed instead by the process itself: no core dumps and not ptrace-able
        # (cnis_desktop/hardening.py, called first by the app and the CLI).
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _COMMON_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"The vault file {path} could not be opened with its key ({exc}).") from exc
    conn.wal_path = path.with_name(path.name + "-wal")
    opened = os.stat(path)
    conn.file_id = (opened.st_dev, opened.st_ino)
    return cast(Connection, conn)


def open_plain(path: Path) -> Connection:
    """Plain SQLite with the same settings: the baseline for benchmarks, never for records."""
    import sqlite3  # only benchmarks need it; the app never opens plain SQLite

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    for pragma in _COMMON_PRAGMAS:
        conn.execute(pragma)
    return cast(Connection, conn)


def hold_writes_until(
    conn: Connection, ready: Callable[[], None], then: Callable[[], None] | None = None
) -> None:
    """Hold this connection's writes until `ready` returns (it raises to refuse them), then
    run `then` first. The connection is query-only meanwhile, so that a write which does
    not pass through `transaction` fails instead of reaching the file."""
    held = cast(VaultConnection, conn)
    conn.execute("PRAGMA query_only = ON")

    def gate() -> None:
        ready()
        held.write_gate = None
        conn.execute("PRAGMA query_only = OFF")
        if then is not None:
            then()

    held.write_gate = gate


def release_writes(conn: Connection) -> None:
    """Open the gate now if it is still shut (it raises if the writes are refused)."""
    gate = getattr(conn, "write_gate", None)
    if gate is not None:
        gate()


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """One write transaction, nested as savepoints: all of it lands, or none of it."""
    if conn.in_transaction:
        name = f"sp_{id(object())}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    gate = getattr(conn, "write_gate", None)
    if gate is not None:
        gate()  # raises, and nothing is written, if the vault failed its check
    # Replaced first: a restore also moves the WAL aside, which is not a removed journal.
    _refuse_if_replaced(conn)
    _refuse_without_wal(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _refuse_without_wal(conn: Connection) -> None:
    """While a vault is open its WAL file holds the latest commits. If it is removed (by a
    clean-up tool, or a person), SQLite carries on in a new one and the indexes silently go
    wrong: refuse every write from then on, with what to do."""
    wal = getattr(conn, "wal_path", None)
    if wal is not None and not os.path.exists(wal):
        raise VaultDamaged(
            f"The vault's journal {wal} was removed while the vault was open; the latest changes may be lost."
        )


def vault_replaced(conn: Connection) -> bool:
    """Whether the vault file this connection opened has been replaced (see below)."""
    try:
        _refuse_if_replaced(conn)
    except VaultReplaced:
        return True
    return False


def _refuse_if_replaced(conn: Connection) -> None:
    """A restore puts another vault file in this one's place while a connection of another
    thread (a sync, say) may still be open on the old one, now put aside. Its writes would
    land in the copy put aside, and its removal of attachments' files (which a backup and
    the vault share) would take files the restored vault names: refuse them all."""
    opened = getattr(conn, "file_id", None)
    wal = getattr(conn, "wal_path", None)
    if opened is None or wal is None:
        return
    path = wal.with_name(wal.name.removesuffix("-wal"))
    try:
        now = os.stat(path)
    except OSError:
        now = None
    if now is None or (now.st_dev, now.st_ino) != opened:
        raise VaultReplaced(
            f"The vault file {path} was replaced (restored from a backup) while this work was"
            " under way; nothing more of it was written."
        )
