"""The encrypted store. No Qt here: the GUI and the CLI both sit on top of it.

`Vault` (SQLCipher and the record code) loads on first use, so that what needs only the
errors, the files helpers or the unlocking module – the unlock screen, the settings – starts
without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .session import Vault


def __getattr__(name: str) -> Any:
    if name == "Vault":
        from .session import Vault

        return Vault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
