"""`cnis diagnostics` and Help -> Save diagnostics…: a zip of logs, versions, settings and the
vault's shape that holds no record content."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from cnis_desktop import logs
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from tests.cli.test_cli import cnis
from tests.conftest import CHILD_FIRST, CHILD_LAST, PASSPHRASE, VISIT_SECRET, add_child_with_arrangement


def _read(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_cli_diagnostics_without_and_with_the_passphrase(tmp_path: Path) -> None:
    demo = tmp_path / "demo.vault"
    stdin = PASSPHRASE + "\n"
    assert (
        cnis("demo", "--vault", str(demo), "--children", "4", "--passphrase-stdin", stdin=stdin).returncode
        == 0
    )
    Settings(authority_name="Exampleshire County Council").save()
    out = tmp_path / "diag.zip"
    done = cnis("diagnostics", "--vault", str(demo), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    files = _read(out)
    assert {"about.json", "settings.json", "vault.json", "README.txt", "logs/cnis.log"} <= set(files)
    about = json.loads(files["about.json"])["versions"]
    assert about["cnis_desktop"] and about["python"].count(".") == 2
    assert about["sqlcipher"].startswith("4.") and "SQLite 3." in about["sqlcipher"]
    assert json.loads(files["settings.json"])["authority_name"] == "Exampleshire County Council"
    facts = json.loads(files["vault.json"])
    assert facts["files"]["vault"] == demo.stat().st_size and facts["key_file"]["kdf"]["time_cost"] >= 1
    assert facts["schema_version"].startswith("unknown")  # no passphrase: locked
    assert b"command command=demo exit=0" in files["logs/cnis.log"]

    again = cnis("diagnostics", "--vault", str(demo), "--out", str(out), "--passphrase-stdin", stdin=stdin)
    assert again.returncode == 0, again.stderr
    facts = json.loads(_read(out)["vault.json"])
    assert isinstance(facts["schema_version"], int) and facts["rows"]["children"] == 4


def test_cli_diagnostics_refuses_a_device(tmp_path: Path) -> None:
    done = cnis("diagnostics", "--vault", str(tmp_path / "none.vault"), "--out", "/dev/full")
    assert done.returncode == 1 and "device" in done.stderr and "Traceback" not in done.stderr


def test_help_save_diagnostics_from_the_menu(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    logs.setup_logging()
    try:
        add_child_with_arrangement(win.vault)
        action = win.diagnostics_action
        assert action.isEnabled() and action.text() == "Save &diagnostics…"
        assert action in win.menuBar().actions()[-1].menu().actions()  # under Help
        out = tmp_path / "from-menu.zip"
        win.choose_diagnostics_path = lambda: out  # type: ignore[method-assign]
        action.trigger()
        files = _read(out)
        facts = json.loads(files["vault.json"])
        assert facts["rows"]["children"] == 1 and facts["vault_id"] == win.vault.profile.vault_id
        assert json.loads(files["about.json"])["versions"]["qt"].startswith("6.")
        everything = b"".join(files.values()).decode("utf-8", "replace")
        for secret in (CHILD_FIRST, CHILD_LAST, VISIT_SECRET, PASSPHRASE):
            assert secret not in everything
        assert "Saved diagnostics" in win.statusBar().currentMessage()
        win.lock()
        assert win.diagnostics_action.isEnabled()  # also when locked
        win.diagnostics_action.trigger()
        assert json.loads(_read(out)["vault.json"])["schema_version"].startswith("unknown")
    finally:
        logs.stop_logging()
