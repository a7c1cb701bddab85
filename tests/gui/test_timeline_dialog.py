"""Tools → Statutory timeline: pick the process, type the dates, see every step with its rule;
errors beside the field; keyboard only; fits a 1366×768 screen at 125%."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.processes import PROCESSES
from cnis_desktop.domain.timeline import Rules
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.gui.timeline_dialog import TimelineDialog
from tests.gui.conftest import error_text

TODAY = date(2026, 11, 23)


def make(qtbot: QtBot) -> TimelineDialog:
    dialog = TimelineDialog(Rules(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keyboard focus follows, as on a desktop
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def rows(dialog: TimelineDialog) -> list[list[str]]:
    table = dialog.steps
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_type_the_dates_and_see_every_step_with_its_rule(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.choose("ehc-assessment")
    field = dialog.form.inputs["requested"]
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "05/01/2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the default button
    found = rows(dialog)
    assert found[1][:3] == [
        "16/02/2026",
        "Decision whether to assess notified (at the latest)",
        "SEND Regs 2014 r.5(1)",
    ]
    assert found[-1][:3] == ["25/05/2026", "Final EHC plan issued (at the latest)", "SEND Regs 2014 r.13(2)"]
    assert "agreed to assess: not yet known" in dialog.facts.text()


def test_a_warning_is_said_in_words(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.choose("annual-review")
    for name, text in (("plan_issued", "15/03/2025"), ("meeting", "01/03/2026")):
        qtbot.keyClicks(dialog.form.inputs[name], text)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    meeting = next(r for r in rows(dialog) if r[1] == "Review meeting")
    assert meeting[3].startswith("Warning: A meeting on 01/03/2026 leaves too little time")


def test_errors_show_beside_the_field_and_nothing_is_lost(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.choose("school-age")
    dob = dialog.form.inputs["dob"]
    qtbot.keyClicks(dob, "31/02/2020")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert error_text(dialog.form, "dob") == "31/02/2020 is not a real date."
    assert dialog.steps.rowCount() == 0 and dialog.shown is None
    assert isinstance(dob, QLineEdit) and dob.text() == "31/02/2020"  # kept for correcting
    assert QApplication.focusWidget() is dob
    dob.clear()
    qtbot.keyClicks(dob, "01/09/2020")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert error_text(dialog.form, "dob") == ""
    assert any(r[0] == "31/12/2025" for r in rows(dialog))


def test_a_missing_required_date_is_named(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.choose("absence")
    qtbot.keyClicks(dialog.form.inputs["possible"], "190")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert error_text(dialog.form, "missed") == "Sessions missed is needed."
    qtbot.keyClicks(dialog.form.inputs["missed"], "19")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert "persistent absence: yes" in dialog.facts.text()


def test_keyboard_only(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.process.setFocus()
    # Down on the process list moves to the next process: the annual review.
    qtbot.keyClick(dialog.process, Qt.Key.Key_Down)
    assert dialog.process.currentData() == "annual-review"
    qtbot.keyClick(dialog.process, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.inputs["plan_issued"]
    qtbot.keyClicks(QApplication.focusWidget(), "15/03/2025")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert rows(dialog)[0][0] == "15/03/2025"
    # Tab reaches the results and leaves them again: no trap.
    seen = set()
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert dialog.steps in seen and dialog.close_button in seen and dialog.process in seen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_field_is_labelled_and_named(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    for code, process in PROCESSES.items():
        form = dialog.forms[code]
        assert [spec.name for spec in process.fields] == list(form.inputs)
        for spec in process.fields:
            widget = form.inputs[spec.name]
            label = form.labels[spec.name]
            assert isinstance(label, QLabel) and label.buddy() is widget and label.isVisibleTo(form)
            assert spec.label in label.text()
            assert widget.accessibleName() == spec.label
            if isinstance(widget, QComboBox):
                assert widget.count() == len(spec.choices)
    assert dialog.steps.accessibleName() and dialog.process.accessibleName() == "Process"


def test_fits_1366_by_768_at_125_percent(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    room_w, room_h = int(1366 / 1.25), int(768 / 1.25) - 40  # less a title bar
    for code in PROCESSES:
        dialog.choose(code)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= room_w and hint.height() <= room_h, (code, hint)
    assert dialog.width() <= room_w and dialog.height() <= room_h


def test_opened_from_the_tools_menu_with_its_own_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    action = window.timeline_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    others = [
        a.shortcut()
        for a in window.findChildren(type(action))
        if a is not action and not a.shortcut().isEmpty()
    ]
    assert action.shortcut() not in others
    assert action.isEnabled()  # reads no records: there even before unlocking
    action.trigger()
    dialog = window.timeline_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.parent() is window
