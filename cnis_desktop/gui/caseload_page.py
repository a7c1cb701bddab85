"""The caseload: search as you type, filters, and the next contact due."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from ..domain import codes
from ..vault import Vault
from ..vault.children import CaseloadRow
from .caseload_model import NEXT_DUE, CaseloadModel
from .forms.ui_caseload_page import Ui_CaseloadPage
from .style import fill_combo


class Filters(NamedTuple):
    search: str
    arrangement_type: str | None
    send_status: str | None


FIRST_SCREEN = 100  # rows read before the first paint; more than a tall window shows
# The rest is read once that screenful has been painted; or after this long if the table is
# not painted (a page out of sight), so that the count and a sort still see every child.
REST_AT_LATEST_MS = 300


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
        self.model = CaseloadModel(parent=self)  # lives as long as its view, never less
        header = self.ui.table.horizontalHeader()
        self.ui.table.verticalHeader().hide()
        self.ui.table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.ui.table.setModel(self.model)
        self._rest: Callable[[], None] | None = None  # reads the rest of a long caseload
        self._rest_at_latest = QTimer(self, singleShot=True, interval=REST_AT_LATEST_MS)
        self._rest_at_latest.timeout.connect(self._read_rest)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The next contact due sits beside the name (shown second, the model's last column):
        # on a narrow window the columns that scroll off are the ones read least.
        header.moveSection(NEXT_DUE, 1)
        for column, width in ((0, 200), (NEXT_DUE, 150), (1, 100), (2, 130), (3, 220)):
            header.resizeSection(column, width)
        # Listed by surname on arrival (the vault's order); a click on a title sorts by that
        # column, a second click on the same title reverses the order.
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.sort_by)
        fill_combo(self.ui.arrangementFilter, codes.ARRANGEMENT_TYPE, blank="All arrangements")
        fill_combo(self.ui.sendFilter, codes.SEND_STATUS, blank="All SEND statuses")
        for combo in (self.ui.arrangementFilter, self.ui.sendFilter):
            # As wide as a short label, not the longest one: the search keeps its room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.ui.search.setMinimumWidth(200)
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
        filters = Filters(
            self.ui.search.text(),
            self.ui.arrangementFilter.currentData() or None,
            self.ui.sendFilter.currentData() or None,
        )
        if self.model.in_vault_order():
            # A screenful first, the rest as soon as it is on screen: on a long caseload
            # reading every child would otherwise hold up the first paint.
            first = self.vault.children.caseload(*filters, limit=FIRST_SCREEN + 1)
            if len(first) > FIRST_SCREEN:
                self.model.set_rows(first[:FIRST_SCREEN])
                self.ui.count.clear()  # counted when the rest is in
                generation = self._generation
                self._rest = lambda: self._load_all(generation, filters)
                self._rest_at_latest.start()
                # Listening for the paint only while the rest waits: not on every mouse move
                # over the table for the page's life.
                self.ui.table.viewport().installEventFilter(self)
                return
            self._show(first)
            return
        self._show(self.vault.children.caseload(*filters))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._rest is not None and event.type() == QEvent.Type.Paint:
            # Read the rest on the next pass of the event loop, once this paint is on the
            # screen: a fixed wait could run out first on a busy laptop and hold it up.
            QTimer.singleShot(0, self, self._read_rest)
        return False

    def _read_rest(self) -> None:
        rest, self._rest = self._rest, None
        self._rest_at_latest.stop()
        self.ui.table.viewport().removeEventFilter(self)
        if rest is not None:
            rest()

    def _load_all(self, generation: int, filters: Filters) -> None:
        if self.vault is not None and self.vault.is_open and generation == self._generation:
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
        current, descending = self.model.sorted_by
        descending = not descending if column == current else False
        header = self.ui.table.horizontalHeader()
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
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
