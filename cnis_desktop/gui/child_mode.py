"""Child mode: the child's own full-screen window, showing only the current activity.

A safe space: while it is up every other window of the app is hidden and no shortcut of
the worker's fires, so no other child, case note or judgement can be reached from it. Only
the worker leaves it: by holding the exit button (a child tapping around will not do that
by accident) and, once the worker's window has been hidden for the authority's time, their
passphrase too. Whatever the child says or taps is in the draft at once, so however child
mode closes, nothing is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.views import ViewsRecord
from .child_mode_parts import STYLE, Activity, HoldButton, big
from .child_mode_safety import SafeSpace
from .tasks import run_in_background

CHILD_TITLES = {
    "conversation": "Talking together",
    "three_houses": "My Three Houses",
    "one_page_profile": "All about me",
    "scaling": "How much?",
    "sorting": "What I like",
}
WRONG_PASSPHRASE = "That passphrase did not work. Try again."


def make_activity(record: ViewsRecord, changed: Callable[[], None], parent: QWidget) -> Activity:
    # Imported per method: a child mode shows only one, and each loads in a few ms.
    if record.method == "scaling":
        from .child_mode_scale import ScaleActivity

        return ScaleActivity(record.scales, changed, parent)
    if record.method == "sorting":
        from .child_mode_cards import CardsActivity

        return CardsActivity(record.cards, changed, parent)
    from .child_mode_words import WordsActivity

    return WordsActivity(record, changed, parent)


class PassphraseCheck(QWidget):
    """The worker proves it is them before the worker's window comes back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel("Worker: type your passphrase to finish", self)
        big(heading, 24, bold=True)
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.reason, 16)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("childModePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Worker's passphrase")
        self.passphrase.setMaximumWidth(560)
        big(self.passphrase, 18)
        self.message = QLabel(self)
        self.message.setObjectName("childModePassphraseMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.message, 16, bold=True)
        self.finish = QPushButton("Finish", self)
        self.finish.setObjectName("childModeFinish")
        self.cancel = QPushButton("Back to the child's screen", self)
        self.cancel.setObjectName("childModeBack")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.finish)
        buttons.addStretch(1)
        for widget in (heading, self.reason):
            layout.addWidget(widget)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.passphrase.returnPressed.connect(self.finish.click)

    def busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.finish.setEnabled(not busy)
        if busy:
            self.message.setText("Checking…")


