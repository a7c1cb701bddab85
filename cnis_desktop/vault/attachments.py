"""Attachments in the vault: metadata as a synced record, bytes as content-addressed blobs.

The bytes (already stripped and re-encoded) are sealed into files beside the vault, each
under a key of its own kept in the blob's row (vault/blob_files.py): the vault holds
everything needed to read them, and deleting a row destroys its file's only key. A blob is
named by the sha256 of the stored bytes, so the same photo attached twice is kept and sent
once. Vaults from before schema 10 keep their blobs' bytes in the row, and are read there.

An attachment's record enters the outbox when its record does: at once for a child, an EOTAS
session or a QA visit; for a draft visit or views record, when that record is finalised (a
trigger on the outbox in migration 0008), because the hub
refuses a reference to a record it does not hold. Once its record is final, an attachment is
append-only: its caption and restricted mark no longer change and it cannot be removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

import sqlcipher3

from .. import logs
from ..domain.attachment import RECORD_TYPES, Attachment, attachment_from_payload
from .attachment_import import ImportedFile, ImportLimits, import_file
from .blob_files import (
    BlobFileUnreadable,
    BlobFolder,
    BlobMismatch,
    SealedBlob,
    VerifiedBlob,
    sha256_hex,
    verify_blob,
)
from .connection import transaction, vault_replaced
from .context import Context
from .errors import NotFound, RecordFinalised, VaultError
from .ids import new_id

_COLUMNS = (
    "id, child_id, record_type, record_id, caption, taken_on, added_by, added_at, restricted,"
    " media_type, file_name, sha256, size, version, deleted_at"
)

# Where each record a file may be attached to is kept, with its child and whether it is final.
_PARENT_SQL = {
    "child": "SELECT id, 0 FROM children WHERE id = ?",
    "visit": "SELECT child_id, status = 'final' FROM visits WHERE id = ?",
    "views": "SELECT child_id, status = 'final' FROM views_records WHERE id = ?",
    "activity_entry": "SELECT e.child_id, EXISTS (SELECT 1 FROM eotas_closed_weeks w"
    " WHERE w.child_id = e.child_id AND w.week_start = e.week_start) FROM activity_entries e WHERE e.id = ?",
    "qa_visit": "SELECT coalesce(child_id, ''), 1 FROM qa_visits WHERE id = ?",
}
# Drafts of these are not in the outbox yet: their attachments wait with them.
_DRAFT_TABLES = {"visit": "visits", "views": "views_records"}
# Thumbnails made after a sync are kept this many a transaction: the commit (a full fsync) is
# shared. Each is a small row of its own (migration 0009), so the write lock is held briefly.
THUMBNAILS_A_TRANSACTION = 8


def _row_to_attachment(row: Any) -> Attachment:
    return Attachment(
        id=row["id"],
        child_id=row["child_id"],
        record_type=row["record_type"],
        record_id=row["record_id"],
        caption=row["caption"],
        taken_on=date.fromisoformat(row["taken_on"]) if row["taken_on"] else None,
        added_by=row["added_by"],
        added_at=row["added_at"],
        restricted=bool(row["restricted"]),
        media_type=row["media_type"],
        file_name=row["file_name"],
        sha256=row["sha256"],
        size=int(row["size"]),
        version=int(row["version"]),
        deleted_at=row["deleted_at"],
    )


__all__ = ["Attachments", "BlobMismatch", "SealedBlob", "VerifiedBlob", "sha256_hex", "verify_blob"]


class Attachments:
    def __init__(self, ctx: Context, files: BlobFolder) -> None:
        self.ctx = ctx
        self.files = files
        self.limits = ImportLimits()  # the GUI and CLI set the authority's limits

    # --- the parent record -----------------------------------------------------------------

    def _parent(self, record_type: str, record_id: str) -> tuple[str, bool]:
        """(child id, final) of the record a file is attached to."""
        if record_type not in RECORD_TYPES:
            raise VaultError(f"A file cannot be attached to a record of kind {record_type!r}.")
        row = self.ctx.conn.execute(_PARENT_SQL[record_type], (record_id,)).fetchone()
        if row is None:
            raise NotFound(record_type.replace("_", " "), record_id)
        return str(row[0]), bool(row[1])

    def _queued(self, record_type: str, record_id: str) -> bool:
        """Whether the parent record is (or will be, in this transaction) in the outbox."""
        table = _DRAFT_TABLES.get(record_type)
        if table is None:
            return True
        row = self.ctx.conn.execute(f"SELECT status FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return row is not None and row[0] == "final"

    def is_final(self, attachment: Attachment) -> bool:
        return self._parent(attachment.record_type, attachment.record_id)[1]

    def find_record(self, record_id: str) -> tuple[str, str]:
        """(record_type, child_id) of any record a file may be attached to, by its id alone
        (the CLI is given one id)."""
        for record_type in RECORD_TYPES:
            row = self.ctx.conn.execute(_PARENT_SQL[record_type], (record_id,)).fetchone()
            if row is not None:
                return record_type, str(row[0])
        raise NotFound("child or record", record_id)

    # --- adding and reading ----------------------------------------------------------------

    def prepare(self, data: bytes, file_name: str, limits: ImportLimits | None = None) -> ImportedFile:
        """The import pipeline alone (sniff, refuse, strip, scale, thumbnail): slow work a
        caller may run off the UI thread before `add_prepared`."""
        return import_file(data, file_name, limits or self.limits)

    def add(
        self,
        child_id: str,
        record_type: str,
        record_id: str,
        data: bytes,
        file_name: str,
        caption: str = "",
        taken_on: date | None = None,
        restricted: bool = False,
        limits: ImportLimits | None = None,
    ) -> Attachment:
        self._check_target(child_id, record_type, record_id)  # before the slow part
        prepared = self.prepare(data, file_name, limits)
        return self.add_prepared(child_id, record_type, record_id, prepared, caption, taken_on, restricted)

    def _check_target(self, child_id: str, record_type: str, record_id: str) -> None:
        owner, _final = self._parent(record_type, record_id)
        if not child_id or owner != child_id:
            raise VaultError("That record belongs to another child: the file was not attached.")

    def add_prepared(
        self,
        child_id: str,
        record_type: str,
        record_id: str,
        prepared: ImportedFile,
        caption: str = "",
        taken_on: date | None = None,
        restricted: bool = False,
    ) -> Attachment:
        self._check_target(child_id, record_type, record_id)
        digest = sha256_hex(prepared.data)
        attachment = Attachment(
            id=new_id(),
            child_id=child_id,
            record_type=record_type,
            record_id=record_id,
            caption=caption.strip(),
            taken_on=taken_on,
            added_by=self.ctx.actor,
            added_at=self.ctx.now_text(),
            restricted=restricted,
            media_type=prepared.media_type,
            file_name=prepared.file_name,
            sha256=digest,
            size=len(prepared.data),
        )
        # Sealed whatever this vault holds: whether it holds the same bytes is decided in the
        # transaction (another thread may drop or keep them meanwhile); kept once, and a
        # thumbnail is added if they had none.
        self.files.ensure()
        sealed = [self.files.seal(verify_blob(digest, prepared.data))]
        with self._keeping(sealed):
            self._insert_sealed(sealed)
            if prepared.thumbnail is not None:
                self._insert_thumbnails({digest: prepared.thumbnail})
            self._write(attachment)
            if self._queued(record_type, record_id):
                self.ctx.outbox("attachment", attachment.id, "upsert", attachment.payload())
            self.ctx.audit("attachment_added", "attachment", attachment.id, detail=record_type)
        return attachment

    @contextmanager
    def _keeping(self, sealed: Sequence[SealedBlob]) -> Iterator[None]:
        """A transaction that names newly sealed files: their names are made durable first,
        and if it fails, the files (named by no row) are removed. Files of bytes this vault
        already held (the same photo, kept by another thread meanwhile) are removed after."""
        if sealed:
            self.files.settle()
        try:
            with transaction(self.ctx.conn):
                yield
        except BaseException:
            self.files.remove(s.file_name for s in sealed)
            raise
        self.remove_gone_files()

    def _insert_sealed(self, sealed: Sequence[SealedBlob]) -> None:
        """Name newly sealed files, in the caller's transaction. Bytes this vault holds
        already leave the new file spare (removed after the commit), unless the file that
        held them is missing or cut short: the row then takes the new file."""
        conn = self.ctx.conn
        spare = []
        for blob in sealed:
            row = conn.execute(
                "SELECT file_name FROM attachment_blobs WHERE sha256 = ?", (blob.sha256,)
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO attachment_blobs (sha256, data, file_name, file_key) VALUES (?, x'', ?, ?)",
                    (blob.sha256, blob.file_name, blob.key),
                )
            elif row[0] is None or self.files.intact(str(row[0]), blob.size):
                spare.append(blob.file_name)  # held in its row (before schema 10), or whole
            else:
                conn.execute(
                    "UPDATE attachment_blobs SET data = x'', file_name = ?, file_key = ? WHERE sha256 = ?",
                    (blob.file_name, blob.key, blob.sha256),
                )
                spare.append(str(row[0]))  # whatever is left of the lost file
        conn.executemany(
            "INSERT OR IGNORE INTO blob_files_gone (file_name) VALUES (?)", [(n,) for n in spare]
        )

    def remove_gone_files(self) -> int:
        """Remove the files whose rows were deleted (their keys went with them), once the
        deletion is committed; called after each transaction that may delete a blob. Any a
        crash left are removed at the next call."""
        conn = self.ctx.conn
        if conn.in_transaction:
            return 0  # the outermost transaction's caller removes them after its commit
        gone = [str(r[0]) for r in conn.execute("SELECT file_name FROM blob_files_gone")]
        if not gone or vault_replaced(conn):
            # (Replaced by a restore meanwhile: the restored vault may name the same files,
            # which its backup shares; they are not this connection's to remove.)
            return 0
        removed = self.files.remove(gone)
        try:
            with transaction(conn):
                conn.executemany("DELETE FROM blob_files_gone WHERE file_name = ?", [(n,) for n in gone])
        except (VaultError, sqlcipher3.dbapi2.OperationalError):
            pass  # the names are forgotten next time; the files are already gone
        return removed

    def tidy_files(self) -> tuple[int, int]:
        """At opening: (files removed that no row names, held blobs whose file is missing or
        cut short). Those rows are kept, with their keys (the files may come back from a
        backup); the next sync fetches their bytes again (missing_blobs)."""
        self.remove_gone_files()
        rows = self.ctx.conn.execute(
            "SELECT file_name FROM attachment_blobs WHERE file_name IS NOT NULL"
        ).fetchall()
        orphans = self.files.remove_orphans({str(r[0]) for r in rows})
        return orphans, len(self._lost_files())

    def _lost_files(self) -> list[tuple[str, int]]:
        """(sha256, size) of held blobs whose file is missing or not as long as it should be."""
        rows = self.ctx.conn.execute(
            "SELECT a.sha256, max(a.size), b.file_name FROM attachments a"
            " JOIN attachment_blobs b ON b.sha256 = a.sha256"
            " WHERE a.deleted_at IS NULL AND b.file_name IS NOT NULL"
            " GROUP BY a.sha256 ORDER BY min(a.added_at), a.sha256"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows if not self.files.intact(str(r[2]), int(r[1]))]

    def _write(self, a: Attachment) -> None:
        self.ctx.conn.execute(
            f"INSERT OR REPLACE INTO attachments ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
            (
                a.id,
                a.child_id,
                a.record_type,
                a.record_id,
                a.caption,
                a.taken_on.isoformat() if a.taken_on else None,
                a.added_by,
                a.added_at,
                int(a.restricted),
                a.media_type,
                a.file_name,
                a.sha256,
                a.size,
                a.version,
                a.deleted_at,
            ),
        )

    def get(self, attachment_id: str) -> Attachment:
        row = self.ctx.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise NotFound("attachment", attachment_id)
        return _row_to_attachment(row)

    def list_for_child(self, child_id: str) -> list[Attachment]:
        rows = self.ctx.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE child_id = ? AND deleted_at IS NULL"
            " ORDER BY added_at, rowid",  # the order added, within a second too
            (child_id,),
        ).fetchall()
        return [_row_to_attachment(r) for r in rows]

    def list_for_record(self, record_type: str, record_id: str) -> list[Attachment]:
        rows = self.ctx.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE record_type = ? AND record_id = ?"
            " AND deleted_at IS NULL ORDER BY added_at, rowid",
            (record_type, record_id),
        ).fetchall()
        return [_row_to_attachment(r) for r in rows]

    def data(self, sha256: str) -> bytes | None:
        """The stored bytes; None when this laptop does not hold them: not downloaded yet, or
        their file is missing or damaged (logged; a damaged file is removed, and a missing
        or cut-short one is fetched again at the next sync, see missing_blobs)."""
        row = self.ctx.conn.execute(
            "SELECT data, file_name, file_key FROM attachment_blobs WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is None:
            return None
        if row[1] is None:
            return bytes(row[0])  # kept in the row, before schema 10
        try:
            return self.files.open(str(row[1]), bytes(row[2]))
        except BlobFileUnreadable as exc:
            logs.event("blob_file_unreadable", reason=str(exc))
            if exc.damaged:
                # Never readable again: removed, it counts as missing, so the next sync
                # fetches the bytes again (the row keeps its key meanwhile).
                self.files.remove([str(row[1])])
            return None

    def thumbnail(self, sha256: str) -> bytes | None:
        """The thumbnail of a held image. One not made yet (the bytes came by sync, which
        leaves them to be made later) is made now, from the stored bytes, and kept in the
        vault: made once, kept encrypted."""
        # The blob's row is only looked up in its key's index: its bytes are not read.
        row = self.ctx.conn.execute(
            "SELECT t.thumbnail FROM attachment_blobs b"
            " LEFT JOIN attachment_thumbnails t ON t.sha256 = b.sha256 WHERE b.sha256 = ?",
            (sha256,),
        ).fetchone()
        if row is None:
            return None
        if row[0] is not None:
            return bytes(row[0])
        thumbnail = self._new_thumbnail(sha256) if self._is_image(sha256) else None
        if thumbnail is not None:
            self._keep_thumbnails({sha256: thumbnail})
        return thumbnail

    def missing_thumbnails(self) -> list[str]:
        """Held images with no thumbnail yet (downloaded by sync), in the order added."""
        rows = self.ctx.conn.execute(
            "SELECT a.sha256 FROM attachments a JOIN attachment_blobs b ON b.sha256 = a.sha256"
            " WHERE NOT EXISTS (SELECT 1 FROM attachment_thumbnails t WHERE t.sha256 = a.sha256)"
            " AND a.media_type LIKE 'image/%' AND a.deleted_at IS NULL"
            " GROUP BY a.sha256 ORDER BY min(a.added_at), a.sha256"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def make_missing_thumbnails(self) -> int:
        """Make and keep the thumbnails a sync left to be made: a step for a background thread
        after the sync, so that a gallery of new photos opens at once. How many were kept."""
        missing = self.missing_thumbnails()
        kept = 0
        for start in range(0, len(missing), THUMBNAILS_A_TRANSACTION):
            made = {
                sha256: self._new_thumbnail(sha256)
                for sha256 in missing[start : start + THUMBNAILS_A_TRANSACTION]
            }
            kept += self._keep_thumbnails({sha256: t for sha256, t in made.items() if t is not None})
        return kept

    def _is_image(self, sha256: str) -> bool:
        row = self.ctx.conn.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ? AND media_type LIKE 'image/%' LIMIT 1", (sha256,)
        ).fetchone()
        return row is not None

    def _new_thumbnail(self, sha256: str) -> bytes | None:
        """Made from the stored bytes; None when they are not held or not readable as an
        image (a file icon is shown instead)."""
        data = self.data(sha256)
        if data is None:
            return None
        from .attachment_import import make_thumbnail  # Pillow loads when first needed

        return make_thumbnail(data)

    def _insert_thumbnails(self, thumbnails: dict[str, bytes]) -> None:
        """Rows of their own beside the blobs (so the photos' rows are not rewritten), for
        blobs still held: one purged meanwhile gets none. A thumbnail already kept stays."""
        self.ctx.conn.executemany(
            "INSERT INTO attachment_thumbnails (sha256, thumbnail)"
            " SELECT sha256, ? FROM attachment_blobs WHERE sha256 = ? ON CONFLICT (sha256) DO NOTHING",
            [(thumbnail, sha256) for sha256, thumbnail in thumbnails.items()],
        )

    def _keep_thumbnails(self, thumbnails: dict[str, bytes]) -> int:
        """Keep thumbnails made from stored bytes, in one transaction; how many were kept."""
        if not thumbnails:
            return 0
        try:
            with transaction(self.ctx.conn):
                self._insert_thumbnails(thumbnails)
        except (VaultError, sqlcipher3.dbapi2.OperationalError):
            # Not kept this time (the vault is busy, read-only or full): they are shown all
            # the same, and made again next time.
            return 0
        return len(thumbnails)

    # --- changes before the record is final ----------------------------------------------

    def _change(self, attachment_id: str, **fields: Any) -> Attachment:
        with transaction(self.ctx.conn):
            current = self.get(attachment_id)
            if current.deleted_at:
                raise NotFound("attachment", attachment_id)
            if self.is_final(current):
                raise RecordFinalised(current.record_id)
            changed = Attachment(**{**current.__dict__, **fields, "version": current.version + 1})
            self._write(changed)
            if self._queued(changed.record_type, changed.record_id):
                self.ctx.outbox("attachment", changed.id, "upsert", changed.payload(), current.version)
        return changed

    def set_caption(self, attachment_id: str, caption: str) -> Attachment:
        return self._change(attachment_id, caption=caption.strip())

    def set_restricted(self, attachment_id: str, restricted: bool) -> Attachment:
        return self._change(attachment_id, restricted=bool(restricted))

    def set_taken_on(self, attachment_id: str, taken_on: date | None) -> Attachment:
        return self._change(attachment_id, taken_on=taken_on)

    def remove(self, attachment_id: str) -> Attachment:
        """Take an attachment off a record not yet final. Its metadata stays as a removed
        version (the hub and other laptops learn of it); its bytes go when nothing else
        names them."""
        removed = self._change(attachment_id, deleted_at=self.ctx.now_text())
        with transaction(self.ctx.conn):
            self._drop_unnamed_blob(removed.sha256)
            self.ctx.audit("attachment_removed", "attachment", removed.id)
        self.remove_gone_files()
        return removed

    def _drop_unnamed_blob(self, sha256: str) -> None:
        # Its thumbnail and upload mark go with it (ON DELETE CASCADE, migration 0009); its
        # file's name goes to blob_files_gone (a trigger, migration 0010).
        self.ctx.conn.execute(
            "DELETE FROM attachment_blobs WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM attachments"
            " WHERE sha256 = ? AND deleted_at IS NULL)",
            (sha256, sha256),
        )

    # --- pulled records ----------------------------------------------------------------------

    def apply_pulled(self, record_id: str, payload: dict[str, Any]) -> None:
        """A record from the hub, in the caller's transaction: the newest version wins (an
        attachment's versions are made on one laptop, in order, before its record is final)."""
        incoming = attachment_from_payload(record_id, payload)
        row = self.ctx.conn.execute("SELECT version FROM attachments WHERE id = ?", (record_id,)).fetchone()
        if row is not None and int(row[0]) >= incoming.version:
            return
        self._write(incoming)
        if incoming.deleted_at:
            self._drop_unnamed_blob(incoming.sha256)

    # --- blob-level helpers for sync -----------------------------------------------------------

    def missing_blobs(self) -> list[tuple[str, int]]:
        """(sha256, size) of content an attachment here names but this vault does not hold,
        or holds in a file that has gone missing or been cut short."""
        rows = self.ctx.conn.execute(
            "SELECT a.sha256, max(a.size) FROM attachments a WHERE a.deleted_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM attachment_blobs b WHERE b.sha256 = a.sha256)"
            " GROUP BY a.sha256 ORDER BY min(a.added_at), a.sha256"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows] + self._lost_files()

    def unuploaded_blobs(self) -> list[str]:
        """Content this laptop holds that the hub has not confirmed, named by an attachment
        record already in the outbox (a draft's files go up with it)."""
        rows = self.ctx.conn.execute(
            "SELECT b.sha256 FROM attachment_blobs b"
            " WHERE NOT EXISTS (SELECT 1 FROM blob_uploads u WHERE u.sha256 = b.sha256) AND EXISTS ("
            " SELECT 1 FROM attachments a JOIN outbox o ON o.record_type = 'attachment'"
            " AND o.record_id = a.id WHERE a.sha256 = b.sha256 AND a.deleted_at IS NULL)"
            " ORDER BY b.sha256"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def mark_uploaded(self, sha256: str) -> None:
        """The hub holds these bytes whole: a small row beside the blob (not held: none)."""
        with transaction(self.ctx.conn):
            self._mark_uploaded([sha256], self.ctx.now_text())
            self.ctx.conn.execute(
                "DELETE FROM blob_transfers WHERE sha256 = ? AND direction = 'up'", (sha256,)
            )

    def _mark_uploaded(self, hashes: Sequence[str], at: str) -> None:
        """When the hub first held each (a blob marked already keeps its time)."""
        self.ctx.conn.executemany(
            "INSERT INTO blob_uploads (sha256, uploaded_at) SELECT sha256, ? FROM attachment_blobs"
            " WHERE sha256 = ? ON CONFLICT (sha256) DO NOTHING",
            [(at, sha256) for sha256 in hashes],
        )

    def store_blob(self, sha256: str, data: bytes) -> None:
        """Keep one downloaded blob, complete and verified (see keep_sealed)."""
        self.store_blobs([verify_blob(sha256, data)])

    def store_blobs(self, blobs: Sequence[VerifiedBlob]) -> None:
        """Seal verified bytes into files and keep them (see keep_sealed)."""
        self.files.ensure()
        self.keep_sealed([self.files.seal(blob) for blob in blobs])

    def keep_sealed(self, sealed: Sequence[SealedBlob]) -> None:
        """Keep downloaded blobs, sealed into files already (sync seals them on its fetching
        thread, as they arrive), in one transaction: the full-synchronous commit is paid
        once for the batch, not once a photo. No thumbnail is made here (12-25 ms a photo,
        most of a sync's time): thumbnail() or make_missing_thumbnails() makes each later."""
        if not sealed:
            return
        with self._keeping(sealed):
            self._insert_sealed(sealed)
            # They came from the hub, so it holds them: they are not sent back up.
            self._mark_uploaded([blob.sha256 for blob in sealed], self.ctx.now_text())
            self.ctx.conn.executemany(
                "DELETE FROM blob_transfers WHERE sha256 = ?", [(blob.sha256,) for blob in sealed]
            )

    def partial(self, sha256: str) -> bytes:
        """The bytes of an interrupted download so far (empty when none)."""
        row = self.ctx.conn.execute(
            "SELECT partial FROM blob_transfers WHERE sha256 = ? AND direction = 'down'", (sha256,)
        ).fetchone()
        return bytes(row[0]) if row and row[0] is not None else b""

    def save_partial(self, sha256: str, size: int, data_so_far: bytes) -> None:
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO blob_transfers (sha256, direction, size, done, partial)"
                " VALUES (?, 'down', ?, ?, ?)"
                " ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, done = excluded.done,"
                " partial = excluded.partial",
                (sha256, size, len(data_so_far), data_so_far),
            )
