"""Writes all or nothing; a vanished WAL; the full disk; wrong passphrases in a read-only
folder; KDF parameters bounded before any derivation; the data folder 0700."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cnis_desktop.domain.model import Child
from cnis_desktop.vault import Vault, keyfile
from cnis_desktop.vault.errors import (
    BackoffActive,
    KeyFileCorrupt,
    OutputRefused,
    VaultDamaged,
    WriteFailed,
    WrongPassphrase,
)
from cnis_desktop.vault.files import ensure_private_dir, write_all, write_private_atomically
from cnis_desktop.vault.keyfile import KdfLimits, KdfParams, KeyFile, key_path_for
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).parents[2]


def test_real_floor_refuses_before_any_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "KDF_LIMITS", KdfLimits())  # the app's, not the suite's
    calls: list[object] = []
    monkeypatch.setattr(keyfile, "_argon2id", lambda *a: calls.append(a) or b"\0" * 32)
    for params in (
        KdfParams(1, 262_144, 2),
        KdfParams(21, 262_144, 2),
        KdfParams(3, 32_768, 2),
        KdfParams(3, 8 * 1024 * 1024, 2),
        KdfParams(3, 262_144, 0),
        KdfParams(3, 262_144, 10_000),
    ):
        with pytest.raises(KeyFileCorrupt, match="nothing was derived"):
            keyfile.derive("x", b"s" * 16, params)
    assert calls == []
    keyfile.derive("x", b"s" * 16, keyfile.DEFAULT_KDF)
    assert len(calls) == 1
    # What new key files use today is inside the range.
    assert keyfile.KDF_LIMITS.problem(keyfile.DEFAULT_KDF) is None
    assert keyfile.KDF_LIMITS.problem(KdfParams(2, 262_144, 2)) is None
    assert keyfile.KDF_LIMITS.problem(KdfParams(12, 262_144, 2)) is None


def test_write_all_loops_over_partial_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    path = tmp_path / "f"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        write_all(fd, b"0123456789" * 100)
    finally:
        os.close(fd)
    assert path.read_bytes() == b"0123456789" * 100


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null", "folder"])
def test_special_files_are_refused_as_outputs(tmp_path: Path, target: str) -> None:
    path = tmp_path if target == "folder" else Path(target)
    if not path.exists():
        pytest.skip(f"no {target} here")
    with pytest.raises(OutputRefused):
        write_private_atomically(path, b"data")
    link = tmp_path / "link.pdf"
    link.symlink_to(path)
    with pytest.raises(OutputRefused):
        write_private_atomically(link, b"data")


FULL_DISK = r"""
import resource, sys
from pathlib import Path
from cnis_desktop.vault.files import write_private_atomically
from cnis_desktop.vault.errors import WriteFailed
out = Path(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, resource.RLIM_INFINITY))
try:
    write_private_atomically(out, b"%PDF-1.7 " + b"x" * 100_000)
except WriteFailed as exc:
    print("refused:", exc)
