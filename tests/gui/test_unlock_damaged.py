"""A damaged vault is named on the unlock screen, with what to do, and nothing is written to
it. The page check runs beside the caseload's first paint (cnis_desktop/vault/integrity.py
PageCheck), so the damage may be found after the window has begun to open the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, make_child


def _damaged_vault(path: Path, table: str) -> bytes:
    """Damage inside the first page of a table the opening does not read (not the schema's
    or meta's), so that only the page check finds it."""
    vault = Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=FAST_KDF)
    for n in range(60):
        vault.children.add(make_child(legal_first_name=f"Testchild{n:02d}"))
    page = vault.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    vault.close()
    data = bytearray(path.read_bytes())
    start = (int(page) - 1) * 4096 + 1000  # inside the page, not its header
    for i in range(start, start + 64):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("table", ["children", "audit_log"])
def test_damaged_vault_is_named_and_never_written(qtbot: QtBot, tmp_path: Path, table: str) -> None:
    path = tmp_path / "v.vault"
    damaged = _damaged_vault(path, table)
    win = MainWindow(path, Settings(auto_lock_minutes=30, autosave_seconds=0.2))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.unlock_page
    page.ui.passphrase.setText(PASSPHRASE)
    page.ui.unlockButton.click()
    qtbot.waitUntil(lambda: "damaged" in page.ui.message.text(), timeout=10_000)
    qtbot.wait(200)  # the check's own report, if it comes after, must not change the outcome
    assert "Restore the vault" in page.ui.message.text()
    assert win.vault is None
    assert win.stack.currentWidget() is page
    assert page.ui.unlockButton.isEnabled()
    assert path.read_bytes() == damaged  # not a byte written: no audit, no checkpoint
    win.grab().save("/tmp/unlock_damaged.png")
