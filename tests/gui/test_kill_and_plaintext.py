"""Killed mid-typing loses at most the last autosave interval; nothing readable on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import Vault
from tests.conftest import (
    CHILD_FIRST,
    CHILD_LAST,
    FAST_KDF,
    PASSPHRASE,
    VISIT_SECRET,
    add_child_with_arrangement,
    finalisable_visit,
)
from tests.gui.kill_driver import TEXT

ROOT = Path(__file__).parents[2]


@pytest.mark.slow
def test_sigkill_while_typing_keeps_the_draft(tmp_path: Path, fast_kdf: object) -> None:
    path = tmp_path / "kill.vault"
    vault = Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=FAST_KDF)
    child_id = add_child_with_arrangement(vault)
    final = vault.visits.start(finalisable_visit(child_id))
    vault.visits.finalise(final.id)
    vault.close()

    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kill_driver", str(path), PASSPHRASE, child_id],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    watchdog = threading.Timer(60, proc.kill)  # never hang the suite if saves stop coming
    watchdog.start()
    saves: list[int] = []
    for line in proc.stdout:
        if line.startswith("saved"):
            saves.append(int(line.split()[1]))
            if len(saves) >= 3:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    watchdog.cancel()
    assert len(saves) >= 3 and saves[-1] > 0

    reopened = Vault.open(path, PASSPHRASE)
    try:
        assert reopened.integrity_check() == "ok"
        visits = reopened.visits.for_child(child_id)
        drafts = [v for v in visits if not v.is_final]
        assert len(drafts) == 1
        kept = drafts[0].record.child_views
        # Everything up to the last reported autosave is there; at most later typing is lost.
        assert TEXT.startswith(kept) and len(kept) >= saves[-1] - 1
        finalised = reopened.visits.get(final.id)
        assert finalised.is_final and finalised.record.child_views == VISIT_SECRET
    finally:
        reopened.close()


def _needles() -> list[bytes]:
    found = []
    for secret in (CHILD_FIRST, CHILD_LAST, VISIT_SECRET[:30]):
        found += [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return found


def _files_with_plaintext(roots: list[Path]) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(n in data for n in _needles()):
                    hits.append(str(path))
    return hits


def test_no_plaintext_on_disk_after_a_journey(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, private_home: Path
) -> None:
    win = open_window
    child_id = add_child_with_arrangement(win.vault)
    win.open_child(child_id)
    win.child_page.ui.tabs.setCurrentIndex(2)
    qtbot.mouseClick(win.child_page.ui.newVisitButton, Qt.MouseButton.LeftButton)
    page = win.visit_page
    qtbot.keyClicks(page.ui.child_views, VISIT_SECRET)
    with qtbot.waitSignal(page.draft_saved, timeout=5000):
        pass
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.preview_dialog is not None, timeout=10_000)
    win.lock()
    win.close()
    roots = [win.vault_path.parent, private_home]
    written = [p for r in roots for p in r.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".vault") for p in written)
    assert _files_with_plaintext(roots) == []


def test_the_scan_would_find_plaintext(tmp_path: Path) -> None:
    (tmp_path / "leak.log").write_text(f"opened {CHILD_FIRST}", encoding="utf-8")
    assert _files_with_plaintext([tmp_path]) == [str(tmp_path / "leak.log")]
