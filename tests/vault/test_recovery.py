"""The authority's recovery key: a forgotten passphrase replaced with a new one, the records
intact, the recovery audited on the laptop and reported to the hub."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault
from cnis_desktop.vault.recovery import RecoveryFailed, new_keypair, recover, recovery_path_for
from tests.cli.test_cli import cnis
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement

NEW_PASSPHRASE = "heron-cobalt-meadow-2027"


def test_forgotten_passphrase_to_a_new_one_with_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "laptop" / "demo.vault"
    stdin = PASSPHRASE + "\n"
    assert (
        cnis("demo", "--vault", str(path), "--children", "5", "--passphrase-stdin", stdin=stdin).returncode
        == 0
    )
    before = cnis("children", "list", "--vault", str(path), "--passphrase-stdin", stdin=stdin).stdout
    office = tmp_path / "authority"
    office.mkdir()
    private, public = office / "recovery.pem", office / "recovery.pub.pem"
    made = cnis("recovery-key-init", "--out-private", str(private), "--out-public", str(public))
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600 and b"PRIVATE KEY" in private.read_bytes()
    fingerprint = made.stdout.split("fingerprint ")[1].rstrip(").\n")
    again = cnis("recovery-key-init", "--out-private", str(private), "--out-public", str(public))
    assert again.returncode == 1 and "left untouched" in again.stderr

    # Recovery without a recovery key: said plainly.
    none = cnis("recover", "--vault", str(path), "--recovery-key", str(private), "--passphrase-stdin",
                stdin=NEW_PASSPHRASE + "\n")  # fmt: skip
    assert none.returncode == 1 and "has no recovery key" in none.stderr

    done = cnis("recovery-key-set", str(public), "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert fingerprint in done.stdout
    sealed = recovery_path_for(path)
    assert stat.S_IMODE(os.stat(sealed).st_mode) == 0o600
    assert json.loads(sealed.read_text())["recipient_fingerprint"] == fingerprint

    # The passphrase is forgotten; the authority's private key sets a new one.
    weak = cnis("recover", "--vault", str(path), "--recovery-key", str(private), "--passphrase-stdin",
                stdin="short\n")  # fmt: skip
    assert weak.returncode == 1 and "Traceback" not in weak.stderr
    done = cnis("recover", "--vault", str(path), "--recovery-key", str(private), "--passphrase-stdin",
                stdin=NEW_PASSPHRASE + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    old = cnis("children", "list", "--vault", str(path), "--passphrase-stdin", stdin=stdin)
    assert old.returncode == 1 and "passphrase" in old.stderr.lower()
    after = cnis("children", "list", "--vault", str(path), "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")
    assert after.returncode == 0 and after.stdout == before and len(before.splitlines()) == 5

    vault = Vault.open(path, NEW_PASSPHRASE)
    try:
        actions = [e["action"] for e in vault.audit_events()]
        assert "set_recovery_key" in actions and "recover_passphrase" in actions
        detail = next(e["detail"] for e in vault.audit_events() if e["action"] == "recover_passphrase")
        assert fingerprint in detail
        queued = vault.conn.execute(
            "SELECT count(*) FROM outbox WHERE record_type = 'audit' AND pushed_at IS NULL"
            " AND payload LIKE '%recover_passphrase%'"
        ).fetchone()[0]
        assert queued == 1  # goes to the hub at the next sync
    finally:
        vault.close()


def test_another_authoritys_key_or_an_edited_file_is_refused(vault: Vault, tmp_path: Path) -> None:
    add_child_with_arrangement(vault)
    private_pem, public_pem = new_keypair()
    vault.set_recovery_key(public_pem)
    path = vault.path
    vault.close()
    other_private, _ = new_keypair()
    with pytest.raises(RecoveryFailed, match="not the one this vault was wrapped to"):
        recover(path, other_private, NEW_PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(RecoveryFailed, match="not a recovery private key"):
        recover(path, b"-----BEGIN NONSENSE-----", NEW_PASSPHRASE, kdf=FAST_KDF)
    sealed = recovery_path_for(path)
    data = json.loads(sealed.read_text())
    data["vault_id"] = "another-vault"  # bound into the wrapping: no longer opens
    sealed.write_text(json.dumps(data))
    with pytest.raises(RecoveryFailed, match="damaged or was edited"):
        recover(path, private_pem, NEW_PASSPHRASE, kdf=FAST_KDF)
    Vault.open(path, PASSPHRASE).close()  # nothing was changed by the refusals
