"""The set-up page says plainly what a forgotten passphrase costs, and wraps the vault's key to
the authority's recovery key when the authority has placed one on the laptop."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cnis_desktop import paths
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault.recovery import AUTHORITY_KEY_FILE, new_keypair, public_fingerprint, recovery_path_for
from tests.gui.conftest import create_vault_by_typing


def test_without_a_recovery_key_the_set_up_says_unsynced_work_is_lost(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = window.setup_page.ui.recoveryNote
    assert note.isVisible()
    assert "not yet synced to the hub is lost" in note.text() and "not set up a recovery key" in note.text()
    window.resize(960, 540)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "setup-960.png"))
    assert note.geometry().bottom() <= window.setup_page.height()
    create_vault_by_typing(qtbot, window)
    assert not recovery_path_for(window.vault_path).exists()


def test_with_the_authoritys_key_the_vault_is_wrapped_to_it(qtbot: QtBot, window: MainWindow) -> None:
    _, public_pem = new_keypair()
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / AUTHORITY_KEY_FILE).write_bytes(public_pem)
    window.setup_page.prepare(window.vault_path)
    assert public_fingerprint(public_pem) in window.setup_page.ui.recoveryNote.text()
    create_vault_by_typing(qtbot, window)
    assert recovery_path_for(window.vault_path).exists()
    events = window.vault.audit_events()
    assert any(e["action"] == "set_recovery_key" for e in events)
