"""Documents in the app: the preview asks which copy and version and prints or saves exactly
that one (audited as such); the visit form marks restricted items and shows what its type
records; the review meeting is recorded for the pack; the pack dialog asks why a section is
left out."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.ehc import AnnualReview, EhcPlan
from cnis_desktop.domain.model import Action
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_child_with_arrangement, finalisable_visit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SECRET = "Disclosed a worry about an uncle (fictional test text)"


def concern_visit(win: MainWindow) -> str:
    assert win.vault is not None
    child_id = add_child_with_arrangement(win.vault)
    stored = win.vault.visits.start(
        finalisable_visit(
            child_id,
            safeguarding_concern=True,
            safeguarding_details=SECRET,
            safeguarding_procedure_shown_at=datetime(2026, 10, 1, 10, tzinfo=UTC),
            actions=[Action("Referral to the front door", "EHE officer", date(2026, 10, 2))],
        )
    )
    win.vault.visits.finalise(stored.id, today=date(2026, 10, 2))
    return stored.id


def text_of(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_preview_asks_which_copy_and_version(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    visit_id = concern_visit(win)
    win.preview_visit(visit_id)
    qtbot.waitUntil(lambda: win.preview_dialog is not None and win.preview_dialog.isVisible(), timeout=10_000)
    dialog = win.preview_dialog
    assert dialog.copy_choice.isVisible() and dialog.audience == "family"
    family = text_of(dialog.data)
    assert SECRET not in family and "Referral to the front door" not in family
    assert "Family copy – safeguarding and third-party information withheld" in family

    dialog.choose("record")
    record = text_of(dialog.data)
    assert SECRET in record and "Referral to the front door" in record
    dialog.confirm_and_choose_path = lambda: tmp_path / "record"  # type: ignore[method-assign]
    saved = dialog.save_with_warning()
    assert saved == tmp_path / "record.pdf" and SECRET in text_of(saved.read_bytes())

    dialog.choose("family", "odt")
    assert dialog.views.currentWidget() is dialog.text_view
    shown = dialog.text_view.toPlainText()
    assert "[withheld]" in shown and SECRET not in shown
    printed = tmp_path / "accessible-printed.pdf"

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog.choose_printer = choose  # type: ignore[method-assign]
    assert dialog.print_with_dialog() >= 1 and printed.exists()
    dialog.confirm_and_choose_path = lambda: tmp_path / "family"  # type: ignore[method-assign]
    saved_odt = dialog.save_with_warning()
    assert saved_odt == tmp_path / "family.odt"
    with zipfile.ZipFile(saved_odt) as package:
        assert SECRET.encode() not in package.read("content.xml")
    assert win.vault is not None
    events = [(e["action"], e["detail"]) for e in win.vault.audit_events() if e["record_id"] == visit_id]
    assert ("preview", "visit summary PDF; family copy, no third-party") in events
    assert ("export", "visit summary PDF; record copy") in events
    assert ("print", "visit summary accessible ODT; family copy, no third-party") in events
    assert ("export", "visit summary accessible ODT; family copy, no third-party") in events


def test_visit_form_marks_restricted_items_and_fits_the_type(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    assert win.vault is not None
    child_id = add_child_with_arrangement(win.vault)
    win.start_visit(child_id)
    page = win.visit_page
    assert page is not None
    assert not page.ui.typeGroup.isVisibleTo(page)  # an EHE visit: no type-only fields
    assert page.ui.judgement.isVisibleTo(page)
    page.ui.visit_type.setCurrentIndex(page.ui.visit_type.findData("social_worker"))
    assert page.ui.family_circumstances.isVisibleTo(page)
    assert not page.ui.judgement.isVisibleTo(page)
    assert not page.ui.provider_findings.isVisibleTo(page)
    page.add_action_row()  # no concern: not restricted
    page.ui.safeguarding_concern.setChecked(True)  # shows the procedure
    page.add_action_row()  # raised with a concern: restricted unless unticked
    for row, what in enumerate(("Send the leaflet", "Strategy discussion")):
        page.ui.actions.item(row, 0).setText(what)
        page.ui.actions.item(row, 1).setText("EHE officer")
    item = page.ui.restricted_fields.item(
        [
            page.ui.restricted_fields.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(page.ui.restricted_fields.count())
        ].index("wellbeing")
    )
    item.setCheckState(Qt.CheckState.Checked)
    visit, problems = page.current_visit()
    assert not problems
    assert [a.restricted for a in visit.actions] == [False, True]
    assert visit.restricted_fields == ["wellbeing"]
    assert visit.visit_type == "social_worker"
    for box in win.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QMessageBox):
        box.close()


def test_review_meeting_is_recorded_for_the_pack(qtbot: QtBot, open_window: MainWindow) -> None:
    from cnis_desktop.documents import review_pack_pdf
    from cnis_desktop.gui.review_meeting_dialog import ReviewMeetingDialog
    from cnis_desktop.reports.pack_options import PackOptions

    win = open_window
    assert win.vault is not None
    vault = win.vault
    child_id = add_child_with_arrangement(vault, send_status="ehc_plan")
    today = date.today()
    plan = vault.ehc.plans.add(EhcPlan(child_id=child_id, final_date=today - timedelta(300)))
    review = vault.ehc.reviews.add(AnnualReview(child_id=child_id, plan_id=plan.id))
    dialog = ReviewMeetingDialog(vault, review.id, parent=win)
    qtbot.addWidget(dialog)
    assert "Advice and information circulated" in dialog.ui.deadlines.text()
    dialog.ui.meeting_date.setText(f"{today - timedelta(days=3):%d/%m/%Y}")
    row = dialog.add_invitee(__import__("cnis_desktop.domain.ehc").domain.ehc.Invitee())
    dialog.ui.invitees.item(row, 0).setText("Perpetua Rushmere")
    dialog.ui.invitees.item(row, 1).setText("SENCo, Brookfield Primary (fictional)")
    dialog.ui.invitees.item(row, 2).setText(f"{today - timedelta(days=20):%d/%m/%Y}")
    dialog.ui.invitees.item(row, 3).setCheckState(Qt.CheckState.Checked)
    row = dialog.add_advice(__import__("cnis_desktop.domain.ehc").domain.ehc.AdviceReceived())
    dialog.ui.advice.item(row, 0).setText("Speech and language therapist")
    dialog.ui.advice.item(row, 2).setText("not a date")
    assert not dialog.save() and "Advice, row 1" in dialog.ui.message.text()
    dialog.ui.advice.item(row, 2).setText(f"{today - timedelta(days=18):%d/%m/%Y}")
    dialog.ui.recommendation.setCurrentIndex(dialog.ui.recommendation.findData("maintain"))
    dialog.ui.differences_of_opinion.setPlainText("None: everyone agreed.")
    assert dialog.save()
    saved = vault.ehc.reviews.get(review.id).record
    assert saved.invitees[0].name == "Perpetua Rushmere" and saved.invitees[0].attended
    assert saved.advice[0].received_on == today - timedelta(days=18)
    assert saved.recommendation == "maintain"
    pdf = review_pack_pdf(
        vault, child_id, PackOptions(today - timedelta(days=365), today, audience="professional")
    )
    text = " ".join(text_of(pdf).split())
    for expected in (
        "Perpetua Rushmere",
        "Speech and language therapist",
        "Maintain the plan unchanged",
        "None: everyone agreed.",
    ):
        assert expected in text, expected


def test_pack_dialog_asks_why_a_section_is_left_out(qtbot: QtBot, open_window: MainWindow) -> None:
    from cnis_desktop.gui.pack_options_dialog import PackOptionsDialog

    dialog = PackOptionsDialog(open_window)
    qtbot.addWidget(dialog)
    dialog.ui.sections.item(1).setCheckState(Qt.CheckState.Unchecked)  # parent views
    dialog.ui.leftOutReason.setText("Shared separately with the family")
    dialog.ui.copy.setCurrentIndex(dialog.ui.copy.findData("professional"))
    options = dialog.read()
    assert options is not None
    assert options.left_out_reasons == {"parent_views": "Shared separately with the family"}
    assert options.audience == "professional" and options.third_party is None
    assert options.copy.third_party  # the professionals' copy keeps it by default
