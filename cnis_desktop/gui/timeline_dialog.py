"""Tools → Statutory timeline: pick a process, type its dates, see every step with its rule.

The forms are built from the processes' field lists (domain/processes.py), the same lists
the `cnis timeline` options come from, so the dialog and the CLI cannot drift apart. It
reads no vault: the authority's settings (timescales, term dates) are all it needs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import format_user_date
from ..domain.processes import PROCESSES
from ..domain.timeline import Field, InputProblems, Process, Rules, Timeline
from .style import ERROR_STYLE, OK_STYLE

COLUMNS = ("Date", "Step", "Rule", "Note")
PLACEHOLDERS = {"date": "dd/mm/yyyy", "count": "number", "school_year": "e.g. 2026/27"}


class ProcessForm(QWidget):
    """One process's fields, each with its label, an optional hint and an error line."""

    def __init__(self, process: Process, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process = process
        self.setObjectName(f"form_{process.code}")
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in process.fields:
            self._add(spec)

    def _add(self, spec: Field) -> None:
        widget: QLineEdit | QComboBox
        if spec.kind == "choice":
            widget = QComboBox(self)
            for code, text in spec.choices:
                widget.addItem(text, code)
        else:
            widget = QLineEdit(self)
            widget.setPlaceholderText(PLACEHOLDERS[spec.kind])
            widget.setMaximumWidth(220)
        widget.setObjectName(spec.name)
        title = f"{spec.label}{' (needed)' if spec.required else ''}"
        widget.setAccessibleName(spec.label)
        label = QLabel(title + ":", self)
        label.setBuddy(widget)
        # The hint sits beside its field, so a form stays short and the steps keep the room.
        row = QHBoxLayout()
        row.addWidget(widget)
        if spec.hint:
            widget.setAccessibleDescription(spec.hint)
            hint = QLabel(spec.hint, self)
            hint.setStyleSheet(OK_STYLE)
            row.addWidget(hint)
        row.addStretch(1)
        self.form.addRow(label, row)
        error = QLabel(self)
        error.setObjectName(f"{spec.name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(f"Problem with {spec.label.lower()}")
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self.inputs[spec.name] = widget
        self.labels[spec.name] = label
        self.errors[spec.name] = error

    def values(self) -> dict[str, str | None]:
        return {
            name: (w.currentData() if isinstance(w, QComboBox) else w.text())
            for name, w in self.inputs.items()
        }

    def show_errors(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            self.form.setRowVisible(label, bool(message))
        first = next((self.inputs[n] for n in self.inputs if n in problems), None)
        if first is not None:
            first.setFocus()


class TimelineDialog(QDialog):
    def __init__(self, rules: Rules, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        self.setWindowTitle("Statutory timeline")
        self.rules = rules
        self.today = today or date.today()
        self.shown: Timeline | None = None

        self.process = QComboBox(self)
        self.process.setObjectName("process")
        self.process.setAccessibleName("Process")
        self.pages = QStackedWidget(self)
        self.forms: dict[str, ProcessForm] = {}
        for code, process in PROCESSES.items():
            self.process.addItem(process.title, code)
            self.forms[code] = ProcessForm(process, self.pages)
            self.pages.addWidget(self.forms[code])
        chooser = QFormLayout()
        process_label = QLabel("&Process:", self)
        process_label.setBuddy(self.process)
        chooser.addRow(process_label, self.process)

        self.show_button = QPushButton("&Show the timeline", self)
        self.show_button.setObjectName("showButton")
        self.show_button.setDefault(True)
        self.close_button = QPushButton("Close", self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.facts = QLabel(self)
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.facts.setAccessibleName("Facts")
        self.steps = QTableWidget(0, len(COLUMNS), self)
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName("Steps, each with its date and rule")
        self.steps.setHorizontalHeaderLabels(list(COLUMNS))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setWordWrap(True)
        self.steps.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.steps.verticalHeader().setVisible(False)
        header = self.steps.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 190)  # rules are short references; they wrap when longer

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        results = QLabel("&Timeline:", self)
        results.setBuddy(self.steps)
        layout.addWidget(self.facts)
        layout.addWidget(results)
        layout.addWidget(self.steps, 1)

        self.process.currentIndexChanged.connect(self._process_changed)
        self.show_button.clicked.connect(self.calculate)
        self.close_button.clicked.connect(self.reject)
        self.resize(960, 560)  # inside 1366×768 at 125%, less a title bar

    @property
    def form(self) -> ProcessForm:
        return self.forms[self.process.currentData()]

    def choose(self, code: str) -> None:
        self.process.setCurrentIndex(self.process.findData(code))

    def _process_changed(self) -> None:
        self.pages.setCurrentWidget(self.form)
        self._show(None)

    def calculate(self) -> Timeline | None:
        form = self.form
        try:
            found = form.process.calculate(form.values(), self.rules, self.today)
        except InputProblems as exc:
            form.show_errors(exc.problems)
            self._show(None)
            return None
        form.show_errors({})
        self._show(found)
        return found

    def _show(self, found: Timeline | None) -> None:
        self.shown = found
        self.steps.setRowCount(0)
        if found is None:
            self.facts.clear()
            return
        self.facts.setText("\n".join([f"{name}: {value}" for name, value in found.facts] + list(found.notes)))
        self.steps.setRowCount(len(found.steps))
        for row, step in enumerate(found.steps):
            # A warning is said in words, not only in colour.
            note = " ".join(x for x in (f"Warning: {step.warning}" if step.warning else "", step.note) if x)
            for column, text in enumerate((format_user_date(step.due), step.name, step.rule, note)):
                item = QTableWidgetItem(text)
                if step.warning and column == 3:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.steps.setItem(row, column, item)
        self.steps.resizeRowsToContents()
