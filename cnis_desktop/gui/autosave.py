"""Autosave: shortly after the last change, and never later than a few seconds after the
first unsaved one (so steady typing is saved too), and on demand (lock, leave)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

MAX_DELAY_FACTOR = 4  # with the 1.5 s default pause: saved at least every 6 s while typing


class Autosaver(QObject):
    def __init__(self, save: Callable[[], object], seconds: float, parent: QObject) -> None:
        super().__init__(parent)
        self._save = save
        self.pending = False
        self._quiet = QTimer(self, singleShot=True, interval=int(seconds * 1000))
        self._deadline = QTimer(self, singleShot=True, interval=int(seconds * 1000 * MAX_DELAY_FACTOR))
        self._quiet.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)

    def touch(self) -> None:
        if not self.pending:
            self._deadline.start()
        self.pending = True
        self._quiet.start()

    def flush(self) -> None:
        self._quiet.stop()
        self._deadline.stop()
        if self.pending:
            self.pending = False
            self._save()

    def cancel(self) -> None:
        self._quiet.stop()
        self._deadline.stop()
        self.pending = False
