"""Logs a support desk can use, with no child in them.

Events, record ids, kinds, counts, timings and errors go to rotating files in the user's log
folder (0600 files in a 0700 folder). Nothing a person typed is ever logged: `event` keeps a
value only if it looks like an id, a code or a number, and an error is logged as its class
and the files and lines it passed through - never its message, which can quote a value (a
name that did not parse), and never the locals of its frames. No Qt here.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import cast

from . import paths

LOGGER_NAME = "cnis"
LOG_FILE = "cnis.log"
# Five files of 1 MiB: weeks of a practitioner's events, small enough to email.
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 4

# What a value may look like to be logged as it is: a UUID, a change id, a code such as
# "visit" or "ehe_officer", a number, a version. A capital letter (a name), a space (free
# text), an accent or a long run of text is not one.
_SAFE_VALUE = re.compile(r"[a-z0-9_.:/+-]{1,64}")
REDACTED = "<withheld>"

log = logging.getLogger(LOGGER_NAME)


def safe_value(value: object) -> str:
    """The value as logged: numbers and id-like strings as they are; anything else withheld."""
    if isinstance(value, type):  # an exception's class: named by the code, not a person
        return value.__name__
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}"
    text = str(value)
    return text if _SAFE_VALUE.fullmatch(text) else REDACTED


def event(name: str, /, **fields: object) -> None:
    """One line: the event's name and its fields as key=value, each passed through
    `safe_value`, so that a caller cannot log a name or free text by mistake."""
    _emit(logging.INFO, name, fields)


def warning(name: str, /, **fields: object) -> None:
    _emit(logging.WARNING, name, fields)


def _emit(level: int, name: str, fields: dict[str, object]) -> None:
    if not log.isEnabledFor(level):
        return
    parts = [safe_value(name)] + [f"{key}={safe_value(value)}" for key, value in fields.items()]
    log.log(level, " ".join(parts))


def error(name: str, exc: BaseException, /, **fields: object) -> None:
    """An error: its class and where it was raised (see `IdsOnlyFormatter`)."""
    if not log.isEnabledFor(logging.ERROR):
        return
    parts = [safe_value(name), f"error={type(exc).__name__}"]
    parts += [f"{key}={safe_value(value)}" for key, value in fields.items()]
    log.error(" ".join(parts), exc_info=(type(exc), exc, exc.__traceback__))


@contextlib.contextmanager
def timed(name: str, /, **fields: object) -> Iterator[dict[str, object]]:
    """Log `name` with its duration in ms when the block ends, or the error that ended it.
    The block may add fields (counts known only at the end) to the dict it is given."""
    extra: dict[str, object] = dict(fields)
    start = time.perf_counter()
    try:
        yield extra
    except BaseException as exc:
        error(name, exc, **extra, ms=round((time.perf_counter() - start) * 1000))
        raise
    event(name, **extra, ms=round((time.perf_counter() - start) * 1000))


class IdsOnlyFormatter(logging.Formatter):
    """A traceback without the exception's message or any local variable: the message of a
    ValueError can quote what was typed; file, line and function are enough to find a bug."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (a test's, a console's) may have cached its own rendering of the
        # error, message included, on the record: render it again here, and leave theirs.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
    ) -> str:
        _, exc, _ = ei
        if exc is None:
            return ""
        lines: list[str] = []
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            lines.append(f"{type(current).__module__}.{type(current).__qualname__} (message withheld)")
            for frame in traceback.extract_tb(current.__traceback__):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            current = current.__cause__ or current.__context__
            if current is not None:
                lines.append("caused by:")
        return "\n".join(lines)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files made 0600 (the default would follow the umask, often 0644)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):  # a file system without modes
            os.chmod(self.baseFilename, 0o600)
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding, errors=self.errors))


def log_folder() -> Path:
    return paths.log_dir()


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the `cnis` logger to rotating files in `folder` (the user's log folder by
    default) and return the file's path. Called again with another folder (the tests, each
    with its own home), the handler moves there."""
    from .vault.files import ensure_private_dir

    folder = Path(folder) if folder is not None else log_folder()
    target = folder / LOG_FILE
    for handler in list(log.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == target.absolute():
                return target
            log.removeHandler(handler)
            handler.close()
    ensure_private_dir(folder)
    handler = PrivateRotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(IdsOnlyFormatter("%(asctime)s %(levelname)s %(process)d %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    # The app's own lines only: a library's messages (an HTTP client's, say) are not
    # checked by `event` and stay out of these files.
    log.propagate = False
    return target


def stop_logging() -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def log_files(folder: Path | None = None) -> list[Path]:
    folder = Path(folder) if folder is not None else log_folder()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(LOG_FILE) and p.is_file())


def install_excepthook() -> None:
    """An error nothing caught is logged (class and traceback only) before the usual report."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        error("uncaught", exc)
        previous(kind, exc, tb)

    sys.excepthook = hook
