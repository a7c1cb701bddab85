"""Auto-lock after a spell with no keyboard or mouse input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

WATCH_AFTER_MS = 250


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle.emit)
        # Watch input a moment after the window is up: the first events through a Python
        # filter on the whole application make PySide build Python types for Qt's internal
        # objects, about 20 ms that would otherwise delay the first paint.
        self._watch_later = QTimer(self, singleShot=True, interval=WATCH_AFTER_MS)
        self._watch_later.timeout.connect(self._watch)
        self._watching = False
        self._activity: frozenset[QEvent.Type] = frozenset()
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self.timer.start()
        if not self._watching:
            self._watch_later.start()

    def _watch(self) -> None:
        app = QCoreApplication.instance()
        if app is None or self._watching:
            return
        # QEvent is loaded here, not at start-up: PySide builds its long Type enum (2 ms).
        from PySide6.QtCore import QEvent

        self._activity = frozenset(
            {
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.Wheel,
                QEvent.Type.TouchBegin,
                QEvent.Type.TabletPress,
            }
        )
        app.installEventFilter(self)
        self._watching = True

    def stop(self) -> None:
        """Stop the clock and the watching: an application-wide Python filter left behind
        would be handed every event of the window's widgets as they are destroyed, when
        PySide can no longer wrap them safely."""
        self.timer.stop()
        self._watch_later.stop()
        app = QCoreApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._activity and self.timer.isActive():
            self.timer.start()
        return False
