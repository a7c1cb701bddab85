"""An open vault: create, unlock, lock, and the repositories over one connection.

One thread owns the connection (the caller's); background work asks that thread.
"""

from __future__ import annotations

import contextlib
import glob
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import logs
from ..domain.codes import ROLE
from ..domain.validation import ValidationFailed, require_valid
from . import keyfile as keyfiles
from . import unlocking
from .arrangements import Arrangements
from .attempts import attempts_for, attempts_path_for, fallback_path_for
from .children import Children
from .connection import Connection, hold_writes_until, open_encrypted, release_writes, transaction
from .context import Context, utc_now
from .errors import VaultError, VaultExists, WrongPassphrase
from .files import create_private_empty, ensure_private_dir, write_private_atomically
from .ids import new_id
from .integrity import PageCheck, check_vault_file, database_salt
from .keyfile import KdfParams, KeyFile, key_path_for, new_database_key
from .migrations import SCHEMA_VERSION, migrate, schema_version
from .visits import Visits

if TYPE_CHECKING:
    from .attachments import Attachments
    from .ehc import Ehc
    from .eotas import Eotas
    from .import_mappings import ImportMappings
    from .oversight import Oversight
    from .register_records import RegisterRecords


@dataclass(frozen=True)
class PreparedKey:
    """A new database key already wrapped: the slow half of creating a vault."""

    key: bytes
    vault_id: str
    keyfile: KeyFile

    @classmethod
    def make(cls, passphrase: str, kdf: KdfParams | None = None) -> PreparedKey:
        key, vault_id = new_database_key(), new_id()
        params = kdf or keyfiles.choose_kdf()
        return cls(key, vault_id, KeyFile.wrap(key, passphrase, vault_id, params))


@dataclass(frozen=True)
class Profile:
    user_name: str
    role: str
    device_id: str
    vault_id: str


