"""Today: one line per child (or provider), most urgent first, one step from the record.

The ranking, grouping, filters and summary are domain rules (domain/today.py); this page
only shows them, through a model whose rows are made when they are first shown
(today_model.py), so a 5,000-child caseload fills the list in a few milliseconds.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain import today as rules
from ..domain.oversight import DashboardItem
from ..settings import Settings
from ..vault import Vault
from ..vault.oversight import ChangeMark
from .forms.ui_dashboard_page import Ui_DashboardPage
from .notification_dialog import NotificationDialog
from .today_model import TodayModel

COLUMN_SHARES = (0.18, 0.31, 0.2, 0.13)
WHEN_CHOICES = (("all", "All dates"), ("overdue", "Overdue"), ("week", "Due this week"))
EVERYONE = "\x00everyone"  # the worker filter's "everyone" (no worker can be named this)


class DashboardPage(QWidget):
    open_item = Signal(object)  # DashboardItem

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.settings = settings
        self.items: list[DashboardItem] = []
        self.total_lines = 0
        self.today = date.today()
        self.dialog: NotificationDialog | None = None
        # What the items last read depended on: the day and rules, and the vault's writes.
        self._depends_on: tuple[object, ...] = ()
        self._mark: ChangeMark | None = None
        for code, words in WHEN_CHOICES:
            self.ui.whenFilter.addItem(words, code)
        self.ui.kindFilter.addItem("Every kind", "")
        for code, words in rules.KINDS:
            self.ui.kindFilter.addItem(words, code)
        # A manager reads each worker's list; a worker's laptop holds their own caseload.
        self.manager = vault.profile.role == "team_manager"
        self.ui.workerLabel.setVisible(self.manager)
        self.ui.workerFilter.setVisible(self.manager)
        self.model = TodayModel(self)
        self.model.bold.setFamily(self.ui.items.font().family())
        tree = self.ui.items
        tree.setModel(self.model)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.viewport().installEventFilter(self)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # each column says the key word first
        # Room around each row's text, as in the caseload: the focused cell's 2 px ring then
        # sits around the words instead of across them.
        tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        tree.activated.connect(self._open)
        tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        for combo in (self.ui.whenFilter, self.ui.kindFilter, self.ui.workerFilter):
            combo.currentIndexChanged.connect(lambda _i: self.show_items())
        self.ui.openButton.clicked.connect(lambda: self._open(tree.currentIndex()))
        self.ui.refreshButton.clicked.connect(lambda: self.refresh(force=True))
        self.ui.notifyButton.clicked.connect(self.record_notification)
        self._selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list's own viewport: its width is final only once the layout has placed it.
        if watched is self.ui.items.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Share the width out so that every column stays on screen, down to 960x540 at 200%
        (About takes what is left)."""
        width = self.ui.items.viewport().width()
        for column, share in enumerate(COLUMN_SHARES):
            self.ui.items.setColumnWidth(column, int(width * share))

    # --- reading and showing ------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        """Read the items again, when anything they depend on has changed since the last
        read - a write to the vault, the day, the authority's rules - or when asked to
        (`force`, the Refresh button). Coming back to Today is then instant at 5,000
        children, where a read takes a fifth of a second."""
        today = date.today()
        timeline_rules, thresholds = self.settings.timeline_rules(), self.settings.thresholds()
        depends_on = (today, repr(timeline_rules), repr(thresholds))
        oversight = self.vault.oversight
        if not force and depends_on == self._depends_on and not oversight.changed_since(self._mark):
            return
        self.today = today
        self.items = oversight.dashboard(today, timeline_rules, thresholds)
        self._depends_on, self._mark = depends_on, oversight.change_mark()
        self._fill_workers()
        self.ui.summary.setText(rules.summary(self.items, self.today))
        self.total_lines = len({i.provider_id or i.child_id for i in self.items})
        self.show_items()

    def chosen_filter(self) -> rules.TodayFilter:
        worker = self.ui.workerFilter.currentData()
        return rules.TodayFilter(
            when=self.ui.whenFilter.currentData() or "all",
            kind=self.ui.kindFilter.currentData() or "",
            worker=worker if self.manager and worker != EVERYONE else None,
        )

    def show_items(self) -> None:
        """Fill the list from the items read last, through the filters chosen now; the line
        that was chosen stays chosen when it is still there."""
        current = self._selected()
        keep = current.provider_id or current.child_id if current else ""
        groups = rules.group(self.items, self.today, self.chosen_filter(), in_rank_order=True)
        self.model.set_groups(groups, self.today)
        total = self.total_lines
        self.ui.shown.setText(
            f"Showing {len(groups)} of {total} lines" if len(groups) != total else f"{total} lines"
        )
        keys = [g.key.removeprefix("provider:") for g in groups]
        chosen = keys.index(keep) if keep in keys else 0
        if groups:
            self.ui.items.setCurrentIndex(self.model.index(chosen, 0))
        self._selection_changed()

    def lines(self) -> list[QModelIndex]:
        """The lines of the list, in order (for the tests and the accessibility walk)."""
        return [self.model.index(row, 0) for row in range(self.model.rowCount())]

    def rows_of(self, line: QModelIndex) -> list[QModelIndex]:
        """A line's rows, as the view shows them once the line is expanded."""
        self.ui.items.setExpanded(line, True)
        return [self.model.index(row, 0, line) for row in range(self.model.rowCount(line))]

    def _fill_workers(self) -> None:
        combo = self.ui.workerFilter
        chosen = combo.currentData()
        names = sorted({w for i in self.items for w in (i.workers or (i.worker,)) if w})
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Everyone", EVERYONE)
        for name in names:
            combo.addItem(name, name)
        combo.addItem("No worker named", rules.NO_WORKER)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- acting on a line ---------------------------------------------------------------------

    def _selected(self) -> DashboardItem | None:
        return self.model.item_at(self.ui.items.currentIndex())

    def _selection_changed(self) -> None:
        item = self._selected()
        self.ui.openButton.setEnabled(item is not None)
        self.ui.notifyButton.setEnabled(
            item is not None and item.kind == "sharing" and bool(item.arrangement_id)
        )

    def _open(self, index: QModelIndex) -> None:
        found = self.model.item_at(index)
        if found is None:
            return
        if not found.child_id:  # a provider's line: its children are the way in
            line = index.siblingAtColumn(0)
            self.ui.items.setExpanded(line, not self.ui.items.isExpanded(line))
            return
        self.open_item.emit(found)

    def record_notification(self) -> NotificationDialog | None:
        item = self._selected()
        if item is None or not item.arrangement_id:
            return None
        partner = "school_nursing" if item.section == "health" else "original_school"
        dialog = NotificationDialog(self.vault, item.child_id, item.arrangement_id, partner, self)
        dialog.accepted.connect(self._recorded)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        self.refresh()
        self.ui.status.setText("Notification recorded.")
