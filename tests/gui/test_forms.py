"""Validation next to the field, autosave, search as you type, the safeguarding prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.model import Child
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_child_with_arrangement
from tests.gui.conftest import click_box, error_text, message_box


def test_weak_passphrase_refused_with_reasons(qtbot: QtBot, window: MainWindow) -> None:
    page = window.setup_page
    qtbot.keyClicks(page.ui.user_name, "Alex")
    qtbot.keyClicks(page.ui.passphrase, "password")
    assert page.ui.strengthText.text() in {"Very weak", "Weak"}
    qtbot.keyClicks(page.ui.confirm, "password")
    qtbot.mouseClick(page.ui.createButton, Qt.MouseButton.LeftButton)
    assert "12 characters" in page.ui.message.text()
    assert window.vault is None and not window.vault_path.exists()


def test_child_fields_show_their_own_errors(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.new_child()
    page = win.child_page
    qtbot.keyClicks(page.ui.legal_first_name, "Wren")
    qtbot.keyClicks(page.ui.legal_last_name, "Oakhurst")
    qtbot.keyClicks(page.ui.date_of_birth, "31/02/2016")
    qtbot.keyClicks(page.ui.nhs_number, "9434765918")
    qtbot.waitUntil(lambda: "not a real date" in error_text(page.ui.detailsBody, "date_of_birth"))
    assert "check digit" in error_text(page.ui.detailsBody, "nhs_number")
    assert error_text(page.ui.detailsBody, "legal_first_name") == ""
    assert page.child_id is None and win.vault.children.count() == 0
    # correcting both saves the record, and the messages go away
    page.ui.date_of_birth.clear()
    qtbot.keyClicks(page.ui.date_of_birth, "28/02/2016")
    page.ui.nhs_number.clear()
    qtbot.keyClicks(page.ui.nhs_number, "943 476 5919")
    qtbot.waitUntil(lambda: page.child_id is not None, timeout=5000)
    assert error_text(page.ui.detailsBody, "nhs_number") == ""
    assert win.vault.children.get(page.child_id).record.nhs_number == "943 476 5919"


def test_back_with_invalid_edits_warns_once(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    page = win.child_page
    page.ui.date_of_birth.clear()
    qtbot.keyClicks(page.ui.date_of_birth, "01/01/2001")
    qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is page
    assert "compulsory school age" in error_text(page.ui.detailsBody, "date_of_birth")
    qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.caseload_page
    assert str(win.vault.children.get(child_id).record.date_of_birth) == "2016-03-04"


def test_arrangement_errors_next_to_fields(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    page = win.child_page
    page.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.ui.newArrangementButton, Qt.MouseButton.LeftButton)
    page.ui.type.setCurrentIndex(page.ui.type.findData("part_time"))
    page.ui.start_date.setText("01/05/2026")
    qtbot.keyClicks(page.ui.end_date, "01/04/2026")
    qtbot.keyClicks(page.ui.hours_per_week, "45")
    qtbot.mouseClick(page.ui.saveArrangementButton, Qt.MouseButton.LeftButton)
    assert "before the start" in error_text(page.ui.arrangementEditor, "end_date")
    assert "between 0 and 40" in error_text(page.ui.arrangementEditor, "hours_per_week")
    assert len(win.vault.arrangements.for_child(child_id)) == 1


def test_search_as_you_type_and_filters(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_child_with_arrangement(win.vault)
    add_child_with_arrangement(
        win.vault, legal_first_name="Bramwell", legal_last_name="Oakhurst", send_status="ehc_plan"
    )
    win.show_caseload()
    page = win.caseload_page
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.ui.search, "bram")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].name == "Bramwell Oakhurst"
    page.ui.search.clear()
    page.ui.sendFilter.setCurrentIndex(page.ui.sendFilter.findData("sen_support"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].name == "Zephyrine Quillfeather"
    assert page.ui.count.text() == "1 of 2 children"
    # Enter on the row opens the child
    page.ui.table.selectRow(0)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.child_page


def test_safeguarding_prompt_is_shown_and_recorded(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.settings.safeguarding_procedure = "Ring the Front Door on 01632 960000 today."
    child_id = add_child_with_arrangement(win.vault)
    win.start_visit(child_id)
    page = win.visit_page
    page.procedure_text = win.settings.safeguarding_procedure
    page.ui.scroll.ensureWidgetVisible(page.ui.safeguarding_concern)
    qtbot.keyClick(page.ui.safeguarding_concern, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: message_box("safeguardingProcedure") is not None)
    assert "01632 960000" in message_box("safeguardingProcedure").text()
    click_box(qtbot, "safeguardingProcedure", QMessageBox.StandardButton.Ok)
    assert "procedure shown" in page.ui.safeguardingShown.text()
    with qtbot.waitSignal(page.draft_saved, timeout=5000):
        pass
    saved = win.vault.visits.get(page.stored.id).record
    assert saved.safeguarding_concern and saved.safeguarding_procedure_shown_at is not None
    assert any(e["action"] == "safeguarding_procedure_shown" for e in win.vault.audit_events())


def test_discard_draft_asks_first(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.start_visit(child_id)
    visit_id = win.visit_page.stored.id
    qtbot.mouseClick(win.visit_page.ui.discardButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmDiscard", QMessageBox.StandardButton.Cancel)
    assert win.vault.visits.get(visit_id)
    qtbot.mouseClick(win.visit_page.ui.discardButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmDiscard", QMessageBox.StandardButton.Discard)
    assert win.vault.visits.for_child(child_id) == []
    assert win.stack.currentWidget() is win.child_page


def test_child_record_edit_is_versioned(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    page = win.child_page
    qtbot.keyClicks(page.ui.preferred_name, "Zeph")
    qtbot.waitUntil(lambda: page.base_version == 2, timeout=5000)
    stored = win.vault.children.get(child_id)
    assert stored.record.preferred_name == "Zeph" and isinstance(stored.record, Child)
    assert page.ui.childName.text() == "Zeph Quillfeather"