class ChildMode(QWidget):
    exited = Signal()  # the worker left by the hold (and passphrase)
    closed = Signal()  # child mode has gone, however it went

    def __init__(
        self,
        record: ViewsRecord,
        changed: Callable[[], None],
        verify: Callable[[str], object] | None = None,
        passphrase_after_minutes: float = 10.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("childMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("My views")  # the task bar shows this, never the child's name
        self.setStyleSheet(STYLE)
        self.record = record
        self.verify = verify
        self.passphrase_after_s = max(0.0, passphrase_after_minutes * 60)
        self.started = time.monotonic()
        self._may_close = False
        self.safe = SafeSpace(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 12, 28, 12)
        header = QHBoxLayout()
        title = QLabel(CHILD_TITLES.get(record.method, "My views"), self)
        title.setObjectName("childTitle")
        big(title, 24, bold=True)
        self.here = QLabel(self)
        self.here.setObjectName("youAreHere")
        big(self.here, 16, bold=True)
        self.progress = QLabel(self)
        self.progress.setObjectName("childProgress")
        big(self.progress, 16)
        # "You are here" and the progress sit under each other, so a 200% screen keeps both.
        where = QVBoxLayout()
        where.setSpacing(0)
        for label in (self.here, self.progress):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            where.addWidget(label)
        header.addWidget(title)
        header.addStretch(1)
        header.addLayout(where)
        outer.addLayout(header)
        self.pages = QStackedWidget(self)
        self.activity = make_activity(record, changed, self.pages)
        self.activity.moved.connect(self._show_place)
        self.check = PassphraseCheck(self.pages)
        self.check.finish.clicked.connect(self._check_passphrase)
        self.check.cancel.clicked.connect(self._back_to_child)
        self.pages.addWidget(self.activity)
        self.pages.addWidget(self.check)
        outer.addWidget(self.pages, 1)
        footer = QHBoxLayout()
        self.undo_button = QPushButton("↶ Undo", self)
        self.undo_button.setObjectName("childUndo")
        self.undo_button.setAccessibleName("Undo the last tap")
        self.undo_button.setMinimumSize(160, 56)
        big(self.undo_button, 20)
        self.undo_button.clicked.connect(self.undo)
        self.exit_button = HoldButton("Worker: hold for 2 seconds to finish", self)
        self.exit_button.setObjectName("holdToExit")
        self.exit_button.setMinimumHeight(48)
        self.exit_button.held.connect(self.worker_held)
        footer.addWidget(self.undo_button)
        footer.addStretch(1)
        footer.addWidget(self.exit_button)
        outer.addLayout(footer)
        self._show_place()

    # --- the child's side -----------------------------------------------------------------

    def _show_place(self) -> None:
        self.here.setText(self.activity.here())
        self.progress.setText(self.activity.progress())
        self.undo_button.setEnabled(bool(self.activity.undo_steps))

    def undo(self) -> None:
        self.activity.undo()
        self._show_place()

    @property
    def entry(self) -> QLineEdit:
        """The words activity's typing line (tests and the worker type into it)."""
        found = self.activity.findChild(QLineEdit, "childEntry")
        assert found is not None
        return found

    def enter(self) -> None:
        """Full screen, and the worker's windows out of reach until the worker comes back."""
        self.showFullScreen()
        self.safe.enter()
        self.raise_()
        self.activateWindow()

    # --- the worker's way out -------------------------------------------------------------

    def needs_passphrase(self) -> bool:
        return self.verify is not None and time.monotonic() - self.started >= self.passphrase_after_s

    def worker_held(self) -> None:
        if not self.needs_passphrase():
            self.leave()
            return
        minutes = self.passphrase_after_s / 60
        self.check.reason.setText(
            f"Child mode has been open more than {minutes:g} minutes, so the worker's "
            "passphrase is needed to go back to the worker's screen."
        )
        self.check.message.clear()
        self.check.passphrase.clear()
        self.pages.setCurrentWidget(self.check)
        self.undo_button.setEnabled(False)
        self.check.passphrase.setFocus()

    def _back_to_child(self) -> None:
        self.check.passphrase.clear()
        self.pages.setCurrentWidget(self.activity)
        self._show_place()

    def _check_passphrase(self) -> None:
        passphrase = self.check.passphrase.text()
        self.check.passphrase.clear()
        if not passphrase or self.verify is None:
            self.check.message.setText("Type the worker's passphrase.")
            return
        verify = self.verify
        self.check.busy(True)
        # Argon2id takes most of a second by design: never on the UI thread.
        run_in_background(lambda: verify(passphrase), self._passphrase_right, self._passphrase_wrong, self)

    def _passphrase_right(self, _: object) -> None:
        self.check.busy(False)
        self.leave()

    def _passphrase_wrong(self, exc: BaseException) -> None:
        self.check.busy(False)
        self.check.message.setText(WRONG_PASSPHRASE)
        self.check.passphrase.setFocus()

    def leave(self) -> None:
        self._may_close = True
        self.close()
        self.exited.emit()

    def owner_gone(self) -> None:
        """The worker's page went (the app locked or closed): words are already saved."""
        self._may_close = True
        self.close()

    # --- closing ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape and the usual close keys do nothing here: only the worker's hold exits.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_Close):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self._may_close:
            # The window system's close (Alt+F4, a close button): the child cannot leave
            # this way, and the worker's windows stay hidden.
            event.ignore()
            return
        self.activity.finish_typing()
        self.safe.restore()
        super().closeEvent(event)
        self.closed.emit()
