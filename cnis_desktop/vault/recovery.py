"""The authority's recovery key: the vault's database key also wrapped to a public key whose
private half the authority keeps offline, so that a forgotten passphrase does not lose the
unsynced work on a laptop.

X25519 with an ephemeral key per wrapping, HKDF-SHA256 and AES-256-GCM (the usual sealed
box): the laptop holds only the public key and the wrapped key (`<vault>.recovery`, beside
the key file, no secret in it); the vault id and the recipient's fingerprint are bound into
the wrapping, so a recovery file moved to another vault does not unwrap.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import logs
from .errors import KeyFileCorrupt, VaultError
from .files import write_private_atomically
from .keyfile import KdfParams, KeyFile, key_path_for, read_small_regular_file

if TYPE_CHECKING:
    from .session import Vault

FORMAT = "cnis-recovery/1"
_INFO = b"cnis-recovery-key-wrap/1"


class RecoveryFailed(VaultError):
    pass


def recovery_path_for(vault_path: Path) -> Path:
    return Path(vault_path).with_name(Path(vault_path).name + ".recovery")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_raw: bytes) -> str:
    """Short and readable: what the audit and the authority compare."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def new_keypair() -> tuple[bytes, bytes]:
    """(private PEM, public PEM) for the authority; the private one is kept offline."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def _load_public(pem: bytes) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise RecoveryFailed("That file is not a recovery public key (PEM).") from exc
    if not isinstance(key, X25519PublicKey):
        raise RecoveryFailed("That public key is not an X25519 recovery key.")
    return key


def _load_private(pem: bytes) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise RecoveryFailed("That file is not a recovery private key (PEM, unencrypted).") from exc
    if not isinstance(key, X25519PrivateKey):
        raise RecoveryFailed("That private key is not an X25519 recovery key.")
    return key


def _raw(public_key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _wrapping_key(shared: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(shared)


@dataclass(frozen=True)
class RecoveryWrap:
    vault_id: str
    recipient: bytes  # the authority's public key, raw
    ephemeral: bytes  # this wrapping's public key, raw
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        return json.dumps(
            {"format": FORMAT, "vault_id": self.vault_id, "recipient": fingerprint(self.recipient)},
            sort_keys=True,
        ).encode()

    @classmethod
    def seal(cls, key: bytes, vault_id: str, public_pem: bytes) -> RecoveryWrap:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        recipient = _load_public(public_pem)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_raw = _raw(ephemeral.public_key())
        recipient_raw = _raw(recipient)
        shell = cls(vault_id, recipient_raw, ephemeral_raw, os.urandom(12), b"")
        wrapping = _wrapping_key(ephemeral.exchange(recipient), ephemeral_raw + recipient_raw)
        wrapped = AESGCM(wrapping).encrypt(shell.nonce, key, shell.aad())
        return cls(vault_id, recipient_raw, ephemeral_raw, shell.nonce, wrapped)

    def open(self, private_pem: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        private = _load_private(private_pem)
        if _raw(private.public_key()) != self.recipient:
            raise RecoveryFailed(
                f"That recovery key is not the one this vault was wrapped to (it expects "
                f"{fingerprint(self.recipient)}, the key given is {fingerprint(_raw(private.public_key()))})."
            )
        shared = private.exchange(X25519PublicKey.from_public_bytes(self.ephemeral))
        wrapping = _wrapping_key(shared, self.ephemeral + self.recipient)
        try:
            return bytes(AESGCM(wrapping).decrypt(self.nonce, self.wrapped, self.aad()))
        except InvalidTag as exc:
            raise RecoveryFailed("The vault's recovery file is damaged or was edited.") from exc

    def to_json(self) -> dict[str, str]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "recipient": _b64(self.recipient),
            "recipient_fingerprint": fingerprint(self.recipient),
            "ephemeral": _b64(self.ephemeral),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def load(cls, path: Path) -> RecoveryWrap:
        try:
            data = json.loads(read_small_regular_file(path))
            if data["format"] != FORMAT:
                raise ValueError(data["format"])
            return cls(
                str(data["vault_id"]),
                _unb64(data["recipient"]),
                _unb64(data["ephemeral"]),
                _unb64(data["nonce"]),
                _unb64(data["wrapped_key"]),
            )
        except KeyFileCorrupt as exc:
            raise RecoveryFailed(f"No usable recovery file at {path}: {exc}") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise RecoveryFailed(f"The recovery file {path} is damaged ({type(exc).__name__}).") from exc


def set_recovery_key(vault_path: Path, key: bytes, public_pem: bytes) -> str:
    """Wrap the database key to the authority's public key beside the key file; returns the
    public key's fingerprint."""
    vault_id = KeyFile.load(key_path_for(vault_path)).vault_id
    sealed = RecoveryWrap.seal(key, vault_id, public_pem)
    write_private_atomically(recovery_path_for(vault_path), json.dumps(sealed.to_json(), indent=2).encode())
    return fingerprint(sealed.recipient)


