"""Auto-lock after a spell with no keyboard or mouse input.

Input is watched on the application's top-level windows (the main window and each dialog as
it takes the focus), where Qt delivers it first, not by a filter on the whole application:
that one is handed every event of every widget (6,000 while the visit page is built), and
PySide wraps each watched object for Python, which made building a page 40% slower and would
hand it widgets half-way through their destruction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow

WATCH_AFTER_MS = 250


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle.emit)
        # Watching starts a moment after the window is up, out of the way of the first paint.
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
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication) or self._watching:
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
        app.focusWindowChanged.connect(self._watch_window)
        for window in app.topLevelWindows():
            window.installEventFilter(self)
        self._watching = True

    def _watch_window(self, window: QWindow | None) -> None:
        """A dialog (a window of its own) taking the focus is watched too; Qt installs a
        filter once however often it is asked."""
        if window is not None and self._watching:
            window.installEventFilter(self)

    def stop(self) -> None:
        """Stop the clock and the watching, so that no window hands its events on to a
        watcher that is no longer needed (or no longer there)."""
        self.timer.stop()
        self._watch_later.stop()
        app = QGuiApplication.instance()
        if self._watching and isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._watch_window)
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._activity and self.timer.isActive():
            self.timer.start()
        return False
