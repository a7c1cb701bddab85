"""The import dialog's mapping step, in the real window: each unrecognised value listed once
with its rows and a proposed mapping the user changes by keyboard; differences decided;
the choices used by the import, flagged on the children and remembered next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.gui.register_io import ImportDialog
from tests.vault.test_register_import import MESSY_ANNEX_B, csv_text


def open_import(qtbot: QtBot, win: MainWindow, sheet: Path) -> ImportDialog:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = win.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.choose_file = lambda: sheet  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keyboard focus follows, as on a desktop
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def row_of(table: QTableWidget, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def test_the_mapping_step_changes_what_is_imported_and_is_remembered(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path
) -> None:
    win = open_window
    sheet = tmp_path / "messy.csv"
    sheet.write_bytes(MESSY_ANNEX_B)
    dialog = open_import(qtbot, win, sheet)
    assert "12 values to map (5 not clear), 2 differences" in dialog.ui.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Values to &map
    assert dialog.ui.steps.currentWidget() is dialog.ui.mappingTab
    assert dialog.ui.steps.tabText(1) == "Values to &map (12, 5 not clear)"
    table = dialog.ui.mappingTable
    shown = cells(table)
    assert [
        "SEND",
        "SEN support - SLCN",
        "2: lines 3, 4",
        "proposed",
        "SEN support, primary need SLCN",
    ] in shown  # once, with every row it is on
    assert [
        "Sex",
        "x",
        "1: line 5",
        "not clear: please choose",
        "Not mapped: gender not known; the sheet's words kept and flagged",
    ] in shown
    assert [
        "Arrangement (from Reasons)",
        "(blank)",
        "1: line 5",
        "not clear: please choose",
        "Not clear: no arrangement recorded; flagged for tidy-up",
    ] in shown

    # keyboard only: choose the row, then Alt+R to "Record as", then pick an arrangement
    purple = row_of(table, 1, "purple")
    table.setFocus()
    table.selectRow(purple)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.ui.mapTo.hasFocus()
    qtbot.keyClick(dialog.ui.mapTo, Qt.Key.Key_Down)  # first choice after "not mapped"
    assert dialog.ui.mapTo.currentData() == "none"
    qtbot.keyClick(dialog.ui.mapTo, Qt.Key.Key_Down)
    assert dialog.ui.mapTo.currentData() == "suspected"
    purple = row_of(table, 1, "purple")
    assert cells(table)[purple][3:] == ["chosen here", "Suspected / awaiting assessment"]
    blank = row_of(table, 1, "(blank)")
    table.selectRow(blank)
    dialog.ui.mapTo.setCurrentIndex(dialog.ui.mapTo.findData("cme"))
    assert "(11, 3 not clear)" not in dialog.ui.steps.tabText(1)
    assert "12, 3 not clear" in dialog.ui.steps.tabText(1)

    # the same child on two lines: a person picks line 4's hours
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.ui.steps.currentWidget() is dialog.ui.differencesTab
    diffs = dialog.ui.differencesTable
    assert cells(diffs)[0] == [
        "Ayla Dunmere",
        "Hours",
        "line 3: fifty · line 4: 8",
        "line 3 (flagged for a person to decide)",
    ]
    diffs.selectRow(0)
    dialog.ui.keepFrom.setCurrentIndex(dialog.ui.keepFrom.findData(4))
    assert cells(dialog.ui.differencesTable)[0][3] == "line 4 (chosen)"

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.outcome["created"] == 4
    vault = win.vault
    bram = vault.children.get(vault.children.caseload("bram")[0].id).record
    assert bram.send_status == "suspected"
    assert ("send", "purple", "mapped") in {(f.field, f.original, f.kind) for f in bram.tidy_up}
    assert vault.children.caseload("bram")[0].arrangement_type == "cme"
    ayla_id = vault.children.caseload("ayla")[0].id
    current = vault.arrangements.current(ayla_id)
    assert current is not None and current.record.hours_per_week == 8.0
    assert vault.import_mappings.all()[("send", "purple")] == "suspected"

    # next time, the authority's choice is remembered, and said to be
    later = tmp_path / "later.csv"
    later.write_bytes(
        csv_text([["Name", "Date of birth", "SEND"], ["Tamsin Reedwell", "11/01/2014", "PURPLE"]])
    )
    again = open_import(qtbot, win, later)
    assert ["SEND", "PURPLE", "1: line 2", "remembered", "Suspected / awaiting assessment"] in cells(
        again.ui.mappingTable
    )
    again.reject()


def test_the_mapping_step_fits_the_screen(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "messy.csv"
    sheet.write_bytes(MESSY_ANNEX_B)
    dialog = open_import(qtbot, open_window, sheet)
    dialog.ui.steps.setCurrentWidget(dialog.ui.mappingTab)
    screen = open_window.geometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height() - 40
    assert dialog.ui.mapTo.isVisible() and dialog.ui.importButton.isVisible()
