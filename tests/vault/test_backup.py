"""Rotating encrypted backups and restoring one: the vault-level API and `cnis restore`."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault
from cnis_desktop.vault.backup import (
    backup_due,
    backups_dir,
    list_backups,
    make_backup,
    restore,
    unlock_backup,
)
from cnis_desktop.vault.errors import VaultDamaged, WrongPassphrase
from cnis_desktop.vault.keyfile import KeyFile, key_path_for
from tests.attachment_samples import drawing_png
from tests.cli.test_cli import cnis
from tests.conftest import CHILD_FIRST, PASSPHRASE, add_child_with_arrangement


def test_a_backup_is_encrypted_private_and_opens_with_the_passphrase(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    assert backup_due(vault.path)
    made = Path(vault.make_backup())
    assert not backup_due(vault.path)
    assert made.parent == backups_dir(vault.path)
    assert stat.S_IMODE(os.stat(made.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(key_path_for(made)).st_mode) == 0o600
    assert CHILD_FIRST.encode() not in made.read_bytes() and not made.read_bytes().startswith(
        b"SQLite format"
    )
    copy = Vault.open(made, PASSPHRASE)
    try:
        assert copy.children.get(child_id).record.legal_first_name == CHILD_FIRST
        assert copy.integrity_check() == "ok"
    finally:
        copy.close()
    assert not list(made.parent.glob("*.tmp"))


def test_the_last_seven_are_kept(vault: Vault) -> None:
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for day in range(10):
        make_backup(vault.path, vault._key or b"", now=start + timedelta(days=day))
    kept = list_backups(vault.path)
    assert len(kept) == 7
    assert kept[0].made_at == start + timedelta(days=9) and kept[-1].made_at == start + timedelta(days=3)
    assert len(list(backups_dir(vault.path).glob("*.key"))) == 7


def test_a_second_backup_in_the_same_second_never_writes_over_the_first(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second backup takes the next second's name; one that fails removes only its own
    files, never those the first backup needs."""
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "drawing.png")
    now = datetime(2026, 11, 29, 9, tzinfo=UTC)
    first = make_backup(vault.path, vault._key or b"", now=now)

    def cut(*_args: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr("cnis_desktop.vault.backup.os.replace", cut)
    with pytest.raises(OSError):
        make_backup(vault.path, vault._key or b"", now=now)
    monkeypatch.undo()
    second = make_backup(vault.path, vault._key or b"", now=now)
    assert [b.made_at for b in list_backups(vault.path)] == [now + timedelta(seconds=1), now]
    assert second.path != first.path
    for backup in (first, second):
        copy = Vault.open(backup.path, PASSPHRASE)
        try:
            [attachment] = copy.attachments.list_for_child(child)
            assert copy.attachments.data(attachment.sha256) == drawing_png()
        finally:
            copy.close()


def test_restore_keeps_the_current_vault_aside_and_audits(vault: Vault) -> None:
    before = add_child_with_arrangement(vault)
    backup = Path(vault.make_backup())
    after = add_child_with_arrangement(vault, legal_first_name="Later")
    restored, aside = vault.restore_backup(backup)
    try:
        ids = {row.id for row in restored.children.caseload()}
        assert before in ids and after not in ids
        events = restored.audit_events()
        assert events[0]["action"] == "restore_backup" and backup.name in events[0]["detail"]
        outbox = restored.conn.execute(
            "SELECT count(*) FROM outbox WHERE record_type = 'audit' AND payload LIKE '%restore_backup%'"
        ).fetchone()[0]
        assert outbox == 1  # reported to the hub at the next sync
    finally:
        restored.close()
    kept = Vault.open(aside, PASSPHRASE)  # the previous vault, whole, with today's passphrase
    try:
        assert after in {row.id for row in kept.children.caseload()}
    finally:
        kept.close()


def test_a_backup_made_before_a_change_of_passphrase_opens_with_either(vault: Vault) -> None:
    add_child_with_arrangement(vault)
    backup = Path(vault.make_backup())
    vault.change_passphrase(PASSPHRASE, "a-brand-new-passphrase-for-2027")
    vault.close()
    assert unlock_backup(vault.path, backup, "a-brand-new-passphrase-for-2027")
    assert unlock_backup(vault.path, backup, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_backup(vault.path, backup, "not-it-at-all-sorry")
    key = unlock_backup(vault.path, backup, "a-brand-new-passphrase-for-2027")
    restore(vault.path, backup, key)
    Vault.open(vault.path, "a-brand-new-passphrase-for-2027").close()  # today's passphrase still works


def test_a_damaged_backup_is_refused_before_anything_moves(vault: Vault) -> None:
    backup = Path(vault.make_backup())
    data = bytearray(backup.read_bytes())
    data[5000:5100] = os.urandom(100)
    backup.write_bytes(bytes(data))
    original = vault.path.read_bytes()
    with pytest.raises(VaultDamaged):
        vault.restore_backup(backup)
    assert vault.is_open and vault.path.read_bytes() == original


def test_cli_backup_and_restore_over_a_damaged_vault(tmp_path: Path) -> None:
    path = tmp_path / "v" / "demo.vault"
    stdin = PASSPHRASE + "\n"
    assert (
        cnis("demo", "--vault", str(path), "--children", "3", "--passphrase-stdin", stdin=stdin).returncode
        == 0
    )
    done = cnis("backup", "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert done.returncode == 0, done.stderr
    (backup,) = list_backups(path)
    with open(path, "r+b") as handle:  # pages flipped: the vault no longer opens
        handle.seek(8192)
        handle.write(os.urandom(4096))
    broken = cnis("children", "list", "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert broken.returncode == 1 and "damaged" in broken.stderr
    refused = cnis("restore", str(backup.path), "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert refused.returncode == 1 and "Nothing was restored" in refused.stdout  # no answer: no
    done = cnis("restore", str(backup.path), "--vault", str(path), "--passphrase-stdin", "--yes", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert "kept as" in done.stdout
    listed = cnis("children", "list", "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3
    assert len(list(path.parent.glob("demo.vault.before-restore-*"))) >= 1
    assert KeyFile.load(key_path_for(path)).database_salt == path.read_bytes()[:16]
    missing = cnis(
        "restore", str(tmp_path / "nope.vault"), "--vault", str(path), "--passphrase-stdin", stdin=stdin
    )
    assert missing.returncode == 1 and "no backup at" in missing.stderr and "Traceback" not in missing.stderr
