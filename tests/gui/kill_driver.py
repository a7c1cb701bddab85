"""Run by test_kill: types a visit into the real window until it is killed.

Prints one line per autosave, after the save committed: "saved <n>", where the first n
characters of the text have been typed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from cnis_desktop.vault import Vault

TEXT = "The child read aloud from a book about rivers and counted the boats. " * 20


def main() -> None:
    path, passphrase, child_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    win = MainWindow(path, Settings(autosave_seconds=0.3, auto_lock_minutes=60))
    win.open_vault(Vault.open(path, passphrase))
    win.show()
    win.start_visit(child_id)
    page = win.visit_page
    assert page is not None
    typed = [0]
    page.draft_saved.connect(lambda _: print(f"saved {len(page.ui.child_views.toPlainText())}", flush=True))

    def type_one() -> None:
        if typed[0] < len(TEXT):
            QTest.keyClicks(page.ui.child_views, TEXT[typed[0]])
            typed[0] += 1

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(15)
    print("started", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
