"""The 'what, who, by when' table that visits and QA visits share, with a mark for an
action printed only in the record copy (a referral, a strategy meeting…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.model import Action

COLUMNS = ("What", "Who", "By when (dd/mm/yyyy)", "Restricted")
RESTRICTED = 3


def set_up(table: QTableWidget) -> None:
    table.setColumnCount(len(COLUMNS))
    table.setHorizontalHeaderLabels(list(COLUMNS))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in ((1, 170), (2, 160), (RESTRICTED, 100)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    table.verticalHeader().hide()
    header_item = table.horizontalHeaderItem(RESTRICTED)
    if header_item is not None:
        header_item.setToolTip("Ticked: printed only in the record copy, never the family's or "
                               "the professionals'")


def append(table: QTableWidget, action: Action, restricted_by_default: bool = False) -> int:
    """`restricted_by_default`: the mark for an action not yet marked either way (ticked
    while the visit records a safeguarding concern)."""
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate((action.what, action.who, format_user_date(action.due))):
        table.setItem(row, column, QTableWidgetItem(value))
    mark = QTableWidgetItem("record copy only")
    mark.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                  | Qt.ItemFlag.ItemIsSelectable)
    restricted = action.restricted if action.restricted is not None else restricted_by_default
    mark.setCheckState(Qt.CheckState.Checked if restricted else Qt.CheckState.Unchecked)
    table.setItem(row, RESTRICTED, mark)
    return row


def read(table: QTableWidget) -> tuple[list[Action], dict[str, str]]:
    """The filled rows as actions, and a message per row whose date does not read."""
    actions: list[Action] = []
    problems: dict[str, str] = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(3)]
        texts = [(cell.text() if cell is not None else "").strip() for cell in cells]
        if not any(texts):
            continue
        try:
            due = parse_user_date(texts[2])
        except DateProblem as exc:
            problems[f"actions.{row + 1}"] = f"Action {row + 1}: {exc}"
            due = None
        mark = table.item(row, RESTRICTED)
        restricted = mark is not None and mark.checkState() == Qt.CheckState.Checked
        actions.append(Action(texts[0], texts[1], due, restricted))
    return actions, problems
