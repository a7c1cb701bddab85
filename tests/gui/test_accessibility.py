"""WCAG 2.2 AA, walked: every page and dialog of the app, opened on real data in the real
window with the app's style sheet, is checked for focusable widgets without a name,
keyboard traps, text contrast (palettes, style sheets, coloured cells), a minimum size that
does not fit 1366x768 at 125% or 1920x1080 at 200% (1093x614 logical), and mnemonics used
twice on one screen (the menu bar included). A failure names the screen and every problem."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.ehc import EhcPlan
from cnis_desktop.domain.model import Action
from cnis_desktop.domain.views import ViewsRecord
from cnis_desktop.gui.main_window import MainWindow
from tests.conftest import add_child_with_arrangement, add_eotas_child, finalisable_visit
from tests.gui import a11y_checks as checks


@dataclasses.dataclass
class Fixture:
    win: MainWindow
    child: str
    eotas_child: str
    views: str
    visit: str


def prepare(win: MainWindow) -> Fixture:
    vault = win.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    eotas_child, _ = add_eotas_child(vault)
    vault.ehc.plans.add(EhcPlan(child_id=child, final_date=date(2025, 12, 1)))
    vault.ehc.start_review(child)
    views = vault.ehc.views.start(
        ViewsRecord(
            child_id=child, method="conversation", gathered_on=date.today(), gathered_by="Alex Officer"
        )
    ).id
    visit = vault.visits.start(
        finalisable_visit(child, actions=[Action("Call GP", "Officer", date(2026, 12, 1))])
    ).id
    vault.visits.finalise(visit)
    vault.visits.amend(
        visit,
        "Typed the wrong month",
        dataclasses.replace(vault.visits.get(visit).effective(), next_contact_date=date(2027, 1, 15)),
    )
    vault.conn.execute(
        "INSERT INTO sync_conflicts (record_type, record_id, field, local_value, remote_value,"
        " remote_by, at) VALUES ('child', ?, 'preferred_name', ?, ?, 'hub', ?)",
        (child, json.dumps("Zeph"), json.dumps("Rine"), "2026-11-02T09:30:00+00:00"),
    )
    return Fixture(win, child, eotas_child, views, visit)


def page(opener: Callable[[Fixture], object], attribute: str = "") -> Callable[[Fixture], QWidget]:
    """The page's own widgets are audited (the shell around it is its own screen below);
    the mnemonics are checked against the whole window, menu bar included."""

    def open_it(f: Fixture) -> QWidget:
        opener(f)
        found = getattr(f.win, attribute, None) if attribute else f.win
        assert isinstance(found, QWidget), attribute
        return found

    return open_it


def dialog(opener: Callable[[Fixture], object]) -> Callable[[Fixture], QWidget]:
    def open_it(f: Fixture) -> QWidget:
        found = opener(f)
        assert isinstance(found, QDialog), found
        found.show()
        found.activateWindow()
        return found

    return open_it


def _visit_page(f: Fixture) -> QWidget:
    f.win.open_visit(f.visit)
    assert f.win.visit_page is not None
    return f.win.visit_page


def _ehc_page(f: Fixture) -> QWidget:
    f.win.open_ehc(f.child)
    assert f.win.ehc_page is not None
    return f.win.ehc_page


def _providers_page(f: Fixture) -> QWidget:
    f.win.show_providers()
    assert f.win.providers_page is not None
    return f.win.providers_page


def _conflicts(f: Fixture) -> QWidget | None:
    f.win.show_conflicts()
    return getattr(f.win, "conflicts_dialog", None)


def _timeline(f: Fixture) -> QWidget | None:
    f.win.show_timeline()
    return getattr(f.win, "timeline_dialog", None)


def _notification(f: Fixture) -> QWidget | None:
    f.win.open_child(f.child)
    assert f.win.child_page is not None
    return f.win.child_page.record_notification()


def _describe_file(f: Fixture) -> QWidget | None:
    """The question asked before files are added to a final record (the visit is final):
    two files, so that "Use for all the remaining files" is shown too."""
    import tempfile
    import time
    from pathlib import Path

    from PySide6.QtTest import QTest

    from tests.attachment_samples import drawing_png, marker_pdf

    dialog = _visit_page(f).open_attachments()  # type: ignore[attr-defined]
    folder = Path(tempfile.mkdtemp())
    (folder / "drawing.png").write_bytes(drawing_png())
    (folder / "letter.pdf").write_bytes(marker_pdf())
    dialog.panel.import_paths([folder / "drawing.png", folder / "letter.pdf"])
    deadline = time.monotonic() + 20
    while dialog.panel.describe_dialog is None and time.monotonic() < deadline:
        QTest.qWait(20)  # the files are made ready on a worker first
    return dialog.panel.describe_dialog


SCREENS: list[tuple[str, Callable[[Fixture], QWidget]]] = [
    ("window and sidebar", page(lambda f: f.win.show_caseload())),
    ("caseload", page(lambda f: f.win.show_caseload(), "caseload_page")),
    ("child", page(lambda f: f.win.open_child(f.child), "child_page")),
    ("today", page(lambda f: f.win.show_today(), "dashboard_page")),
    ("views", page(lambda f: f.win.open_views(f.views), "views_page")),
    ("visit", page(lambda f: f.win.open_visit(f.visit), "visit_page")),
    ("visit draft", page(lambda f: f.win.start_visit(f.child), "visit_page")),
    ("eotas", page(lambda f: f.win.open_eotas(f.eotas_child), "eotas_page")),
    ("ehc", page(lambda f: f.win.open_ehc(f.child), "ehc_page")),
    ("providers", page(lambda f: f.win.show_providers(), "providers_page")),
    ("overview", page(lambda f: f.win.show_overview(), "overview_page")),
    ("conflicts dialog", dialog(_conflicts)),
    ("timeline dialog", dialog(_timeline)),
    ("amendments dialog", dialog(lambda f: _visit_page(f).show_amendments())),  # type: ignore[attr-defined]
    ("review meeting dialog", dialog(lambda f: _ehc_page(f).record_meeting())),  # type: ignore[attr-defined]
    ("pack options dialog", dialog(lambda f: _ehc_page(f).ask_pack_options())),  # type: ignore[attr-defined]
    ("QA dialog", dialog(lambda f: _providers_page(f).record_qa())),  # type: ignore[attr-defined]
    ("notification dialog", dialog(_notification)),
    ("describe file dialog", dialog(_describe_file)),
]


@pytest.mark.parametrize(("name", "opener"), SCREENS, ids=[s[0] for s in SCREENS])
def test_screen_meets_wcag(
    qtbot: QtBot, open_window: MainWindow, name: str, opener: Callable[[Fixture], QWidget]
) -> None:
    checks.apply_app_style()
    try:
        fixture = prepare(open_window)
        root = opener(fixture)
        qtbot.waitUntil(root.isVisible)
        root.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root.window())
        found = checks.audit(root)
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
    problems = {kind: items for kind, items in found.items() if items}
    assert not problems, checks.report(name, problems)


def test_the_style_sheet_itself_passes() -> None:
    assert checks.sheet_failures(checks.QSS.read_text(encoding="utf-8"), "app.qss") == []
    assert "placeholder-text-color" in checks.QSS.read_text(encoding="utf-8")


def test_the_checks_can_fail(qtbot: QtBot) -> None:
    """The checks themselves find what they look for."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    trap = QPlainTextEdit(root)  # Tab types a tab: a trap
    trap.setAccessibleName("Notes")
    layout.addWidget(trap)
    layout.addWidget(QLineEdit(root))  # no name
    root.setStyleSheet("QLineEdit { color: #999999; background: #ffffff; }")
    root.show()
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    found = checks.audit(root)
    assert found["unnamed"] == ["QLineEdit ''"]
    assert any("QPlainTextEdit" in t for t in found["traps"])
    assert any("#999999" in c for c in found["contrast"])
