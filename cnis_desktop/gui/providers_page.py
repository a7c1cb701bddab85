"""The provider register, shared across children: checks with expiry alerts, QA visits."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.eotas import Provider
from ..domain.model import Stored
from ..domain.validation import ValidationFailed, validate_provider
from ..vault import Vault, VaultError
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder
from .forms.ui_providers_page import Ui_ProvidersPage
from .qa_dialog import QaDialog

OK_STYLE = "color: #505a5f;"
ALERT = QBrush(QColor("#b10e1e"))
# Checks to chase carry a sign and words as well as red (WCAG 1.4.1: not colour alone).
WARNING_SIGN = "\u26a0"


class ProvidersPage(QWidget):
    back = Signal()

    def __init__(self, vault: Vault, autosave_seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProvidersPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.current: Stored[Provider] | None = None
        self.qa_dialog: QaDialog | None = None
        self.binder = FormBinder(self.ui.providerGroup, Provider)
        self.saver = Autosaver(self.save, autosave_seconds, self)
        self.binder.changed.connect(self.saver.touch)
        self.ui.alerts.setStyleSheet(ERROR_STYLE)
        self.ui.backButton.clicked.connect(self.leave)
        self.ui.newProviderButton.clicked.connect(self.new_provider)
        self.ui.saveProviderButton.clicked.connect(self.save)
        self.ui.providersTable.itemSelectionChanged.connect(self._selected)
        self.ui.recordQaButton.clicked.connect(self.record_qa)

    def refresh(self, select: str | None = None) -> None:
        today = date.today()
        providers = self.vault.eotas.providers.where(order="name")
        table = self.ui.providersTable
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Provider", "Registered", "Checks"])
        table.setRowCount(len(providers))
        for r, p in enumerate(providers):
            alerts = p.record.check_alerts(today)
            values = (
                p.record.name,
                "Yes" if p.record.registered else "No",
                f"{WARNING_SIGN} To chase: " + "; ".join(alerts) if alerts else "All in date",
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if alerts and c == 2:
                    item.setForeground(ALERT)
                    item.setToolTip(text)  # the whole list, when the column is too narrow for it
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.blockSignals(False)
        target = select or (self.current.id if self.current else None)
        for r in range(table.rowCount()):
            cell = table.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == target:
                table.selectRow(r)
                return
        if providers:
            table.selectRow(0)
        else:
            self.new_provider()

    def _selected(self) -> None:
        self.saver.flush()
        items = self.ui.providersTable.selectedItems()
        if not items:
            return
        self.current = self.vault.eotas.providers.get(items[0].data(Qt.ItemDataRole.UserRole))
        self.binder.load(self.current.record)
        self._show_alerts()
        self._load_qa()

    def new_provider(self) -> None:
        self.saver.flush()
        self.current = None
        self.binder.load(Provider())
        self.ui.alerts.setText("")
        self.ui.qaTable.setRowCount(0)
        self.ui.providersTable.clearSelection()
        self.ui.name.setFocus()

    def save(self) -> bool:
        self.saver.cancel()
        edited, problems = self.binder.read(self.current.record if self.current else Provider())
        errors = {**validate_provider(edited), **problems}
        self.binder.show_errors(errors)
        if errors:
            self._status("Not saved yet: correct the fields marked in red.", True)
            return False
        try:
            if self.current is None:
                self.current = self.vault.eotas.providers.add(edited)
            else:
                self.current = self.vault.eotas.providers.update(
                    self.current.id, self.current.meta.version, edited
                )
        except (ValidationFailed, VaultError) as exc:
            self._status(str(exc), True)
            return False
        self._status(f"Saved at {datetime.now():%H:%M:%S}")
        self._show_alerts()
        self.refresh(select=self.current.id)
        return True

    def _show_alerts(self) -> None:
        alerts = self.current.record.check_alerts(date.today()) if self.current else []
        self.ui.alerts.setText(("Checks to chase: " + "; ".join(alerts)) if alerts else "")

    def _load_qa(self) -> None:
        visits = self.vault.eotas.qa_visits(self.current.id) if self.current else []
        table = self.ui.qaTable
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Date", "Rating", "Checks met", "Actions"])
        table.setRowCount(len(visits))
        for r, (_, _, v) in enumerate(visits):
            actions = "; ".join(f"{a.what} ({a.who}, {a.due:%d/%m/%Y})" for a in v.actions if a.due)
            values = (
                f"{v.visit_date:%d/%m/%Y}" if v.visit_date else "",
                codes.QA_RATING.label(v.rating),
                str(len(v.checks_met)),
                actions,
            )
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)

    def record_qa(self) -> QaDialog:
        self.saver.flush()
        dialog = QaDialog(self.vault, self.current.id if self.current else "", self)
        dialog.saved.connect(lambda _: self._load_qa())
        self.qa_dialog = dialog
        dialog.open()
        return dialog

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.providerStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.providerStatus.setText(text)

    def flush(self) -> None:
        self.saver.flush()

    def leave(self) -> None:
        self.flush()
        self.back.emit()
