"""The provider register, shared across children: checks with expiry alerts, QA visits and
the files attached to them."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.eotas import Provider, QaVisit
from ..domain.model import Stored
from ..domain.validation import ValidationFailed, validate_provider
from ..vault import Vault, VaultError
from .attachments_panel import AttachmentsDialog, show_entry_state
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder
from .forms.ui_providers_page import Ui_ProvidersPage
from .qa_dialog import QaDialog

OK_STYLE = "color: #505a5f;"
ALERT = QBrush(QColor("#b10e1e"))
# Checks to chase carry a sign and words as well as red (WCAG 1.4.1: not colour alone).
WARNING_SIGN = "\u26a0"
NO_QA_VISIT_CHOSEN = "Choose a QA visit in the list first: its files are kept with it."
NO_CHILD_FOR_FILES = (
    "This QA visit was to the provider, not about one child. Files are kept with a child's "
    "record, so they can be attached only to a QA visit about a child."
)


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
        self.attachments_dialog: AttachmentsDialog | None = None
        self.autosave_seconds = autosave_seconds
        self.qa_rows: list[tuple[str, QaVisit]] = []  # (id, visit), as the QA table lists them
        self.binder = FormBinder(self.ui.providerGroup, Provider)
        self.saver = Autosaver(self.save, autosave_seconds, self)
        self.binder.changed.connect(self.saver.touch)
        self.ui.alerts.setStyleSheet(ERROR_STYLE)
        self.ui.backButton.clicked.connect(self.leave)
        self.ui.newProviderButton.clicked.connect(self.new_provider)
        self.ui.saveProviderButton.clicked.connect(self.save)
        self.ui.providersTable.itemSelectionChanged.connect(self._selected)
        self.ui.recordQaButton.clicked.connect(self.record_qa)
        self.attachments_button = self.ui.qaAttachmentsButton
        self.attachments_button.clicked.connect(self.open_attachments)
        self.ui.qaTable.itemSelectionChanged.connect(self._show_attachments_entry)
        self._show_attachments_entry()

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
        self.qa_rows = []
        self.ui.qaTable.setRowCount(0)
        self._show_attachments_entry()
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

    def _load_qa(self, select: str | None = None) -> None:
        visits = self.vault.eotas.qa_visits(self.current.id) if self.current else []
        self.qa_rows = [(visit_id, v) for visit_id, _, v in visits]
        files = self._qa_file_counts()
        table = self.ui.qaTable
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(["Date", "Rating", "Checks met", "Files", "Actions"])
        table.setRowCount(len(visits))
        for r, (visit_id, v) in enumerate(self.qa_rows):
            actions = "; ".join(f"{a.what} ({a.who}, {a.due:%d/%m/%Y})" for a in v.actions if a.due)
            values = (
                f"{v.visit_date:%d/%m/%Y}" if v.visit_date else "",
                codes.QA_RATING.label(v.rating),
                str(len(v.checks_met)),
                str(files[visit_id]) if v.child_id else "–",
                actions,
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 3 and not v.child_id:
                    item.setToolTip("A provider visit, about no one child: files cannot be kept with it")
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "No files: a provider visit")
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(4):  # short values: as wide as they are; the actions take the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.blockSignals(False)
        row = next((r for r, (visit_id, _) in enumerate(self.qa_rows) if visit_id == select), -1)
        if row >= 0:
            table.selectRow(row)
        self._show_attachments_entry()

    def _qa_file_counts(self) -> Counter[str]:
        ids = {visit_id for visit_id, _ in self.qa_rows}
        children = {v.child_id for _, v in self.qa_rows if v.child_id}
        return Counter(
            a.record_id
            for child in children
            for a in self.vault.attachments.list_for_child(child)
            if a.record_type == "qa_visit" and a.record_id in ids
        )

    # --- the files of a QA visit --------------------------------------------------------------

    def chosen_qa(self) -> tuple[str, QaVisit] | None:
        rows = {index.row() for index in self.ui.qaTable.selectionModel().selectedRows()}
        return self.qa_rows[min(rows)] if rows and min(rows) < len(self.qa_rows) else None

    def _show_attachments_entry(self) -> None:
        chosen = self.chosen_qa()
        if chosen is None:
            show_entry_state(self.attachments_button, None, NO_QA_VISIT_CHOSEN)
        elif not chosen[1].child_id:
            show_entry_state(self.attachments_button, None, NO_CHILD_FOR_FILES)
        else:
            files = self.vault.attachments.list_for_record("qa_visit", chosen[0])
            show_entry_state(self.attachments_button, len(files))

    def open_attachments(self) -> AttachmentsDialog | None:
        """The chosen QA visit's files, in a dialog. A QA visit is kept as recorded, so its
        files are append-only from the start: new ones can be added, none changed."""
        chosen = self.chosen_qa()
        if chosen is None or not chosen[1].child_id:
            return None
        visit_id, visit = chosen
        dialog = AttachmentsDialog(
            self.vault,
            "qa_visit",
            visit_id,
            visit.child_id,
            True,
            self.autosave_seconds,
            self,
            default_date=visit.visit_date,
        )
        when = f" on {visit.visit_date:%d/%m/%Y}" if visit.visit_date else ""
        provider = self.current.record.name if self.current else "the provider"
        dialog.setWindowTitle(f"Attachments – QA visit to {provider}{when}")
        dialog.panel.changed.connect(lambda: self._load_qa(select=visit_id))
        self.attachments_dialog = dialog
        dialog.open()
        return dialog

    def record_qa(self) -> QaDialog:
        self.saver.flush()
        dialog = QaDialog(self.vault, self.current.id if self.current else "", self)
        dialog.saved.connect(lambda visit_id: self._load_qa(select=visit_id))  # ready for its files
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
