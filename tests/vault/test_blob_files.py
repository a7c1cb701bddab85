"""Attachments' bytes as sealed files beside the vault: noise without the vault, removed with
their rows, never lost to a crash or a rollback, carried by backups and wiped on revocation."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault, VaultError
from cnis_desktop.vault.backup import BackupRefused, list_backups, make_backup, restore
from cnis_desktop.vault.blob_files import (
    ORPHAN_AGE_SECONDS,
    BlobFolder,
    blob_folder_for,
    sha256_hex,
    verify_blob,
)
from cnis_desktop.vault.connection import transaction
from cnis_desktop.vault.keyfile import key_path_for
from tests.attachment_samples import PDF_MARKER, drawing_png, marker_pdf
from tests.conftest import PASSPHRASE, add_child_with_arrangement


def _files(vault: Vault) -> set[str]:
    return set(BlobFolder(blob_folder_for(vault.path)).names())


def _named(vault: Vault) -> set[str]:
    rows = vault.conn.execute("SELECT file_name FROM attachment_blobs WHERE file_name IS NOT NULL")
    return {str(r[0]) for r in rows}


def _age(folder: Path, name: str, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(folder / name, (past, past))


def test_a_file_is_sealed_beside_the_vault_and_read_back(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    pdf = marker_pdf()
    added = vault.attachments.add(child, "child", child, pdf, "letter.pdf", caption="CAMHS letter")
    folder = blob_folder_for(vault.path)
    assert folder == vault.path.with_name(vault.path.name + ".blobs")
    [name] = _files(vault)
    assert _named(vault) == {name}
    assert name != added.sha256 and added.sha256 not in name  # the hash says nothing on disk
    sealed = (folder / name).read_bytes()
    assert PDF_MARKER.encode() not in sealed and pdf not in sealed and pdf[:64] not in sealed
    assert len(sealed) == len(pdf) + 6 + 12 + 16  # header, nonce, tag: no padding, no copy
    assert (folder.stat().st_mode & 0o777, (folder / name).stat().st_mode & 0o777) == (0o700, 0o600)
    # The row keeps the key and no bytes; the bytes come back whole.
    row = vault.conn.execute("SELECT length(data), length(file_key) FROM attachment_blobs").fetchone()
    assert tuple(row) == (0, 32)
    assert vault.attachments.data(added.sha256) == pdf


def test_the_same_bytes_attached_twice_make_one_file(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    png = drawing_png()
    vault.attachments.add(child, "child", child, png, "a.png")
    vault.attachments.add(child, "child", child, png, "b.png")
    assert len(_files(vault)) == 1 == len(_named(vault))
    # Sealed twice at once (two threads keeping the same download): the spare file goes.
    sha256 = vault.attachments.list_for_child(child)[0].sha256
    stored = vault.attachments.data(sha256) or b""
    vault.attachments.store_blob(sha256, stored)
    assert len(_files(vault)) == 1 and _files(vault) == _named(vault)


def test_a_file_goes_with_its_row_and_a_rollback_keeps_it(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    added = vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    [name] = _files(vault)
    with pytest.raises(RuntimeError), transaction(vault.conn):
        vault.conn.execute("DELETE FROM attachment_blobs")
        assert vault.attachments.remove_gone_files() == 0  # not inside a transaction
        raise RuntimeError("a failure later in the same transaction")
    assert _files(vault) == {name} and vault.attachments.data(added.sha256) is not None
    vault.attachments.remove(added.id)
    assert _files(vault) == set() and _named(vault) == set()
    assert vault.conn.execute("SELECT count(*) FROM blob_files_gone").fetchone()[0] == 0


def test_a_file_no_row_names_is_removed_at_opening_once_old(vault: Vault) -> None:
    """A crash after sealing and before the commit leaves a file no row names (its key died
    with the process). The next opening removes it, unless it may be a write under way."""
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "kept.png")
    [kept] = _files(vault)
    folder = BlobFolder(blob_folder_for(vault.path))
    png = drawing_png(300, 300)
    old = folder.seal(verify_blob(sha256_hex(png), png)).file_name
    young = folder.seal(verify_blob(sha256_hex(png + b"x"), png + b"x")).file_name
    _age(folder.path, old, ORPHAN_AGE_SECONDS + 60)
    _age(folder.path, kept, ORPHAN_AGE_SECONDS + 60)  # named: never removed, however old
    vault.close()
    again = Vault.open(vault.path, PASSPHRASE)
    try:
        assert _files(again) == {kept, young}
    finally:
        again.close()


def test_a_lost_file_is_fetched_again_and_its_key_kept_meanwhile(vault: Vault) -> None:
    """A file gone from the folder (or cut short) is not held: the next sync fetches it
    again. Its row, and with it the key, is kept, so the file put back from a copy reads."""
    child = add_child_with_arrangement(vault)
    lost = vault.attachments.add(child, "child", child, drawing_png(), "lost.png")
    kept = vault.attachments.add(child, "child", child, drawing_png(320, 200), "kept.png")
    folder = blob_folder_for(vault.path)
    lost_file = (
        folder
        / vault.conn.execute(
            "SELECT file_name FROM attachment_blobs WHERE sha256 = ?", (lost.sha256,)
        ).fetchone()[0]
    )
    saved = lost_file.read_bytes()
    lost_file.unlink()
    assert vault.attachments.data(lost.sha256) is None  # unreadable: not held, no error
    vault.close()
    again = Vault.open(vault.path, PASSPHRASE)
    try:
        assert again.attachments.missing_blobs() == [(lost.sha256, lost.size)]
        assert again.attachments.data(kept.sha256) is not None
        event = next(e for e in again.audit_events() if e["action"] == "attachment_files_missing")
        assert event["detail"] == "1"
        # Cut short counts as lost too.
        lost_file.write_bytes(saved[:100])
        assert again.attachments.missing_blobs() == [(lost.sha256, lost.size)]
        # Put back whole (from a copy), it reads again with the key the row kept.
        lost_file.write_bytes(saved)
        assert again.attachments.missing_blobs() == []
        assert again.attachments.data(lost.sha256) == drawing_png()
        # Fetched again instead: the row takes the new file, and the old one goes.
        lost_file.unlink()
        again.attachments.store_blob(lost.sha256, drawing_png())
        assert (
            again.attachments.missing_blobs() == [] and again.attachments.data(lost.sha256) == drawing_png()
        )
        assert _files(again) == _named(again) and len(_named(again)) == 2
    finally:
        again.close()


def test_the_bytes_attached_again_replace_a_lost_file(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    first = vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    [name] = _files(vault)
    (blob_folder_for(vault.path) / name).unlink()
    vault.attachments.add(child, "child", child, drawing_png(), "again.png")
    assert vault.attachments.data(first.sha256) == drawing_png()
    assert _files(vault) == _named(vault) and len(_files(vault)) == 1


def test_sealing_never_brings_back_a_folder_a_wipe_removed(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    folder = BlobFolder(blob_folder_for(vault.path))
    folder.delete_all()
    png = drawing_png(300, 300)
    with pytest.raises(FileNotFoundError):
        folder.seal(verify_blob(sha256_hex(png), png))  # a fetch that ends after the wipe
    assert not folder.path.exists()


def test_a_damaged_or_swapped_file_is_never_read_as_the_photo(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    first = vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    second = vault.attachments.add(child, "child", child, drawing_png(320, 200), "b.png")
    rows = dict(vault.conn.execute("SELECT sha256, file_name FROM attachment_blobs").fetchall())
    folder = blob_folder_for(vault.path)
    # Swapped: each file is sealed to its own name, so the other's key cannot open it.
    a, b = folder / rows[first.sha256], folder / rows[second.sha256]
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    assert vault.attachments.data(first.sha256) is None
    assert vault.attachments.data(second.sha256) is None
    # One byte changed, the length kept: found when read, and removed then, so that the
    # next sync fetches the bytes again (a cut-short or missing file is found at once).
    a.write_bytes(a_bytes[:-1] + bytes([a_bytes[-1] ^ 1]))
    assert first.sha256 not in dict(vault.attachments.missing_blobs())
    assert vault.attachments.data(first.sha256) is None
    assert not a.exists()
    assert (first.sha256, first.size) in vault.attachments.missing_blobs()
    vault.attachments.store_blob(first.sha256, drawing_png())
    assert vault.attachments.data(first.sha256) == drawing_png()


def test_a_pipe_in_a_file_s_place_does_not_hang_the_reader(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    added = vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    [name] = _files(vault)
    target = blob_folder_for(vault.path) / name
    target.unlink()
    os.mkfifo(target)
    started = time.monotonic()
    assert vault.attachments.data(added.sha256) is None
    assert time.monotonic() - started < 1


def test_backups_carry_the_files_and_a_restore_brings_them_back(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    png = drawing_png()
    added = vault.attachments.add(child, "child", child, png, "d.png")
    key = vault._key
    assert key is not None
    backup = make_backup(vault.path, key)
    backup_files = set(BlobFolder(blob_folder_for(backup.path)).names())
    assert backup_files == _files(vault)
    [name] = backup_files
    # A hard link: a sealed file never changes, so the backup costs no second copy.
    assert (blob_folder_for(backup.path) / name).stat().st_ino == (
        blob_folder_for(vault.path) / name
    ).stat().st_ino
    vault.attachments.remove(added.id)
    assert _files(vault) == set()
    vault.close()
    restore(vault.path, backup.path, key)
    again = Vault.open(vault.path, PASSPHRASE)
    try:
        assert again.attachments.data(added.sha256) == png
    finally:
        again.close()


def test_a_backup_missing_its_files_is_refused_before_anything_moves(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    key = vault._key
    assert key is not None
    backup = make_backup(vault.path, key)
    vault.close()
    BlobFolder(blob_folder_for(backup.path)).delete_all()
    before = vault.path.read_bytes()
    with pytest.raises(BackupRefused, match="lacks 1 of its attachments' files"):
        restore(vault.path, backup.path, key)
    assert vault.path.read_bytes() == before


def test_rotation_removes_an_old_backups_files(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    key = vault._key
    assert key is not None
    start = datetime(2026, 11, 1, tzinfo=UTC)
    made = [make_backup(vault.path, key, keep=2, now=start + timedelta(days=n)) for n in range(3)]
    assert [b.path for b in list_backups(vault.path)] == [made[2].path, made[1].path]
    assert not blob_folder_for(made[0].path).exists()
    assert blob_folder_for(made[1].path).is_dir()


def test_a_wipe_removes_the_files_and_every_copy_of_the_vault(vault: Vault, tmp_path: Path) -> None:
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    key = vault._key
    assert key is not None
    backup = make_backup(vault.path, key)
    # Copies a schema upgrade and a restore keep beside the vault hold records too.
    upgrade_copy = vault.path.with_name(f"{vault.path.name}.schema9-20261101T100000.bak")
    upgrade_copy.write_bytes(vault.path.read_bytes())
    key_path_for(upgrade_copy).write_bytes(b"key")
    aside = vault.path.with_name(f"{vault.path.name}.before-restore-20261102T100000Z")
    aside.write_bytes(b"vault")
    (aside.with_name(aside.name + ".blobs")).mkdir()
    unrelated = vault.path.with_name("notes.txt")
    unrelated.write_text("not the vault's")
    vault.wipe()
    left = sorted(p.name for p in vault.path.parent.iterdir())
    assert left == ["backups", "notes.txt"] or left == ["notes.txt"]
    assert not any(backup.path.parent.iterdir()) if backup.path.parent.exists() else True
    assert unrelated.read_text() == "not the vault's"
    with pytest.raises(VaultError):
        Vault.open(vault.path, PASSPHRASE)


def test_a_wipe_removes_a_link_in_the_folder_s_place_without_following_it(
    vault: Vault, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not the vault's")
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    folder = blob_folder_for(vault.path)
    for name in os.listdir(folder):
        os.unlink(folder / name)
    folder.rmdir()
    folder.symlink_to(elsewhere, target_is_directory=True)
    vault.wipe()
    assert not os.path.lexists(folder) and not vault.path.exists()
    assert (elsewhere / "keep.txt").read_text() == "not the vault's"


def test_a_failed_backup_leaves_no_folder_of_files(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from cnis_desktop.vault import backup as backup_module

    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    key = vault._key
    assert key is not None

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.os, "replace", full_disk)
    with pytest.raises(OSError):
        make_backup(vault.path, key)
    assert list(backup_module.backups_dir(vault.path).iterdir()) == []


def test_a_connection_left_on_a_vault_replaced_by_a_restore_writes_nothing(vault: Vault) -> None:
    """A sync on its own connection while the vault is restored would delete files the
    restored vault names (backups share them): every write of it is refused."""
    child = add_child_with_arrangement(vault)
    added = vault.attachments.add(child, "child", child, drawing_png(), "a.png")
    key = vault._key
    assert key is not None
    backup = make_backup(vault.path, key)
    background = vault.for_this_thread()
    restored, _aside = vault.restore_backup(backup.path)
    try:
        with pytest.raises(VaultError, match="was replaced"):
            background.attachments.remove(added.id)
        assert restored.attachments.data(added.sha256) == drawing_png()
        # Locked again (no WAL beside it): still said as a replaced vault, not a lost journal.
        restored.close()
        with pytest.raises(VaultError, match="was replaced") as refused:
            background.attachments.set_caption(added.id, "after")
        assert "journal" not in str(refused.value)
        # Files queued for removal by the old connection are not its to remove any more.
        background.conn.execute("INSERT INTO blob_files_gone SELECT file_name FROM attachment_blobs")
        assert background.attachments.remove_gone_files() == 0
        again = Vault.open(vault.path, PASSPHRASE)
        try:
            assert again.attachments.data(added.sha256) == drawing_png()
        finally:
            again.close()
    finally:
        background.release()
        if restored.is_open:
            restored.close()


def test_a_wipe_wins_over_fetches_still_sealing_files(vault: Vault) -> None:
    """Revoked in the middle of a sync: fetches under way still seal into the folder while
    the wipe empties it. Nothing of theirs, and no copy of the vault, is left."""
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    key = vault._key
    assert key is not None
    make_backup(vault.path, key)
    folder = BlobFolder(blob_folder_for(vault.path))
    data = os.urandom(64 * 1024)
    blob = verify_blob(sha256_hex(data), data)
    for _ in range(200):  # a folder that takes a while to empty
        folder.seal(blob)
    stop = threading.Event()

    def fetch() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                folder.seal(blob)

    fetches = [threading.Thread(target=fetch) for _ in range(3)]
    for thread in fetches:
        thread.start()
    try:
        vault.wipe()
    finally:
        stop.set()
        for thread in fetches:
            thread.join()
    assert not folder.path.exists()
    assert sorted(p.name for p in vault.path.parent.iterdir() if p.name != "backups") == []
    assert list_backups(vault.path) == []
