"""Rotating encrypted backups of the vault, and restoring one.

A backup is a page-for-page copy made with SQLite's online backup API on a connection of
its own (so it runs on a worker thread while the user carries on: WAL lets the UI thread
write meanwhile). It is encrypted with the vault's own key, and the key file is copied
beside it, so it opens with the passphrase. One a day, the last seven kept, in the data
folder's backups/ (0700).

Attachments' sealed files (blob_files.py) never change once written, so a backup shares
them: its folder of files holds hard links to the vault's (copies where the disk cannot link).

Restoring puts the current vault (with its journal, key file and files) aside under a dated
name, never deletes it, and copies the backup in its place; the restored vault keeps the
current key file (the same key, so today's passphrase) with the restored file's salt.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from .. import logs
from .blob_files import BlobFolder, blob_folder_for
from .errors import KeyFileCorrupt, KeyFileMissing, VaultError, WrongPassphrase
from .files import copy_private, ensure_private_dir
from .integrity import check_pages, check_vault_file, database_salt, open_read_only, sealed_file_rows
from .keyfile import KeyFile, key_path_for

KEEP = 7
FOLDER = "backups"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)\.vault$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime

    @property
    def key_path(self) -> Path:
        return key_path_for(self.path)

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backups_dir(vault_path: Path) -> Path:
    return Path(vault_path).parent / FOLDER


def list_backups(vault_path: Path) -> list[Backup]:
    """This vault's backups, newest first."""
    folder = backups_dir(vault_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and match["stem"] == Path(vault_path).stem:
                made = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
                found.append(Backup(path, made))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backup_due(vault_path: Path, today: date | None = None) -> bool:
    """A backup a day: due when none was made today (UTC)."""
    today = today or datetime.now(UTC).date()
    newest = list_backups(vault_path)
    return not newest or newest[0].made_at.date() != today


def make_backup(vault_path: Path, key: bytes, keep: int = KEEP, now: datetime | None = None) -> Backup:
    """Copy the vault, encrypted with its key, into backups/; keep the newest `keep`.
    Runs on the calling thread with connections of its own; the vault stays usable."""
    vault_path = Path(vault_path)
    folder = backups_dir(vault_path)
    ensure_private_dir(folder)
    made = (now or datetime.now(UTC)).replace(microsecond=0)
    target = folder / f"{vault_path.stem}-{made.strftime(_STAMP)}.vault"
    while target.exists() or blob_folder_for(target).exists():
        # A backup already made in this second (or its files) is never written over: a
        # failure of this one would remove the files that backup needs. The next second.
        made += timedelta(seconds=1)
        target = folder / f"{vault_path.stem}-{made.strftime(_STAMP)}.vault"
    # Written under a temporary name and renamed when whole: a half-made backup is never
    # listed, and a failure leaves nothing behind.
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    files = BlobFolder(blob_folder_for(vault_path))
    with logs.timed("backup_made") as fields:
        # The files first (those present now), then the copy of the rows naming them, then
        # any named that were kept meanwhile: the backup holds every file its rows name,
        # unless one was deleted (with its row) in between.
        files.link_into(blob_folder_for(target), files.names())
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            source = _connect(vault_path, key)
            try:
                copy = _connect(tmp, key)
                try:
                    # One step: a read snapshot of the vault (WAL: writers carry on), copied
                    # whole; stepping in parts would restart at each write from the UI.
                    source.backup(copy)
                finally:
                    copy.close()
            finally:
                source.close()
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            BlobFolder(blob_folder_for(target)).delete_all()
            raise
        files.link_into(blob_folder_for(target), named_files(target, key))
        keyfile = KeyFile.load(key_path_for(vault_path))
        keyfile.with_database_salt(database_salt(target)).save(key_path_for(target))
        fields.update(bytes=target.stat().st_size, removed=_rotate(vault_path, keep))
    return Backup(target, made)


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def named_files(path: Path, key: bytes) -> dict[str, int]:
    """The sealed files a vault (or a backup of one) names, with the size of their bytes
    (-1 when no attachment gives it)."""
    conn = open_read_only(path, key)
    try:
        return {row.file_name: row.size for row in sealed_file_rows(conn)}
    finally:
        conn.close()


def stray_backup_folders(vault_path: Path) -> list[Path]:
    """Backups' folders of files whose backup is gone (a backup that failed half-way)."""
    folder = backups_dir(vault_path)
    if not folder.is_dir():
        return []
    stem = Path(vault_path).stem
    return [
        p
        for p in folder.iterdir()
        if p.name.endswith(".vault.blobs")
        and (match := _NAME.match(p.name.removesuffix(".blobs")))
        and match["stem"] == stem
        and not p.with_name(p.name.removesuffix(".blobs")).exists()
    ]


def _rotate(vault_path: Path, keep: int) -> int:
    removed = 0
    for old in list_backups(vault_path)[keep:]:
        for path in (old.path, old.key_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        BlobFolder(blob_folder_for(old.path)).delete_all()
        removed += 1
    for stray in stray_backup_folders(vault_path):
        BlobFolder(stray).delete_all()
    return removed


def check_backup(backup_path: Path, key: bytes) -> None:
    """The backup is whole and opens with this key (every page's structure checked), and
    the attachments' files it names are there."""
    check_vault_file(backup_path)
    check_pages(backup_path, key)
    files = BlobFolder(blob_folder_for(backup_path))
    missing = [
        name
        for name, size in named_files(backup_path, key).items()
        if not (files.intact(name, size) if size >= 0 else files.is_regular_file(name))
    ]
    if missing:
        raise BackupRefused(
            f"{backup_path} lacks {len(missing)} of its attachments' files (its folder"
            f" {files.path.name} is incomplete), so it cannot be restored whole."
        )


def key_file_to_keep(vault_path: Path, backup_path: Path) -> KeyFile:
    """The current key file if it belongs to the same vault (today's passphrase opens the
    restored vault), else the backup's own (the passphrase of the day it was made)."""
    theirs = KeyFile.load(key_path_for(backup_path))
    try:
        ours = KeyFile.load(key_path_for(vault_path))
    except (KeyFileMissing, KeyFileCorrupt):
        return theirs
    return ours if ours.vault_id == theirs.vault_id else theirs


def unlock_backup(vault_path: Path, backup_path: Path, passphrase: str) -> bytes:
    """The backup's key from the passphrase: today's (through the current key file), or the
    one of the day the backup was made (through its own). Raises WrongPassphrase."""
    for keyfile in dict.fromkeys([key_file_to_keep(vault_path, backup_path), _own_key(backup_path)]):
        key = keyfile.unwrap(passphrase)
        if key is not None:
            return key
    raise WrongPassphrase(0, 0)


def _own_key(backup_path: Path) -> KeyFile:
    return KeyFile.load(key_path_for(backup_path))


def restore(vault_path: Path, backup_path: Path, key: bytes, now: datetime | None = None) -> Path:
    """Put the backup in the vault's place. The vault must be closed (locked). The current
    vault, journal and key file are moved aside, not deleted: returns the aside vault path."""
    vault_path, backup_path = Path(vault_path), Path(backup_path)
    if not backup_path.is_file() or not key_path_for(backup_path).is_file():
        raise BackupRefused(f"{backup_path} is not a backup of a vault (it, or its key file, is missing).")
    check_backup(backup_path, key)
    keyfile = key_file_to_keep(vault_path, backup_path)
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    aside = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
    with logs.timed("backup_restored", bytes=backup_path.stat().st_size):
        incoming = vault_path.with_name(f".{vault_path.name}.{secrets.token_hex(4)}.restoring")
        # The backup's files, gathered beside the vault first: they are in place before the
        # vault that names them is.
        incoming_files = blob_folder_for(incoming)
        copy_private(backup_path, incoming)
        try:
            backup_files = BlobFolder(blob_folder_for(backup_path))
            backup_files.link_into(incoming_files, backup_files.names())
            for suffix in ("-wal", "-shm", "", ".key", ".blobs"):
                source = vault_path.with_name(vault_path.name + suffix)
                if os.path.lexists(source):
                    os.replace(source, aside.with_name(aside.name + suffix))
            if incoming_files.is_dir():
                os.replace(incoming_files, blob_folder_for(vault_path))
            os.replace(incoming, vault_path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(incoming)
            BlobFolder(incoming_files).delete_all()
            raise
        keyfile.with_database_salt(database_salt(vault_path)).save(key_path_for(vault_path))
    return aside


def describe(backup: Backup) -> str:
    return f"{backup.made_at:%d/%m/%Y %H:%M} UTC ({backup.size / 1_048_576:.1f} MB)"


class BackupRefused(VaultError):
    pass
