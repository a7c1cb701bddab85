"""`cnis-hub` administration and `cnis enrol` / `cnis sync` as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.hub.conftest import RunningHub

ROOT = Path(__file__).parents[2]


def run(module: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )


def test_hub_admin_and_laptop_sync(hub: RunningHub, tmp_path: Path) -> None:
    db = tmp_path / "admin.sqlite3"
    user = run("cnis_desktop.hub.cli", "--db", str(db), "user-add", "Alex Officer")
    assert user.returncode == 0 and len(user.stdout.strip()) == 36
    code = run("cnis_desktop.hub.cli", "--db", str(db), "code", user.stdout.strip())
    assert code.returncode == 0 and len(code.stdout.strip()) == 14  # XXXX-XXXX-XXXX
    bad = run("cnis_desktop.hub.cli", "--db", str(db), "code", "nobody")
    assert bad.returncode == 1 and "no user nobody" in bad.stderr

    vault = tmp_path / "laptop.vault"
    demo = run(
        "cnis_desktop.cli",
        "demo",
        "--vault",
        str(vault),
        "--children",
        "4",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert demo.returncode == 0, demo.stderr
    live_code = hub.store.new_code(hub.store.add_user("Alex Officer", "ehe_officer"))
    enrolled = run(
        "cnis_desktop.cli",
        "enrol",
        "--hub",
        hub.url,
        "--code",
        live_code,
        "--vault",
        str(vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert enrolled.returncode == 0, enrolled.stderr
    synced = run(
        "cnis_desktop.cli", "sync", "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Pushed ") and "pulled 0" in synced.stdout
    again = run(
        "cnis_desktop.cli",
        "enrol",
        "--hub",
        hub.url,
        "--code",
        live_code,
        "--vault",
        str(vault),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert again.returncode == 1 and "not valid" in again.stderr
