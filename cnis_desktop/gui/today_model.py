"""Today's list as a two-level Qt model: one line per child (or provider), and under each
line its items, most urgent first.

Nothing is built ahead: a row's words are made the first time the view asks for them, so a
5,000-line list costs the rows on screen, not 5,000 rows (a QTreeWidget built every line,
a third of a second at that size). A line's rows are counted from its group and made only
when the line is expanded and scrolled into view.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, NamedTuple, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain import today as rules
from ..domain.oversight import DashboardItem

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Child", "What needs doing", "When", "Kind", "About")
WHEN_COLUMN, KIND_COLUMN, ABOUT_COLUMN = 2, 3, 4
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the DashboardItem a row shows
# Late is said in words ("3 days overdue"); the colour only repeats it. #9b0d1a on white is
# 8:1, and over 7:1 on the alternating row colour.
LATE = QBrush(QColor("#9b0d1a"))
# An index's internal id says where it is: 0 for a line, or its line's number + 1 for a row
# under that line (a plain number, so nothing has to be kept alive for Qt's sake).
LINE = 0
ROOT = QModelIndex()  # the invisible root, never changed: a safe default argument


class Row(NamedTuple):
    """What one row shows, made once, when first asked for."""

    item: DashboardItem
    words: tuple[str, str, str, str, str]
    late: bool
    safeguarding: bool


class TodayModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[rules.TodayGroup] = []
        self.today = date.today()
        self.bold = QFont()
        self.bold.setBold(True)
        self._made: dict[tuple[int, int], Row] = {}  # (internal id, row): the rows made so far

    def set_groups(self, groups: list[rules.TodayGroup], today: date) -> None:
        self.beginResetModel()
        self.groups = groups
        self.today = today
        self._made = {}
        self.endResetModel()

    # --- the shape ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # Checked here rather than by hasIndex(), which calls back into rowCount() and
        # columnCount(): the view asks for every line's index each time it lays out.
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, LINE) if row < len(self.groups) else QModelIndex()
        if row < self.rowCount(parent):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:  # QObject's parent(), which shares the name
            return super().parent()
        if not child.isValid() or child.internalId() == LINE:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, LINE)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != LINE or parent.column() != 0:
            return 0
        return self._under(self.groups[parent.row()])

    def hasChildren(self, parent: Index = ROOT) -> bool:
        # Asked of every line whenever the view lays out: answered without counting (every
        # line has at least one item).
        if not parent.isValid():
            return bool(self.groups)
        return parent.internalId() == LINE and parent.column() == 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMNS)

    @staticmethod
    def _under(group: rules.TodayGroup) -> int:
        """How many rows a line opens to: each of its items, even a lone one (the row says
        its urgency and detail, which the line's columns leave out); a provider's line also
        lists its children, each one step from their EOTAS package."""
        if group.is_provider:
            return len(group.items) + len(group.top.children)
        return len(group.items)

    # --- what a row shows ---------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.words[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, ABOUT_COLUMN):
            return row.words[column]  # the whole text when the column is too narrow for it
        if role == Qt.ItemDataRole.ForegroundRole and column == WHEN_COLUMN and row.late:
            return LATE
        if role == Qt.ItemDataRole.FontRole and column == KIND_COLUMN and row.safeguarding:
            return self.bold
        if role == ITEM_ROLE:
            return row.item
        return None

    @property
    def rows_made(self) -> int:
        """How many rows have been made since the list was last filled."""
        return len(self._made)

    def item_at(self, index: Index) -> DashboardItem | None:
        return self.row_at(index).item if index.isValid() else None

    def row_at(self, index: Index) -> Row:
        key = (index.internalId(), index.row())
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._make(*key)
        return made

    def _make(self, where: int, number: int) -> Row:
        if where == LINE:
            return self._line(self.groups[number])
        group = self.groups[where - 1]
        if number < len(group.items):
            item = group.items[number]
            urgency = rules.urgency_words(item, self.today) or "Not dated"
            return self._row(item, (urgency, item.title, self._when(item), self._kind(item), item.detail))
        child_id, name = group.top.children[number - len(group.items)]
        child_item = dataclasses.replace(
            group.top, child_id=child_id, child_name=name, provider_id="", children=()
        )
        words = (name, "Has sessions with this provider", "", "Provider", "Opens the EOTAS package")
        return Row(child_item, words, False, False)

    def _line(self, group: rules.TodayGroup) -> Row:
        top = group.top
        if group.is_provider:
            about = top.detail
        else:
            count = len(group.items)
            about = f"{count} item{'' if count == 1 else 's'} · {top.worker or 'no worker named'}"
        return self._row(top, (group.name, top.title, self._when(top), self._kind(top), about))

    def _row(self, item: DashboardItem, words: tuple[str, str, str, str, str]) -> Row:
        return Row(item, words, rules.is_overdue(item, self.today), item.harm == rules.SAFEGUARDING)

    def _when(self, item: DashboardItem) -> str:
        return f"{item.state(self.today)} ({item.due:%d/%m/%Y})" if item.due else ""

    @staticmethod
    def _kind(item: DashboardItem) -> str:
        if item.harm == rules.SAFEGUARDING:
            return "Safeguarding"
        return rules.KIND_SHORT.get(item.kind, "")
