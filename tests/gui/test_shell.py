"""The shell: pages from a table of factories, a sidebar driven by keyboard, the child
header, Back / Esc / Ctrl+Tab / New visit, and a window that fits 960x540."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.model import Child
from cnis_desktop.gui.child_header import child_facts
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_child_with_arrangement, add_eotas_child

SMALL = (960, 540)  # 1920x1080 at 200%
HARD_LIMIT = (1093, 614)  # 1366x768 at 125%


def test_the_sidebar_by_keyboard_alone(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    bar = win.sidebar
    assert bar.isVisible() and bar.names() == ["today", "caseload", "overview", "providers", "sync"]
    assert bar.current_name() == "caseload"
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Up)  # arrows move, nothing opens yet
    assert win.stack.currentWidget() is win.caseload_page
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.dashboard_page
    assert bar.current_name() == "today"
    item = bar.item(0)
    assert item.font().bold() or bar.currentRow() == 0  # marked by more than colour
    assert "Current page" in item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    for _ in range(4):
        qtbot.keyClick(bar, Qt.Key.Key_Down)
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.sync_page
    assert "Not enrolled" in win.sync_page.state.text()
    assert not win.sync_page.resolve_button.isEnabled()  # nothing to resolve
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.caseload_page and bar.current_name() == "caseload"


def test_locking_drops_every_page_the_table_made(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    for show in (win.show_today, win.show_overview, win.show_providers, win.show_sync):
        show()
    win.open_child(child)
    win.open_ehc(child)
    assert {"today", "overview", "providers", "sync", "child", "ehc"} <= {
        name for name in win.pages.names() if win.pages.built(name) is not None
    }
    win.lock()
    assert all(win.pages.built(name) is None for name in win.pages.names())
    assert not win.sidebar.isVisible() and not win.child_header.isVisible()
    assert win.child_header.name.text() == ""  # nothing of the child left on screen


def test_a_child_header_on_every_child_page(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(
        win.vault, preferred_name="Zeph", lead_professional="Sam Worker", safeguarding_flag=True
    )
    eotas_child, _ = add_eotas_child(win.vault)
    win.open_child(child)
    header = win.child_header
    assert header.isVisible()
    text = header.text()
    for fact in (
        "Zeph",
        "Age ",
        "Year ",
        "(KS",
        "Elective home education",
        "SEND: ",
        "Worker: Sam Worker",
        "Safeguarding concern",
    ):
        assert fact in text, fact
    assert header.marker.isVisible() and header.marker.text()  # said in words
    win.start_visit(child)
    assert win.stack.currentWidget() is win.visit_page and header.isVisible()
    assert "Zeph" in header.text()
    win.open_ehc(child)
    assert header.isVisible() and header.child_id == child
    win.open_eotas(eotas_child)
    assert header.child_id == eotas_child and "Bramwell" in header.text()
    assert not header.marker.isVisible()
    win.show_caseload()
    assert not header.isVisible()


def test_child_facts_in_plain_words() -> None:
    facts = child_facts(
        Child(legal_first_name="Rowan", legal_last_name="Ashdown", date_of_birth=date(2015, 1, 23)),
        None,
        date(2026, 11, 20),
    )
    assert facts.name == "Rowan Ashdown" and not facts.safeguarding
    assert facts.facts == [
        "Age 11",
        "Year 7 (KS3)",
        "No open arrangement",
        "SEND: Suspected / awaiting assessment",
        "Worker: not allocated",
    ]


def test_back_escape_and_the_new_visit_key(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.open_child(child)
    page = win.child_page
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.stack.currentWidget() is win.visit_page
    qtbot.keyClick(win, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert win.stack.currentWidget() is page
    # Esc with an unsaved, invalid date stays and says why; once corrected, Esc leaves.
    page.ui.tabs.setCurrentWidget(page.ui.detailsTab)
    page.ui.date_of_birth.setFocus()
    page.ui.date_of_birth.setText("31/02/2016")
    page.details_saver.touch()
    qtbot.keyClick(page.ui.date_of_birth, Qt.Key.Key_Escape)
    assert win.stack.currentWidget() is page
    assert "not saved" in page.ui.saveStatus.text()
    page.ui.date_of_birth.setText("04/03/2016")
    page.details_saver.touch()
    qtbot.keyClick(page.ui.date_of_birth, Qt.Key.Key_Escape)
    assert win.stack.currentWidget() is win.caseload_page


def test_ctrl_tab_moves_between_tabs(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.open_child(add_child_with_arrangement(win.vault))
    tabs = win.child_page.ui.tabs
    tabs.setCurrentIndex(0)
    win.child_page.ui.legal_first_name.setFocus()
    qtbot.keyClick(win.child_page.ui.legal_first_name, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tabs.currentIndex() == 0


def test_fields_and_buttons_shown_only_where_they_apply(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    ehe = add_child_with_arrangement(win.vault, send_status="none")
    eotas, _ = add_eotas_child(win.vault)
    win.open_child(ehe)
    page = win.child_page
    assert not page.ui.eotasButton.isVisibleTo(page)
    assert not page.ui.ehcButton.isVisibleTo(page)  # no SEND identified: no EHC plan
    page.ui.tabs.setCurrentWidget(page.ui.arrangementsTab)
    assert page.ui.reasons.isVisibleTo(page)
    page.ui.type.setCurrentIndex(page.ui.type.findData("part_time"))
    assert not page.ui.reasons.isVisibleTo(page) and not page.ui.reasons_label.isVisibleTo(page)
    win.open_child(eotas)
    assert page.ui.eotasButton.isVisibleTo(page) and page.ui.ehcButton.isVisibleTo(page)
    assert "Version" not in page.ui.saveStatus.text()
    assert "Version" not in page.ui.arrangementStatus.text()
    assert page.ui.arrangementEditor.title() == "This arrangement"


def _fits(widget: QWidget, limit: tuple[int, int]) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= limit[0] and hint.height() <= limit[1]


def test_the_window_and_every_page_fit_960_by_540(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    eotas, _ = add_eotas_child(win.vault)
    openers = [
        win.show_caseload,
        win.show_today,
        win.show_overview,
        win.show_providers,
        win.show_sync,
        lambda: win.open_child(child),
        lambda: win.start_visit(child),
        lambda: win.open_ehc(child),
        lambda: win.open_eotas(eotas),
    ]
    win.resize(*SMALL)
    too_big = []
    for open_page in openers:
        open_page()
        qtbot.wait(10)
        page = win.stack.currentWidget()
        if not _fits(win, SMALL):
            too_big.append(f"window on {page.objectName()}: {win.minimumSizeHint().toTuple()}")
        # A page may be larger than the space left (it scrolls), never over the hard limit.
        if not _fits(page, HARD_LIMIT):
            too_big.append(f"{page.objectName()}: {page.minimumSizeHint().toTuple()}")
        status = win.statusBar()
        assert status.geometry().bottom() <= win.height() and status.isVisible()
    assert not too_big, too_big
    for name in ("child", "caseload", "sync"):  # the shell's own pages fit the small size
        page = win.pages.built(name)
        assert page is not None and _fits(page, SMALL), (name, page.minimumSizeHint())
