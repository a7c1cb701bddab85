"""The visit page asks who raised a concern only on a visit made because of one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_child_with_arrangement


def test_concern_raised_by_only_with_a_concern(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.start_visit(child)
    page = win.visit_page
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    basis, field, label = page.ui.basis, page.ui.concern_raised_by, page.ui.concern_raised_by_label
    assert basis.currentData() == "routine"
    assert not field.isVisible() and not label.isVisible()
    basis.setCurrentIndex(basis.findData("concern"))
    assert field.isVisible() and label.isVisible()
    field.setText("Neighbour, by telephone")
    basis.setCurrentIndex(basis.findData("routine"))
    assert not field.isVisible()
    assert field.text() == "Neighbour, by telephone"  # hidden, not lost
    basis.setCurrentIndex(basis.findData("concern"))
    page.save_draft()
    visit_id = page.stored.id if page.stored else ""
    win.show_caseload()
    win.open_visit(visit_id)  # shown again as saved: a concern visit shows who raised it
    assert page.ui.concern_raised_by.isVisible()
    assert page.ui.concern_raised_by.text() == "Neighbour, by telephone"
