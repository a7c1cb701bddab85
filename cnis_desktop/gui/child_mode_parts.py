"""What every child-mode activity shares: calm colours that pass contrast, large type, the
worker's hold-to-exit button, and the activity interface (progress, "you are here", undo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QWidget

INK = "#0b0c0c"  # text: 18:1 on the background
BACKGROUND = "#f4f8fb"
CARD = "#ffffff"
LINE = "#505a5f"  # borders: 6.9:1
FOCUS = "#1d70b8"  # focus ring: 4.9:1 against the background, beyond the 3:1 asked
CHOSEN = "#fff2b3"  # the chosen thing's fill; also marked by a thick outline and a tick

# Three calm, distinct house colours; the text on them is INK (over 12:1 on each).
HOUSE_COLOURS = {
    "good_things": ("#dcefe2", "#1d6b3a"),
    "worries": ("#e1e8f2", "#2c4a78"),
    "dreams": ("#ece4f6", "#5b3f8c"),
}
BOX_COLOURS = ("#fdf1e2", "#8a4b08")

STYLE = f"""
QWidget#childMode {{ background: {BACKGROUND}; color: {INK}; }}
QWidget#childMode QLabel {{ color: {INK}; }}
QWidget#childMode QPushButton {{ background: {CARD}; color: {INK}; border: 2px solid {LINE};
    border-radius: 12px; padding: 10px 18px; }}
QWidget#childMode QPushButton:focus {{ border: 4px solid {FOCUS}; }}
QWidget#childMode QPushButton:disabled {{ color: #505a5f; border-style: dashed; }}
QWidget#childMode QLineEdit {{ background: {CARD}; color: {INK}; border: 2px solid {LINE};
    border-radius: 10px; padding: 8px 12px; }}
QWidget#childMode QLineEdit:focus {{ border: 4px solid {FOCUS}; }}
"""

HOLD_TO_EXIT_MS = 2000
# Made once, shared by every painting.
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
NO_PEN = QPen(Qt.PenStyle.NoPen)


def big(widget: QWidget, points: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


def draw_focus(painter: QPainter, rect: QRectF, radius: float = 14) -> None:
    """The keyboard focus ring of a drawn control: blue, 4 px, outside its outline."""
    painter.setPen(QPen(QColor(FOCUS), 4))
    painter.setBrush(NO_BRUSH)
    painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), radius, radius)


class HoldButton(QPushButton):
    """Fires `held` only after being pressed for the whole hold time, filling as it goes
    so the worker sees it working; a child's tap does nothing."""

    held = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.timer = QTimer(self, singleShot=True, interval=HOLD_TO_EXIT_MS)
        self.timer.timeout.connect(self._done)
        self.tick = QTimer(self, interval=50)
        self.tick.timeout.connect(self.update)
        self.pressed.connect(self._start)
        self.released.connect(self._stop)

    def _start(self) -> None:
        self.timer.start()
        self.tick.start()

    def _stop(self) -> None:
        self.timer.stop()
        self.tick.stop()
        self.update()

    def _done(self) -> None:
        self.tick.stop()
        self.update()
        self.held.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.timer.isActive():
            return
        done = 1 - self.timer.remainingTime() / HOLD_TO_EXIT_MS
        painter = QPainter(self)
        painter.setPen(NO_PEN)
        painter.setBrush(QColor(LINE))
        painter.drawRect(QRectF(6, self.height() - 8, (self.width() - 12) * done, 4))
        painter.end()


class Activity(QWidget):
    """One method's screen in child mode. `changed` saves the draft; `moved` asks child mode
    to show the progress and "you are here" again."""

    moved = Signal()

    def __init__(self, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = changed
        self.undo_steps: list[Callable[[], None]] = []

    def progress(self) -> str:
        """E.g. "Card 3 of 12"."""
        return ""

    def here(self) -> str:
        """Where the child is, in words: "You are here: House of dreams"."""
        return ""

    def record_change(self, undo: Callable[[], None]) -> None:
        self.undo_steps.append(undo)
        self.changed()
        self.moved.emit()

    def undo(self) -> bool:
        if not self.undo_steps:
            return False
        self.undo_steps.pop()()
        self.changed()
        self.moved.emit()
        return True

    def finish_typing(self) -> None:
        """Child mode is closing: anything half typed is already in the record."""
