"""Unlock screen, wrong passphrase, Ctrl+L and auto-lock after idle."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import keyfile
from tests.conftest import PASSPHRASE, add_child_with_arrangement


def test_wrong_passphrase_then_right_one(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.lock()
    page = win.unlock_page
    assert win.stack.currentWidget() is page and win.vault is None
    qtbot.keyClicks(page.ui.passphrase, "definitely-not-it")
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in page.ui.message.text(), timeout=10_000)
    assert win.vault is None
    page.ui.passphrase.clear()
    qtbot.keyClicks(page.ui.passphrase, "still-wrong-again")
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wait 2 s" in page.ui.message.text(), timeout=10_000)
    page.ui.passphrase.clear()
    qtbot.keyClicks(page.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Too many" in page.ui.message.text() or win.vault is not None, timeout=10_000)
    assert win.vault is None  # the back-off holds even for the right passphrase
    qtbot.wait(2100)
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    assert win.stack.currentWidget() is win.caseload_page
    vault = win.vault

    def failed() -> list[dict[str, str]]:
        return [e for e in vault.audit_events() if e["action"] == "failed_unlock"]

    # Written once the vault's page check (running beside the first paint) has passed.
    qtbot.waitUntil(lambda: len(failed()) == 2, timeout=10_000)
    qtbot.wait(300)
    assert len(failed()) == 2  # once each


def test_ctrl_l_locks_and_clears_everything(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    win.child_page.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(win.child_page.ui.newVisitButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(win.visit_page.ui.child_views, "typed just before the lock")
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.vault is None
    assert win.stack.currentWidget() is win.unlock_page
    assert win.child_page is None and win.visit_page is None
    assert win.caseload_page.model.rowCount() == 0
    assert not win.new_child_action.isEnabled()
    # what was typed was saved before the lock
    from cnis_desktop.vault import Vault

    vault = Vault.open(win.vault_path, PASSPHRASE)
    drafts = [v for v in vault.visits.for_child(child_id) if not v.is_final]
    assert drafts[0].record.child_views == "typed just before the lock"
    vault.close()


def test_auto_lock_after_idle(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.idle.set_minutes(0.004)  # about a quarter of a second
    win.idle.start()
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)
    assert win.stack.currentWidget() is win.unlock_page
    assert "inactivity" in win.unlock_page.ui.message.text()


def test_activity_postpones_auto_lock(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.idle.set_minutes(0.01)  # 600 ms
    win.idle.start()
    win.caseload_page.ui.search.setFocus()
    for _ in range(6):
        qtbot.wait(200)
        # Through the window, as a keyboard's input arrives (QTest's widget overload
        # would hand the key to the widget directly, past the window).
        QTest.keyClick(win.windowHandle(), Qt.Key.Key_A)
    assert win.caseload_page.ui.search.text() == "a" * 6  # the keys reached the field
    assert win.vault is not None
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)


def test_the_progress_bar_shows_only_for_a_long_unlock(
    qtbot: QtBot, open_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window
    page = win.unlock_page
    shown: list[bool] = []
    win.lock()
    qtbot.keyClicks(page.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)  # the test KDF: a few ms
    assert not page.ui.progress.isVisibleTo(page)  # not drawn at once for a quick unlock
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    win.lock()
    real_derive = keyfile.derive

    def slow_derive(*args: object, **kwargs: object) -> bytes:
        time.sleep(0.6)  # as a slow laptop
        return real_derive(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyfile, "derive", slow_derive)
    qtbot.keyClicks(page.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    assert not page.ui.unlockButton.isEnabled()  # no second unlock while one runs
    qtbot.waitUntil(page.ui.progress.isVisible, timeout=2000)
    shown.append(win.vault is None)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    assert shown == [True]  # the bar was up while the key was being derived
    assert not page.ui.progress.isVisible()


def test_unlocking_returns_to_the_draft_the_lock_interrupted(qtbot: QtBot, open_window: MainWindow) -> None:
    """A screen that locked mid-visit (or with a child in child mode) comes back to the same
    draft once the worker unlocks, not to the caseload."""
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    win.child_page.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(win.child_page.ui.newVisitButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(win.visit_page.ui.child_views, "half a sentence")
    draft_id = win.visit_page.stored.id
    win.lock("Locked after a period of inactivity.")
    assert win.visit_page is None  # nothing of the record stays on screen while locked
    page = win.unlock_page
    qtbot.keyClicks(page.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(page.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.visit_page, timeout=5_000)
    assert win.visit_page.stored.id == draft_id
    assert win.visit_page.ui.child_views.toPlainText() == "half a sentence"


def test_a_locked_window_hands_no_events_to_the_watcher(qtbot: QtBot, open_window: MainWindow) -> None:
    """Input is watched on the windows while the vault is open, and not at all once locked."""
    win = open_window
    seen: list[object] = []
    watcher = win.idle
    original = watcher.eventFilter
    watcher.eventFilter = lambda watched, event: seen.append(event.type()) or original(watched, event)  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: watcher._watching, timeout=2000)  # a moment after the unlock
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_B)
    assert QEvent.Type.KeyPress in seen
    win.lock()
    seen.clear()
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_C)
    qtbot.wait(50)
    assert seen == []


def test_a_dialog_s_input_postpones_the_lock(qtbot: QtBot, open_window: MainWindow) -> None:
    """Typing in a dialog (a window of its own) counts as activity too."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    win = open_window
    qtbot.waitUntil(lambda: win.idle._watching, timeout=2000)  # before the dialog exists
    dialog = QDialog(win)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    field.setFocus()
    win.idle.set_minutes(0.01)  # 600 ms
    win.idle.start()
    for _ in range(6):
        qtbot.wait(200)
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_D)
    assert field.text() == "d" * 6
    assert win.vault is not None
    dialog.close()
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)
