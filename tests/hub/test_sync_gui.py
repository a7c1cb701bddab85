"""Sync in the real window: enrol through the dialog, Sync now in the background with the
status shown, a conflict resolved on screen, and a revoked laptop wiped."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.gui.sync_ui import ConflictsDialog, EnrolDialog
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement
from tests.gui.conftest import create_vault_by_typing
from tests.hub.conftest import RunningHub


def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    from cnis_desktop.settings import Settings

    win = MainWindow(tmp_path / "gui" / "cnis.vault", Settings(autosave_seconds=0.2))
    qtbot.addWidget(win)
    win.show()
    create_vault_by_typing(qtbot, win)
    return win


def test_enrol_sync_and_resolve_a_conflict(
    qtbot: QtBot, hub: RunningHub, tmp_path: Path, fast_kdf: object
) -> None:
    win = window(qtbot, tmp_path)
    assert "Not enrolled" in win.sync_status.text()
    user = hub.store.add_user("Alex", "ehe_officer")
    win.enrol_laptop()
    dialog = win.enrol_dialog
    assert isinstance(dialog, EnrolDialog)
    dialog.ui.hubUrl.setText("ftp://nowhere")
    qtbot.mouseClick(dialog.ui.enrolButton, Qt.MouseButton.LeftButton)
    assert "https://" in dialog.ui.message.text()
    dialog.ui.hubUrl.setText("http://hub.example")  # the token would travel in clear
    qtbot.mouseClick(dialog.ui.enrolButton, Qt.MouseButton.LeftButton)
    assert "in clear" in dialog.ui.message.text() and dialog.isVisible()
    dialog.ui.hubUrl.setText(hub.url)
    dialog.ui.code.setText(hub.store.new_code(user))
    qtbot.mouseClick(dialog.ui.enrolButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    child = add_child_with_arrangement(win.vault)
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.sync.last is not None, timeout=10_000)
    assert win.sync_status.text().startswith("synced ")
    assert win.sync_status.text().endswith("1 to send")  # only the sync's own audit event
    assert (
        hub.store.conn.execute("SELECT count(*) AS n FROM changes WHERE child_id = ?", (child,)).fetchone()[
            "n"
        ]
        == 2
    )

    # a colleague's laptop of the same user changes the same field meanwhile
    other = Vault.create(tmp_path / "other" / "cnis.vault", PASSPHRASE, "Alex", "ehe_officer", kdf=FAST_KDF)
    enrol(other, hub.url, hub.store.new_code(user))
    sync_once(other)
    stored = other.children.get(child)
    other.children.update(
        child,
        stored.meta.version,
        dataclasses.replace(stored.record, preferred_name="Rine"),
        today=date(2026, 11, 1),
    )
    sync_once(other)
    mine = win.vault.children.get(child)
    win.vault.children.update(
        child,
        mine.meta.version,
        dataclasses.replace(mine.record, preferred_name="Zeph"),
        today=date(2026, 11, 1),
    )
    win.sync.sync_now()
    qtbot.waitUntil(lambda: "conflict" in win.sync_status.text(), timeout=10_000)
    win.show_conflicts()
    conflicts = win.conflicts_dialog
    assert isinstance(conflicts, ConflictsDialog) and conflicts.ui.conflicts.rowCount() == 1
    qtbot.mouseClick(conflicts.ui.useTheirsButton, Qt.MouseButton.LeftButton)
    assert conflicts.ui.conflicts.rowCount() == 0
    assert win.vault.children.get(child).record.preferred_name == "Rine"
    win.sync.sync_now()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)
    sync_once(other)
    assert other.children.get(child).record.preferred_name == "Rine"
    other.close()


def test_revoked_laptop_is_wiped_from_the_window(
    qtbot: QtBot, hub: RunningHub, tmp_path: Path, fast_kdf: object
) -> None:
    win = window(qtbot, tmp_path)
    user = hub.store.add_user("Alex", "ehe_officer")
    enrol(win.vault, hub.url, hub.store.new_code(user))
    device = win.vault.conn.execute("SELECT value FROM meta WHERE key = 'hub_device_id'").fetchone()[0]
    hub.store.revoke(device)
    win.sync.attach(win.vault)
    win.sync.sync_now()
    qtbot.waitUntil(lambda: win.vault is None, timeout=10_000)
    assert not win.vault_path.exists()
    assert win.stack.currentWidget() is win.setup_page


def test_a_refused_change_is_shown_as_a_sync_problem(
    qtbot: QtBot, hub: RunningHub, tmp_path: Path, fast_kdf: object
) -> None:
    from cnis_desktop.domain.eotas import Provider

    win = window(qtbot, tmp_path)
    user = hub.store.add_user("Alex", "ehe_officer")  # not a role that edits providers
    enrol(win.vault, hub.url, hub.store.new_code(user))
    win.vault.eotas.providers.add(Provider(name="Hilltop Tutors (fictional)"))
    win.sync.attach(win.vault)
    win.sync.sync_now()
    qtbot.waitUntil(lambda: "sync problem" in win.sync_status.text(), timeout=10_000)
    assert "1 sync problem(s)" in win.sync_status.text()
    win.show_conflicts()
    dialog = win.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog) and dialog.problems.isVisibleTo(dialog)
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 2).text() == "your role may not change the provider register"
    assert dialog.problems_label.buddy() is dialog.problems


def test_photos_a_sync_brings_get_their_thumbnails_after_it(
    qtbot: QtBot, hub: RunningHub, tmp_path: Path, fast_kdf: object
) -> None:
    from tests.attachment_samples import drawing_png

    user = hub.store.add_user("Alex", "ehe_officer")
    office = Vault.create(
        tmp_path / "office" / "cnis.vault", PASSPHRASE, "Office", "ehe_officer", kdf=FAST_KDF
    )
    enrol(office, hub.url, hub.store.new_code(user))
    child = add_child_with_arrangement(office)
    for n in range(3):
        office.attachments.add(child, "child", child, drawing_png(300 + n, 200), f"drawing-{n}.png")
    sync_once(office)
    win = window(qtbot, tmp_path)
    enrol(win.vault, hub.url, hub.store.new_code(user))
    missing_when_synced: list[int] = []
    win.sync.synced.connect(
        lambda _report: missing_when_synced.append(len(win.vault.attachments.missing_thumbnails()))
    )
    win.sync.attach(win.vault)
    win.sync.sync_now()
    qtbot.waitUntil(lambda: bool(missing_when_synced), timeout=10_000)
    assert missing_when_synced == [3]  # the sync itself made none
    qtbot.waitUntil(lambda: not win.sync.thumbnailing, timeout=10_000)
    assert win.vault.attachments.missing_thumbnails() == []  # made after it, on another thread
    office.release()
