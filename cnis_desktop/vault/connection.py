"""Opening the SQLCipher database with every security setting pinned.

Settings are explicit rather than inherited from the library's defaults so that a future
sqlcipher3 release cannot silently change the file format or weaken the cipher.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from .errors import VaultError

# Decrypted pages stay in memory, so repeated reads of a caseload cost no decryption.
CACHE_KIB = 65_536

Connection = Any  # sqlcipher3 and sqlite3 connections share the DB-API surface we use

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


def open_encrypted(path: Path, key: bytes) -> Connection:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None, check_same_thread=True)
    conn.row_factory = sqlcipher3.dbapi2.Row
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _COMMON_PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        raise VaultError(f"The vault file could not be opened with its key ({exc}).") from exc
    return conn


def open_plain(path: Path) -> Connection:
    """Plain SQLite with the same settings: the baseline for benchmarks, never for records."""
    import sqlite3  # only benchmarks need it; the app never opens plain SQLite

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.row_factory = sqlite3.Row
    for pragma in _COMMON_PRAGMAS:
        conn.execute(pragma)
    return conn


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
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
