"""Private files: created 0600, written whole, replaced atomically so a power cut or a full
disk leaves the old file or the new one, never a part of either and never a stray copy."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
from pathlib import Path

from .errors import OutputRefused, WriteFailed

# The errors that mean "no room": said as such, since the user can do something about it.
_NO_SPACE = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than this disk or account allows",
}


def write_all(fd: int, data: bytes) -> None:
    """os.write may write less than it was given (a nearly full disk, a signal): loop until
    every byte is written, or the error that stopped it is raised."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # never seen from a regular file; guards against a silent loop
            raise OSError(errno.EIO, "the file system accepted no bytes")
        view = view[written:]


def refuse_special_output(path: Path) -> None:
    """A device (/dev/full), a folder or a pipe is not somewhere to save a document: say so
    before anything is written, rather than report bytes 'written' to it."""
    try:
        mode = os.stat(path).st_mode  # follows a symlink: what it points at is what counts
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputRefused(f"Cannot write {path}: {exc.strerror}.") from exc
    if stat.S_ISDIR(mode):
        raise OutputRefused(f"{path} is a folder; choose a file name inside it.")
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{path} is a device or a pipe, not a file; choose a file to save to.")


def write_private_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` (0600) through a temporary file in the same folder: fsynced,
    then renamed over the target. On any failure the temporary file is removed, the target
    is left as it was, and a WriteFailed says why in words a user can act on."""
    path = Path(path)
    refuse_special_output(path)
    # A random name, created exclusively: two saves at once, or a file an attacker placed
    # there in advance, can never be written through.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        raise _failure(path, exc) from exc
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)  # a full disk can surface only here (delayed allocation)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        _remove_quietly(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, WriteFailed):
            raise _failure(path, exc) from exc
        raise
    fsync_dir(path.parent)


def _failure(path: Path, exc: OSError) -> WriteFailed:
    reason = _NO_SPACE.get(exc.errno or 0)
    if reason:
        return WriteFailed(
            f"{path} was not saved: {reason}. Nothing was changed; free some space and try again."
        )
    return WriteFailed(f"{path} was not saved: {exc.strerror or exc}. Nothing was changed.")


def _remove_quietly(path: Path) -> None:
    # Already gone, or the folder vanished: nothing of it is left to remove.
    with contextlib.suppress(OSError):
        os.unlink(path)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new one (0600, never through a link), fsynced; a failure leaves no
    part of the copy behind."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with open(source, "rb") as reading, os.fdopen(fd, "wb", closefd=False) as writing:
            shutil.copyfileobj(reading, writing, 1024 * 1024)
            writing.flush()
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(target)
        raise
    os.close(fd)


def create_private_empty(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not supported on every platform (Windows); the rename is still atomic
    try:
        # Some file systems refuse fsync on a folder; the rename has happened regardless.
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    """Create the folder (and its missing parents) 0700. mkdir's mode is masked by the
    umask, so each folder this call creates is set to 0700 explicitly; a folder that
    already existed keeps the mode its owner gave it."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for created in missing:
        # A file system without modes: the folder exists, which is what counts.
        with contextlib.suppress(OSError):
            os.chmod(created, 0o700)
