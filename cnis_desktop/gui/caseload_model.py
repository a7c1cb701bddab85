"""The caseload as a Qt table model (tested without widgets)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain import codes
from ..vault.children import CaseloadRow

COLUMNS = ("Name", "Date of birth", "UPN", "Arrangement", "SEND status", "Next contact due")
OVERDUE = QColor("#b10e1e")

Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.rows: list[CaseloadRow] = []
        self.today = today or date.today()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python pass: a sorting proxy would call data() a few hundred
        thousand times on a 5,000-child caseload."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        self.rows.sort(key=lambda row: self._sort_key(row, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and self._overdue(row):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and self._overdue(row):
            return "Overdue"
        return None

    def _overdue(self, row: CaseloadRow) -> bool:
        return row.next_contact_due is not None and row.next_contact_due < self.today

    def _display(self, row: CaseloadRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return f"{row.date_of_birth:%d/%m/%Y}" if row.date_of_birth else ""
        if column == 2:
            return row.upn
        if column == 3:
            return codes.ARRANGEMENT_TYPE.label(row.arrangement_type) or "None open"
        if column == 4:
            return codes.SEND_STATUS.label(row.send_status)
        if row.next_contact_due is None:
            return ""
        text = f"{row.next_contact_due:%d/%m/%Y}"
        return f"{text} (overdue)" if self._overdue(row) else text

    def _sort_key(self, row: CaseloadRow, column: int) -> Any:
        if column in (1, 5):
            value = row.date_of_birth if column == 1 else row.next_contact_due
            return value.isoformat() if value else "9999"
        return self._display(row, column).casefold()

    def id_at(self, row: int) -> str:
        return self.rows[row].id
