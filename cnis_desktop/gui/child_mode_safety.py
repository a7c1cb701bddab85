"""While child mode is up, nothing of the worker's is reachable: every other window of the
app is hidden (so Alt+Tab, the task bar and a second screen show nothing of it) and no
application shortcut fires (Ctrl+1 would otherwise bring the caseload back). Restored after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

# Events by which a key combination reaches a shortcut or menu action.
_SHORTCUT_EVENTS = frozenset({QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride})


class SafeSpace(QObject):
    """Hides the worker's windows and blocks their shortcuts until `restore`."""

    def __init__(self, child_window: QWidget) -> None:
        super().__init__(child_window)
        self.child_window = child_window
        self.hidden: list[QWidget] = []
        self.active = False

    def enter(self) -> None:
        if self.active:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.hidden = [w for w in app.topLevelWidgets() if w is not self.child_window and w.isVisible()]
        for window in self.hidden:
            window.hide()
        # On the application, so shortcuts made later or on other windows are caught too.
        app.installEventFilter(self)
        self.active = True

    def restore(self) -> None:
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for window in self.hidden:
            try:
                window.show()
            except RuntimeError:  # deleted while child mode was up (e.g. the app locked)
                continue
        self.hidden = []

    def _inside_child_mode(self, watched: QObject) -> bool:
        widget = watched if isinstance(watched, QWidget) else watched.parent()
        while widget is not None:
            if widget is self.child_window:
                return True
            widget = widget.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and not Shiboken.isValid(self.child_window):
            # Child mode went without saying so (its window deleted from outside):
            # the worker's windows and shortcuts come back rather than stay blocked for good.
            self.restore()
            return False
        if event.type() in _SHORTCUT_EVENTS and self.active:
            # A shortcut belongs to a QShortcut/QAction whose parent chain says whose it is.
            return not self._inside_child_mode(watched)
        if (
            event.type() == QEvent.Type.Show
            and self.active
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._inside_child_mode(watched)
            and watched is not self.child_window
        ):
            # A window of the worker's that tries to come up (a reminder, a sync message)
            # waits until child mode ends.
            watched.hide()
            if watched not in self.hidden:
                self.hidden.append(watched)
            return True
        return False
