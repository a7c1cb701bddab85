"""Record a quality-assurance visit to a provider (append-only once saved)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.dates import DateProblem, parse_user_date
from ..domain.eotas import QaVisit
from ..domain.model import Action
from ..domain.validation import ValidationFailed, validate_qa_visit
from ..vault import Vault
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .forms.ui_qa_dialog import Ui_QaDialog


class QaDialog(QDialog):
    saved = Signal(str)  # QA visit id

    def __init__(self, vault: Vault, provider_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaDialog")
        self.setWindowTitle("Record a quality-assurance visit")
        self.ui = Ui_QaDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.ui.provider_id.addItem("Choose a provider", "")
        for p in vault.eotas.providers.where(order="name"):
            self.ui.provider_id.addItem(p.record.name, p.id)
        self.ui.child_id.addItem("A provider visit (no one child)", "")
        for row in vault.children.caseload():
            self.ui.child_id.addItem(row.name, row.id)
        fill_checklist(self.ui.checks_met, codes.QA_CHECK)
        fill_combo(self.ui.rating, codes.QA_RATING, blank="Choose a rating")
        self.ui.message.setStyleSheet(ERROR_STYLE)
        table = self.ui.actions
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["What", "Who", "By when (dd/mm/yyyy)"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().resizeSection(1, 150)
        table.horizontalHeader().resizeSection(2, 150)
        table.verticalHeader().hide()
        self.binder = FormBinder(self, QaVisit, skip=("actions",))
        self.binder.load(QaVisit(provider_id=provider_id, visit_date=date.today()))
        self.ui.addActionButton.clicked.connect(self.add_action_row)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.resize(680, 680)

    def add_action_row(self) -> None:
        table = self.ui.actions
        table.insertRow(table.rowCount())
        for column in range(3):
            table.setItem(table.rowCount() - 1, column, QTableWidgetItem(""))

    def _actions(self) -> tuple[list[Action], dict[str, str]]:
        actions, problems = [], {}
        table = self.ui.actions
        for row in range(table.rowCount()):
            cells = [table.item(row, c) for c in range(3)]
            texts = [(cell.text() if cell is not None else "").strip() for cell in cells]
            if not any(texts):
                continue
            try:
                due = parse_user_date(texts[2])
            except DateProblem as exc:
                problems[f"actions.{row + 1}"] = f"Action {row + 1}: {exc}"
                due = None
            actions.append(Action(texts[0], texts[1], due))
        return actions, problems

    def save(self) -> str | None:
        visit, problems = self.binder.read(QaVisit())
        visit.actions, action_problems = self._actions()
        errors = {**validate_qa_visit(visit, date.today()), **problems, **action_problems}
        self.binder.show_errors(errors)
        if errors:
            extra = [m for k, m in errors.items() if k.startswith("actions")]
            self.ui.message.setText("Not saved: correct the fields marked in red. " + " ".join(extra))
            return None
        try:
            visit_id = self.vault.eotas.record_qa(visit)
        except ValidationFailed as exc:
            self.binder.show_errors(exc.errors)
            return None
        self.saved.emit(visit_id)
        self.accept()
        return visit_id

