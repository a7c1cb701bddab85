"""Attachments' bytes as encrypted files beside the vault, their keys inside it (issue 19).

Each blob is one file in `<vault>.blobs/` (0700), named at random (never by its hash, which
would say whether a known picture is held), sealed with AES-256-GCM under a key of its own.
The key lives only in the vault's row for the blob, so the file is noise without the vault,
and deleting the row (secure_delete) destroys the only key: the file can then be removed at
leisure. A file is written whole and fsynced, and its folder fsynced, before the row naming
it is committed; a file is never changed after that, so a backup may share it (a hard link).

Why files and not rows: SQLCipher writes a photo at about 110 MB/s on a laptop (every 4 KiB
page encrypted, authenticated and written twice through the WAL), a quarter of the speed of
sealing the same bytes into a file. A new laptop's sync of a caseload's photos is that write.

A file with no row is left by a write that never committed (a crash, a failure, the same
bytes kept twice at once): it is removed when the vault opens, once it is an hour old, so
that a file another process is still writing is never taken.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import VaultError
from .files import copy_private, ensure_private_dir, fsync_dir, write_all

_MAGIC = b"CNISB1"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# The file's bytes and what reading them needs (its length), as SQLite syncs its own files:
# 100 photos sealed on three threads, 122 ms with fsync, 100 ms with fdatasync. (Not on
# every system: fsync there.)
_datasync = getattr(os, "fdatasync", os.fsync)
_NONCE = 12
# Files no row names are removed at opening only when older than this: a write under way in
# another process (the CLI beside the app) has not committed yet.
ORPHAN_AGE_SECONDS = 3600


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobMismatch(VaultError):
    def __init__(self, sha256: str) -> None:
        super().__init__(f"The content received for {sha256[:12]}… does not match its hash; it was not kept.")


@dataclass(frozen=True)
class VerifiedBlob:
    """Bytes whose sha256 matched (made by verify_blob): the only kind sealed and kept."""

    sha256: str
    data: bytes


def verify_blob(sha256: str, data: bytes) -> VerifiedBlob:
    if sha256_hex(data) != sha256:
        raise BlobMismatch(sha256)
    return VerifiedBlob(sha256, data)


class BlobFileUnreadable(VaultError):
    def __init__(self, name: str, why: str, damaged: bool = False) -> None:
        super().__init__(f"A stored file ({name[:8]}…) could not be read: {why}.")
        self.damaged = damaged  # present, but its bytes fail their authentication


@dataclass(frozen=True)
class SealedBlob:
    """Bytes sealed into a file of the blob folder: what the vault's row must keep."""

    sha256: str
    size: int
    file_name: str
    key: bytes


def blob_folder_for(vault_path: Path) -> Path:
    return Path(vault_path).with_name(Path(vault_path).name + ".blobs")


# A sealed file is the bytes plus this much: the header, the nonce and GCM's tag.
OVERHEAD = len(_MAGIC) + _NONCE + 16


def sealed_size(size: int) -> int:
    return size + OVERHEAD


