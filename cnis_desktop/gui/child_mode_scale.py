"""Child mode for scaling: one question at a time, a row of numbered faces 0–10 with the
worker's words at each end. Exactly one face is chosen, shown by a thick outline, a tick
and in words ("You chose 8"), never by colour alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.views import SCALE_STEPS, ScaleAnswer
from .child_mode_parts import CARD, CHOSEN, INK, LINE, NO_BRUSH, Activity, big, draw_focus


class Face(QAbstractButton):
    """A numbered face: the mouth turns from down (0) to up (10)."""

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        # Shrinks with the screen (down to its minimum), grows to share the row.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(104, 132)

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 92)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chosen = self.isChecked()
        frame = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setPen(QPen(QColor(INK if chosen else LINE), 6 if chosen else 2))
        painter.setBrush(QColor(CHOSEN if chosen else CARD))
        painter.drawRoundedRect(frame, 14, 14)
        size = min(frame.width() - 14, frame.height() * 0.55)
        face = QRectF(frame.center().x() - size / 2, frame.top() + 8, size, size)
        painter.setPen(QPen(QColor(INK), 2.5))
        painter.setBrush(QColor("#fff8e1"))
        painter.drawEllipse(face)
        eye = size * 0.07
        for x in (0.35, 0.65):
            painter.setBrush(QColor(INK))
            painter.drawEllipse(QPointF(face.left() + size * x, face.top() + size * 0.38), eye, eye)
        curve = (self.value - 5) / 5  # -1 (down) to 1 (up)
        mouth = QPainterPath()
        y = face.top() + size * 0.68
        mouth.moveTo(face.left() + size * 0.28, y)
        mouth.quadTo(face.center().x(), y + curve * size * 0.2, face.left() + size * 0.72, y)
        painter.setBrush(NO_BRUSH)
        painter.setPen(QPen(QColor(INK), 3))
        painter.drawPath(mouth)
        number = QFont(self.font())
        number.setBold(True)
        painter.setFont(number)
        label = f"✓ {self.value}" if chosen else str(self.value)
        painter.drawText(
            QRectF(frame.left(), face.bottom() + 2, frame.width(), frame.bottom() - face.bottom() - 2),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )
        if self.hasFocus():
            draw_focus(painter, QRectF(self.rect()))
        painter.end()


class ScaleActivity(Activity):
    def __init__(
        self, scales: list[ScaleAnswer], changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(changed, parent)
        self.scales = scales
        # Start at the first question not yet answered: the child carries on.
        self.index = next((i for i, a in enumerate(scales) if a.value is None), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(self)
        self.question.setObjectName("scaleQuestion")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.question, 26, bold=True)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addSpacing(16)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.faces: list[Face] = []
        faces = QHBoxLayout()
        faces.setSpacing(8)
        for value in SCALE_STEPS:
            face = Face(value, self)
            face.setObjectName(f"face_{value}")
            big(face, 20)
            self.group.addButton(face, value)
            face.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.faces.append(face)
            faces.addWidget(face, 1)
        layout.addLayout(faces)
        ends = QHBoxLayout()
        self.low = QLabel(self)
        self.high = QLabel(self)
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for end in (self.low, self.high):
            big(end, 18)
        ends.addWidget(self.low)
        ends.addStretch(1)
        ends.addWidget(self.high)
        layout.addLayout(ends)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("scaleChosen")
        self.chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.chosen, 22, bold=True)
        layout.addWidget(self.chosen)
        layout.addStretch(1)
        nav = QHBoxLayout()
        self.back = QPushButton("◀ Back", self)
        self.back.setObjectName("scaleBack")
        self.next = QPushButton("Next ▶", self)
        self.next.setObjectName("scaleNext")
        for button in (self.back, self.next):
            big(button, 20)
            button.setMinimumSize(170, 64)
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        layout.addLayout(nav)
        self._show()

    def go(self, index: int) -> None:
        if 0 <= index < len(self.scales):
            self.index = index
            self._show()
            self.moved.emit()

    def answer(self, value: int) -> None:
        if not self.scales:
            return
        answer = self.scales[self.index]
        before, index = answer.value, self.index

        def undo() -> None:
            answer.value = before
            self.index = index
            self._show()

        answer.value = value
        self._show()
        self.record_change(undo)

    def _show(self) -> None:
        if not self.scales:
            self.question.setText("Your worker has not added any questions yet.")
            for face in self.faces:
                face.setEnabled(False)
            self.back.setEnabled(False)
            self.next.setEnabled(False)
            return
        answer = self.scales[self.index]
        self.question.setText(answer.question)
        self.low.setText(f"0 = {answer.low_label}")
        self.high.setText(f"10 = {answer.high_label}")
        # Exactly one face shows as chosen: the group is exclusive, and none when unanswered.
        self.group.setExclusive(False)
        for face in self.faces:
            face.setChecked(face.value == answer.value)
            face.setAccessibleName(
                f"{face.value}"
                + (f" ({answer.low_label})" if face.value == 0 else "")
                + (f" ({answer.high_label})" if face.value == 10 else "")
                + (", chosen" if face.value == answer.value else "")
            )
        self.group.setExclusive(True)
        self.chosen.setText("Tap a face" if answer.value is None else f"You chose {answer.value}")
        self.back.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.scales) - 1)

    def progress(self) -> str:
        if not self.scales:
            return ""
        answered = sum(1 for a in self.scales if a.value is not None)
        return f"{answered} of {len(self.scales)} answered"

    def here(self) -> str:
        if not self.scales:
            return "You are here: waiting for questions"
        return f"You are here: Question {self.index + 1} of {len(self.scales)}"
