"""Child mode: entering it (window built, shown full size and painted) and answering each
tap (the record changed, the screen repainted), measured offscreen in one process against
a bare Qt window shown and painted in the same run. Medians.

Targets: entering < 150 ms; each tap < 50 ms (a child notices lag). The ratio to the bare
window is printed so a slow machine does not hide a regression.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_child_mode.py
"""

from __future__ import annotations

import copy
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from cnis_desktop.domain.views import CardSort, ScaleAnswer, Statement, ViewsRecord  # noqa: E402
from cnis_desktop.gui.child_mode import ChildMode  # noqa: E402

SIZE = (1366, 768)
RECORDS = {
    "three_houses": ViewsRecord(
        method="three_houses",
        started_with="dreams",
        statements=[Statement("good_things", "Reading about the sea"), Statement("worries", "Shouting")],
    ),
    "scaling": ViewsRecord(method="scaling", scales=[ScaleAnswer(f"Question {i}?", None) for i in range(12)]),
    "sorting": ViewsRecord(method="sorting", cards=[CardSort("reading", "like")]),
}


def painted(app: QApplication, window: QWidget) -> None:
    window.repaint()
    app.processEvents()


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def bare_window(app: QApplication) -> float:
    start = time.perf_counter()
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("A bare window", window))
    window.resize(*SIZE)
    window.show()
    painted(app, window)
    spent = time.perf_counter() - start
    window.close()
    window.deleteLater()
    app.processEvents()
    return spent


def enter(app: QApplication, method: str) -> tuple[float, ChildMode]:
    record = copy.deepcopy(RECORDS[method])
    start = time.perf_counter()
    mode = ChildMode(record, lambda: None)
    mode.resize(*SIZE)
    mode.show()
    painted(app, mode)
    return time.perf_counter() - start, mode


def tap_times(app: QApplication, mode: ChildMode, method: str, taps: int) -> list[float]:
    def target(i: int) -> QWidget:
        if method == "scaling":
            return mode.activity.faces[i % 11]  # type: ignore[attr-defined]
        if method == "sorting":
            piles = list(mode.activity.piles.values())  # type: ignore[attr-defined]
            return piles[i % 3]
        places = list(mode.activity.places.values())  # type: ignore[attr-defined]
        return places[i % 3]

    times = []
    for i in range(taps):
        widget = target(i)
        start = time.perf_counter()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        painted(app, mode)
        times.append(time.perf_counter() - start)
        if method == "sorting" and i % 3 == 2:
            mode.undo()  # keep cards to sort
    return times


def close(app: QApplication, mode: ChildMode) -> None:
    mode.owner_gone()
    mode.deleteLater()
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    bare_window(app)  # warm Qt's fonts and styles for both sides
    for method in RECORDS:
        close(app, enter(app, method)[1])
    bare = median_ms([bare_window(app) for _ in range(9)])
    print(f"bare window shown and painted: {bare:.1f} ms")
    ok = True
    for method in RECORDS:
        entries: list[float] = []
        taps: list[float] = []
        for _ in range(7):
            spent, mode = enter(app, method)
            entries.append(spent)
            taps += tap_times(app, mode, method, 6)
            close(app, mode)
        entering, tapping = median_ms(entries), median_ms(taps)
        worst = max(taps) * 1000
        ok &= entering < 150 and tapping < 50
        print(
            f"{method:13} enter {entering:6.1f} ms ({entering / bare:4.1f}x bare) "
            f"[< 150]   tap median {tapping:5.1f} ms, worst {worst:5.1f} ms "
            f"({tapping / bare:4.2f}x bare) [< 50]"
        )
    print("PASS" if ok else "FAIL")


if __name__ == "__main__":
    main()
