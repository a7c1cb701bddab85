"""Debounced autosave: a save shortly after the last change, and on demand (lock, leave)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Autosaver(QObject):
    def __init__(self, save: Callable[[], None], seconds: float, parent: QObject) -> None:
        super().__init__(parent)
        self._save = save
        self.pending = False
        self._timer = QTimer(self, singleShot=True, interval=int(seconds * 1000))
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        self.pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            self.pending = False
            self._save()

    def cancel(self) -> None:
        self._timer.stop()
        self.pending = False
