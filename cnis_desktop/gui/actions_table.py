"""The 'what, who, by when' table that visits and QA visits share."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.model import Action

COLUMNS = ("What", "Who", "By when (dd/mm/yyyy)")


def set_up(table: QTableWidget) -> None:
    table.setColumnCount(len(COLUMNS))
    table.setHorizontalHeaderLabels(list(COLUMNS))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, 170)
    header.resizeSection(2, 160)
    table.verticalHeader().hide()


def append(table: QTableWidget, action: Action) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate((action.what, action.who, format_user_date(action.due))):
        table.setItem(row, column, QTableWidgetItem(value))
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
        actions.append(Action(texts[0], texts[1], due))
    return actions, problems
