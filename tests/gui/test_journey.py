"""The whole first journey of an EHE officer, in the real windows:
create vault → add child → arrangement → visit typed → finalise → preview → print → save."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import CHILD_FIRST, CHILD_LAST, VISIT_SECRET
from tests.gui.conftest import click_box, error_text


def add_child_by_typing(qtbot: QtBot, win: MainWindow) -> str:
    qtbot.mouseClick(win.caseload_page.ui.addButton, Qt.MouseButton.LeftButton)
    page = win.child_page
    assert page is not None and win.stack.currentWidget() is page
    qtbot.keyClicks(page.ui.legal_first_name, CHILD_FIRST)
    qtbot.keyClicks(page.ui.legal_last_name, CHILD_LAST)
    qtbot.keyClicks(page.ui.date_of_birth, "04/03/2016")
    qtbot.waitUntil(lambda: page.child_id is not None, timeout=5000)
    assert "Saved" in page.ui.saveStatus.text()
    return page.child_id


def add_arrangement(qtbot: QtBot, win: MainWindow) -> None:
    page = win.child_page
    assert page is not None
    page.ui.tabs.setCurrentIndex(1)
    page.ui.type.setCurrentIndex(page.ui.type.findData("ehe"))
    page.ui.start_date.clear()
    qtbot.keyClicks(page.ui.start_date, "01/09/2025")
    qtbot.keyClicks(page.ui.hours_per_week, "12")
    reasons = page.ui.reasons
    for i in range(reasons.count()):
        if reasons.item(i).data(Qt.ItemDataRole.UserRole) == "send_not_met":
            reasons.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.ui.saveArrangementButton, Qt.MouseButton.LeftButton)
    assert page.ui.arrangementsTable.rowCount() == 1
    assert "Saved" in page.ui.arrangementStatus.text()


def test_first_journey(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    assert win.stack.currentWidget() is win.caseload_page
    child_id = add_child_by_typing(qtbot, win)
    add_arrangement(qtbot, win)

    # The caseload lists the child with the arrangement and next contact due.
    win.show_caseload()
    qtbot.keyClicks(win.caseload_page.ui.search, "quill")
    qtbot.waitUntil(lambda: win.caseload_page.model.rowCount() == 1)
    row = win.caseload_page.model.rows[0]
    assert row.arrangement_type == "ehe" and str(row.next_contact_due) == "2025-09-01"

    # Start a visit from the child and type it.
    win.open_child(child_id)
    win.child_page.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(win.child_page.ui.newVisitButton, Qt.MouseButton.LeftButton)
    visit = win.visit_page
    assert visit is not None and win.stack.currentWidget() is visit
    visit.ui.actual_date.clear()
    qtbot.keyClicks(visit.ui.actual_date, "02/10/2026")
    qtbot.keyClicks(visit.ui.present, "Zeph and her father")
    visit.ui.child_seen.setChecked(True)
    qtbot.keyClicks(visit.ui.child_views, VISIT_SECRET)
    qtbot.keyClicks(visit.ui.parent_views, "We follow a weekly plan.")
    visit.ui.judgement.setCurrentIndex(visit.ui.judgement.findData("suitable"))
    qtbot.keyClicks(visit.ui.next_contact_date, "05/01/2027")
    visit.add_action_row()
    table = visit.ui.actions
    table.item(0, 0).setText("Send library card form")
    table.item(0, 1).setText("Alex Officer")
    table.item(0, 2).setText("16/10/2026")
    with qtbot.waitSignal(visit.draft_saved, timeout=5000):
        pass
    saved = win.vault.visits.get(visit.stored.id).record
    assert saved.child_views == VISIT_SECRET and saved.actions[0].who == "Alex Officer"

    # Finalise, confirming in the real message box.
    qtbot.mouseClick(visit.ui.finaliseButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmFinalise", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: visit.stored.is_final)
    assert visit.ui.child_views.isReadOnly()
    assert visit.ui.amendButton.isVisible() and not visit.ui.finaliseButton.isVisible()

    # Preview the summary: rendered in the background, shown from memory.
    qtbot.mouseClick(visit.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.preview_dialog is not None and win.preview_dialog.isVisible(), timeout=10_000)
    dialog = win.preview_dialog
    assert dialog.document.pageCount() >= 1
    dialog.grab().save(str(tmp_path / "preview.png"))

    # Print: the real painting path, to a PDF printer standing in for the paper one.
    printed = tmp_path / "printed.pdf"

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog.choose_printer = choose  # type: ignore[method-assign]
    assert dialog.print_with_dialog() == dialog.document.pageCount()
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    assert re.search(rf"^Pages:\s+{dialog.document.pageCount()}$", info, re.MULTILINE), info

    # Save as PDF: the warning is the seam; the file is written and the save audited.
    target = tmp_path / "saved-summary"
    dialog.confirm_and_choose_path = lambda: target  # type: ignore[method-assign]
    saved_path = dialog.save_with_warning()
    assert saved_path == target.with_suffix(".pdf") and saved_path.read_bytes().startswith(b"%PDF")
    actions = [e["action"] for e in win.vault.audit_events()]
    for expected in ("create", "view", "finalise", "preview", "print", "export"):
        assert expected in actions, expected


def test_cancelled_save_writes_nothing(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    from cnis_desktop.gui.preview import PreviewDialog

    audits: list[str] = []
    dialog = PreviewDialog("t", b"%PDF-1.4\n%%EOF", "x.pdf", audits.append, open_window)
    qtbot.addWidget(dialog)
    dialog.confirm_and_choose_path = lambda: None  # type: ignore[method-assign]
    assert dialog.save_with_warning() is None
    assert audits == [] and list(tmp_path.glob("*.pdf")) == []


def test_amend_a_finalised_visit_with_a_reason(qtbot: QtBot, open_window: MainWindow) -> None:
    from tests.conftest import add_child_with_arrangement, finalisable_visit

    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    stored = win.vault.visits.start(finalisable_visit(child_id))
    win.vault.visits.finalise(stored.id)
    win.open_visit(stored.id)
    page = win.visit_page
    assert page.ui.child_views.isReadOnly()
    qtbot.mouseClick(page.ui.amendButton, Qt.MouseButton.LeftButton)
    assert not page.ui.child_views.isReadOnly()
    page.ui.next_contact_date.setText("")
    qtbot.keyClicks(page.ui.next_contact_date, "15/01/2027")
    assert not page.save_amendment("")  # no reason: refused
    assert page.save_amendment("Typed the wrong month")
    amended = win.vault.visits.get(stored.id)
    assert amended.amendments[0].reason == "Typed the wrong month"
    assert str(amended.effective().next_contact_date) == "2027-01-15"
    assert str(amended.record.next_contact_date) == "2027-04-01"


def test_finalise_refused_with_messages_next_to_fields(qtbot: QtBot, open_window: MainWindow) -> None:
    from tests.conftest import add_child_with_arrangement

    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.start_visit(child_id)
    page = win.visit_page
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "Record a judgement" in error_text(page.ui.scrollBody, "judgement")
    assert "next contact" in error_text(page.ui.scrollBody, "next_contact_date").lower()
    assert "Cannot finalise" in page.ui.saveStatus.text()
    assert page.ui.judgement.hasFocus()  # the first field that needs attention
    assert not win.vault.visits.get(page.stored.id).is_final
