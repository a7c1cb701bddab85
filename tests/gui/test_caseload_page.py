"""The caseload page on a long caseload: a screenful first, then the rest below it, in
surname order; a newer search makes a pending load stale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.caseload_model import COLUMNS
from cnis_desktop.gui.caseload_page import FIRST_SCREEN, CaseloadPage
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import make_child

SURNAMES = ("Ashdown", "Brackley", "Corran", "Dunmere", "Elsworth", "Fernsby", "Garrow")


def add_children(win: MainWindow, count: int) -> None:
    assert win.vault is not None
    with win.vault.atomic():
        for i in range(count):
            win.vault.children.add(
                make_child(legal_first_name=f"Kit{i:03d}", legal_last_name=SURNAMES[i % len(SURNAMES)])
            )


def test_a_long_caseload_shows_a_screenful_then_all_of_it(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    total = FIRST_SCREEN + 60
    add_children(win, total)
    page = win.caseload_page
    page.refresh()
    assert page.model.rowCount() == FIRST_SCREEN  # before the event loop runs again
    first = list(page.model.rows)
    page.ui.table.selectRow(3)
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert page.model.rows[:FIRST_SCREEN] == first  # the rest came in below
    assert page.ui.table.selectionModel().selectedRows()[0].row() == 3  # place kept
    keys = [row.sort_name for row in page.model.rows]
    assert keys == sorted(keys) and keys[0].startswith("ashdown")
    assert page.ui.count.text() == f"{total} children"


def test_a_search_typed_meanwhile_wins_over_the_pending_load(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_children(win, FIRST_SCREEN + 60)
    page = win.caseload_page
    page.refresh()
    page.ui.search.setText("Kit007")
    page.refresh()  # as the debounce would, before the pending load runs
    qtbot.wait(50)
    assert [row.name for row in page.model.rows] == ["Kit007 Ashdown"]
    assert page.ui.count.text() == f"1 of {FIRST_SCREEN + 60} children"


def test_column_titles_and_sorting_by_a_click_on_a_title(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_children(win, 5)
    page = win.caseload_page
    page.refresh()
    header = page.ui.table.horizontalHeader()
    titles = header.model()
    assert [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == list(COLUMNS)
    assert "surname" in titles.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.count() == len(COLUMNS)
    assert not header.isSortIndicatorShown()  # the vault's order: by surname

    def names() -> list[str]:
        return [page.model.data(page.model.index(r, 0)) for r in range(5)]

    def click_title(column: int) -> None:
        x = header.sectionViewportPosition(column) + 10
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    by_surname = names()
    click_title(0)  # the sorted column: reversed
    assert names() == list(reversed(by_surname))
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_title(0)
    assert names() == by_surname and page.model.in_vault_order()
    click_title(2)  # another column: A to Z
    assert page.model.sorted_by == (2, False)
    assert header.sortIndicatorSection() == 2
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    page.ui.table.selectRow(1)  # selecting still works with the header's own model
    assert page.ui.table.selectionModel().selectedRows()[0].row() == 1


def test_the_next_contact_due_is_never_pushed_off(qtbot: QtBot, open_window: MainWindow) -> None:
    """At 960x540 (1920x1080 at 200%) the column that matters is beside the name."""
    win = open_window
    add_children(win, 3)
    win.resize(960, 540)
    win.show_caseload()
    qtbot.wait(50)
    table = win.caseload_page.ui.table
    header = table.horizontalHeader()
    due = COLUMNS.index("Next contact due")
    assert header.visualIndex(due) == 1
    right_edge = header.sectionViewportPosition(due) + header.sectionSize(due)
    assert header.sectionViewportPosition(due) >= 0 and right_edge <= table.viewport().width()


def test_the_child_page_is_built_while_the_caseload_is_read(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_children(win, 2)
    win.show_caseload()
    qtbot.waitUntil(lambda: win.child_page is not None, timeout=3000)
    assert win.stack.currentWidget() is win.caseload_page  # built hidden, not shown
    win.open_child(win.caseload_page.model.id_at(0))
    assert win.stack.currentWidget() is win.child_page
    win.lock()
    assert win.child_page is None  # a lock still drops it with every record page


class _PaintLog(QObject):
    """Rows in the model each time the table's viewport paints."""

    def __init__(self, page: CaseloadPage) -> None:
        super().__init__(page)
        self.page, self.rows_at_paint = page, []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rows_at_paint.append(self.page.model.rowCount())
        return False


def test_the_rest_is_read_after_the_screenful_is_painted(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    total = FIRST_SCREEN + 60
    add_children(win, total)
    page = win.caseload_page
    log = _PaintLog(page)
    page.ui.table.viewport().installEventFilter(log)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert log.rows_at_paint and log.rows_at_paint[0] == FIRST_SCREEN  # the screenful first
    # Once the rest is in, the page stops listening to the table's events.
    heard: list[object] = []
    page.eventFilter = lambda watched, event: heard.append(event) or False  # type: ignore[method-assign]
    paints = len(log.rows_at_paint)
    page.ui.table.viewport().update()
    qtbot.waitUntil(lambda: len(log.rows_at_paint) > paints)
    assert heard == []


def test_a_page_out_of_sight_still_reads_the_rest(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    total = FIRST_SCREEN + 60
    add_children(win, total)
    win.show_today()
    page = win.caseload_page
    assert not page.isVisible()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=2000)  # no paint comes
    assert page.ui.count.text() == f"{total} children"
