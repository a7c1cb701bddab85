"""Files kept with an EOTAS session and with a QA visit, and the date of every attached file:
attach by the button on real pages of the real window, the entry disabled (and saying why)
where there is no saved record to keep files with, the date edited and stored, refused while
the record is final."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.eotas import QaVisit
from cnis_desktop.domain.hours import week_start
from cnis_desktop.gui.attachments_panel import AttachmentsDialog, AttachmentsPanel
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import Vault
from tests.attachment_samples import drawing_png, marker_pdf
from tests.conftest import add_child_with_arrangement, add_eotas_child, finalisable_visit
from tests.gui.conftest import click_box, describe_file
from tests.gui.test_eotas_gui import type_cell

LAST_MONDAY = week_start(date.today()) - timedelta(weeks=1)
Button = QMessageBox.StandardButton


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    """The native file dialog answers with these files."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def attach_by_button(
    qtbot: QtBot, panel: AttachmentsPanel, captions: list[str] | None = None
) -> tuple[int, int]:
    """Add the chosen files; a final record asks for each one's description first (here, its
    caption)."""
    with qtbot.waitSignal(panel.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        for caption in captions or []:
            describe_file(qtbot, panel, caption)
    click_box(qtbot, "deleteSourcesBox", Button.No)  # keep the originals
    added, refused = finished.args  # type: ignore[misc]
    return int(added), int(refused)


def sample(tmp_path: Path, name: str = "fractions.png") -> Path:
    path = tmp_path / name
    path.write_bytes(drawing_png())
    return path


def type_session(qtbot: QtBot, win: MainWindow, text: str) -> None:
    """Type a session into Monday's maths cell and wait for the page to show it as saved."""
    page = win.eotas_page
    assert page is not None
    type_cell(qtbot, win, text)
    qtbot.waitUntil(lambda: bool(page.cells.get((0, 0))), timeout=5000)
    page.ui.grid.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: page._current_entry() is not None, timeout=5000)


def eotas_week(qtbot: QtBot, win: MainWindow) -> tuple[str, list[str]]:
    """A child's EOTAS log, last week shown, Monday's maths cell chosen (no session yet)."""
    assert win.vault is not None
    child, components = add_eotas_child(win.vault, start=LAST_MONDAY - timedelta(weeks=3))
    win.open_eotas(child)
    page = win.eotas_page
    assert page is not None
    page.show_week(LAST_MONDAY)
    page.ui.grid.setFocus()
    page.ui.grid.setCurrentCell(0, 0)
    return child, components


# --- an EOTAS session ------------------------------------------------------------------------


def test_attach_to_an_eotas_session_by_the_button(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window
    child, _ = eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None and win.vault is not None
    type_session(qtbot, win, "90")
    [session] = win.vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
    button = page.attachments_button
    assert button.isEnabled() and button.text() == "A&ttachments…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.attachments_dialog
    assert isinstance(dialog, AttachmentsDialog) and dialog.isVisible()
    panel = dialog.panel
    assert (panel.record_type, panel.record_id, panel.child_id) == ("activity_entry", session.id, child)
    assert not panel.final and "Maths tutoring" in dialog.windowTitle()
    choose_files(monkeypatch, [sample(tmp_path)])
    assert attach_by_button(qtbot, panel) == (1, 0)
    [stored] = win.vault.attachments.list_for_record("activity_entry", session.id)
    assert stored.file_name == "fractions.png" and stored.child_id == child
    assert stored.taken_on == LAST_MONDAY  # a new file is dated with its session's day
    assert stored.added_by == "Alex Officer"
    # The page says so: on the button, and in the cell's description (tooltip, screen reader).
    assert button.text() == "A&ttachments (1)…"
    assert button.accessibleDescription() == "1 file attached"
    cell = page.ui.grid.item(0, 0)
    assert cell.toolTip().endswith("· 1 file attached")
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole).endswith("1 file attached")
    assert cell.text() == "90"  # what is typed in the cell is unchanged
    dialog.close()


def test_a_cell_without_a_session_has_nowhere_to_keep_files(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path
) -> None:
    win = open_window
    eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None
    button = page.attachments_button
    assert not button.isEnabled()
    assert "nowhere to keep files" in button.toolTip()
    assert button.accessibleDescription() == button.toolTip()  # said to a screen reader too
    assert page.open_attachments() is None
    assert page.attachments_dialog is None
    menu = page.show_session_menu(None)
    try:
        assert not page.attachments_action.isEnabled()
        assert "nowhere to keep files" in page.attachments_action.toolTip()
    finally:
        menu.close()
    # Once the session is typed in, the same cell can take files.
    page.ui.grid.setFocus()
    type_session(qtbot, win, "d")
    assert button.isEnabled() and button.toolTip().startswith("No files attached yet")


