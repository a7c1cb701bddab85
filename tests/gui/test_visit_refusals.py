"""The visit page's broken paths, mended: a refusal names every problem beside its field
(an action's in its row) and above the form, focuses the first, and says it to assistive
technology; a finalised visit reads as normal text, in local time, with its amendments."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.model import Action
from cnis_desktop.gui import actions_table
from cnis_desktop.gui.style import contrast_ratio
from cnis_desktop.gui.visit_page import VisitPage
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement, finalisable_visit
from tests.gui.conftest import click_box, error_text


def page_for(qtbot: QtBot, vault: Vault, visit_id: str) -> VisitPage:
    page = VisitPage(vault, 0.2, "Call the designated safeguarding lead.")
    # The vault closes before qtbot closes the page: a save still pending must not fire
    # into the next test, against a closed vault.
    qtbot.addWidget(page, before_close_func=lambda widget: widget.saver.cancel())
    page.resize(1366, 700)
    page.show()
    page.activateWindow()  # keyboard focus follows, as on a desktop
    qtbot.waitUntil(page.isActiveWindow)
    page.show_visit(visit_id)
    return page


def draft_with_actions(vault: Vault, *actions: Action) -> str:
    child = add_child_with_arrangement(vault)
    visit = finalisable_visit(child, actions=list(actions))
    return vault.visits.start(visit).id


def test_an_action_due_before_the_visit_is_named_in_its_row(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault, Action("Send reading list", "Officer", date(2026, 9, 1)))
    page = page_for(qtbot, vault, visit_id)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    table = page.ui.actions
    problem = table.item(0, actions_table.PROBLEM)
    assert not table.isColumnHidden(actions_table.PROBLEM)
    assert problem is not None and "due before the visit" in problem.text()
    assert "due before the visit" in table.accessibleDescription()
    assert "due before the visit" in (table.item(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
    summary = page.error_summary
    assert summary.isVisible() and "due before the visit" in summary.text()
    assert "1 problem" in page.ui.saveStatus.text()
    assert table.hasFocus() and table.currentRow() == 0
    assert "due before the visit" in summary.accessibleDescription()  # announced
    assert not vault.visits.get(visit_id).is_final


def test_an_unreadable_action_date_and_a_field_are_both_listed(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault)
    page = page_for(qtbot, vault, visit_id)
    page.add_action_row()
    table = page.ui.actions
    for column, text in enumerate(("Book a follow-up", "Officer", "31/02/2027")):
        table.item(0, column).setText(text)
    page.ui.judgement.setCurrentIndex(0)  # not yet decided
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "not a real date" in table.item(0, actions_table.PROBLEM).text()
    assert "Record a judgement" in error_text(page.ui.scrollBody, "judgement")
    assert "Problem: Record a judgement" in page.ui.judgement.accessibleDescription()
    messages = page.error_summary.messages()
    assert len(messages) == 2 and "2 problems" in page.ui.saveStatus.text()
    assert page.ui.judgement.hasFocus()  # above the actions: first in reading order
    # following the summary's link for the action takes the focus to its row
    page.error_summary.linkActivated.emit("actions.1")
    assert table.hasFocus() and table.currentRow() == 0
    # corrected, the row's problem goes
    table.item(0, 2).setText("28/02/2027")
    page.ui.judgement.setCurrentIndex(page.ui.judgement.findData("suitable"))
    page.save_draft()
    assert table.isColumnHidden(actions_table.PROBLEM)


def test_a_blank_row_between_actions_does_not_shift_the_message(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault, Action("Call GP", "Officer", date(2026, 12, 1)))
    page = page_for(qtbot, vault, visit_id)
    table = page.ui.actions
    table.insertRow(0)  # a blank row above: the action is still "Action 1"
    page.add_action_row()
    for column, text in enumerate(("Visit again", "Officer", "01/01/2020")):
        table.item(2, column).setText(text)
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert table.item(1, actions_table.PROBLEM).text() == ""
    assert "Action 2" in table.item(2, actions_table.PROBLEM).text()


def test_finalised_visit_reads_as_normal_text_with_a_marker(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault, Action("Call GP", "Officer", date(2026, 12, 1)))
    vault.visits.finalise(visit_id)
    page = page_for(qtbot, vault, visit_id)
    banner = page.ui.banner.text()
    assert banner.startswith("Finalised (read-only) on ")
    assert "UTC" not in banner
    finalised_at = vault.visits.get(visit_id).finalised_at
    assert finalised_at is not None
    assert f"{finalised_at.astimezone():%d/%m/%Y %H:%M}" in banner  # local time
    judgement = page.ui.judgement
    assert judgement.isEnabled() and page.ui.actions.isEnabled()  # not greyed out
    palette = judgement.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name()
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Button).name()
    assert contrast_ratio(text, base) >= 4.5
    before = judgement.currentIndex()
    judgement.setFocus()
    qtbot.keyClick(judgement, Qt.Key.Key_Down)
    qtbot.mouseClick(page.ui.child_seen, Qt.MouseButton.LeftButton)
    assert judgement.currentIndex() == before and page.ui.child_seen.isChecked()
    assert page.ui.actions.editTriggers() == page.ui.actions.EditTrigger.NoEditTriggers
    mark = page.ui.actions.item(0, actions_table.RESTRICTED)
    assert not mark.flags() & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.keyClick(judgement, Qt.Key.Key_Tab)
    assert not judgement.hasFocus()  # read-only is no trap
    assert not page.amendmentsButton.isVisible()


def test_each_amendment_can_be_read(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault)
    vault.visits.finalise(visit_id)
    page = page_for(qtbot, vault, visit_id)
    qtbot.mouseClick(page.ui.amendButton, Qt.MouseButton.LeftButton)
    page.ui.next_contact_date.setText("15/01/2027")
    page.ui.judgement.setCurrentIndex(page.ui.judgement.findData("not_yet_shown"))
    assert page.save_amendment("Typed the wrong month")
    assert "Amended once" in page.ui.banner.text()
    assert page.amendmentsButton.isVisible()
    dialog = page.show_amendments()
    assert dialog is not None
    text = dialog.details.toPlainText()  # type: ignore[attr-defined]
    assert "Reason: Typed the wrong month" in text
    assert "01/04/2027 → 15/01/2027" in text
    assert "by Alex Officer" in text
    assert "Suitable →" in text
    dialog.close()


def test_the_time_field_hints_a_time_and_status_is_cleared(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault, Action("Late", "Officer", date(2020, 1, 1)))
    page = page_for(qtbot, vault, visit_id)
    assert page.ui.start_time.placeholderText() == "hh:mm"
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "Cannot finalise" in page.ui.saveStatus.text()
    other = draft_with_actions(vault)
    page.show_visit(other)  # another visit: the old refusal is not about it
    assert page.ui.saveStatus.text() == ""
    assert not page.error_summary.isVisible()
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "confirmFinalise", QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: vault.visits.get(other).is_final)
    assert page.ui.saveStatus.text().startswith("Finalised at")


def test_tab_leaves_the_actions_table(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(
        vault, Action("One", "Officer", date(2026, 12, 1)), Action("Two", "Officer", date(2026, 12, 2))
    )
    page = page_for(qtbot, vault, visit_id)
    table = page.ui.actions
    assert not table.tabKeyNavigation()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1  # the arrows still move inside
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_next_contact_date_far_ahead_named_with_its_field(qtbot: QtBot, vault: Vault) -> None:
    visit_id = draft_with_actions(vault)
    page = page_for(qtbot, vault, visit_id)
    far = date(2026, 10, 1) + timedelta(days=800)
    page.ui.next_contact_date.setText(far.strftime("%d/%m/%Y"))
    qtbot.mouseClick(page.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert "say why" in error_text(page.ui.scrollBody, "next_contact_reason")
    assert page.ui.next_contact_reason.hasFocus()


def test_eotas_grid_says_unplanned_days_without_colour(qtbot: QtBot, vault: Vault) -> None:
    from cnis_desktop.gui.eotas_page import EotasPage
    from tests.conftest import add_eotas_child

    child, _ = add_eotas_child(vault)
    page = EotasPage(vault, 0.2)
    qtbot.addWidget(page)
    page.show()
    page.show_child(child)
    grid = page.ui.grid
    assert not grid.tabKeyNavigation()
    described = {
        grid.item(r, c).data(Qt.ItemDataRole.AccessibleDescriptionRole)
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
    }
    assert "No session planned" in described
    unplanned = [
        grid.item(r, c)
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
        if grid.item(r, c).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "No session planned"
    ]
    assert unplanned[0].background().style() == Qt.BrushStyle.BDiagPattern  # a texture
    assert "Hatched cells: no session planned" in page.ui.legend.text()
