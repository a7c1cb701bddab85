"""Checking a passphrase against a vault's key file, with the growing back-off.

Free of SQLite and of the record code: the GUI shows its unlock screen and runs the
derivation with only this loaded, and loads the rest of the vault while the key is derived.
"""

from __future__ import annotations

from pathlib import Path

from .attempts import Attempts, attempts_path_for
from .errors import BackoffActive, VaultMissing, WrongPassphrase
from .keyfile import KeyFile, key_path_for


def vault_exists(path: Path) -> bool:
    return path.exists() and key_path_for(path).exists()


def unlock_key(path: Path, passphrase: str) -> bytes:
    """Check the passphrase and return the database key. Slow by design (Argon2id), so the
    GUI runs it off the UI thread."""
    path = Path(path)
    if not vault_exists(path):
        raise VaultMissing(path)
    attempts = Attempts(attempts_path_for(path))
    wait = attempts.seconds_to_wait()
    if wait > 0:
        raise BackoffActive(wait)
    key = KeyFile.load(key_path_for(path)).unwrap(passphrase)
    if key is None:
        failures, wait = attempts.record_failure()
        raise WrongPassphrase(failures, wait)
    return key
