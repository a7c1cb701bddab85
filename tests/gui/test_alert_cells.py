"""Provider checks to chase and weeks below plan: said by a sign and words, with the red
only repeating them (WCAG 1.4.1, nothing in colour alone)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.eotas import Provider
from cnis_desktop.domain.hours import week_start
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_eotas_child
from tests.vault.test_eotas_store import _entry

THIS_MONDAY = week_start(date.today())
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole


def test_providers_checks_to_chase_in_words(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    add_eotas_child(win.vault)  # its tutors have no checks recorded
    far = date.today() + timedelta(days=400)
    win.vault.eotas.providers.add(
        Provider(
            name="Allgood Learning (fictional)",
            dbs_expiry=far,
            insurance_expiry=far,
            safeguarding_policy_expiry=far,
            qualifications_expiry=far,
        )
    )
    win.show_providers()
    table = win.providers_page.ui.providersTable
    checks = {table.item(r, 0).text(): table.item(r, 2) for r in range(table.rowCount())}
    chase = checks["Bramwell Tutors (fictional)"]
    assert chase.text().startswith("\u26a0 To chase: ") and "not recorded" in chase.text()
    assert chase.foreground().color().name() == "#b10e1e"  # the colour repeats the words
    fine = checks["Allgood Learning (fictional)"]
    assert fine.text() == "All in date" and fine.foreground().style() == Qt.BrushStyle.NoBrush


def test_overview_weeks_below_plan_and_checks_in_words(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, (maths, _) = add_eotas_child(win.vault, start=THIS_MONDAY - timedelta(weeks=4))
    win.vault.eotas.log(_entry(child, maths, THIS_MONDAY - timedelta(weeks=1), minutes=150))
    win.show_overview()
    page = win.overview_page
    below = page.ui.childrenTable.item(0, 4)
    weeks = page.rows[0].weeks_below_plan
    assert weeks > 0
    assert below.text() == f"\u26a0 {weeks}"
    assert below.data(ACCESSIBLE_TEXT) == f"{weeks} week{'' if weeks == 1 else 's'} below plan"
    assert below.toolTip() == below.data(ACCESSIBLE_TEXT)
    alert = page.ui.alertsTable.item(0, 1)
    assert alert.text().startswith("\u26a0 ") and alert.data(ACCESSIBLE_TEXT).startswith("To chase: ")
