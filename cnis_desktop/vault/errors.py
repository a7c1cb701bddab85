"""Named failures of the vault, each with a message fit to show a user as it is."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault failure."""


class VaultMissing(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"No vault at {path}. Create one with 'cnis init' or the app's first-run screen.")


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"A vault already exists at {path}; it was left untouched.")


class KeyFileCorrupt(VaultError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self, failed_attempts: int, wait_seconds: float) -> None:
        self.failed_attempts = failed_attempts
        self.wait_seconds = wait_seconds
        msg = "That passphrase is not correct."
        if wait_seconds > 0:
            msg += f" Wait {wait_seconds:.0f} s before trying again."
        super().__init__(msg)


class BackoffActive(VaultError):
    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(f"Too many wrong passphrases. Wait {wait_seconds:.0f} s before trying again.")


class NotFound(VaultError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"No {kind} with id {record_id} in this vault.")


class RecordFinalised(VaultError):
    def __init__(self, record_id: str) -> None:
        super().__init__(f"Record {record_id} is finalised and cannot be changed; add an amendment instead.")


class VersionConflict(VaultError):
    def __init__(self, record_id: str, base: int, current: int) -> None:
        self.base = base
        self.current = current
        super().__init__(f"Record {record_id} changed since it was opened (version {base}, now {current}).")


# What to do when the vault or its key file is damaged: the same two ways out everywhere.
RECOVERY_ADVICE = (
    "Restore the vault and its key file from a backup, or re-enrol this laptop and sync "
    "to get your caseload back from the hub."
)


class KeyFileMissing(KeyFileCorrupt):
    def __init__(self, path: object) -> None:
        super().__init__(f"The vault's key file {path} is missing. {RECOVERY_ADVICE}")


class KeyFileMismatch(KeyFileCorrupt):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The key file {path} belongs to another vault. Put this vault's own key file "
            f"back beside it. {RECOVERY_ADVICE}"
        )


class VaultDamaged(VaultError):
    """The vault file cannot be trusted: it is not opened for writing (or at all)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} Nothing was written to it. {RECOVERY_ADVICE}")


class VaultReplaced(VaultError):
    """The vault file was put back from a backup under a connection still open on the old
    one: that connection writes nothing more."""


class WriteFailed(VaultError, OSError):
    """A file could not be written whole; nothing of it was left behind. An OSError too, so
    that callers that already handle failed writes handle this one."""


class OutputRefused(WriteFailed):
    """The chosen output is not an ordinary file (a device, a folder, a pipe)."""
