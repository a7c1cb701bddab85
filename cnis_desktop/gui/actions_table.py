"""The 'what, who, by when' table that visits and QA visits share, with a mark for an
action printed only in the record copy (a referral, a strategy meeting…), and a column that
says, in the row, what is wrong with an action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.model import Action
from .style import ERROR_COLOUR

COLUMNS = ("What", "Who", "Due (dd/mm/yyyy)", "Restricted", "Problem")
RESTRICTED = 3
PROBLEM = 4
EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def set_up(table: QTableWidget) -> None:
    table.setColumnCount(len(COLUMNS))
    table.setHorizontalHeaderLabels(list(COLUMNS))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Narrow fixed columns so that What keeps most of the width at 200% scale too.
    for column, width in ((1, 110), (2, 125), (RESTRICTED, 90), (PROBLEM, 220)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    table.setColumnHidden(PROBLEM, True)  # shown only while a row has a problem
    table.verticalHeader().hide()
    table.setWordWrap(True)
    # Tab leaves the table (no keyboard trap); the arrow keys still move between cells.
    table.setTabKeyNavigation(False)
    table.setEditTriggers(EDITING)
    header_item = table.horizontalHeaderItem(RESTRICTED)
    if header_item is not None:
        header_item.setToolTip(
            "Ticked: printed only in the record copy, never the family's or the professionals'"
        )
    due_item = table.horizontalHeaderItem(2)
    if due_item is not None:
        due_item.setToolTip("The date by which the action is due, as dd/mm/yyyy")


def set_read_only(table: QTableWidget, read_only: bool) -> None:
    """A finalised record's actions stay readable (normal text, focusable, scrollable) but
    cannot be changed: disabling the table would draw it in grey at 1.5:1."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDITING)
    table.blockSignals(True)  # a change of mode is not an edit of the record
    try:
        for row in range(table.rowCount()):
            mark = table.item(row, RESTRICTED)
            if mark is not None:
                mark.setFlags(_mark_flags(editable=not read_only))
    finally:
        table.blockSignals(False)


def _mark_flags(editable: bool) -> Qt.ItemFlag:
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    return flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags


def append(table: QTableWidget, action: Action, restricted_by_default: bool = False) -> int:
    """`restricted_by_default`: the mark for an action not yet marked either way (ticked
    while the visit records a safeguarding concern)."""
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate((action.what, action.who, format_user_date(action.due))):
        table.setItem(row, column, QTableWidgetItem(value))
    # No text beside the box (the column says what it means): a screen reader hears the
    # header, the state, and this name.
    mark = QTableWidgetItem("")
    mark.setData(Qt.ItemDataRole.AccessibleTextRole, "Printed in the record copy only")
    mark.setFlags(_mark_flags(editable=True))
    restricted = action.restricted if action.restricted is not None else restricted_by_default
    mark.setCheckState(Qt.CheckState.Checked if restricted else Qt.CheckState.Unchecked)
    table.setItem(row, RESTRICTED, mark)
    return row


def filled_rows(table: QTableWidget) -> list[int]:
    """The rows that hold an action, in order: action N (as messages count them) is row
    filled_rows()[N - 1], blank rows between them being skipped."""
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, c) for c in range(3)]
        if any((cell.text() if cell is not None else "").strip() for cell in cells):
            rows.append(row)
    return rows


def read(table: QTableWidget) -> tuple[list[Action], dict[str, str]]:
    """The filled rows as actions, and a message per action whose date does not read
    (keyed "actions.N", N counting actions as the validation does)."""
    actions: list[Action] = []
    problems: dict[str, str] = {}
    for number, row in enumerate(filled_rows(table), start=1):
        cells = [table.item(row, c) for c in range(3)]
        texts = [(cell.text() if cell is not None else "").strip() for cell in cells]
        try:
            due = parse_user_date(texts[2])
        except DateProblem as exc:
            problems[f"actions.{number}"] = f"Action {number}, by when: {exc}"
            due = None
        mark = table.item(row, RESTRICTED)
        restricted = mark is not None and mark.checkState() == Qt.CheckState.Checked
        actions.append(Action(texts[0], texts[1], due, restricted))
    return actions, problems


def show_problems(table: QTableWidget, errors: dict[str, str]) -> int | None:
    """Say in each action's own row what is wrong with it (in words, not colour alone), and
    describe the row's cells for a screen reader. Returns the first row with a problem."""
    rows = filled_rows(table)
    by_row: dict[int, str] = {}
    for key, message in errors.items():
        if key.startswith("actions.") and key[8:].isdigit():
            number = int(key[8:])
            if 1 <= number <= len(rows):
                by_row[rows[number - 1]] = message
    table.blockSignals(True)  # writing the messages is not an edit of the visit
    try:
        for row in range(table.rowCount()):
            message = by_row.get(row, "")
            item = QTableWidgetItem(f"Problem: {message}" if message else "")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            item.setToolTip(message)
            table.setItem(row, PROBLEM, item)
            for column in range(PROBLEM):
                cell = table.item(row, column)
                if cell is not None:
                    cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, message)
    finally:
        table.blockSignals(False)
    table.setColumnHidden(PROBLEM, not by_row)
    if by_row:
        table.resizeRowsToContents()
    whole = errors.get("actions", "")
    described = [whole] if whole else []
    described += [by_row[row] for row in sorted(by_row)]
    table.setAccessibleDescription(" ".join(described))
    return min(by_row) if by_row else None
