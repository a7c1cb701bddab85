"""Capturing a child's views in the real windows: each method, child mode in and out, the
unsafe button, consent; the EHC page and the review pack preview."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.gui.views_widgets import ObservationPanel, ScalePanel, SortPanel
from tests.conftest import add_child_with_arrangement
from tests.gui.conftest import click_box, error_text, message_box


def start_views(qtbot: QtBot, win: MainWindow, method: str) -> str:
    child = add_child_with_arrangement(win.vault)
    win.open_child(child)
    qtbot.mouseClick(win.child_page.ui.ehcButton, Qt.MouseButton.LeftButton)
    page = win.ehc_page
    page.ui.newViewsMethod.setCurrentIndex(page.ui.newViewsMethod.findData(method))
    qtbot.mouseClick(page.ui.newViewsButton, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.views_page
    return child


def say(qtbot: QtBot, win: MainWindow, section: int, words: str, exact: bool = True) -> None:
    part = win.views_page.sections[section]
    part.exact.setChecked(exact)
    qtbot.keyClicks(part.line, words)
    qtbot.keyClick(part.line, Qt.Key.Key_Return)


def finalise(qtbot: QtBot, win: MainWindow) -> None:
    page = win.views_page
    page.ui.read_back.setChecked(True)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmFinaliseViews", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: page.stored is not None and page.stored.is_final)


def stored(win: MainWindow):  # type: ignore[no-untyped-def]
    return win.vault.ehc.views.get(win.views_page.stored.id)


def test_conversation_exact_words_and_summary(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    say(qtbot, win, 0, "I want to learn about volcanoes")
    say(qtbot, win, 0, "Mostly talked about home learning", exact=False)
    finalise(qtbot, win)
    statements = stored(win).record.statements
    assert [(s.text, s.exact_words) for s in statements] == [
        ("I want to learn about volcanoes", True),
        ("Mostly talked about home learning", False),
    ]
    assert win.views_page.ui.finaliseButton.isHidden()


def test_three_houses_child_chooses_where_to_start(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "three_houses")
    mode = win.views_page.enter_child_mode()
    assert mode is not None and mode.isVisible()
    start = mode.findChild(QAbstractButton, "start_dreams")
    assert start is not None
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(mode.entry, "A farm with goats")
    qtbot.keyClick(mode.entry, Qt.Key.Key_Return)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)  # a child cannot leave by Escape
    assert mode.isVisible()
    qtbot.mousePress(mode.exit_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    qtbot.mouseRelease(mode.exit_button, Qt.MouseButton.LeftButton)  # a tap does not exit
    assert mode.isVisible()
    qtbot.mousePress(mode.exit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not mode.isVisible(), timeout=4000)  # held: the worker is back
    qtbot.mouseRelease(mode.exit_button, Qt.MouseButton.LeftButton)
    assert win.views_page.child_mode is None
    say(qtbot, win, 1, "Shouting")
    finalise(qtbot, win)
    record = stored(win).record
    assert record.started_with == "dreams"
    assert [(s.section, s.text) for s in record.statements] == [
        ("dreams", "A farm with goats"),
        ("worries", "Shouting"),
    ]


def test_one_page_profile(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "one_page_profile")
    assert [s.key for s in win.views_page.sections] == ["like_about_me", "important_to_me", "support_me"]
    say(qtbot, win, 2, "Give me time to answer")
    finalise(qtbot, win)
    assert stored(win).record.statements[0].section == "support_me"


def test_scaling_with_questions_the_worker_chooses(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "scaling")
    panel = win.views_page.findChild(ScalePanel)
    qtbot.keyClicks(panel.question, "How much do you enjoy maths?")
    qtbot.keyClick(panel.question, Qt.Key.Key_Return)
    mode = win.views_page.enter_child_mode()
    eight = mode.findChild(QAbstractButton, "face_8")
    assert eight is not None
    qtbot.mouseClick(eight, Qt.MouseButton.LeftButton)
    mode.leave()
    finalise(qtbot, win)
    assert [(a.question, a.value) for a in stored(win).record.scales] == [("How much do you enjoy maths?", 8)]


def test_sorting_cards(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "sorting")
    panel = win.views_page.findChild(SortPanel)
    qtbot.mouseClick(panel.buttons["animals"], Qt.MouseButton.LeftButton)  # like
    assert panel.buttons["animals"].iconSize().width() >= 96  # big enough to tap
    mode = win.views_page.enter_child_mode()
    qtbot.mouseClick(mode.findChild(QAbstractButton, "pile_dont_like"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.findChild(QAbstractButton, "pile_like"), Qt.MouseButton.LeftButton)
    mode.leave()
    finalise(qtbot, win)
    piles = {c.card: c.pile for c in stored(win).record.cards}
    assert piles == {"animals": "like", "reading": "dont_like", "maths": "like"}


def test_observation_is_the_workers_account(qtbot: QtBot, open_window: MainWindow) -> None:
    """Observation has its own fields, no child mode, no exact words and no read-back."""
    win = open_window
    start_views(qtbot, win, "observation")
    page = win.views_page
    assert page.sections == [] and page.findChild(QCheckBox, "exact_observed") is None
    assert not page.ui.childModeButton.isVisible() and page.enter_child_mode() is None
    assert not page.ui.read_back.isVisible()
    panel = page.findChild(ObservationPanel)
    for key, words in (
        ("observed", "Smiled and reached for the sensory tray"),
        ("context", "At home, after lunch, with Mum"),
        ("communication", "Pointing and vocal sounds"),
    ):
        qtbot.keyClicks(panel.fields[key], words)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmFinaliseViews", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: page.stored.is_final)  # no read-back needed
    statements = stored(win).record.statements
    assert [(s.section, s.text, s.exact_words) for s in statements] == [
        ("observed", "Smiled and reached for the sensory tray", False),
        ("context", "At home, after lunch, with Mum", False),
        ("communication", "Pointing and vocal sounds", False),
    ]


def test_child_says_unsafe(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    page = win.views_page
    page.procedure_text = "Ring the Front Door on 01632 960000 now."
    qtbot.mouseClick(page.ui.unsafeButton, Qt.MouseButton.LeftButton)
    box = message_box("unsafeProcedure")
    assert box is not None and "01632 960000" in box.text()
    click_box(qtbot, "unsafeProcedure", QMessageBox.StandardButton.Ok)
    assert "Raised" in page.ui.unsafeState.text()
    assert stored(win).record.unsafe_raised_at is not None
    assert any(e["action"] == "child_said_unsafe" for e in win.vault.audit_events())
    say(qtbot, win, 0, "Someone at the park scares me")
    page.ui.read_back.setChecked(True)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "what the child said" in error_text(page.ui.scrollBody, "unsafe_details")


def test_consent_needs_who_to_share_with(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    page = win.views_page
    say(qtbot, win, 0, "OK")
    page.ui.consent_to_share.setChecked(True)
    page.ui.read_back.setChecked(True)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "Say who" in error_text(page.ui.scrollBody, "share_with")
    qtbot.keyClicks(page.ui.share_with, "The EHC team")
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmFinaliseViews", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: page.stored.is_final)
    record = stored(win).record
    assert record.consent_to_share and record.share_with == "The EHC team"


def test_undo_a_removed_statement(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    say(qtbot, win, 0, "Keep me")
    part = win.views_page.sections[0]
    part.list.setCurrentRow(0)
    qtbot.mouseClick(part.remove, Qt.MouseButton.LeftButton)
    assert part.list.count() == 0
    qtbot.mouseClick(part.undo, Qt.MouseButton.LeftButton)
    assert part.list.item(0).text() == "“Keep me”"


@pytest.mark.slow
def test_ehc_page_plan_outcome_review_and_pack(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.open_ehc(child)
    page = win.ehc_page
    page.ui.tabs.setCurrentWidget(page.ui.planTab)
    qtbot.keyClicks(page.ui.final_date, "01/12/2025")
    qtbot.keyClicks(page.ui.section_a, "Loves trains and drawing")
    qtbot.mouseClick(page.ui.savePlanButton, Qt.MouseButton.LeftButton)
    assert win.vault.ehc.plan_for(child) is not None
    assert "30/11/2026" in page.ui.reviewDue.text()  # 12 months starting with 01/12/2025
    page.ui.tabs.setCurrentWidget(page.ui.outcomesTab)
    qtbot.keyClicks(page.ui.text, "Travels to a club independently")
    qtbot.mouseClick(page.ui.saveOutcomeButton, Qt.MouseButton.LeftButton)
    page.ui.outcomesTable.selectRow(0)
    qtbot.keyClicks(page.ui.note, "Used the bus with a travel buddy")
    page.ui.rating.setCurrentIndex(page.ui.rating.findData("good"))
    qtbot.mouseClick(page.ui.addProgressButton, Qt.MouseButton.LeftButton)
    assert page.ui.progressTable.rowCount() == 1
    page.ui.tabs.setCurrentWidget(page.ui.reviewTab)
    qtbot.mouseClick(page.ui.newReviewButton, Qt.MouseButton.LeftButton)
    page.ui.review_meeting_date.setText(f"{date.today():%d/%m/%Y}")
    qtbot.mouseClick(page.ui.saveReviewButton, Qt.MouseButton.LeftButton)
    steps = [page.ui.deadlinesTable.item(r, 0).text() for r in range(page.ui.deadlinesTable.rowCount())]
    assert any(s.startswith("Review report sent") for s in steps)
    assert any(s.startswith("Decision notified") for s in steps)
    [report] = [s for s in steps if s.startswith("Review report sent")]
    assert report.endswith("\nSEND Regs 2014 r.20(7)")  # each step with its rule
    meeting = page.record_meeting()  # who was invited and came, for the pack
    assert meeting is not None and meeting.isVisible()
    meeting.reject()
    # Recording the decision concludes the review and starts the next cycle by itself.
    first = page.review.id
    page.ui.review_decision_date.setText(f"{date.today():%d/%m/%Y}")
    page.ui.review_decision.setCurrentIndex(page.ui.review_decision.findData("maintain"))
    qtbot.mouseClick(page.ui.saveReviewButton, Qt.MouseButton.LeftButton)
    assert "next cycle has started" in page.ui.reviewStatus.text()
    assert page.review is not None and page.review.id != first
    assert win.vault.ehc.plan_for(child).record.last_review_date == date.today()
    assert "last review decision" in page.ui.reviewDue.text()
    dialog = page.ask_pack_options()
    dialog.ui.periodFrom.setText("01/01/2020")
    dialog.ui.periodTo.setText("01/01/2019")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "on or before" in dialog.ui.message.text() and dialog.isVisible()
    dialog.ui.periodTo.setText(f"{date.today():%d/%m/%Y}")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.preview_dialog is not None and win.preview_dialog.isVisible(), timeout=10_000)
    assert win.preview_dialog.document.pageCount() >= 3
    assert "Review pack" in win.preview_dialog.windowTitle()


def test_views_page_stacks_its_columns_on_a_narrow_window(qtbot: QtBot, open_window: MainWindow) -> None:
    """At 1920x1080 and 200% (960x540 logical) the statements are not cut off at the side:
    the two columns go one above the other, and nothing scrolls sideways."""
    from PySide6.QtWidgets import QBoxLayout

    from cnis_desktop.domain.views import ViewsRecord
    from tests.conftest import add_child_with_arrangement

    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.open_views(win.vault.ehc.views.start(ViewsRecord(child_id=child, method="conversation")).id)
    page = win.views_page
    win.resize(960, 540)
    qtbot.waitUntil(lambda: page.ui.columns.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.wait(20)
    assert page.ui.scroll.horizontalScrollBar().maximum() == 0
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: page.ui.columns.direction() == QBoxLayout.Direction.LeftToRight)
