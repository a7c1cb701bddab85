"""Back-off after wrong passphrases.

Failures are counted in a small side file, never in the vault or key file, so that a wrong
passphrase changes nothing of the vault on disk. The count moves into the audit log at the
next successful unlock.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .files import write_private_atomically

MAX_WAIT_SECONDS = 300.0


def wait_after(failures: int) -> float:
    """No wait after the first slip; then 2, 4, 8 … seconds, capped at five minutes."""
    if failures < 2:
        return 0.0
    return min(MAX_WAIT_SECONDS, 2.0 ** (failures - 1))


@dataclass
class Attempts:
    path: Path
    clock: Callable[[], float] = time.time

    def _read(self) -> tuple[int, float, list[float]]:
        try:
            data = json.loads(self.path.read_text())
            return int(data["failures"]), float(data["last"]), [float(t) for t in data["times"]]
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0, []

    def seconds_to_wait(self) -> float:
        failures, last, _ = self._read()
        return max(0.0, last + wait_after(failures) - self.clock())

    def record_failure(self) -> tuple[int, float]:
        failures, _, times = self._read()
        now = self.clock()
        failures += 1
        times = [*times, now][-100:]
        payload = {"failures": failures, "last": now, "times": times}
        write_private_atomically(self.path, json.dumps(payload).encode())
        return failures, wait_after(failures)

    def take_failures(self) -> list[float]:
        """The times of failures since the last good unlock; the count is then cleared."""
        _, _, times = self._read()
        self.path.unlink(missing_ok=True)
        return times


def attempts_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".attempts")
