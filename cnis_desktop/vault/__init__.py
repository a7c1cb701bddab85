"""The encrypted store. No Qt here: the GUI and the CLI both sit on top of it."""

from .errors import (
    BackoffActive,
    KeyFileCorrupt,
    NotFound,
    RecordFinalised,
    VaultError,
    VaultExists,
    VaultMissing,
    VersionConflict,
    WrongPassphrase,
)
from .session import Vault

__all__ = [
    "BackoffActive",
    "KeyFileCorrupt",
    "NotFound",
    "RecordFinalised",
    "Vault",
    "VaultError",
    "VaultExists",
    "VaultMissing",
    "VersionConflict",
    "WrongPassphrase",
]
