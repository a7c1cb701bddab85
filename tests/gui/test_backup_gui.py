"""The daily backup in the background and File -> Restore from backup…, in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault.backup import list_backups
from tests.conftest import add_child_with_arrangement
from tests.gui.conftest import message_box


def _backed_up(qtbot: QtBot, win: MainWindow) -> Path:
    assert win.backup_if_due()
    qtbot.waitUntil(lambda: not win.backup_running, timeout=10_000)
    (made,) = list_backups(win.vault_path)
    return made.path


def test_the_daily_backup_runs_in_the_background_and_is_audited(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    win = open_window
    assert win.backup_timer.isActive()  # scheduled at unlock
    add_child_with_arrangement(win.vault)
    made = _backed_up(qtbot, win)
    assert made.exists() and "backup was made" in win.statusBar().currentMessage()
    events = win.vault.audit_events()
    assert any(e["action"] == "backup" and e["detail"] == made.name for e in events)
    assert not win.backup_if_due()  # one a day
    win.lock()
    assert not win.backup_timer.isActive() and not win.restore_action.isEnabled()


def test_restore_from_the_file_menu(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    kept = add_child_with_arrangement(win.vault)
    backup = _backed_up(qtbot, win)
    later = add_child_with_arrangement(win.vault, legal_first_name="Later")
    before = win.vault
    assert win.restore_action.isEnabled() and win.restore_action.text() == "&Restore from backup…"
    offered: list[int] = []

    def choose(backups: list) -> object:  # type: ignore[type-arg]
        offered.append(len(backups))
        return backups[0]

    win.choose_backup = choose  # type: ignore[assignment,method-assign]
    # First the real confirmation, answered No: nothing changes.
    QTimer.singleShot(0, lambda: _answer(qtbot, QMessageBox.StandardButton.No))
    assert win.restore_from_backup() is None
    assert win.vault is before and win.vault.children.get(later)
    # Then Yes.
    QTimer.singleShot(0, lambda: _answer(qtbot, QMessageBox.StandardButton.Yes))
    win.restore_action.trigger()
    assert offered == [1, 1]
    assert win.vault is not None and win.vault is not before and not before.is_open
    ids = {row.id for row in win.vault.children.caseload()}
    assert kept in ids and later not in ids
    assert win.stack.currentWidget() is win.caseload_page
    assert win.vault.audit_events()[0]["action"] == "restore_backup"
    assert backup.name in win.vault.audit_events()[0]["detail"]
    assert list(win.vault_path.parent.glob(win.vault_path.name + ".before-restore-*"))
    assert "previous vault is kept" in win.statusBar().currentMessage()


def _answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    box = message_box("confirmRestore")
    if box is None:  # not shown yet: try again on the next turn of the event loop
        QTimer.singleShot(20, lambda: _answer(qtbot, button))
        return
    assert "kept aside" in box.informativeText() and "not synced" in box.informativeText()
    box.button(button).click()
