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
import stat
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import RECOVERY_ADVICE, KeyFileCorrupt, KeyFileMissing
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


@dataclass(frozen=True)
class KdfLimits:
    """The range a key file's parameters must be in before anything is derived from them.

    The parameters are bound into the wrapped key, so an edited file cannot unwrap; these
    bounds stop it costing anything first: too little memory or time would make a key file
    that someone wrapped themselves cheap to attack, too much would hold the laptop
    deriving for minutes or exhaust its memory."""

    min_time_cost: int = 2
    max_time_cost: int = 20
    min_memory_kib: int = 65_536  # 64 MiB
    max_memory_kib: int = 4 * 1024 * 1024  # 4 GiB
    max_parallelism: int = 16

    def problem(self, params: KdfParams) -> str | None:
        if not self.min_time_cost <= params.time_cost <= self.max_time_cost:
            return f"{params.time_cost} passes (allowed: {self.min_time_cost} to {self.max_time_cost})"
        if not self.min_memory_kib <= params.memory_kib <= self.max_memory_kib:
            return (
                f"{params.memory_kib // 1024} MiB of memory (allowed: "
                f"{self.min_memory_kib // 1024} MiB to {self.max_memory_kib // 1024} MiB)"
            )
        if not 1 <= params.parallelism <= self.max_parallelism:
            return f"{params.parallelism} lanes (allowed: 1 to {self.max_parallelism})"
        return None


# Module state on purpose: the test suite lowers the floor (tests/__init__.py) so that its
# vaults derive in milliseconds; nothing in the app changes it.
KDF_LIMITS = KdfLimits()


def check_kdf(params: KdfParams, source: object = "The key file") -> None:
    problem = KDF_LIMITS.problem(params)
    if problem is not None:
        raise KeyFileCorrupt(
            f"{source} asks for key derivation with {problem}: it was edited or is damaged, "
            f"and nothing was derived from it. {RECOVERY_ADVICE}"
        )


# A key file is a few hundred bytes; anything much larger is not one (or is /dev/zero).
MAX_KEYFILE_BYTES = 64 * 1024


def load_library() -> None:
    """Load the cryptography library now (what `derive` and unwrapping import on first use):
    on the UI thread before a derivation starts, rather than on the deriving thread while
    the UI thread loads other code, which would hold up the derivation's start."""
    from cryptography.exceptions import InvalidTag  # noqa: F401
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    check_kdf(params)  # the last line of defence: every key derivation passes through here
    return _argon2id(passphrase, salt, params)


def _argon2id(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # Argon2id (RFC 9106) from the same library as the AES-GCM: one audited dependency for
    # both. Imported here, on the thread that derives, so that the unlock screen shows
    # before the library loads and the window can load the vault's own code meanwhile.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def choose_kdf() -> KdfParams:
    """Parameters for a new key: calibrated on this machine, so that unlocking stays strong
    (0.3–1 s) on a fast laptop and bearable on a slow one."""
    return calibrate(DEFAULT_KDF)


def calibrate(base: KdfParams = DEFAULT_KDF, target: float = TARGET_SECONDS) -> KdfParams:
    """Scale the time cost so that one derivation takes about `target` seconds here."""
    probe = KdfParams(1, base.memory_kib, base.parallelism)
    start = time.perf_counter()
    _argon2id("calibration", b"\0" * 16, probe)  # one pass: below the floor on purpose
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
    # SQLCipher's salt at the start of the vault file it belongs to: a key file put beside
    # the wrong vault is named as such before any derivation, instead of passing for a
    # wrong passphrase. Not secret, not bound into the wrapping (a hint, not a guard);
    # empty in key files written before it existed.
    database_salt: bytes = b""

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

    def with_database_salt(self, database_salt: bytes) -> KeyFile:
        return KeyFile(self.vault_id, self.salt, self.kdf, self.nonce, self.wrapped, database_salt)

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
        data = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }
        if self.database_salt:
            data["database_salt"] = _b64(self.database_salt)
        return data

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
            keyfile = cls(
                str(data["vault_id"]),
                _unb64(data["salt"]),
                kdf,
                _unb64(data["nonce"]),
                _unb64(data["wrapped_key"]),
                _unb64(data.get("database_salt", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeyFileCorrupt(
                f"The vault's key file is damaged ({type(exc).__name__}). {RECOVERY_ADVICE}"
            ) from exc
        check_kdf(kdf)
        return keyfile

    def save(self, path: Path) -> None:
        write_private_atomically(path, json.dumps(self.to_json(), indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        raw = read_small_regular_file(path)
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise KeyFileCorrupt(
                f"The vault's key file {path} is damaged (not a key file). {RECOVERY_ADVICE}"
            ) from exc
        if not isinstance(data, dict):
            raise KeyFileCorrupt(f"The vault's key file {path} is damaged. {RECOVERY_ADVICE}")
        return cls.from_json(data)


def read_small_regular_file(path: Path, limit: int = MAX_KEYFILE_BYTES) -> bytes:
    """The key file's bytes, read only if it is an ordinary file of a sane size: a folder,
    a device (a symlink to /dev/zero would be read for ever) or a pipe is refused, and
    opening never blocks (O_NONBLOCK: a pipe with no writer)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise KeyFileMissing(path) from exc
    except OSError as exc:
        raise KeyFileCorrupt(
            f"The vault's key file {path} cannot be read ({exc.strerror}). Check that it "
            f"belongs to you and is readable. {RECOVERY_ADVICE}"
        ) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise KeyFileCorrupt(f"The vault's key file {path} is not an ordinary file. {RECOVERY_ADVICE}")
        if info.st_size > limit:
            raise KeyFileCorrupt(
                f"The vault's key file {path} is too large to be a key file. {RECOVERY_ADVICE}"
            )
        chunks = []
        total = 0
        while chunk := os.read(fd, limit + 1 - total):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while being read
                raise KeyFileCorrupt(f"The vault's key file {path} is too large. {RECOVERY_ADVICE}")
        return b"".join(chunks)
    except OSError as exc:
        raise KeyFileCorrupt(
            f"The vault's key file {path} cannot be read ({exc.strerror}). {RECOVERY_ADVICE}"
        ) from exc
    finally:
        os.close(fd)


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")
