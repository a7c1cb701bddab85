"""The EOTAS screens driven like a person would: the weekly grid by keyboard alone, closing
a week and amending, the QA form, the chart, the overview and its CSV export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.hours import week_start
from cnis_desktop.gui.eotas_page import EotasPage
from cnis_desktop.gui.hours_chart import BELOW_PLAN, DELIVERED
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_eotas_child
from tests.gui.conftest import click_box, error_text
from tests.vault.test_eotas_store import _entry

THIS_MONDAY = week_start(date.today())


def open_grid(qtbot: QtBot, win: MainWindow) -> tuple[str, list[str]]:
    child, components = add_eotas_child(win.vault, start=THIS_MONDAY - timedelta(weeks=4))
    win.open_child(child)
    qtbot.mouseClick(win.child_page.ui.eotasButton, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.eotas_page
    return child, components


def week_redrawn(page: EotasPage, before: object) -> bool:
    """The cell editor has closed and the page has shown the week again since `before` (its
    cells as they were): each redraw builds the cells afresh."""
    return page.ui.grid.state() != QAbstractItemView.State.EditingState and page.cells is not before


def type_cell(qtbot: QtBot, win: MainWindow, text: str, redraws: bool = True) -> None:
    """Type into the chosen cell and press Enter, then wait until the page has dealt with it.
    The editor's Enter commits on a queued call and the page redraws the week after that: on
    a busy machine both can take longer than any fixed wait, and a key pressed before the
    redraw would be undone by it. In a closed week the commit asks for a reason instead
    (redraws=False): the caller waits for that question."""
    page = win.eotas_page
    assert page is not None
    grid = page.ui.grid
    before = page.cells
    qtbot.keyClicks(grid, text[0])  # a key press opens the cell's editor with that key
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing did not open the cell editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if redraws:
        qtbot.waitUntil(lambda: week_redrawn(page, before), timeout=10_000)
    else:
        qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=10_000)


def test_weekly_grid_by_keyboard_alone(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, (maths, riding) = open_grid(qtbot, win)
    page = win.eotas_page
    page.show_week(THIS_MONDAY - timedelta(weeks=1))
    grid = page.ui.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)  # maths, Monday
    type_cell(qtbot, win, "90")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Wednesday
    type_cell(qtbot, win, "p")
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # riding, Friday
    type_cell(qtbot, win, "d")
    monday = THIS_MONDAY - timedelta(weeks=1)
    entries = {
        (e.entry.component_id, e.entry.entry_date): e.entry
        for e in win.vault.eotas.entries(child, monday, monday + timedelta(6))
    }
    assert entries[(maths, monday)].actual_minutes == 90
    assert entries[(maths, monday + timedelta(2))].status == "cancelled_provider"
    assert entries[(riding, monday + timedelta(4))].actual_minutes == 120  # as planned
    assert "delivered 3.5 h" in page.ui.weekTotals.text()
    # a slip is refused beside the grid and nothing is saved
    grid.setCurrentCell(0, 1)
    type_cell(qtbot, win, "x")
    assert "Not saved" in page.ui.gridMessage.text()
    assert len(win.vault.eotas.entries(child, monday, monday + timedelta(6))) == 3
    # Delete clears an open week's entry
    grid.setCurrentCell(0, 0)
    before = page.cells
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert len(win.vault.eotas.entries(child, monday, monday + timedelta(6))) == 2
    qtbot.waitUntil(lambda: week_redrawn(page, before), timeout=10_000)
    assert grid.item(0, 0).text() == ""
    # Ctrl+PgDown moves a week on
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.monday == THIS_MONDAY


def test_over_24_hours_and_outside_package_refused(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, _ = open_grid(qtbot, win)
    page = win.eotas_page
    page.show_week(THIS_MONDAY - timedelta(weeks=1))
    page.ui.grid.setFocus()
    page.ui.grid.setCurrentCell(0, 0)
    type_cell(qtbot, win, "1500")
    assert "1,440" in page.ui.gridMessage.text()
    page.show_week(THIS_MONDAY - timedelta(weeks=6))  # before the package
    item = page.ui.grid.item(0, 0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert win.vault.eotas.entries(child, THIS_MONDAY - timedelta(weeks=8), THIS_MONDAY) == []


def test_detail_pane_autosaves(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, _ = open_grid(qtbot, win)
    page = win.eotas_page
    page.show_week(THIS_MONDAY - timedelta(weeks=1))
    page.ui.grid.setFocus()
    page.ui.grid.setCurrentCell(0, 0)
    type_cell(qtbot, win, "d")
    page.ui.grid.setCurrentCell(0, 0)
    qtbot.keyClicks(page.ui.what_done, "Fractions with a recipe")
    qtbot.waitUntil(lambda: "Saved" in page.ui.detailStatus.text(), timeout=5000)
    [stored] = win.vault.eotas.entries(child, THIS_MONDAY - timedelta(weeks=1), THIS_MONDAY)
    assert stored.entry.what_done == "Fractions with a recipe"


def test_close_week_then_amend_with_reason(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, _ = open_grid(qtbot, win)
    page = win.eotas_page
    monday = THIS_MONDAY - timedelta(weeks=2)
    page.show_week(monday)
    page.ui.grid.setFocus()
    page.ui.grid.setCurrentCell(0, 0)
    type_cell(qtbot, win, "150")
    qtbot.mouseClick(page.ui.closeWeekButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmCloseWeek", QMessageBox.StandardButton.Yes)
    assert win.vault.eotas.is_closed(child, monday)
    assert "Closed" in page.ui.weekState.text()
    page.ui.grid.setCurrentCell(0, 0)
    type_cell(qtbot, win, "60", redraws=False)  # a closed week asks why instead

    def reason_dialog() -> QInputDialog | None:
        found = page.findChild(QInputDialog, "cellAmendmentReason")
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: reason_dialog() is not None)
    dialog = reason_dialog()
    assert dialog is not None
    dialog.setTextValue("Register shows the session ended early")
    dialog.accept()
    [stored] = win.vault.eotas.entries(child, monday, monday + timedelta(6))
    assert stored.amended and stored.entry.actual_minutes == 60
    qtbot.waitUntil(lambda: "(amended)" in page.ui.grid.item(0, 0).text())


def test_package_set_up_from_nothing(qtbot: QtBot, open_window: MainWindow) -> None:
    from tests.conftest import add_child_with_arrangement

    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.open_eotas(child)
    page = win.eotas_page
    assert page.ui.tabs.currentWidget() is page.ui.packageTab
    page.ui.start_date.setText(f"{THIS_MONDAY:%d/%m/%Y}")
    qtbot.mouseClick(page.ui.savePackageButton, Qt.MouseButton.LeftButton)
    assert win.vault.eotas.package_for(child) is not None
    qtbot.keyClicks(page.ui.name, "Forest school")
    page.ui.activity_type.setCurrentIndex(page.ui.activity_type.findData("enrich_forest"))
    page.ui.planned_hours_per_week.setText("45")
    qtbot.mouseClick(page.ui.saveComponentButton, Qt.MouseButton.LeftButton)
    assert "between 0 and 40" in error_text(page.ui.componentGroup, "planned_hours_per_week")
    page.ui.planned_hours_per_week.setText("3")
    qtbot.mouseClick(page.ui.saveComponentButton, Qt.MouseButton.LeftButton)
    assert [c.record.name for c in win.vault.eotas.components_for(child)] == ["Forest school"]
    assert page.ui.grid.rowCount() == 1


def test_qa_form(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_eotas_child(win.vault)
    win.show_providers()
    page = win.providers_page
    dialog = page.record_qa()
    assert dialog.save() is None
    assert "Choose a rating" in error_text(dialog, "rating")
    dialog.ui.rating.setCurrentIndex(dialog.ui.rating.findData("requires_improvement"))
    dialog.ui.checks_met.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.save() is None
    assert "at least one action" in dialog.ui.message.text()
    qtbot.mouseClick(dialog.ui.addActionButton, Qt.MouseButton.LeftButton)
    dialog.ui.actions.item(0, 0).setText("Show learning plans")
    dialog.ui.actions.item(0, 1).setText("Provider lead")
    dialog.ui.actions.item(0, 2).setText(f"{date.today() + timedelta(14):%d/%m/%Y}")
    assert dialog.save() is not None
    assert page.ui.qaTable.rowCount() == 1
    assert page.ui.qaTable.item(0, 1).text() == "Requires improvement"


def test_provider_alerts_shown(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.show_providers()
    page = win.providers_page
    qtbot.keyClicks(page.ui.name, "Hilltop Horses (fictional)")
    page.ui.dbs_expiry.setText("01/01/2020")
    page.ui.dbs_seen_date.setText("01/01/2021")
    assert not page.save()
    assert "before the date it was seen" in error_text(page.ui.providerGroup, "dbs_expiry")
    page.ui.dbs_seen_date.setText("01/01/2017")
    assert page.save()
    assert "DBS: expired 01/01/2020" in page.ui.alerts.text()


def test_chart_draws_bars(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, (maths, _) = open_grid(qtbot, win)
    for weeks_back in (1, 2, 3):
        day = THIS_MONDAY - timedelta(weeks=weeks_back)
        win.vault.eotas.log(_entry(child, maths, day, minutes=150))
    page = win.eotas_page
    page.ui.tabs.setCurrentWidget(page.ui.hoursTab)
    page.show_hours()
    page.chart.resize(700, 240)
    image = page.chart.grab().toImage()
    bars = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)) in (DELIVERED, BELOW_PLAN)
    )
    assert bars > 100, "no bars were drawn"
    assert "weeks below plan" in page.chart.accessibleDescription()


def test_overview_and_csv_export(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    child, (maths, _) = add_eotas_child(win.vault, start=THIS_MONDAY - timedelta(weeks=4))
    win.vault.eotas.log(_entry(child, maths, THIS_MONDAY - timedelta(weeks=1), minutes=150))
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = win.overview_page
    assert win.stack.currentWidget() is page
    assert page.ui.childrenTable.rowCount() == 1
    assert page.ui.childrenTable.item(0, 0).text() == "Bramwell Oakhurst"
    target = tmp_path / "hours.csv"
    page.choose_export_path = lambda: target  # type: ignore[method-assign]
    assert page.export_with_warning() == target
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    text = data.decode("utf-8-sig")
    assert "Bramwell Oakhurst" in text and f"{THIS_MONDAY - timedelta(weeks=1):%d/%m/%Y}" in text
    assert any(e["action"] == "export" for e in win.vault.audit_events())