"""


def test_a_file_too_big_for_the_disk_leaves_nothing_and_keeps_the_old(tmp_path: Path) -> None:
    out = tmp_path / "out" / "summary.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the earlier copy")
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(out)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused:") and "larger than this disk" in done.stdout
    assert out.read_bytes() == b"the earlier copy"
    assert sorted(p.name for p in out.parent.iterdir()) == ["summary.pdf"]  # no temp left


AUDIT_ON_FULL_DISK = r"""
import resource, sys
import tests
from pathlib import Path
from cnis_desktop.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
biggest = max(p.stat().st_size for p in Path(sys.argv[1]).parent.iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest, resource.RLIM_INFINITY))
written = [vault.audit("print", "visit", f"v{i}", detail="x" * 2000) for i in range(400)]
waiting = len(vault.pending_audit)
rows = vault.conn.execute("SELECT count(*) FROM children").fetchone()[0]  # reading goes on
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
flushed = vault.flush_audit()
count = vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'print'").fetchone()[0]
vault.close()
print(written.count(False) > 0, waiting > 0, rows, flushed, count)
"""


def test_audit_events_wait_in_memory_while_the_disk_is_full(tmp_path: Path) -> None:
    path = tmp_path / "full.vault"
    vault = Vault.create(path, PASSPHRASE, "Alex Officer", "ehe_officer", kdf=FAST_KDF)
    vault.children.add(
        Child(
            legal_first_name="Wren",
            legal_last_name="Oakhurst",
            date_of_birth=__import__("datetime").date(2015, 1, 1),
        )
    )
    vault.close()
    done = subprocess.run(
        [sys.executable, "-c", AUDIT_ON_FULL_DISK, str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    refused_some, waited, rows, flushed, count = done.stdout.split()
    assert (refused_some, waited, rows, flushed, count) == ("True", "True", "1", "True", "400")


def test_removing_the_wal_mid_session_refuses_further_writes(vault: Vault, vault_path: Path) -> None:
    vault.children.add(
        Child(
            legal_first_name="Wren",
            legal_last_name="Oakhurst",
            date_of_birth=__import__("datetime").date(2015, 1, 1),
        )
    )
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists()
    wal.unlink()
    with pytest.raises(VaultDamaged, match=r"journal .* was removed") as caught:
        vault.children.add(
            Child(
                legal_first_name="Ash",
                legal_last_name="Oakhurst",
                date_of_birth=__import__("datetime").date(2015, 1, 1),
            )
        )
    assert "\n" not in str(caught.value) and "Restore" in str(caught.value)
    vault.conn.close()
    vault.conn = None


def test_an_empty_vault_file_is_never_made_a_new_vault(vault: Vault, vault_path: Path) -> None:
    key = vault._key
    assert key is not None
    vault.close()
    vault_path.write_bytes(b"")
    with pytest.raises(VaultDamaged, match="empty"):
        Vault.open_with_key(vault_path, key)
    assert vault_path.stat().st_size == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_wrong_passphrases_are_counted_in_a_read_only_folder(vault: Vault, vault_path: Path) -> None:
    vault.close()
    folder = vault_path.parent
    folder.chmod(0o500)
    try:
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "not-the-passphrase-at-all")
        with pytest.raises(WrongPassphrase) as second:
            Vault.open(vault_path, "not-the-passphrase-at-all")
        assert second.value.failed_attempts == 2 and second.value.wait_seconds > 0
    finally:
        folder.chmod(0o700)


def test_wrong_passphrases_are_counted_when_the_side_file_cannot_be_written(
    vault: Vault, vault_path: Path
) -> None:
    """As root the folder cannot be made read-only: a folder in the side file's place does
    the same (its write fails), and the count goes elsewhere."""
    vault.close()
    side = vault_path.with_name(vault_path.name + ".attempts")
    side.mkdir()
    (side / "x").write_text("keeps the folder from being replaced")
    for expected in (1, 2):
        with pytest.raises(WrongPassphrase) as caught:
            Vault.open(vault_path, "not-the-passphrase-at-all")
        assert caught.value.failed_attempts == expected
    with pytest.raises(BackoffActive):
        Vault.open(vault_path, PASSPHRASE)
    assert list(side.iterdir()) == [side / "x"]


def test_data_folders_are_created_0700(tmp_path: Path) -> None:
    os.umask(0o022)
    target = tmp_path / "a" / "b" / "data"
    ensure_private_dir(target)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_key_file_errors_are_one_line_each(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key = key_path_for(vault_path)
    key.write_text('{"format": "cnis-keyfile/1", "kdf": 5}')
    with pytest.raises(KeyFileCorrupt) as caught:
        KeyFile.load(key)
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)


def test_write_failed_is_an_os_error_for_existing_handlers() -> None:
    assert issubclass(WriteFailed, OSError)
