"""The caseload page on a long caseload: a screenful first, then the rest below it, in
surname order; a newer search makes a pending load stale."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cnis_desktop.gui.caseload_page import FIRST_SCREEN
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import make_child

SURNAMES = ("Ashdown", "Brackley", "Corran", "Dunmere", "Elsworth", "Fernsby", "Garrow")


def add_children(win: MainWindow, count: int) -> None:
    assert win.vault is not None
    with win.vault.atomic():
        for i in range(count):
            win.vault.children.add(make_child(legal_first_name=f"Kit{i:03d}",
                                              legal_last_name=SURNAMES[i % len(SURNAMES)]))


def test_a_long_caseload_shows_a_screenful_then_all_of_it(qtbot: QtBot,
                                                         open_window: MainWindow) -> None:
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


def test_a_search_typed_meanwhile_wins_over_the_pending_load(qtbot: QtBot,
                                                           open_window: MainWindow) -> None:
    win = open_window
    add_children(win, FIRST_SCREEN + 60)
    page = win.caseload_page
    page.refresh()
    page.ui.search.setText("Kit007")
    page.refresh()  # as the debounce would, before the pending load runs
    qtbot.wait(50)
    assert [row.name for row in page.model.rows] == ["Kit007 Ashdown"]
    assert page.ui.count.text() == f"1 of {FIRST_SCREEN + 60} children"
