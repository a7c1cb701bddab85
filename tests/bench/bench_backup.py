"""The daily backup of a 150 MB vault: under 5 s, on a worker thread, without blocking the UI.

Measured: the backup's duration (median of 3), and the UI event loop's latency while it runs
(a 10 ms timer's lateness: worst and 99th percentile), against the same loop's latency with
nothing running in the same run (the baseline).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from cnis_desktop.gui.tasks import run_in_background
from cnis_desktop.vault.backup import list_backups
from cnis_desktop.vault.connection import transaction
from tests.bench.common import encrypted_vault

TARGET_MB = 150
TICK_MS = 10


def fill(vault_path: Path) -> int:
    vault = encrypted_vault(vault_path)
    # Bench-only filler (never in a real vault): incompressible pages, as encrypted ones are.
    vault.conn.execute("CREATE TABLE bench_filler (data BLOB)")
    with transaction(vault.conn):
        for _ in range(TARGET_MB * 4):
            vault.conn.execute("INSERT INTO bench_filler VALUES (randomblob(262144))")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    return vault_path.stat().st_size


def loop_latency(app: QApplication, job: object | None) -> tuple[list[float], float]:
    """Run the event loop with a 10 ms timer until `job` (a callable) finishes on a worker
    (or for 1 s without one); returns each tick's lateness (ms) and the job's seconds."""
    late: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    loop = QEventLoop()
    finished = [0.0]

    def tick() -> None:
        now = clock.elapsed()
        late.append(max(0.0, now - last[0] - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    start = time.perf_counter()
    if job is None:
        QTimer.singleShot(1000, loop.quit)
    else:

        def done(_: object) -> None:
            finished[0] = time.perf_counter() - start
            loop.quit()

        def failed(exc: BaseException) -> None:
            loop.quit()
            raise exc

        run_in_background(job, done, failed)  # type: ignore[arg-type]
    loop.exec()
    timer.stop()
    return late, finished[0]


def describe(late: list[float]) -> str:
    ordered = sorted(late)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return f"worst {max(late):.0f} ms, p99 {p99:.0f} ms, median {statistics.median(late):.1f} ms"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vault"
        size = fill(path)
        from cnis_desktop.vault import Vault
        from tests.bench.common import PASSPHRASE

        vault = Vault.open(path, PASSPHRASE)
        baseline, _ = loop_latency(app, None)
        seconds, during = [], []
        for _ in range(3):
            late, took = loop_latency(app, vault.backup_job())
            seconds.append(took)
            during += late
        vault.close()
        made = list_backups(path)
        newest = made[0].size / 1_048_576
        print(f"vault {size / 1_048_576:.0f} MB; {len(made)} backups kept, newest {newest:.0f} MB")
        backup_s = statistics.median(seconds)
        print(
            f"backup median {backup_s:.2f} s (runs {', '.join(f'{s:.2f}' for s in seconds)}; target < 5 s): "
            f"{'within' if backup_s < 5 else 'OVER'}"
        )
        print(f"UI loop idle (baseline): {describe(baseline)}")
        print(f"UI loop during backups:  {describe(during)}")


if __name__ == "__main__":
    main()
