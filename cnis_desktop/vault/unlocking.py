"""Checking a passphrase against a vault's key file, with the growing back-off, and checking
the vault file is whole before its key is handed on.

Free of SQLite and of the record code at import: the GUI shows its unlock screen and runs
the derivation with only this loaded, and loads the rest of the vault while the key is
derived. All of `unlock_key` runs on the caller's thread (the GUI's worker thread), so the
page check after the derivation never holds up the UI.
"""

from __future__ import annotations

import time
from pathlib import Path

from .. import logs
from .attempts import attempts_for
from .errors import BackoffActive, KeyFileMismatch, VaultMissing, WrongPassphrase
from .integrity import check_vault_file, database_salt
from .keyfile import KeyFile, key_path_for


def vault_exists(path: Path) -> bool:
    """Either file is there: a vault whose key file is missing (or whose vault file is)
    goes to the unlock screen, which says what is wrong, not to the first-run screen."""
    return path.exists() or key_path_for(path).exists()


def unlock_key(path: Path, passphrase: str, check: bool = True) -> bytes:
    """Check the passphrase and return the database key. Slow by design (Argon2id), so the
    GUI runs it off the UI thread. Before deriving: the vault file's shape and the key
    file's format, size and parameters; after: the vault's pages (`check`), so that a
    damaged vault is reported here, with what to do, and never opened for writing."""
    path = Path(path)
    if not path.exists() and not key_path_for(path).exists():
        raise VaultMissing(path)
    check_vault_file(path)
    key_path = key_path_for(path)
    keyfile = KeyFile.load(key_path)  # names a missing, special, huge or edited key file
    if keyfile.database_salt and keyfile.database_salt != database_salt(path):
        raise KeyFileMismatch(key_path)
    attempts = attempts_for(path)
    wait = attempts.seconds_to_wait()
    if wait > 0:
        raise BackoffActive(wait)
    start = time.perf_counter()
    key = keyfile.unwrap(passphrase)
    derived_ms = round((time.perf_counter() - start) * 1000)
    if key is None:
        failures, wait = attempts.record_failure()
        logs.warning("wrong_passphrase", vault=keyfile.vault_id, failures=failures, ms=derived_ms)
        raise WrongPassphrase(failures, wait)
    checked_ms = 0.0
    if check:
        from .integrity import check_after_unlock

        checked_ms = check_after_unlock(path, key) * 1000
    logs.event(
        "passphrase_accepted", vault=keyfile.vault_id, derive_ms=derived_ms, check_ms=round(checked_ms)
    )
    return key
