"""The key file, unlocking, back-off and what reaches disk."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from cnis_desktop.vault import BackoffActive, Vault, VaultExists, WrongPassphrase
from cnis_desktop.vault.attempts import Attempts, attempts_path_for, wait_after
from cnis_desktop.vault.errors import KeyFileCorrupt
from cnis_desktop.vault.keyfile import DEFAULT_KDF, KdfParams, KeyFile, derive, key_path_for
from tests.conftest import PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_default_kdf_is_argon2id_with_real_memory_cost() -> None:
    assert DEFAULT_KDF.memory_kib >= 65536 and DEFAULT_KDF.time_cost >= 2


@pytest.mark.parametrize(
    ("passphrase", "salt", "params", "expected"),
    [
        (
            "correct horse battery staple",
            b"cnis-test-salt-1",
            KdfParams(2, 8192, 2),
            "c7710f77ae25d5757f1cc8eca4a93cc024bab8c2cfd1f17e3f38a3e8eab18df0",
        ),
        (
            "Zoë’s pass",
            bytes(range(16)),
            KdfParams(3, 65536, 1),
            "142e00ecbcb3f715c129c127941fdffb70b612f41c924f998c3daefb672d312b",
        ),
    ],
)
def test_derivation_matches_known_argon2id_answers(
    passphrase: str, salt: bytes, params: KdfParams, expected: str
) -> None:
    """Known answers (made with the argon2 reference bindings): key files written by any
    earlier release still unwrap, whichever Argon2id implementation derives the key."""
    assert derive(passphrase, salt, params).hex() == expected


def test_key_file_holds_no_key_in_the_clear(vault: Vault, vault_path: Path) -> None:
    data = json.loads(key_path_for(vault_path).read_text())
    assert data["kdf"]["name"] == "argon2id"
    assert set(data) == {"format", "vault_id", "kdf", "salt", "nonce", "wrapped_key", "database_salt"}
    # The database salt is the vault file's public header, not its key.
    assert base64.b64decode(data["database_salt"]) == vault_path.read_bytes()[:16]


def test_plain_sqlite_cannot_read_the_vault(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(vault_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_cipher_settings_are_pinned(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_files_are_private(vault: Vault, vault_path: Path) -> None:
    vault.children.count()
    for path in vault_path.parent.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_wrong_passphrase_changes_nothing_and_backs_off(vault: Vault, vault_path: Path) -> None:
    vault.close()
    before = {p.name: _digest(p) for p in (vault_path, key_path_for(vault_path))}
    with pytest.raises(WrongPassphrase) as first:
        Vault.open(vault_path, "not the passphrase")
    assert first.value.wait_seconds == 0
    assert "not correct" in str(first.value)
    with pytest.raises(WrongPassphrase) as second:
        Vault.open(vault_path, "still not it")
    assert second.value.wait_seconds == 2
    assert Attempts(attempts_path_for(vault_path)).seconds_to_wait() > 0
    with pytest.raises(BackoffActive):
        Vault.open(vault_path, PASSPHRASE)  # even the right one waits out the back-off
    after = {p.name: _digest(p) for p in (vault_path, key_path_for(vault_path))}
    assert before == after


def test_back_off_grows_and_is_capped() -> None:
    waits = [wait_after(n) for n in range(1, 12)]
    assert waits[:4] == [0, 2, 4, 8]
    assert waits == sorted(waits) and waits[-1] <= 300


def test_failed_unlocks_reach_the_audit_log(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "wrong one entirely")
    reopened = Vault.open(vault_path, PASSPHRASE)
    actions = [e["action"] for e in reopened.audit_events()]
    assert actions.count("failed_unlock") == 1 and "open" in actions
    assert not attempts_path_for(vault_path).exists()
    reopened.close()


def test_change_passphrase_rewraps_without_touching_the_database(vault: Vault, vault_path: Path) -> None:
    vault.close()
    opened = Vault.open(vault_path, PASSPHRASE)
    header = vault_path.read_bytes()[:16]  # SQLCipher's per-file salt
    opened.change_passphrase(PASSPHRASE, "willow-quartz-meadow-77")
    opened.close()
    assert vault_path.read_bytes()[:16] == header
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, "willow-quartz-meadow-77").close()


def test_tampered_kdf_parameters_are_detected(vault: Vault, vault_path: Path) -> None:
    vault.close()
    path = key_path_for(vault_path)
    data = json.loads(path.read_text())
    data["kdf"]["time_cost"] += 1  # within the allowed range: the wrapping's binding fails
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    data["kdf"]["memory_kib"] = 8  # outside it: refused before any derivation
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileCorrupt, match=r"0 MiB of memory"):
        Vault.open(vault_path, PASSPHRASE)


def test_damaged_key_file_is_named(vault: Vault, vault_path: Path) -> None:
    vault.close()
    key_path_for(vault_path).write_text("{not json")
    with pytest.raises(KeyFileCorrupt):
        KeyFile.load(key_path_for(vault_path))


def test_create_refuses_to_overwrite(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, "Someone", "ehe_officer")
