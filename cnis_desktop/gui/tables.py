"""Read-only tables of records: one row per record, its id on every cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def fill_table(
    table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]], ids: Sequence[object]
) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, (values, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # a long value cut short in its cell is read whole here
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def select_by_id(table: QTableWidget, record_id: object) -> bool:
    for r in range(table.rowCount()):
        cell = table.item(r, 0)
        if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == record_id:
            table.selectRow(r)
            return True
    return False