def test_the_grid_menu_opens_a_sessions_files_from_the_keyboard(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    win = open_window
    child, _ = eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None and win.vault is not None
    type_session(qtbot, win, "p")  # cancelled by the provider: a session all the same
    [session] = win.vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
    grid = page.ui.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = page.session_menu
    qtbot.waitUntil(menu.isVisible)
    assert page.attachments_action.isEnabled()
    page.attachments_action.trigger()
    menu.close()
    dialog = page.attachments_dialog
    assert dialog is not None and dialog.panel.record_id == session.id
    assert dialog.panel.record_type == "activity_entry"
    dialog.close()
    # The Menu key (a keyboard context menu) is for the current cell, wherever the event says;
    # a right click is for the cell clicked (Wednesday's: no session there yet).
    page.attachments_dialog = None
    wednesday = grid.visualRect(grid.model().index(0, 2)).center()
    QApplication.sendEvent(
        grid, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, wednesday, grid.mapToGlobal(wednesday))
    )
    qtbot.waitUntil(menu.isVisible)
    assert (grid.currentRow(), grid.currentColumn()) == (0, 0)
    assert page.attachments_action.isEnabled()
    menu.close()
    QApplication.sendEvent(
        grid.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, wednesday, grid.viewport().mapToGlobal(wednesday)),
    )
    qtbot.waitUntil(menu.isVisible)
    assert (grid.currentRow(), grid.currentColumn()) == (0, 2)
    assert not page.attachments_action.isEnabled()
    menu.close()
    grid.setCurrentCell(0, 0)
    # Alt+T, the button's own letter, does the same from the grid.
    page.attachments_dialog = None
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.attachments_dialog is not None)
    assert page.attachments_dialog is not None and page.attachments_dialog.panel.record_id == session.id
    page.attachments_dialog.close()


def test_a_session_with_files_is_not_cleared_from_under_them(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child, _ = eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None and win.vault is not None
    type_session(qtbot, win, "90")
    [session] = win.vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
    win.vault.attachments.add(child, "activity_entry", session.id, drawing_png(), "work.png")
    page.show_week(LAST_MONDAY)
    grid = page.ui.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert "1 file attached: remove them first" in page.ui.gridMessage.text()
    assert [s.id for s in win.vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)] == [session.id]
    assert len(win.vault.attachments.list_for_record("activity_entry", session.id)) == 1


