"""Record a quality-assurance visit to a provider (append-only once saved)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain import codes
from ..domain.eotas import QaVisit
from ..domain.model import Action
from ..domain.validation import ValidationFailed, validate_qa_visit
from ..vault import Vault
from . import actions_table
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
        actions_table.set_up(self.ui.actions)
        self.binder = FormBinder(self, QaVisit, skip=("actions",))
        self.binder.load(QaVisit(provider_id=provider_id, visit_date=date.today()))
        self.ui.addActionButton.clicked.connect(self.add_action_row)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.resize(680, 680)

    def add_action_row(self) -> None:
        actions_table.append(self.ui.actions, Action())

    def save(self) -> str | None:
        visit, problems = self.binder.read(QaVisit())
        visit.actions, action_problems = actions_table.read(self.ui.actions)
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
