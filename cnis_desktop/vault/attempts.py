"""Back-off after wrong passphrases.

Failures are counted in a small side file, never in the vault or key file, so that a wrong
passphrase changes nothing of the vault on disk. The count moves into the audit log at the
next successful unlock. If the vault's folder is read-only (by accident, or to escape the
back-off), the count goes to the user's own state folder instead, and failing that is kept
in memory for as long as the process runs: a wrong passphrase is always counted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .files import write_private_atomically

MAX_WAIT_SECONDS = 300.0
_KEPT_TIMES = 100

# Failures that could be written nowhere, by side-file path: the last resort.
_in_memory: dict[Path, list[float]] = {}


def wait_after(failures: int) -> float:
    """No wait after the first slip; then 2, 4, 8 … seconds, capped at five minutes."""
    if failures < 2:
        return 0.0
    return min(MAX_WAIT_SECONDS, 2.0 ** (failures - 1))


def _read_times(path: Path) -> list[float]:
    try:
        data = json.loads(path.read_text())
        return [float(t) for t in data["times"]][-_KEPT_TIMES:]
    except (OSError, ValueError, KeyError, TypeError):
        return []


@dataclass
class Attempts:
    path: Path
    clock: Callable[[], float] = time.time
    fallback: Path | None = field(default=None)

    def _places(self) -> list[Path]:
        return [self.path] + ([self.fallback] if self.fallback else [])

    def _times(self) -> list[float]:
        # Every place counts: the union, so that a count written elsewhere is never lost.
        found: set[float] = set(_in_memory.get(self.path, []))
        for place in self._places():
            found.update(_read_times(place))
        return sorted(found)[-_KEPT_TIMES:]

    def seconds_to_wait(self) -> float:
        times = self._times()
        if not times:
            return 0.0
        return max(0.0, times[-1] + wait_after(len(times)) - self.clock())

    def record_failure(self) -> tuple[int, float]:
        times = [*self._times(), self.clock()][-_KEPT_TIMES:]
        payload = json.dumps({"failures": len(times), "last": times[-1], "times": times}).encode()
        for place in self._places():
            try:
                place.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                write_private_atomically(place, payload)
                break
            except OSError:
                continue
        else:
            _in_memory[self.path] = times
        return len(times), wait_after(len(times))

    def take_failures(self) -> list[float]:
        """The times of failures since the last good unlock; the count is then cleared."""
        times = self._times()
        for place in self._places():
            # A read-only folder: the times are audited now, and read again later
            with contextlib.suppress(OSError):
                place.unlink(missing_ok=True)
        _in_memory.pop(self.path, None)
        return times


def attempts_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".attempts")


def fallback_path_for(vault_path: Path) -> Path:
    from ..paths import state_dir

    digest = hashlib.sha256(str(Path(vault_path).resolve()).encode()).hexdigest()[:32]
    return state_dir() / "attempts" / f"{digest}.json"


def attempts_for(vault_path: Path) -> Attempts:
    return Attempts(attempts_path_for(vault_path), fallback=fallback_path_for(vault_path))
