"""The pieces of the views form: statements by section, scales, picture-card sorting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.views import (
    OBSERVATION_FIELDS,
    SCALE_HIGH,
    SCALE_LOW,
    CardSort,
    ScaleAnswer,
    Statement,
)
from ..resources import resource

CARD_SIZE = 96  # big enough for a child's finger on a touch screen


def card_icon(card: str) -> QIcon:
    return QIcon(str(resource("icons", "cards", f"{card}.svg")))


def statement_text(statement: Statement) -> str:
    if statement.exact_words:
        return f"“{statement.text}”"
    return f"Worker's summary: {statement.text}"


class StatementSection(QGroupBox):
    """One section's statements: type and press Enter to add; exact words by default."""

    def __init__(
        self,
        key: str,
        title: str,
        statements: list[Statement],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"section_{key}")
        self.key = key
        self.statements = statements  # shared with the page: every section edits one list
        self.changed = changed
        self.removed: list[tuple[int, Statement]] = []
        self.list = QListWidget(self)
        self.list.setObjectName(f"statements_{key}")
        self.list.setAccessibleName(f"{title}: statements")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(70)
        self.line = QLineEdit(self)
        self.line.setObjectName(f"add_{key}")
        self.line.setPlaceholderText("Type what the child said, then press Enter")
        self.line.setAccessibleName(f"Add to {title}")
        self.exact = QCheckBox("Child's exact words", self)
        self.exact.setObjectName(f"exact_{key}")
        self.exact.setChecked(True)
        add = QPushButton("Add", self)
        self.toggle = QPushButton("Exact words / summary", self)
        self.remove = QPushButton("Remove", self)
        self.undo = QPushButton("Undo remove", self)
        self.undo.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.exact)
        row.addWidget(add)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.toggle, self.remove, self.undo):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(actions)
        self.line.returnPressed.connect(self.add_current)
        add.clicked.connect(self.add_current)
        self.toggle.clicked.connect(self.toggle_exact)
        self.remove.clicked.connect(self.remove_selected)
        self.undo.clicked.connect(self.undo_remove)
        self.refresh()

    def mine(self) -> list[Statement]:
        return [s for s in self.statements if s.section == self.key]

    def refresh(self) -> None:
        self.list.clear()
        for statement in self.mine():
            item = QListWidgetItem(statement_text(statement))
            if statement.exact_words:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)

    def add_current(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        self.statements.append(Statement(self.key, text, self.exact.isChecked()))
        self.line.clear()
        # A summary is a one-off: the next thing typed is the child's words unless the
        # worker says otherwise again.
        self.exact.setChecked(True)
        self.refresh()
        self.changed()

    def _selected(self) -> Statement | None:
        row = self.list.currentRow()
        mine = self.mine()
        return mine[row] if 0 <= row < len(mine) else None

    def toggle_exact(self) -> None:
        statement = self._selected()
        if statement is not None:
            statement.exact_words = not statement.exact_words
            row = self.list.currentRow()
            self.refresh()
            self.list.setCurrentRow(row)
            self.changed()

    def remove_selected(self) -> None:
        statement = self._selected()
        if statement is not None:
            index = self.statements.index(statement)
            self.removed.append((index, self.statements.pop(index)))
            self.undo.setEnabled(True)
            self.refresh()
            self.changed()

    def undo_remove(self) -> None:
        if self.removed:
            index, statement = self.removed.pop()
            self.statements.insert(min(index, len(self.statements)), statement)
            self.undo.setEnabled(bool(self.removed))
            self.refresh()
            self.changed()


class ScalePanel(QGroupBox):
    """Questions the worker chooses, each answered 0–10 (one numbered face each). A question
    and the words at its two ends are edited in place; a removed question can be put back."""

    COLUMNS = ("Question", "0 means", "10 means", "Answer")

    def __init__(
        self, scales: list[ScaleAnswer], changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("Scaling questions (0 to 10)", parent)
        self.setObjectName("scalePanel")
        self.scales = scales  # shared with the page's record
        self.changed = changed
        self.removed: list[tuple[int, ScaleAnswer]] = []
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("scaleTable")
        self.table.setAccessibleName("Scaling questions and answers")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._item_edited)
        self.question = QLineEdit(self)
        self.question.setObjectName("newQuestion")
        self.question.setPlaceholderText("A question to ask, then press Enter")
        self.question.setAccessibleName("New scaling question")
        self.remove = QPushButton("Remove question", self)
        self.remove.setObjectName("removeQuestion")
        self.undo = QPushButton("Undo remove", self)
        self.undo.setObjectName("undoRemoveQuestion")
        self.undo.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.question, 1)
        actions.addWidget(self.remove)
        actions.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.question.returnPressed.connect(self.add_question)
        self.remove.clicked.connect(self.remove_selected)
        self.undo.clicked.connect(self.undo_remove)
        self.refresh()

    def add_question(self) -> None:
        text = self.question.text().strip()
        if text:
            self.scales.append(ScaleAnswer(text, None))
            self.question.clear()
            self.refresh()
            self.changed()

    def refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.scales))
        for row, answer in enumerate(self.scales):
            for column, text in enumerate((answer.question, answer.low_label, answer.high_label)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            spin = QSpinBox(self.table)
            spin.setObjectName(f"scale_{row}")
            spin.setRange(-1, 10)
            spin.setSpecialValueText("not asked")
            spin.setValue(-1 if answer.value is None else answer.value)
            spin.setAccessibleName(f"Answer to: {answer.question}")
            spin.valueChanged.connect(lambda value, a=answer: self._set(a, value))
            self.table.setCellWidget(row, 3, spin)
        self.table.resizeColumnToContents(3)
        self.table.blockSignals(False)

    def _item_edited(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        if not 0 <= row < len(self.scales) or column > 2:
            return
        answer = self.scales[row]
        text = item.text().strip()
        if column == 0:
            if not text:  # a question cannot be blanked: remove it instead
                self.refresh()
                return
            answer.question = text
        elif column == 1:
            answer.low_label = text or SCALE_LOW
        else:
            answer.high_label = text or SCALE_HIGH
        self.changed()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.scales):
            self.removed.append((row, self.scales.pop(row)))
            self.undo.setEnabled(True)
            self.refresh()
            self.changed()

    def undo_remove(self) -> None:
        if self.removed:
            row, answer = self.removed.pop()
            self.scales.insert(min(row, len(self.scales)), answer)
            self.undo.setEnabled(bool(self.removed))
            self.refresh()
            self.changed()

    def _set(self, answer: ScaleAnswer, value: int) -> None:
        answer.value = None if value < 0 else value
        self.changed()


class ObservationPanel(QGroupBox):
    """What the worker saw, for a child who does not use words: the worker's own account,
    so there is no "exact words" here, and each part is kept as one statement."""

    def __init__(
        self, statements: list[Statement], changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("Observation", parent)
        self.setObjectName("observationPanel")
        self.statements = statements
        self.changed = changed
        self.fields: dict[str, QPlainTextEdit] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, title in OBSERVATION_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"observation_{key}")
            edit.setAccessibleName(title)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setPlainText("\n\n".join(s.text for s in statements if s.section == key))
            edit.textChanged.connect(lambda k=key: self._edited(k))
            label = QLabel(title, self)
            label.setWordWrap(True)
            label.setBuddy(edit)
            layout.addRow(label, edit)
            self.fields[key] = edit

    def _edited(self, key: str) -> None:
        text = self.fields[key].toPlainText().strip()
        kept = [s for s in self.statements if s.section != key]
        self.statements[:] = kept + ([Statement(key, text, False)] if text else [])
        self.changed()


class SortPanel(QGroupBox):
    """Picture cards: tap a card to move it like → not sure → don't like → unsorted."""

    def __init__(
        self, cards: list[CardSort], changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__("Like / not sure / don't like: tap a card to sort it", parent)
        self.setObjectName("sortPanel")
        self.cards = cards
        self.changed = changed
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout(self)
        for i, code in enumerate(codes.SORT_CARDS.codes):
            button = QToolButton(self)
            button.setObjectName(f"card_{code}")
            button.setIcon(card_icon(code))
            button.setIconSize(QSize(CARD_SIZE, CARD_SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(CARD_SIZE + 40, CARD_SIZE + 44)
            button.clicked.connect(lambda _=False, c=code: self.cycle(c))
            self.buttons[code] = button
            grid.addWidget(button, i // 4, i % 4)
        self.refresh()

    def pile_of(self, card: str) -> str:
        for c in self.cards:
            if c.card == card:
                return c.pile
        return ""

    def set_pile(self, card: str, pile: str) -> None:
        for c in self.cards:
            if c.card == card:
                c.pile = pile
                break
        else:
            self.cards.append(CardSort(card, pile))
        self.refresh()
        self.changed()

    def cycle(self, card: str) -> None:
        order = ["", *codes.SORT_PILE.codes]
        current = self.pile_of(card)
        self.set_pile(card, order[(order.index(current) + 1) % len(order)])

    def refresh(self) -> None:
        for code, button in self.buttons.items():
            pile = self.pile_of(code)
            label = codes.SORT_CARDS.label(code)
            state = codes.SORT_PILE.label(pile) if pile else "not sorted yet"
            button.setText(f"{label}\n{state}")
            button.setAccessibleName(f"{label}: {state}")
