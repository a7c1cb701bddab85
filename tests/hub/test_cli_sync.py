"""`cnis-hub` administration and `cnis enrol` / `cnis sync` as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, make_child
from tests.hub.conftest import RunningHub
from tests.hub.test_attachment_sync import photo

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


def test_cli_sync_brings_photos_and_makes_their_thumbnails(hub: RunningHub, tmp_path: Path) -> None:
    user = hub.store.add_user("Alex Officer", "ehe_officer")
    office = Vault.create(tmp_path / "office.vault", PASSPHRASE, "Alex", "ehe_officer", kdf=FAST_KDF)
    enrol(office, hub.url, hub.store.new_code(user))
    child = office.children.add(make_child()).id
    for n in range(2):
        office.attachments.add(child, "child", child, photo(n), f"p{n}.jpg")
    sync_once(office)
    office.close()
    path = tmp_path / "laptop.vault"
    with closing(Vault.create(path, PASSPHRASE, "Alex", "ehe_officer")) as laptop:  # the CLI's KDF
        enrol(laptop, hub.url, hub.store.new_code(user))
    synced = run(
        "cnis_desktop.cli", "sync", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert synced.returncode == 0, synced.stderr
    assert "Attachments: sent 0, received 2 (2 thumbnails made)." in synced.stdout
    with closing(Vault.open(path, PASSPHRASE)) as laptop:
        assert laptop.attachments.missing_thumbnails() == [] and laptop.attachments.missing_blobs() == []
