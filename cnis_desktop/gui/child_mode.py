"""Child mode: a calm, full-screen view of just the current activity, in large text.

Only the worker leaves it: by holding the exit button for a couple of seconds, which a
child tapping around will not do by accident.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.views import CardSort, ScaleAnswer, Statement, ViewsRecord
from .views_widgets import CARD_SIZE, card_icon

HOLD_TO_EXIT_MS = 2000
CALM = "background: #f4f8fb; color: #0b0c0c;"


def _big(widget: QWidget, points: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    widget.setFont(font)


class HoldButton(QPushButton):
    """Fires `held` only after being pressed for the whole hold time."""

    held = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.timer = QTimer(self, singleShot=True, interval=HOLD_TO_EXIT_MS)
        self.timer.timeout.connect(self.held.emit)
        self.pressed.connect(self.timer.start)
        self.released.connect(self.timer.stop)


class ChildMode(QWidget):
    exited = Signal()

    def __init__(self, record: ViewsRecord, changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("childMode")
        self.setWindowTitle("My views")
        self.setStyleSheet(CALM)
        self.record = record
        self.changed = changed
        self.card_index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        title = QLabel(codes.VIEWS_METHOD.label(record.method), self)
        _big(title, 26)
        layout.addWidget(title)
        self.body = QWidget(self)
        layout.addWidget(self.body, 1)
        self.exit_button = HoldButton("Worker: hold here for 2 seconds to finish", self)
        self.exit_button.setObjectName("holdToExit")
        self.exit_button.held.connect(self.leave)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.exit_button)
        layout.addLayout(row)
        self.build()

    def build(self) -> None:
        layout = QVBoxLayout(self.body)
        method = self.record.method
        if method == "sorting":
            self._sorting(layout)
        elif method == "scaling":
            self._scaling(layout)
        else:
            self._sections(layout)

    # Statement methods: one big panel per section; the first the child taps is where they
    # chose to start.
    def _sections(self, layout: QVBoxLayout) -> None:
        sections = codes.VIEWS_SECTIONS.get(self.record.method, (("said", "What I said"),))
        row = QHBoxLayout()
        self.panels: dict[str, QLabel] = {}
        for key, title in sections:
            column = QVBoxLayout()
            heading = QPushButton(title, self.body)
            heading.setObjectName(f"start_{key}")
            _big(heading, 20)
            heading.clicked.connect(lambda _=False, k=key: self._choose(k))
            words = QLabel(self.body)
            words.setWordWrap(True)
            words.setAlignment(Qt.AlignmentFlag.AlignTop)
            _big(words, 22)
            self.panels[key] = words
            column.addWidget(heading)
            column.addWidget(words, 1)
            row.addLayout(column)
        layout.addLayout(row, 1)
        self.entry = QLineEdit(self.body)
        self.entry.setObjectName("childEntry")
        self.entry.setPlaceholderText("Type here and press Enter")
        self.entry.setAccessibleName("Type your words")
        _big(self.entry, 22)
        self.entry.returnPressed.connect(self._add)
        layout.addWidget(self.entry)
        self.current = self.record.started_with or sections[0][0]
        self._show_words()

    def _choose(self, key: str) -> None:
        self.current = key
        if not self.record.started_with:
            self.record.started_with = key
            self.changed()
        self._show_words()
        self.entry.setFocus()

    def _show_words(self) -> None:
        for key, label in self.panels.items():
            said = [s.text for s in self.record.statements if s.section == key and s.exact_words]
            marker = "▶ " if key == self.current else ""
            label.setText(marker + "\n\n".join(said))

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text:
            if not self.record.started_with:
                self.record.started_with = self.current
            self.record.statements.append(Statement(self.current, text, True))
            self.entry.clear()
            self._show_words()
            self.changed()

    def _scaling(self, layout: QVBoxLayout) -> None:
        for i, answer in enumerate(self.record.scales):
            question = QLabel(answer.question, self.body)
            _big(question, 22)
            question.setWordWrap(True)
            layout.addWidget(question)
            row = QHBoxLayout()
            for value in range(11):
                button = QPushButton(str(value), self.body)
                button.setObjectName(f"scale_{i}_{value}")
                button.setCheckable(True)
                button.setChecked(answer.value == value)
                button.setMinimumSize(56, 56)
                _big(button, 18)
                button.clicked.connect(lambda _=False, a=answer, v=value: self._answer(a, v))
                row.addWidget(button)
            layout.addLayout(row)
        layout.addStretch(1)

    def _answer(self, answer: ScaleAnswer, value: int) -> None:
        answer.value = value
        self.changed()

    def _sorting(self, layout: QVBoxLayout) -> None:
        self.card_label = QLabel(self.body)
        self.card_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.card_label, 24)
        self.card_picture = QPushButton(self.body)
        self.card_picture.setIconSize(QSize(CARD_SIZE * 2, CARD_SIZE * 2))
        self.card_picture.setFlat(True)
        layout.addWidget(self.card_picture, 1, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.card_label)
        piles = QGridLayout()
        for column, (pile, label) in enumerate(codes.SORT_PILE):
            button = QPushButton(label, self.body)
            button.setObjectName(f"pile_{pile}")
            button.setMinimumHeight(90)
            _big(button, 22)
            button.clicked.connect(lambda _=False, p=pile: self._sort(p))
            piles.addWidget(button, 0, column)
        layout.addLayout(piles)
        self._show_card()

    def _show_card(self) -> None:
        all_cards = codes.SORT_CARDS.items
        if self.card_index >= len(all_cards):
            self.card_label.setText("All done – thank you!")
            self.card_picture.setIcon(QIcon())
            return
        code, label = all_cards[self.card_index]
        self.card_picture.setIcon(card_icon(code))
        self.card_label.setText(label)

    def _sort(self, pile: str) -> None:
        all_cards = codes.SORT_CARDS.items
        if self.card_index >= len(all_cards):
            return
        code = all_cards[self.card_index][0]
        for card in self.record.cards:
            if card.card == code:
                card.pile = pile
                break
        else:
            self.record.cards.append(CardSort(code, pile))
        self.card_index += 1
        self._show_card()
        self.changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape and the usual close keys do nothing here: only the worker's hold exits.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4):
            event.accept()
            return
        super().keyPressEvent(event)

    def leave(self) -> None:
        self.close()
        self.exited.emit()