def test_a_closed_weeks_session_files_are_append_only(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window
    child, _ = eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None and win.vault is not None
    type_session(qtbot, win, "90")
    [session] = win.vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
    earlier = win.vault.attachments.add(child, "activity_entry", session.id, drawing_png(), "work.png")
    page.close_week()
    page.ui.grid.setCurrentCell(0, 0)
    dialog = page.open_attachments()
    assert dialog is not None
    panel = dialog.panel
    assert panel.final and panel.selected is not None and panel.selected.id == earlier.id
    assert not panel.taken_on.isEnabled() and not panel.caption.isEnabled()
    assert panel.add_button.isEnabled()
    choose_files(monkeypatch, [sample(tmp_path, "later.png")])
    assert attach_by_button(qtbot, panel, ["Later work"]) == (1, 0)
    files = win.vault.attachments.list_for_record("activity_entry", session.id)
    assert [(f.file_name, f.caption) for f in files] == [("work.png", ""), ("later.png", "Later work")]
    dialog.close()


# --- a QA visit --------------------------------------------------------------------------------


def test_attach_to_a_qa_visit_by_the_button(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window
    vault = win.vault
    assert vault is not None
    child, _ = add_eotas_child(vault)
    [provider] = vault.eotas.providers.where(order="name")
    visit_day = date.today() - timedelta(days=3)
    visit_id = vault.eotas.record_qa(
        QaVisit(provider_id=provider.id, child_id=child, visit_date=visit_day, rating="good")
    )
    win.show_providers()
    page = win.providers_page
    assert page is not None
    button = page.attachments_button
    page.ui.qaTable.clearSelection()
    assert not button.isEnabled() and "Choose a QA visit" in button.toolTip()
    page.ui.qaTable.selectRow(0)
    assert button.isEnabled() and button.text() == "A&ttachments…"
    assert page.ui.qaTable.item(0, 3).text() == "0"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.attachments_dialog
    assert isinstance(dialog, AttachmentsDialog) and dialog.isVisible()
    panel = dialog.panel
    assert (panel.record_type, panel.record_id, panel.child_id) == ("qa_visit", visit_id, child)
    assert panel.final  # a QA visit is kept as recorded: its files are append-only
    choose_files(monkeypatch, [sample(tmp_path, "room.png"), tmp_path / "missing.pdf"])
    assert attach_by_button(qtbot, panel, ["The learning room"]) == (1, 1)
    [stored] = vault.attachments.list_for_record("qa_visit", visit_id)
    assert stored.file_name == "room.png" and stored.taken_on == visit_day
    assert stored.caption == "The learning room"
    assert page.ui.qaTable.item(0, 3).text() == "1"
    assert button.text() == "A&ttachments (1)…"
    dialog.close()


def test_a_qa_visit_just_recorded_is_chosen_ready_for_files(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    assert win.vault is not None
    child, _ = add_eotas_child(win.vault)
    win.show_providers()
    page = win.providers_page
    assert page is not None
    assert not page.attachments_button.isEnabled()
    form = page.record_qa()
    form.ui.child_id.setCurrentIndex(form.ui.child_id.findData(child))
    form.ui.rating.setCurrentIndex(form.ui.rating.findData("good"))
    visit_id = form.save()
    assert visit_id is not None
    chosen = page.chosen_qa()
    assert chosen is not None and chosen[0] == visit_id
    assert page.attachments_button.isEnabled()


def test_a_provider_visit_about_no_child_cannot_take_files(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    vault = win.vault
    assert vault is not None
    add_eotas_child(vault)
    [provider] = vault.eotas.providers.where(order="name")
    vault.eotas.record_qa(QaVisit(provider_id=provider.id, visit_date=date.today(), rating="good"))
    win.show_providers()
    page = win.providers_page
    assert page is not None
    page.ui.qaTable.selectRow(0)
    assert page.chosen_qa() is not None
    assert not page.attachments_button.isEnabled()
    assert "not about one child" in page.attachments_button.toolTip()
    assert page.open_attachments() is None
    assert page.ui.qaTable.item(0, 3).text() == "–"


# --- the date of a file, and who added it ----------------------------------------------------


@pytest.fixture
def child(vault: Vault) -> str:
    return add_child_with_arrangement(vault)


@pytest.fixture
def panel(qtbot: QtBot, vault: Vault, child: str) -> AttachmentsPanel:
    widget = AttachmentsPanel(vault, autosave_seconds=0.1)
    qtbot.addWidget(widget)
    widget.set_record("child", child, child)
    widget.resize(900, 600)
    widget.show()
    widget.activateWindow()  # keyboard focus, as on a desktop: Tab leaves a field
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_a_new_file_is_dated_today_without_a_day_of_its_own(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    child: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_files(monkeypatch, [sample(tmp_path)])
    assert attach_by_button(qtbot, panel) == (1, 0)
    [stored] = vault.attachments.list_for_record("child", child)
    assert stored.taken_on == date.today()
    assert panel.taken_on.text() == f"{date.today():%d/%m/%Y}"


def test_edit_the_date_and_see_it_stored_and_shown(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    added = vault.attachments.add(child, "child", child, drawing_png(), "houses.png", caption="Houses")
    panel.reload()
    assert panel.selected is not None and panel.selected.id == added.id
    assert panel.taken_on.isEnabled() and panel.taken_on.text() == ""
    panel.taken_on.setFocus()
    qtbot.keyClicks(panel.taken_on, "2/3/26")
    qtbot.keyClick(panel.taken_on, Qt.Key.Key_Tab)  # leaving the field saves it at once
    assert vault.attachments.get(added.id).taken_on == date(2026, 3, 2)
    assert panel.taken_on.text() == "02/03/2026"  # written back as it is kept
    label = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert label == "2 Mar 2026\nHouses"
    tip = panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Dated 2 Mar 2026." in tip
    # A slip is said beside the field; the date kept stays.
    panel.taken_on.selectAll()
    qtbot.keyClicks(panel.taken_on, "31/02/2026")
    qtbot.waitUntil(panel.date_error.isVisible, timeout=5000)
    assert "not a real date" in panel.date_error.text()
    assert "The date was not saved" in panel.status.text()
    assert vault.attachments.get(added.id).taken_on == date(2026, 3, 2)
    tomorrow = date.today() + timedelta(days=1)
    panel.taken_on.setText(f"{tomorrow:%d/%m/%Y}")
    assert not panel.save_details()
    assert "after today" in panel.date_error.text()
    assert vault.attachments.get(added.id).taken_on == date(2026, 3, 2)
    # Blank: no date.
    panel.taken_on.clear()
    assert panel.save_details()
    assert vault.attachments.get(added.id).taken_on is None
    assert not panel.date_error.isVisible()


def test_the_date_does_not_change_once_the_record_is_final(qtbot: QtBot, vault: Vault, child: str) -> None:
    draft = vault.visits.start(finalisable_visit(child))
    added = vault.attachments.add(
        child, "visit", draft.id, drawing_png(), "sample.png", taken_on=date(2026, 9, 30)
    )
    vault.visits.finalise(draft.id, today=date(2026, 11, 1))
    panel = AttachmentsPanel(vault, autosave_seconds=0.1)
    qtbot.addWidget(panel)
    panel.set_record("visit", draft.id, child, final=True)
    panel.show()
    assert panel.taken_on.text() == "30/09/2026"
    assert not panel.taken_on.isEnabled()
    assert panel.taken_on.toolTip().startswith("Finalised")
    panel.taken_on.setText("01/10/2026")  # even if it were typed in, it is not saved
    assert not panel.save_details()
    assert vault.attachments.get(added.id).taken_on == date(2026, 9, 30)


def test_who_added_a_file_is_shown(qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str) -> None:
    vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    panel.reload()
    assert "added by Alex Officer on " in panel.info.text()
    assert f"on {date.today():%d/%m/%Y}" in panel.info.text()
    tip = panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Added by Alex Officer" in tip


def test_every_label_has_the_same_room_for_its_date(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    """The gallery sizes its items by the first: one without a date must not leave the date
    of the next cut off."""
    vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    vault.attachments.add(
        child,
        "child",
        child,
        drawing_png(),
        "b.png",
        caption="A long caption " * 4,
        taken_on=date(2026, 3, 2),
    )
    panel.reload()
    first, second = (panel.gallery.visualRect(panel.model.index(r)) for r in range(2))
    assert first.size() == second.size()
    lines = panel.gallery.fontMetrics().lineSpacing()
    assert second.height() >= 128 + 3 * lines


# --- accessibility of what was added ---------------------------------------------------------


@pytest.mark.parametrize("where", ["session", "qa visit"])
def test_the_new_entries_and_their_dialogs_meet_wcag(
    qtbot: QtBot, open_window: MainWindow, where: str
) -> None:
    from tests.gui import a11y_checks as checks

    win = open_window
    vault = win.vault
    assert vault is not None
    root: QWidget
    dialog: AttachmentsDialog | None
    if where == "session":
        child, _ = eotas_week(qtbot, win)
        page = win.eotas_page
        assert page is not None
        type_session(qtbot, win, "90")
        [session] = vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
        vault.attachments.add(child, "activity_entry", session.id, drawing_png(), "a.png", caption="Work")
        root, dialog = page, page.open_attachments()
    else:
        child, _ = add_eotas_child(vault)
        [provider] = vault.eotas.providers.where(order="name")
        vault.eotas.record_qa(
            QaVisit(provider_id=provider.id, child_id=child, visit_date=date.today(), rating="good")
        )
        win.show_providers()
        providers = win.providers_page
        assert providers is not None
        providers.ui.qaTable.selectRow(0)
        root, dialog = providers, providers.open_attachments()
    assert dialog is not None
    dialog.close()
    button = root.findChild(
        QPushButton, "sessionAttachmentsButton" if where == "session" else "qaAttachmentsButton"
    )
    assert button is not None and button.isEnabled()  # its Alt+T is counted against the screen's
    checks.apply_app_style()
    try:
        for screen in (root, dialog):
            screen.show()
            screen.activateWindow()
            qtbot.waitUntil(lambda screen=screen: QApplication.activeWindow() is screen.window())
            found = checks.audit(screen)
            problems = {kind: items for kind, items in found.items() if items}
            assert not problems, checks.report(f"{where}: {type(screen).__name__}", problems)
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
        dialog.close()
