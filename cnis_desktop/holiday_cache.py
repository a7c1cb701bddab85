"""Remembers the `holidays` library's bank holidays between runs of `cnis`, in the user's
cache folder, so a command that counts working days does not load the library each time.

The cache is keyed on the installed library (its files' modification times), so an update
of the library - a new special bank holiday - is picked up at once. It holds only public
dates; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
from datetime import date
from pathlib import Path

from .domain import bankholidays
from .vault.files import write_private_atomically

FILE_NAME = "bank-holidays-england-wales.json"


def library_stamp() -> str:
    """Changes whenever the installed library does; found without importing it."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return ""
    package = Path(spec.origin).parent
    parts = [package / "__init__.py", package / "countries" / "united_kingdom.py"]
    return ";".join(f"{p.stat().st_mtime_ns}" for p in parts if p.exists())


class CachedSource:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.stamp = library_stamp()
        self.years: dict[str, list[str]] = {}
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("stamp") == self.stamp:
                self.years = dict(data.get("years", {}))

    def __call__(self, year: int) -> frozenset[date]:
        known = self.years.get(str(year))
        if known is not None:
            with contextlib.suppress(ValueError, TypeError):
                return frozenset(date.fromisoformat(day) for day in known)
        found = bankholidays.from_library(year)
        self.years[str(year)] = sorted(day.isoformat() for day in found)
        self._save()
        return found

    def _save(self) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(self.path.parent, mode=0o700, exist_ok=True)
            text = json.dumps({"stamp": self.stamp, "years": self.years}, sort_keys=True)
            write_private_atomically(self.path, text.encode("utf-8"))


def use_cache(folder: Path | None) -> None:
    """Answer from the cache in `folder` from now on; None: from the library again."""
    bankholidays.use_source(CachedSource(folder) if folder and library_stamp() else None)