class Vault:
    def __init__(
        self, path: Path, conn: Connection, profile: Profile, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.path = path
        # None once locked or released (`is_open` says which). Typed as the open case: the
        # repositories run only while it is open, and checking None at each of their calls
        # would say nothing mypy does not already know from `is_open`.
        self.conn: Connection = conn
        self.profile = profile
        self.ctx = Context(conn, profile.user_name, profile.device_id, clock)
        self.children = Children(self.ctx)
        self.arrangements = Arrangements(self.ctx, self.children)
        self.visits = Visits(self.ctx, self.children, self.arrangements)
        self._key: bytes | None = None  # kept while unlocked, for a background connection
        self._pages: PageCheck | None = None  # the unlock's page check, if still to pass
        # Audit events that could not be written (a full disk): kept, in order, and written
        # before the next one, so that reading goes on and nothing is forgotten.
        self.pending_audit: list[tuple[str, str, str, str]] = []

    # Built on first use: opening a vault to the caseload needs none of them, and importing
    # them is a noticeable part of start-up.
    @cached_property
    def eotas(self) -> Eotas:
        from .eotas import Eotas

        return Eotas(self.ctx, self.children)

    @cached_property
    def ehc(self) -> Ehc:
        from .ehc import Ehc

        return Ehc(self.ctx, self.children)

    @cached_property
    def oversight(self) -> Oversight:
        from .oversight import Oversight

        return Oversight(self.ctx, self.eotas)

    @cached_property
    def register(self) -> RegisterRecords:
        from .register_records import RegisterRecords

        return RegisterRecords(self.ctx)

    @cached_property
    def attachments(self) -> Attachments:
        from .attachments import Attachments
        from .blob_files import BlobFolder, blob_folder_for

        return Attachments(self.ctx, BlobFolder(blob_folder_for(self.path)))

    @cached_property
    def import_mappings(self) -> ImportMappings:
        from .import_mappings import ImportMappings

        return ImportMappings(self.ctx)

    # --- lifecycle -----------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        return unlocking.vault_exists(path)

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        user_name: str,
        role: str,
        kdf: KdfParams | None = None,
        prepared: PreparedKey | None = None,
    ) -> Vault:
        from ..domain.passphrase import assess  # only creating or changing needs it

        errors = {}
        strength = assess(passphrase)
        if not strength.acceptable:
            errors["passphrase"] = " ".join(strength.problems)
        if not user_name.strip():
            errors["user_name"] = "Enter your name as it should appear on records."
        if role not in ROLE:
            errors["role"] = "Choose your role."
        require_valid(errors)
        path = Path(path)
        if path.exists() or key_path_for(path).exists():
            raise VaultExists(path)
        ensure_private_dir(path.parent)
        prepared = prepared or PreparedKey.make(passphrase, kdf)
        key, vault_id = prepared.key, prepared.vault_id
        create_private_empty(path)
        try:
            conn = open_encrypted(path, key)
            migrate(conn)
            profile = Profile(user_name.strip(), role, new_id(), vault_id)
            with transaction(conn):
                for name, value in (
                    ("user_name", profile.user_name),
                    ("role", profile.role),
                    ("device_id", profile.device_id),
                    ("vault_id", vault_id),
                ):
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (name, value))
            # The key file is written last: a vault without one was never finished. It
            # names the vault file's salt, so that it is known for this vault's own.
            prepared.keyfile.with_database_salt(database_salt(path)).save(key_path_for(path))
        except BaseException:
            _remove_vault_files(path)
            raise
        vault = cls(path, conn, profile)
        vault._key = key
        with transaction(conn):
            vault.ctx.audit("create_vault", "vault", vault_id)
        logs.event("vault_created", vault=vault_id, schema=SCHEMA_VERSION)
        return vault

    @staticmethod
    def unlock_key(path: Path, passphrase: str) -> bytes:
        """Check the passphrase and return the database key (slow by design: Argon2id)."""
        return unlocking.unlock_key(path, passphrase)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        return cls.open_with_key(path, cls.unlock_key(path, passphrase))

    @classmethod
    def open_with_key(
        cls, path: Path, key: bytes, migrate_schema: bool = True, pages: PageCheck | None = None
    ) -> Vault:
        """Open with a checked key. `pages`, an unlock's page check still running on another
        thread: the vault can be read at once, and its writes wait for the check to pass."""
        path = Path(path)
        with logs.timed("vault_opened") as fields:
            vault = cls._open_with_key(path, key, migrate_schema, pages)
            fields.update(vault=vault.profile.vault_id, schema=schema_version(vault.conn))
        return vault

    @classmethod
    def _open_with_key(cls, path: Path, key: bytes, migrate_schema: bool, pages: PageCheck | None) -> Vault:
        # Again here, not only before the derivation: SQLCipher would make an empty file a
        # new vault, and the upgrade below would then write a schema into it.
        check_vault_file(path)
        conn = open_encrypted(path, key)
        checking = pages is not None and not pages.passed
        try:
            if migrate_schema:
                if schema_version(conn) < SCHEMA_VERSION:
                    if pages is not None:
                        pages.wait()  # an upgrade writes: the check must pass first
                        checking = False
                    backup_before_upgrade(conn, path)
                migrate(conn)
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except BaseException:
            conn.close()
            raise
        profile = Profile(meta["user_name"], meta["role"], meta["device_id"], meta["vault_id"])
        vault = cls(path, conn, profile)
        vault._key = key
        if checking and pages is not None:
            vault._pages = pages
            hold_writes_until(conn, pages.wait, then=vault._record_opening)
        else:
            vault._record_opening()
        return vault

    def _record_opening(self) -> None:
        """Audit the opening, and the failed unlocks before it (kept outside the vault)."""
        failed = attempts_for(self.path).take_failures()
        with transaction(self.conn):
            for when in failed:
                at = datetime.fromtimestamp(when, UTC).isoformat(timespec="seconds")
                self.ctx.audit("failed_unlock", "vault", self.profile.vault_id, detail=at)
            self.ctx.audit("open", "vault", self.profile.vault_id)
        self._tidy_blob_files()

    def _tidy_blob_files(self) -> None:
        """Attachments' files a crash left behind, or lost from the folder (see
        Attachments.tidy_files). Never stops an opening: what it could not do waits."""
        import sqlcipher3

        from .blob_files import blob_folder_for

        sealed_any = self.conn.execute(
            "SELECT 1 FROM attachment_blobs WHERE file_name IS NOT NULL LIMIT 1"
        ).fetchone()
        if not blob_folder_for(self.path).is_dir() and sealed_any is None:
            return  # no file has been sealed yet: nothing to tidy (and nothing to import)

        try:
            orphans, lost = self.attachments.tidy_files()
        except (OSError, VaultError, sqlcipher3.dbapi2.Error) as exc:
            logs.event("blob_files_untidy", reason=str(exc))
            return
        if orphans or lost:
            logs.event("blob_files_tidied", orphans=orphans, lost=lost)
        if lost:
            with contextlib.suppress(VaultError, sqlcipher3.dbapi2.Error), transaction(self.conn):
                self.ctx.audit("attachment_files_missing", "vault", self.profile.vault_id, detail=str(lost))

    def pages_checked(self) -> None:
        """The unlock's page check has passed (the caller heard it from the worker): write
        what opening the vault held back. Raises the check's failure if it did not pass."""
        release_writes(self.conn)

    @property
    def pages_check(self) -> PageCheck | None:
        return self._pages

    @property
    def check_failed(self) -> bool:
        """The unlock's page check found the vault damaged: nothing may be written to it."""
        return self._pages is not None and self._pages.finished and not self._pages.passed

    def close(self) -> None:
        """Lock: the connection (and with it the key in SQLCipher's memory) is dropped."""
        if self.conn is not None:
            if self._pages is not None:
                with contextlib.suppress(VaultError):
                    self._pages.wait()  # a lock while the check runs waits for it
            if not self.check_failed:
                with transaction(self.conn):
                    self.ctx.audit("lock", "vault", self.profile.vault_id)
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = _CLOSED
            logs.event("vault_locked", vault=self.profile.vault_id)
        self._key = None

    def for_this_thread(self) -> Vault:
        """The same vault on a connection of the calling thread's own (for background work
        such as sync); release it when done. SQLite's WAL lets both work at once."""
        if self._key is None:
            raise VaultError("This vault was not opened with a key that can be shared.")
        copy = Vault(self.path, open_encrypted(self.path, self._key), self.profile)
        copy._key = self._key
        if self._pages is not None and not self._pages.passed:
            hold_writes_until(copy.conn, self._pages.wait)
        return copy

    def make_backup(self) -> Path:
        """Back the vault up now (see backup.py). Audit it afterwards, on this thread."""
        return self.backup_job()()

    def backup_job(self) -> Callable[[], Path]:
        """A backup to run on another thread (its own connections): the key is taken now,
        so a lock meanwhile does not stop it, and nothing of this connection is used."""
        from .backup import make_backup

        key, path = self._key, self.path
        if key is None:
            raise VaultError("This vault was not opened with a key that can be shared.")
        return lambda: make_backup(path, key).path

    def restore_backup(self, backup_path: Path) -> tuple[Vault, Path]:
        """Lock this vault, put the backup in its place (the current file kept aside) and
        open it again with the same key; returns the reopened vault and the aside path."""
        from .backup import check_backup

        key = self._key
        if key is None:
            raise VaultError("This vault was not opened with a key that can be shared.")
        check_backup(backup_path, key)  # before anything is closed or moved
        self.close()
        return restore_and_audit(self.path, backup_path, key)

    def set_recovery_key(self, public_pem: bytes) -> str:
        """Also wrap this vault's key to the authority's recovery public key (beside the key
        file); audited. Returns the key's fingerprint."""
        from .recovery import set_recovery_key

        if self._key is None:
            raise VaultError("This vault was not opened with a key that can be shared.")
        found = set_recovery_key(self.path, self._key, public_pem)
        with transaction(self.conn):
            self.ctx.audit("set_recovery_key", "vault", self.profile.vault_id, detail=f"recovery key {found}")
        return found

    def release(self) -> None:
        """Close a background connection (no lock event: the vault itself stays open)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = _CLOSED

    def wipe(self) -> None:
        """The hub revoked this laptop: close and delete the vault, its WAL, key file and
        attachments' files, and every copy of them. The key files go first (without one, a
        copy cannot be opened), and one failure does not stop the rest: it is raised after."""
        if self.conn is not None:
            self.conn.close()
            self.conn = _CLOSED
        from .backup import list_backups, stray_backup_folders

        # The records are in every copy too: the daily backups, the copy made before a
        # schema upgrade, and a vault put aside by a restore.
        copies = [self.path, *(b.path for b in list_backups(self.path)), *_kept_copies(self.path)]
        failures: list[OSError] = []
        for suffixes in ((".key", ".recovery"), ("", "-wal", "-shm")):
            for copy in copies:
                failures += _remove_files(copy, suffixes)
        from .blob_files import BlobFolder, blob_folder_for

        for folder in [*(blob_folder_for(copy) for copy in copies), *stray_backup_folders(self.path)]:
            try:
                BlobFolder(folder).delete_all()
            except OSError as exc:
                failures.append(exc)
        attempts_path_for(self.path).unlink(missing_ok=True)
        fallback_path_for(self.path).unlink(missing_ok=True)
        if failures:
            raise failures[0]

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the same database key: the database itself is not re-encrypted."""
        from ..domain.passphrase import assess

        strength = assess(new)
        if not strength.acceptable:
            raise ValidationFailed({"passphrase": " ".join(strength.problems)})
        key_path = key_path_for(self.path)
        keyfile = KeyFile.load(key_path)
        key = keyfile.unwrap(old)
        if key is None:
            raise WrongPassphrase(0, 0)
        rewrapped = KeyFile.wrap(key, new, keyfile.vault_id, kdf or keyfiles.choose_kdf())
        rewrapped.with_database_salt(database_salt(self.path)).save(key_path)
        with transaction(self.conn):
            self.ctx.audit("change_passphrase", "vault", self.profile.vault_id)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with transaction(self.conn):
            yield

    # --- small services over the repositories ---------------------------------------------

    def audit(self, action: str, record_type: str = "", record_id: str = "", detail: str = "") -> bool:
        """Record an event; False if the disk is full and it waits in memory (the caller
        tells the user). Waiting events are written first, in order, when space returns."""
        self.pending_audit.append((action, record_type, record_id, detail))
        try:
            return self.flush_audit()
        except BaseException:
            self.pending_audit.pop()  # not a full disk: the caller hears of it, as before
            raise

    def flush_audit(self) -> bool:
        """Write the waiting audit events; False if the disk is still full."""
        if not self.pending_audit:
            return True
        try:
            with transaction(self.conn):
                for event in self.pending_audit:
                    self.ctx.audit(*event)
        except VaultError:
            raise
        except Exception as exc:  # sqlcipher3's OperationalError: disk or quota full
            if not _is_disk_full(exc):
                raise
            return False
        self.pending_audit.clear()
        return True

    def audit_events(self, limit: int = 1000) -> list[dict[str, str]]:
        rows = self.conn.execute(
            "SELECT at, actor, action, record_type, record_id, detail FROM audit_log"
            " ORDER BY at DESC, rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def pending_outbox(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM outbox WHERE pushed_at IS NULL").fetchone()[0])

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])


