"""The caseload as a Qt table model (tested without widgets)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..domain import codes
from ..vault.children import CaseloadRow

COLUMNS = ("Name", "Date of birth", "UPN", "Arrangement", "SEND status", "Next contact due")
NEXT_DUE = 5
OVERDUE = QColor("#b10e1e")
NAME_TOOLTIP = "Children are listed by surname, then first name"

Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole
FOREGROUND_ROLE = Qt.ItemDataRole.ForegroundRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseloadModel(QAbstractTableModel):
    ID_ROLE = ID_ROLE

    def __init__(self, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self.today = today or date.today()
        self._sort: tuple[int, bool] = (0, False)  # the column, and whether Z to A

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply_sort()
        self.endResetModel()

    def complete_rows(self, rows: list[CaseloadRow]) -> None:
        """The whole list, when the model holds its first rows: the rest are inserted below
        them (the view keeps its scroll and selection); otherwise the rows are replaced."""
        held = len(self.rows)
        rows = sorted(rows, key=self._key(), reverse=self._reverse())
        if held and len(rows) >= held and rows[:held] == self.rows:
            self.beginInsertRows(QModelIndex(), held, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Qt's entry point (no order: A to Z)."""
        self.sort_rows(column, order == Qt.SortOrder.DescendingOrder)

    def sort_rows(self, column: int, descending: bool) -> None:
        """Sorted here in one Python pass: a sorting proxy would call data() a few hundred
        thousand times on a 5,000-child caseload."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, descending)
        self._apply_sort()
        self.layoutChanged.emit()

    @property
    def sorted_by(self) -> tuple[int, bool]:
        """The column the rows are sorted by, and whether Z to A."""
        return self._sort

    def _apply_sort(self) -> None:
        self.rows.sort(key=self._key(), reverse=self._reverse())

    def _reverse(self) -> bool:
        return self._sort[1]

    def _key(self) -> Callable[[CaseloadRow], Any]:
        column = self._sort[0]
        if column == 0:  # by surname, as the vault lists them (the usual order, kept cheap)
            return lambda row: row.sort_name or row.name.casefold()
        return lambda row: self._sort_key(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        """The column titles, and the name column's order in its tooltip."""
        if role not in (DISPLAY_ROLE, TOOLTIP_ROLE) or orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY_ROLE:
            return COLUMNS[section]
        return NAME_TOOLTIP if section == 0 else None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # The view asks for a dozen roles per cell on every paint: the role is looked at
        # first, as a plain int, and the row only for the roles this model answers.
        if role == DISPLAY_ROLE:
            return self._display(self.rows[index.row()], index.column())
        if role in (FOREGROUND_ROLE, TOOLTIP_ROLE):
            if index.column() != NEXT_DUE or not self._overdue(self.rows[index.row()]):
                return None
            # Said in words too ("(overdue)" in the text, "Overdue" as its tooltip).
            return OVERDUE if role == FOREGROUND_ROLE else "Overdue"
        if role == ID_ROLE:
            return self.rows[index.row()].id
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

    def in_vault_order(self) -> bool:
        """True when the rows are shown in the order the vault lists them (surname, A to Z),
        so the first rows from the vault are the first rows on screen."""
        return self._sort == (0, False)

    def id_at(self, row: int) -> str:
        return self.rows[row].id
