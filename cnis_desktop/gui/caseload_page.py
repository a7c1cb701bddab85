"""The caseload: search as you type, filters, and the next contact due."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain import codes
from ..vault import Vault
from ..vault.children import CaseloadRow
from .caseload_model import COLUMNS, NAME_TOOLTIP, CaseloadModel
from .forms.ui_caseload_page import Ui_CaseloadPage
from .style import fill_combo


class Filters(NamedTuple):
    search: str
    arrangement_type: str | None
    send_status: str | None


FIRST_SCREEN = 100  # rows read before the first paint; more than a tall window shows
REST_AFTER_MS = 40  # time for that first paint (on a slow laptop too) before the rest is read


class CaseloadPage(QWidget):
    open_child = Signal(str)
    add_child = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault: Vault | None = None
        self._generation = 0  # a newer refresh makes a pending "load the rest" stale
        self.model = CaseloadModel()
        # The column titles come from a small item model of the header's own, so that Qt
        # never asks the caseload model's headerData() for them: that call passes a
        # Qt.Orientation, and its first one builds PySide's whole `Qt` namespace (14 ms of
        # the start). Hidden while the table takes its model, the headers ask nothing.
        header = self.ui.table.horizontalHeader()
        self.ui.table.verticalHeader().hide()
        header.hide()
        self.ui.table.setModel(self.model)
        self._titles = QStandardItemModel(0, len(COLUMNS), self)
        self._titles.setHorizontalHeaderLabels(list(COLUMNS))
        name_title = self._titles.horizontalHeaderItem(0)
        if name_title is not None:
            name_title.setToolTip(NAME_TOOLTIP)
        header.setModel(self._titles)
        header.show()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 110, 130, 240, 230)):
            header.resizeSection(column, width)
        # Listed by surname on arrival (the vault's order); a click on a title sorts by that
        # column, a second click on the same title reverses the order.
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.sort_by)
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
        self._generation += 1
        filters = Filters(self.ui.search.text(), self.ui.arrangementFilter.currentData() or None,
                          self.ui.sendFilter.currentData() or None)
        if self.model.in_vault_order():
            # A screenful first, the rest as soon as it is on screen: on a long caseload
            # reading every child would otherwise hold up the first paint.
            first = self.vault.children.caseload(*filters, limit=FIRST_SCREEN + 1)
            if len(first) > FIRST_SCREEN:
                self.model.set_rows(first[:FIRST_SCREEN])
                self.ui.count.clear()  # counted when the rest is in
                generation = self._generation
                QTimer.singleShot(REST_AFTER_MS, lambda: self._load_all(generation, filters))
                return
            self._show(first)
            return
        self._show(self.vault.children.caseload(*filters))

    def _load_all(self, generation: int, filters: Filters) -> None:
        if self.vault is not None and generation == self._generation:
            self._show(self.vault.children.caseload(*filters), append=True)

    def _show(self, rows: list[CaseloadRow], append: bool = False) -> None:
        assert self.vault is not None
        if append:
            self.model.complete_rows(rows)  # keeps the place of whoever is already looking
        else:
            self.model.set_rows(rows)
        total = self.vault.children.count()
        shown = len(rows)
        self.ui.count.setText(f"{shown} of {total} children" if shown != total else f"{total} children")

    def sort_by(self, column: int) -> None:
        from PySide6.QtCore import Qt

        current, descending = self.model.sorted_by
        descending = not descending if column == current else False
        header = self.ui.table.horizontalHeader()
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.model.sort_rows(column, descending)

    def _open_row(self, row: int) -> None:
        self.open_child.emit(self.model.id_at(row))

    def _open_selected(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())
        elif self.model.rowCount() == 1:
            self._open_row(0)