def restore_and_audit(vault_path: Path, backup_path: Path, key: bytes) -> tuple[Vault, Path]:
    """Restore a backup over a closed vault, open it, and audit the restore in it (the audit
    event syncs, so the hub hears of it too)."""
    from .backup import restore

    aside = restore(vault_path, backup_path, key)
    vault = Vault.open_with_key(vault_path, key)
    with transaction(vault.conn):
        vault.ctx.audit(
            "restore_backup", "vault", vault.profile.vault_id, detail=f"{backup_path.name}; kept {aside.name}"
        )
    return vault, aside


# What a locked vault's `conn` holds: None, as before the typed Connection.
_CLOSED = cast(Connection, None)


def backup_before_upgrade(conn: Connection, path: Path) -> Path:
    """Copy the vault, still encrypted, before a newer release changes its schema; the key
    file is copied beside it so the backup opens with the passphrase of that day."""
    version = schema_version(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything committed is in the file
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.schema{version}-{stamp}.bak")
    write_private_atomically(backup, path.read_bytes())
    write_private_atomically(key_path_for(backup), key_path_for(path).read_bytes())
    from .blob_files import BlobFolder, blob_folder_for

    files = BlobFolder(blob_folder_for(path))  # its attachments' files (none before schema 10)
    if files.path.is_dir():
        files.link_into(blob_folder_for(backup), files.names())
    return backup


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text or "quota" in text


def _remove_vault_files(path: Path) -> None:
    failures = _remove_files(path, ("", "-wal", "-shm", ".key", ".recovery"))
    if failures:
        raise failures[0]
    from .blob_files import BlobFolder, blob_folder_for

    BlobFolder(blob_folder_for(path)).delete_all()


def _remove_files(path: Path, suffixes: tuple[str, ...]) -> list[OSError]:
    """Remove the vault's files with these suffixes; the failures, to raise after the rest."""
    failures = []
    for suffix in suffixes:
        try:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError as exc:
            failures.append(exc)
    return failures


def _kept_copies(path: Path) -> list[Path]:
    """Copies of the vault kept beside it: before a schema upgrade, and put aside by a restore."""
    found = []
    for candidate in path.parent.glob(f"{glob.escape(path.name)}.*"):
        rest = candidate.name[len(path.name) :]
        if re.fullmatch(r"\.schema\d+-\d{8}T\d{6}\.bak", rest) or re.fullmatch(
            r"\.before-restore-\d{8}T\d{6}Z", rest
        ):
            found.append(candidate)
    return found


def random_passphrase(words: int = 5) -> str:
    """A passphrase from a small word list, for demos and tests (never for real vaults)."""
    pool = (
        "amber",
        "harbour",
        "tulip",
        "granite",
        "meadow",
        "lantern",
        "orchid",
        "pebble",
        "saffron",
        "thistle",
        "willow",
        "cobalt",
        "juniper",
        "maple",
        "quartz",
        "velvet",
    )
    import secrets  # only the rare passphrase suggestion needs it

    return "-".join(secrets.choice(pool) for _ in range(words))
