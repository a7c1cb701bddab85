"""Is the vault file whole? Checked before the key is derived (its shape), after (its pages),
and in full once a day (SQLCipher's page authentication), each on a connection of its own
so that it runs on whichever thread unlocks (the GUI's worker, the CLI's main thread).

A vault that fails is reported with what to do and is not opened for writing: nothing
written to a damaged file can be trusted, and writing may spread the damage.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from .. import logs
from .errors import VaultDamaged, VaultError, VaultMissing
from .files import write_private_atomically

# SQLCipher's smallest page; every page the file holds is a whole multiple of it.
_PAGE_UNIT = 512
SALT_BYTES = 16


def check_vault_file(path: Path) -> None:
    """Cheap checks of the file itself, before any key derivation: an empty, truncated or
    special file is named as such rather than opened (SQLCipher would quietly make an
    empty file a new, empty vault)."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise VaultMissing(path) from exc
    except OSError as exc:
        raise VaultDamaged(f"The vault file {path} cannot be read ({exc.strerror}).") from exc
    if not stat.S_ISREG(info.st_mode):
        raise VaultDamaged(f"The vault file {path} is not an ordinary file.")
    if info.st_size == 0:
        raise VaultDamaged(f"The vault file {path} is empty (0 bytes).")
    if info.st_size < _PAGE_UNIT or info.st_size % _PAGE_UNIT:
        raise VaultDamaged(f"The vault file {path} is truncated ({info.st_size:,} bytes).")


