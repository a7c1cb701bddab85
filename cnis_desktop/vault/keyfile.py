"""The vault's database key, wrapped.

The SQLCipher key is 32 random bytes. It is stored only wrapped with AES-256-GCM under a
key derived from the passphrase by Argon2id, so a change of passphrase rewraps 32 bytes and
never re-encrypts the database; the GCM tag tells a wrong passphrase apart from a damaged
file. The key file holds nothing secret in the clear.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import KeyFileCorrupt
from .files import write_private_atomically

FORMAT = "cnis-keyfile/1"
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 262_144
    parallelism: int = 2


# Tuned on the reference laptop class to take about half a second (0.3–1 s is the target).
DEFAULT_KDF = KdfParams()
TARGET_SECONDS = 0.5


def load_library() -> None:
    """Load the cryptography library now (what `derive` and unwrapping import on first use):
    on the UI thread before a derivation starts, rather than on the deriving thread while
    the UI thread loads other code, which would hold up the derivation's start."""
    from cryptography.exceptions import InvalidTag  # noqa: F401
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # Argon2id (RFC 9106) from the same library as the AES-GCM: one audited dependency for
    # both. Imported here, on the thread that derives, so that the unlock screen shows
    # before the library loads and the window can load the vault's own code meanwhile.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.time_cost,
                   lanes=params.parallelism, memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def choose_kdf() -> KdfParams:
    """Parameters for a new key: calibrated on this machine, so that unlocking stays strong
    (0.3–1 s) on a fast laptop and bearable on a slow one."""
    return calibrate(DEFAULT_KDF)


def calibrate(base: KdfParams = DEFAULT_KDF, target: float = TARGET_SECONDS) -> KdfParams:
    """Scale the time cost so that one derivation takes about `target` seconds here."""
    probe = KdfParams(1, base.memory_kib, base.parallelism)
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, probe)
    per_pass = max(time.perf_counter() - start, 1e-3)
    return KdfParams(max(2, min(12, round(target / per_pass))), base.memory_kib, base.parallelism)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        # Binding the parameters stops an attacker lowering the KDF cost in the file.
        return json.dumps(
            {"format": FORMAT, "vault_id": self.vault_id, "kdf": asdict(self.kdf)},
            sort_keys=True,
        ).encode()

    @classmethod
    def wrap(cls, key: bytes, passphrase: str, vault_id: str, kdf: KdfParams) -> KeyFile:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = os.urandom(16)
        nonce = os.urandom(12)
        shell = cls(vault_id, salt, kdf, nonce, b"")
        wrapping_key = derive(passphrase, salt, kdf)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, key, shell.aad())
        return cls(vault_id, salt, kdf, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes | None:
        """The database key, or None if the passphrase is wrong."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = derive(passphrase, self.salt, self.kdf)
        try:
            return AESGCM(wrapping_key).decrypt(self.nonce, self.wrapped, self.aad())
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        try:
            if data["format"] != FORMAT or data["kdf"]["name"] != "argon2id":
                raise KeyFileCorrupt("The key file is of a format this version does not know.")
            kdf = KdfParams(
                int(data["kdf"]["time_cost"]),
                int(data["kdf"]["memory_kib"]),
                int(data["kdf"]["parallelism"]),
            )
            return cls(
                str(data["vault_id"]),
                _unb64(data["salt"]),
                kdf,
                _unb64(data["nonce"]),
                _unb64(data["wrapped_key"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileCorrupt(f"The vault's key file is damaged ({exc}).") from exc

    def save(self, path: Path) -> None:
        write_private_atomically(path, json.dumps(self.to_json(), indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise
        except (OSError, ValueError) as exc:
            raise KeyFileCorrupt(f"The vault's key file cannot be read ({exc}).") from exc
        if not isinstance(data, dict):
            raise KeyFileCorrupt("The vault's key file is damaged.")
        return cls.from_json(data)


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")
