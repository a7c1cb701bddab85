"""The caseload: search as you type, filters, and the next contact due."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain import codes
from ..vault import Vault
from .caseload_model import CaseloadModel
from .forms.ui_caseload_page import Ui_CaseloadPage
from .style import fill_combo


class CaseloadPage(QWidget):
    open_child = Signal(str)
    add_child = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault: Vault | None = None
        self.model = CaseloadModel()
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 110, 130, 240, 230)):
            header.resizeSection(column, width)
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fill_combo(self.ui.arrangementFilter, codes.ARRANGEMENT_TYPE, blank="All arrangements")
        fill_combo(self.ui.sendFilter, codes.SEND_STATUS, blank="All SEND statuses")
        # A short pause after the last keystroke keeps typing smooth on a long caseload.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)
        self.ui.search.textChanged.connect(lambda _: self._debounce.start())
        self.ui.arrangementFilter.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.sendFilter.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.table.activated.connect(lambda index: self._open_row(index.row()))
        self.ui.openButton.clicked.connect(self._open_selected)
        self.ui.addButton.clicked.connect(self.add_child.emit)

    def set_vault(self, vault: Vault | None) -> None:
        """Attach (the caller then shows the page, which refreshes) or detach and clear."""
        self.vault = vault
        if vault is None:
            self.ui.search.clear()
            self.model.set_rows([])
            self.ui.count.clear()

    def refresh(self) -> None:
        if self.vault is None:
            return
        rows = self.vault.children.caseload(
            search=self.ui.search.text(),
            arrangement_type=self.ui.arrangementFilter.currentData() or None,
            send_status=self.ui.sendFilter.currentData() or None,
        )
        self.model.set_rows(rows)
        total = self.vault.children.count()
        shown = len(rows)
        self.ui.count.setText(f"{shown} of {total} children" if shown != total else f"{total} children")

    def _open_row(self, row: int) -> None:
        self.open_child.emit(self.model.id_at(row))

    def _open_selected(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())
        elif self.model.rowCount() == 1:
            self._open_row(0)