def database_salt(path: Path) -> bytes:
    """SQLCipher's per-file salt: the first 16 bytes, never changed by a passphrase change."""
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def check_pages(path: Path, key: bytes, full: bool = False) -> None:
    """Open the vault with its key on a connection of this thread, refusing any write, and
    run SQLite's quick_check (every page's structure); with `full`, also SQLCipher's
    cipher_integrity_check (every page's authentication code). Raises VaultDamaged."""
    import sqlcipher3

    conn = open_read_only(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.OperationalError as exc:
            # Not the file's fault (a full disk, a read-only folder, a lock): say so, and
            # do not call a whole vault damaged.
            raise VaultError(
                f"The vault {path} cannot be opened just now ({exc}): check that the disk "
                "has free space and the folder can be written. The vault was not changed."
            ) from exc
        except sqlcipher3.dbapi2.DatabaseError as exc:
            raise VaultDamaged(
                f"The vault file {path} cannot be read with its key: it is damaged, or its "
                "key file belongs to another vault."
            ) from exc
        try:
            found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
            if found != ["ok"]:
                raise VaultDamaged(f"The vault file {path} is damaged ({_first_problem(found)}).")
            if full:
                failures = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
                if failures:
                    raise VaultDamaged(
                        f"The vault file {path} is damaged ({len(failures)} pages fail their "
                        "authentication check)."
                    )
        except sqlcipher3.dbapi2.DatabaseError as exc:
            raise VaultDamaged(f"The vault file {path} is damaged ({_first_problem([str(exc)])}).") from exc
    finally:
        conn.close()


def open_read_only(path: Path, key: bytes) -> Any:
    """A connection to the vault (or a backup of it) with its key that refuses any write."""
    import sqlcipher3

    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a damaged page is reported by the caller
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA query_only = ON")
    return conn


class SealedFileRow(NamedTuple):
    sha256: str
    file_name: str
    key: bytes
    size: int  # of the bytes, from the attachments naming them (-1 when none does)


def sealed_file_rows(conn: Any) -> list[SealedFileRow]:
    """The attachments' sealed files a vault's rows name (none before schema 10, whose rows
    kept the bytes themselves)."""
    if not conn.execute(
        "SELECT 1 FROM pragma_table_info('attachment_blobs') WHERE name = 'file_name'"
    ).fetchone():
        return []
    rows = conn.execute(
        "SELECT b.sha256, b.file_name, b.file_key, coalesce(max(a.size), -1) FROM attachment_blobs b"
        " LEFT JOIN attachments a ON a.sha256 = b.sha256"
        " WHERE b.file_name IS NOT NULL GROUP BY b.sha256"
    )
    return [SealedFileRow(str(r[0]), str(r[1]), bytes(r[2]), int(r[3])) for r in rows]


def check_sealed_files(path: Path, key: bytes) -> tuple[int, list[str]]:
    """Read back every attachment's sealed file (vault/blob_files.py) on a connection that
    refuses writes: each must open with its key (GCM authenticates every byte) and hash to
    the sha256 it is kept under. (How many were checked, the sha256s of those that fail.)"""
    from .blob_files import BlobFileUnreadable, BlobFolder, blob_folder_for, sha256_hex

    conn = open_read_only(path, key)
    try:
        rows = sealed_file_rows(conn)
    finally:
        conn.close()
    folder = BlobFolder(blob_folder_for(path))
    failed = []
    for row in rows:
        try:
            whole = sha256_hex(folder.open(row.file_name, row.key)) == row.sha256
        except BlobFileUnreadable:
            whole = False
        if not whole:
            failed.append(row.sha256)
    return len(rows), failed


def _first_problem(found: list[str]) -> str:
    """SQLite's reports run over several lines; the message is one line."""
    lines = [line.strip() for text in found for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")]
    return lines[0] if lines else "unreadable pages"


def checked_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".checked")


def full_check_due(vault_path: Path, today: date | None = None) -> bool:
    """The full page check runs at the first unlock of each day."""
    today = today or date.today()
    try:
        last = date.fromisoformat(checked_path_for(vault_path).read_text().strip())
    except (OSError, ValueError):
        return True
    return last != today


def note_full_check(vault_path: Path, today: date | None = None) -> None:
    # A read-only folder: the check then runs at every unlock, which is only slower
    with contextlib.suppress(OSError):
        write_private_atomically(checked_path_for(vault_path), (today or date.today()).isoformat().encode())


def check_after_unlock(path: Path, key: bytes, force_full: bool = False) -> float:
    """The check the unlock runs once the key is known; returns the seconds it took."""
    start = time.perf_counter()
    full = force_full or full_check_due(path)
    check_pages(path, key, full=full)
    if full:
        note_full_check(path)
    return time.perf_counter() - start


class PageCheck:
    """The page check of an unlock, run on a worker thread beside the caseload's first
    paint (on a large vault it reads every page: seconds a person would otherwise wait).

    Until it has passed, the vault's connections hold every write at `wait` (see
    `transaction`): reading a damaged vault shows nothing false that the check will not
    then report, but writing could spread the damage.
    """

    def __init__(self, path: Path, key: bytes, force_full: bool = False) -> None:
        self.path, self._key, self._force_full = path, key, force_full
        self._finished = threading.Event()
        self._claim = threading.Lock()
        self._started = False
        self.failure: BaseException | None = None
        self.seconds = 0.0

    def run(self) -> float:
        """The check itself, on the calling thread, once: a caller that comes second waits
        for the first. Returns its seconds or raises."""
        with self._claim:
            first, self._started = not self._started, True
        if not first:
            self.wait()
            return self.seconds
        try:
            self.seconds = check_after_unlock(self.path, self._key, self._force_full)
            logs.event("pages_checked", ms=round(self.seconds * 1000))
        except BaseException as exc:
            self.failure = exc
            raise
        finally:
            self._key = b""  # the vault's connections hold it; this copy is not needed
            self._finished.set()
        return self.seconds

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    @property
    def passed(self) -> bool:
        return self.finished and self.failure is None

    def wait(self) -> None:
        """Block until the check is over, running it here if no thread has begun it (so
        that nothing waits for a check never started); raise its failure (a VaultError
        names the damage; anything else is said to have stopped the check)."""
        if not self._started:
            with contextlib.suppress(BaseException):
                self.run()  # its failure is kept, and raised below
        self._finished.wait()
        if self.failure is None:
            return
        if isinstance(self.failure, VaultError):
            raise self.failure
        raise VaultError(
            f"The vault {self.path} could not be checked ({self.failure}); nothing was written to it."
        ) from self.failure
