"""Today: one line per child (or provider), most urgent first, one step from the record.

The ranking, grouping, filters and summary are domain rules (domain/today.py); this page
only shows them. A line's items are made when it is first expanded, so a 5,000-child
caseload fills the list without building every row.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from ..domain import today as rules
from ..domain.oversight import DashboardItem
from ..settings import Settings
from ..vault import Vault
from .forms.ui_dashboard_page import Ui_DashboardPage
from .notification_dialog import NotificationDialog

# Late is said in words ("3 days overdue"); the colour only repeats it. #9b0d1a on white is
# 8:1, and over 7:1 on the alternating row colour.
LATE = QBrush(QColor("#9b0d1a"))
ITEM_ROLE = Qt.ItemDataRole.UserRole
# A row holds the index of its item in DashboardPage.shown (a plain int in the model).
SHOW_INDICATOR = QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
FILLED_ROLE = Qt.ItemDataRole.UserRole + 1  # a line whose items are already made
COLUMNS = ["Child", "What needs doing", "When", "Kind", "About"]
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
        self.groups: list[rules.TodayGroup] = []
        self.total_lines = 0
        self.shown: list[DashboardItem] = []  # what the rows show, by the index they hold
        self.today = date.today()
        self.dialog: NotificationDialog | None = None
        for code, words in WHEN_CHOICES:
            self.ui.whenFilter.addItem(words, code)
        self.ui.kindFilter.addItem("Every kind", "")
        for code, words in rules.KINDS:
            self.ui.kindFilter.addItem(words, code)
        # A manager reads each worker's list; a worker's laptop holds their own caseload.
        self.manager = vault.profile.role == "team_manager"
        self.ui.workerLabel.setVisible(self.manager)
        self.ui.workerFilter.setVisible(self.manager)
        tree = self.ui.items
        self.bold = QFont(tree.font())
        self.bold.setBold(True)
        tree.setColumnCount(len(COLUMNS))
        tree.setHeaderLabels(COLUMNS)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.viewport().installEventFilter(self)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # each column says the key word first
        tree.itemActivated.connect(lambda item, _col: self._open(item))
        tree.itemExpanded.connect(self._fill)
        tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        for combo in (self.ui.whenFilter, self.ui.kindFilter, self.ui.workerFilter):
            combo.currentIndexChanged.connect(lambda _i: self.show_items())
        self.ui.openButton.clicked.connect(lambda: self._open(tree.currentItem()))
        self.ui.refreshButton.clicked.connect(self.refresh)
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

    def refresh(self) -> None:
        self.today = date.today()
        self.items = self.vault.oversight.dashboard(
            self.today, self.settings.timeline_rules(), self.settings.thresholds()
        )
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
        """Fill the list from the items read last, through the filters chosen now."""
        tree = self.ui.items
        current = self._selected()
        keep = current.provider_id or current.child_id if current else ""
        self.groups = rules.group(self.items, self.today, self.chosen_filter())
        tree.setUpdatesEnabled(False)
        tree.clear()
        self.shown = []
        lines = [self._line(g) for g in self.groups]
        tree.addTopLevelItems(lines)
        tree.setUpdatesEnabled(True)
        total = self.total_lines
        self.ui.shown.setText(
            f"Showing {len(lines)} of {total} lines" if len(lines) != total else f"{total} lines"
        )
        for line in lines:
            found = self.item_of(line)
            if keep and found is not None and (found.provider_id or found.child_id) == keep:
                tree.setCurrentItem(line)
                break
        else:
            if lines:
                tree.setCurrentItem(lines[0])
        self._selection_changed()

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

    def _line(self, group: rules.TodayGroup) -> QTreeWidgetItem:
        top = group.top
        more = len(group.items) - 1
        if group.is_provider:
            about = top.detail
        else:
            worker = top.worker or "no worker named"
            count = f"{len(group.items)} item{'' if len(group.items) == 1 else 's'}"
            about = f"{count} · {worker}"
        line = QTreeWidgetItem([group.name, top.title, self._when(top), self._kind(top), about])
        line.setData(0, ITEM_ROLE, self._keep(top))
        self._mark_late(line, top)
        if more or group.is_provider:
            line.setChildIndicatorPolicy(SHOW_INDICATOR)
        return line

    def _fill(self, line: QTreeWidgetItem) -> None:
        """Make a line's rows the first time it is expanded."""
        if line.data(0, FILLED_ROLE) or line.parent() is not None:
            return
        line.setData(0, FILLED_ROLE, True)
        index = self.ui.items.indexOfTopLevelItem(line)
        group = self.groups[index]
        rows = []
        for item in group.items:
            row = QTreeWidgetItem(
                [
                    rules.urgency_words(item, self.today) or "Not dated",
                    item.title,
                    self._when(item),
                    self._kind(item),
                    item.detail,
                ]
            )
            row.setData(0, ITEM_ROLE, self._keep(item))
            row.setToolTip(1, item.title)
            self._mark_late(row, item)
            rows.append(row)
        if group.is_provider:
            # The provider's children, each one step from their EOTAS package.
            for child_id, name in group.top.children:
                child_item = dataclasses.replace(
                    group.top, child_id=child_id, child_name=name, provider_id="", children=()
                )
                row = QTreeWidgetItem(
                    [name, "Has sessions with this provider", "", "Provider", "Opens the EOTAS package"]
                )
                row.setData(0, ITEM_ROLE, self._keep(child_item))
                rows.append(row)
        line.addChildren(rows)

    def _keep(self, item: DashboardItem) -> int:
        self.shown.append(item)
        return len(self.shown) - 1

    def item_of(self, row: QTreeWidgetItem | None) -> DashboardItem | None:
        """The item a row of the list shows."""
        index = row.data(0, ITEM_ROLE) if row is not None else None
        return self.shown[index] if isinstance(index, int) else None

    def _when(self, item: DashboardItem) -> str:
        return f"{item.state(self.today)} ({item.due:%d/%m/%Y})" if item.due else ""

    @staticmethod
    def _kind(item: DashboardItem) -> str:
        if item.harm == rules.SAFEGUARDING:
            return "Safeguarding"
        return rules.KIND_SHORT.get(item.kind, "")

    def _mark_late(self, row: QTreeWidgetItem, item: DashboardItem) -> None:
        if rules.is_overdue(item, self.today):
            row.setForeground(2, LATE)
        if item.harm == rules.SAFEGUARDING:
            row.setFont(3, self.bold)

    # --- acting on a line ---------------------------------------------------------------------

    def _selected(self) -> DashboardItem | None:
        return self.item_of(self.ui.items.currentItem())

    def _selection_changed(self) -> None:
        item = self._selected()
        self.ui.openButton.setEnabled(item is not None)
        self.ui.notifyButton.setEnabled(
            item is not None and item.kind == "sharing" and bool(item.arrangement_id)
        )

    def _open(self, tree_item: QTreeWidgetItem | None) -> None:
        found = self.item_of(tree_item)
        if found is None or tree_item is None:
            return
        if not found.child_id:  # a provider's line: its children are the way in
            tree_item.setExpanded(not tree_item.isExpanded())
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
