"""EHC page paths: no review cycle for a child without an issued plan (refused, said why),
no stale message left after the state it described changed, and "due soon" readable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.ehc_page import STATUS_COLOURS, EhcPage
from cnis_desktop.gui.style import contrast_ratio
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement


def page_for(qtbot: QtBot, vault: Vault, child_id: str) -> EhcPage:
    page = EhcPage(vault)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.show_child(child_id)
    return page


def test_no_review_cycle_without_an_issued_plan(qtbot: QtBot, vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    page = page_for(qtbot, vault, child)
    qtbot.mouseClick(page.ui.newReviewButton, Qt.MouseButton.LeftButton)
    assert vault.ehc.current_review(child) is None
    message = page.ui.reviewStatus.text()
    assert "No review cycle started" in message and "final plan was issued" in message
    assert page.ui.reviewStatus.accessibleDescription() == message  # announced


def test_a_stale_message_goes_when_the_state_changes(qtbot: QtBot, vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    page = page_for(qtbot, vault, child)
    qtbot.mouseClick(page.ui.newReviewButton, Qt.MouseButton.LeftButton)
    assert page.ui.reviewStatus.text()
    page.ui.final_date.setText("01/03/2026")
    assert page.save_plan()
    assert page.ui.reviewStatus.text() == ""  # no longer true: the plan is issued now
    qtbot.mouseClick(page.ui.newReviewButton, Qt.MouseButton.LeftButton)
    assert vault.ehc.current_review(child) is not None
    assert page.ui.planStatus.text() == ""
    assert page.ui.reviewStatus.text() == "A new review cycle has started."
    other = add_child_with_arrangement(vault, legal_first_name="Orla")
    page.show_child(other)  # another child: nothing said about the first one stays
    assert all(label.text() == "" for label in page._status_labels())


def test_status_colours_are_readable_and_said_in_words(qtbot: QtBot, vault: Vault) -> None:
    for colour in STATUS_COLOURS.values():
        assert contrast_ratio(colour, "#ffffff") >= 4.5
    child = add_child_with_arrangement(vault)
    page = page_for(qtbot, vault, child)
    page.ui.final_date.setText(date(2025, 12, 1).strftime("%d/%m/%Y"))
    assert page.save_plan()
    table = page.ui.deadlinesTable
    assert table.rowCount() > 0
    for row in range(table.rowCount()):
        status = table.item(row, 2)
        assert status is not None and status.text().strip()  # words, not colour alone
