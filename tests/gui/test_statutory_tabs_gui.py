"""On the child, in the real window: consent to home educate (request, deadline, decision,
Today), the children not in school register, and imported values to check."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault.registers import apply_import, plan_import
from tests.conftest import add_child_with_arrangement
from tests.gui.conftest import error_text
from tests.vault.test_register_import import MESSY_ANNEX_B

TODAY = date.today()


def text(index: QModelIndex, column: int) -> str:
    return str(index.siblingAtColumn(column).data() or "")


def today_rows(win: MainWindow, prefix: str) -> list[QModelIndex]:
    """The rows on Today, under every line, whose title starts with the prefix."""
    page = win.dashboard_page
    return [row for line in page.lines() for row in page.rows_of(line) if text(row, 1).startswith(prefix)]


def test_consent_request_on_the_child_its_deadline_and_today(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault, social_care_status="cp_plan")
    win.open_child(child)
    page = win.child_page
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Consent to &withdraw
    tab = page.consent_tab
    assert page.ui.tabs.currentWidget() is tab
    checked = [
        tab.ui.grounds.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(tab.ui.grounds.count())
        if tab.ui.grounds.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["cp_plan"]  # from the child's social-care status
    qtbot.keyClicks(tab.ui.school, "Oakfield Special School")
    qtbot.keyClicks(tab.ui.requested_on, "31/02/2026")
    assert not tab.save()
    assert "not a real date" in error_text(tab, "requested_on")  # beside the field
    assert tab.ui.school.text() == "Oakfield Special School"  # nothing typed is lost
    tab.ui.requested_on.clear()
    asked = TODAY - timedelta(days=3)
    qtbot.keyClicks(tab.ui.requested_on, f"{asked:%d/%m/%Y}")
    qtbot.mouseClick(tab.ui.saveConsentButton, Qt.MouseButton.LeftButton)
    assert error_text(tab, "requested_on") == "" and tab.ui.consentTable.rowCount() == 1
    due = asked + timedelta(days=15)
    assert f"Decision due by {due:%d/%m/%Y} – 12 days left" in tab.ui.consentDue.text()

    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Today
    [row] = today_rows(win, "Consent to home educate")
    assert text(row, 1) == "Consent to home educate: not yet decided"
    assert text(row, 2) == f"12 days left ({due:%d/%m/%Y})"
    win.dashboard_page.ui.items.setCurrentIndex(row)
    qtbot.keyClick(win.dashboard_page.ui.items, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is page and page.ui.tabs.currentWidget() is tab

    tab.ui.decision.setCurrentIndex(tab.ui.decision.findData("refused"))
    qtbot.keyClicks(tab.ui.decided_on, f"{TODAY:%d/%m/%Y}")
    assert not tab.save()
    assert error_text(tab, "reasons") == "Record the reasons for the decision."
    qtbot.keyClicks(tab.ui.reasons, "Child protection plan in place; school is part of it.")
    assert tab.save()
    assert "Consent refused on" in tab.ui.consentDue.text()
    [stored] = win.vault.register.consent_for(child)
    assert (stored.record.decision, stored.record.school) == ("refused", "Oakfield Special School")
    win.show_today()
    assert today_rows(win, "Consent to home educate") == []


def test_typed_consent_is_saved_when_leaving_the_child(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault, social_care_status="s47")
    win.open_child(child)
    tab = win.child_page.consent_tab
    win.child_page.show_place("consent")
    qtbot.keyClicks(tab.ui.requested_on, f"{TODAY:%d/%m/%Y}")
    win.show_caseload()  # leaves before the autosave's pause
    [stored] = win.vault.register.consent_for(child)
    assert stored.record.grounds == ["s47"] and stored.record.requested_on == TODAY


def test_register_tab_parents_providers_and_the_change_prompt(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    win.open_child(child)
    page = win.child_page
    page.show_place("visits")
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Re&gister
    tab = page.register_tab
    assert page.ui.tabs.currentWidget() is tab
    qtbot.mouseClick(tab.ui.addParentButton, Qt.MouseButton.LeftButton)
    parents = tab.ui.parentsTable
    assert parents.rowCount() == 1 and parents.currentRow() == 0
    parents.item(0, 0).setText("Ada Quillfeather")
    parents.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert parents.item(0, 3).text() == "Yes"  # in words, not by the tick alone
    parents.item(0, 4).setText("lots")
    qtbot.mouseClick(tab.ui.addProviderButton, Qt.MouseButton.LeftButton)
    providers = tab.ui.providersTable
    for column, text in enumerate(("Bright Tutors", "", "Tutor", "https://bright.example", "6", "4")):
        providers.item(0, column).setText(text)
    changed = TODAY - timedelta(days=2)
    qtbot.keyClicks(tab.ui.change_on, f"{changed:%d/%m/%Y}")
    assert not tab.save()
    assert "Parent 1, hours a week: enter a number" in tab.ui.registerProblems.text()
    parents.item(0, 4).setText("20")
    assert tab.save() and tab.ui.registerProblems.text() == ""
    entry = win.vault.register.entry_for(child)
    assert entry is not None
    assert [(p.name, p.provides_education, p.hours_per_week) for p in entry.record.parents] == [
        ("Ada Quillfeather", True, 20.0)
    ]
    assert entry.record.providers[0].hours_without_parent == 4.0
    due = changed + timedelta(days=15)
    assert f"due by {due:%d/%m/%Y} – 13 days left" in tab.ui.changeDue.text()
    win.open_child(child)  # shown again as saved
    assert tab.ui.parentsTable.item(0, 0).text() == "Ada Quillfeather"
    assert tab.ui.providersTable.item(0, 3).text() == "https://bright.example"


def test_imported_values_to_check_are_on_the_child(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    apply_import(win.vault, plan_import(win.vault, MESSY_ANNEX_B, "annex-b"))
    bram = win.vault.children.caseload("bram")[0].id
    win.open_child(bram)
    page = win.child_page
    flags = win.vault.children.get(bram).record.tidy_up
    assert page.tidy_banner.isVisible()
    assert page.tidy_banner.text() == f"{len(flags)} imported values to check…"
    qtbot.mouseClick(page.tidy_banner, Qt.MouseButton.LeftButton)
    tab = page.tidy_tab
    assert page.ui.tabs.currentWidget() is tab
    table = tab.ui.tidyTable
    said = {
        table.item(r, 2).text(): (table.item(r, 0).text(), table.item(r, 1).text())
        for r in range(table.rowCount())
    }
    assert said["purple"] == ("SEND", "Not used") and said["Polish"] == ("Ethnicity", "Not used")
    assert said["(blank)"] == ("Arrangement", "Not used")
    table.selectRow(0)
    qtbot.mouseClick(tab.ui.checkedButton, Qt.MouseButton.LeftButton)
    left = win.vault.children.get(bram).record.tidy_up
    assert len(left) == len(flags) - 1 and left == flags[1:]
    assert page.tidy_banner.text() == f"{len(left)} imported values to check…"
    for _ in left:
        assert page.mark_checked(0)
    assert not page.tidy_banner.isVisible()
    assert not page.ui.tabs.isTabVisible(page.ui.tabs.indexOf(tab))
    assert page.ui.tabs.currentWidget() is page.ui.detailsTab
