"""The console's TOTP secrets encrypted at rest (AES-256-GCM), so that a copy of the hub's
database alone does not give anyone the second factor of every account.

The key is never kept in the database it protects: it is derived (HKDF-SHA256) from the
hub's secret (CNIS_HUB_SECRET) when there is one, else read from a key file of the hub's own
user (mode 0600) named by CNIS_HUB_TOTP_KEY_FILE, else made beside the SQLite file (or in
the hub's data folder, for PostgreSQL) the first time it is needed.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "v1:"  # a stored value that starts otherwise is a secret from before encryption
KEY_FILE_ENV = "CNIS_HUB_TOTP_KEY_FILE"


def key_from_secret(secret: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"cnis-hub console totp secrets").derive(secret)


def key_from_file(path: Path) -> bytes:
    """The key in `path`, made there (0600, in one step that another worker cannot race)
    if the file does not exist."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(secrets.token_hex(32))
        try:
            os.link(temporary, path)  # fails if another worker made it first: theirs is kept
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    if path.stat().st_mode & 0o077:
        raise PermissionError(f"{path} can be read by other users: make it 0600 (chmod 600).")
    return bytes.fromhex(path.read_text().strip())


class SecretBox:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("The TOTP key is 32 bytes.")
        self._aead = AESGCM(key)

    def seal(self, plain: str, account: str) -> str:
        """`account` is bound to the ciphertext: a secret copied to another row fails."""
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plain.encode(), account.encode())
        return PREFIX + base64.b64encode(nonce + sealed).decode()

    def open(self, stored: str, account: str) -> str:
        if not stored.startswith(PREFIX):
            return stored  # kept in clear before encryption; sealed again when next used
        raw = base64.b64decode(stored[len(PREFIX) :])
        return self._aead.decrypt(raw[:12], raw[12:], account.encode()).decode()


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)