AUTHORITY_KEY_FILE = "recovery-public.pem"


def authority_public_key() -> bytes | None:
    """The authority's recovery public key as its installer places it in the configuration
    folder (wrapped to at set-up), or None: then a forgotten passphrase cannot be recovered."""
    from .. import paths

    path = paths.config_dir() / AUTHORITY_KEY_FILE
    try:
        pem = read_small_regular_file(path)
        _load_public(pem)
    except (KeyFileCorrupt, RecoveryFailed, OSError):
        return None
    return pem


def public_fingerprint(public_pem: bytes) -> str:
    return fingerprint(_raw(_load_public(public_pem)))


def has_recovery_key(vault_path: Path) -> bool:
    return recovery_path_for(vault_path).is_file()


def recover_key(vault_path: Path, private_pem: bytes) -> tuple[bytes, str]:
    """The database key from the authority's private key, checked against the vault's pages;
    with the recipient's fingerprint. Raises RecoveryFailed or VaultDamaged."""
    from .integrity import check_pages, check_vault_file

    path = recovery_path_for(vault_path)
    if not path.exists():
        raise RecoveryFailed(
            f"This vault has no recovery key ({path} is missing): without the passphrase it "
            "cannot be opened. Re-enrol the laptop and sync to get the records held on the hub."
        )
    sealed = RecoveryWrap.load(path)
    key = sealed.open(private_pem)
    check_vault_file(vault_path)
    check_pages(vault_path, key)
    return key, fingerprint(sealed.recipient)


def recover(vault_path: Path, private_pem: bytes, new_passphrase: str, kdf: KdfParams | None = None) -> Vault:
    """A forgotten passphrase: the key recovered with the authority's private key is wrapped
    again under a new passphrase; the vault is opened, and the recovery audited in it (the
    event syncs, so the hub hears of it at the next sync). Returns the open vault."""
    from ..domain.passphrase import assess
    from ..domain.validation import ValidationFailed
    from . import keyfile as keyfiles
    from .connection import transaction
    from .integrity import database_salt
    from .session import Vault

    strength = assess(new_passphrase)
    if not strength.acceptable:
        raise ValidationFailed({"passphrase": " ".join(strength.problems)})
    key, recipient = recover_key(vault_path, private_pem)
    vault_id = RecoveryWrap.load(recovery_path_for(vault_path)).vault_id
    rewrapped = KeyFile.wrap(key, new_passphrase, vault_id, kdf or keyfiles.choose_kdf())
    rewrapped.with_database_salt(database_salt(vault_path)).save(key_path_for(vault_path))
    vault = Vault.open_with_key(vault_path, key)
    with transaction(vault.conn):
        vault.ctx.audit(
            "recover_passphrase", "vault", vault.profile.vault_id, detail=f"recovery key {recipient}"
        )
    logs.event("passphrase_recovered", vault=vault.profile.vault_id, recipient=recipient)
    return vault