class BlobFolder:
    """The folder of sealed files. Stateless apart from its path: any thread may seal or
    open files (the vault's rows are written only by the thread that owns the vault).
    Nothing here follows a symbolic link: the folder holds regular files only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def ensure(self) -> None:
        """Create the folder (0700) if it is missing, durably. Sealing never creates it, so a
        fetch still under way when the vault is wiped cannot bring it back."""
        if not self.path.is_dir():
            ensure_private_dir(self.path)
            fsync_dir(self.path.parent)

    def seal(self, blob: VerifiedBlob) -> SealedBlob:
        """Encrypt the bytes into a new file, on disk (file fsynced) when this returns. The
        caller fsyncs the folder once (`settle`) before committing the rows naming them."""
        sha256, data = blob.sha256, blob.data
        name = secrets.token_hex(16)
        key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(key).encrypt(nonce, data, _MAGIC + name.encode())
        target = self.path / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        try:
            try:
                write_all(fd, _MAGIC + nonce)
                write_all(fd, sealed)  # not joined to the header: that would copy the photo again
                _datasync(fd)
            finally:
                os.close(fd)
        except BaseException:
            self.remove([name])
            raise
        return SealedBlob(sha256, len(data), name, key)

    def settle(self) -> None:
        """Make the new files' names durable: after this, a power cut keeps them."""
        fsync_dir(self.path)

    def open(self, name: str, key: bytes) -> bytes:
        try:
            # Non-blocking: a pipe put in a file's place must not hang the reader.
            fd = os.open(self.path / name, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError as exc:
            raise BlobFileUnreadable(name, "it is missing from this laptop") from exc
        except OSError as exc:
            raise BlobFileUnreadable(name, exc.strerror or str(exc)) from exc
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise BlobFileUnreadable(name, "it is not a regular file")
            raw = handle.read()
        if not raw.startswith(_MAGIC) or len(raw) < OVERHEAD:
            raise BlobFileUnreadable(name, "it is not a sealed file", damaged=True)
        nonce = raw[len(_MAGIC) : len(_MAGIC) + _NONCE]
        try:
            return AESGCM(key).decrypt(nonce, raw[len(_MAGIC) + _NONCE :], _MAGIC + name.encode())
        except InvalidTag as exc:
            raise BlobFileUnreadable(name, "it has been damaged or changed", damaged=True) from exc

    def intact(self, name: str, size: int) -> bool:
        """Present, a regular file and as long as `size` bytes sealed (a quick check, without
        reading it: a truncated or missing file fails it, a changed byte only when read)."""
        try:
            found = os.lstat(self.path / name)
        except OSError:
            return False
        return stat.S_ISREG(found.st_mode) and found.st_size == sealed_size(size)

    def names(self) -> list[str]:
        if not self.path.is_dir() or self.path.is_symlink():
            return []
        with os.scandir(self.path) as entries:
            return [e.name for e in entries if e.is_file(follow_symlinks=False) and len(e.name) == 32]

    def remove(self, names: Iterable[str]) -> int:
        removed = 0
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                (self.path / name).unlink()
                removed += 1
        return removed

    def remove_orphans(self, named: set[str], older_than: float = ORPHAN_AGE_SECONDS) -> int:
        """Remove files no row names, once they are old enough not to be a write under way."""
        cutoff = time.time() - older_than
        orphans = []
        for name in self.names():
            if name in named:
                continue
            with contextlib.suppress(FileNotFoundError):
                if os.lstat(self.path / name).st_mtime < cutoff:
                    orphans.append(name)
        return self.remove(orphans)

    def link_into(self, target: Path, names: Iterable[str]) -> int:
        """Put these files into another folder (a backup's): hard links where the disk allows,
        since a sealed file never changes, else fsynced copies. A file gone meanwhile, or
        not a regular file, is skipped."""
        names = [n for n in names if self.is_regular_file(n)]
        if not names:
            return 0
        ensure_private_dir(target)
        linked = 0
        for name in names:
            source, dest = self.path / name, Path(target) / name
            if os.path.lexists(dest):
                continue
            try:
                os.link(source, dest, follow_symlinks=False)
            except FileNotFoundError:
                continue
            except OSError:
                try:
                    copy_private(source, dest)
                except FileNotFoundError:
                    continue
            linked += 1
        fsync_dir(Path(target))
        return linked

    def is_regular_file(self, name: str) -> bool:
        try:
            return stat.S_ISREG(os.lstat(self.path / name).st_mode)
        except OSError:
            return False

    def delete_all(self) -> None:
        """Remove the folder and every file in it. It is renamed first, so that a fetch still
        sealing (which names the folder by its path) fails instead of adding files while it
        is emptied. A symbolic link in its place is removed, not followed."""
        if self.path.is_symlink():
            self.path.unlink()
            return
        doomed = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.deleting")
        try:
            os.rename(self.path, doomed)
        except FileNotFoundError:
            return
        shutil.rmtree(doomed)
