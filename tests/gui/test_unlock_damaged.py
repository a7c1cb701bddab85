"""The unlock screen names a damaged vault or key file, with what to do, off the UI thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cnis_desktop.gui.unlock_page import UnlockPage
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_damaged_vault_is_a_message_on_the_unlock_screen(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=FAST_KDF).close()
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 64):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    page = UnlockPage()
    qtbot.addWidget(page)
    page.prepare(path)
    emitted: list[object] = []
    page.unlocked.connect(emitted.append)
    page.ui.passphrase.setText(PASSPHRASE)
    page.ui.unlockButton.click()
    qtbot.waitUntil(lambda: "damaged" in page.ui.message.text(), timeout=10_000)
    assert "Restore the vault" in page.ui.message.text()
    assert emitted == []
    assert page.ui.unlockButton.isEnabled()
    page.resize(960, 540)
    page.grab().save("/tmp/h5_unlock_damaged.png")
