"""The hub's store of attachment bytes (issue 19): content-addressed by sha256, received in
chunks of at most a mebibyte so that a cut connection resumes where it stopped.

A blob is kept only for an attachment record the hub holds: the record (kind "attachment",
in the change log) names its sha256 and size, and the child it belongs to is the hub's own
link for that record (record_links), never what a request says. A device may send or fetch
a blob only when such a record is about a child on its user's caseload.

Tables, on SQLite and PostgreSQL alike:
- blobs: one row a blob, its declared size, how many bytes are held so far, and when it was
  completed (verified against its sha256);
- blob_chunks: the bytes, in the order they came (each chunk starts where the last ended);
- blob_names: which attachment records name which blob, and for which child - a cache of the
  change log, filled the first time a blob is asked about, so that each chunk of a transfer
  does not search the log again.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..sync.wire import MAX_BLOB_CHUNK as MAX_CHUNK
from ..sync.wire import BlobStatus
from .record_state import fields_of
from .storage import Device, HubStore, audit_text

# The authority's largest attachment, unless it sets one: the laptop's own default limit
# (attachment_import.DEFAULT_MAX_MB, in mebibytes), so the hub takes whatever a laptop took.
DEFAULT_MAX_SIZE = 25 * 1024 * 1024

SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,
    held INTEGER NOT NULL DEFAULT 0, started_at TEXT NOT NULL, complete_at TEXT);
CREATE TABLE IF NOT EXISTS blob_chunks (sha256 TEXT NOT NULL, start INTEGER NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (sha256, start));
CREATE TABLE IF NOT EXISTS blob_names (record_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL,
    child_id TEXT NOT NULL, size INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS blob_names_by_hash ON blob_names (sha256)
"""
POSTGRES_SCHEMA = SCHEMA.replace("BLOB", "BYTEA")

NOT_ON_CASELOAD = "No attachment on your caseload has these bytes."
_NOT_NAMED = "no attachment on this user's caseload names it"

# A refusal of the same blob to the same device is audited once in this window: a laptop
# retrying every sync (or a flood of guesses) must not grow the audit without bound.
REFUSAL_WINDOW = 15 * 60.0
REFUSALS_KEPT = 10_000
_AUDITED_ONCE = f"the same refusal is audited once in {int(REFUSAL_WINDOW // 60)} minutes"


class BlobRefused(Exception):
    """Why a request is refused: an HTTP status and a sentence for the laptop."""

    def __init__(self, status: int, detail: str, held: int | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.held = held  # for 409: where the next chunk must start


@dataclass(frozen=True)
class BlobState:
    sha256: str
    size: int  # the size the attachment record declares
    held: int  # bytes the hub holds so far
    complete: bool  # all held and verified

    def as_json(self) -> BlobStatus:
        return {"sha256": self.sha256, "size": self.size, "held": self.held, "complete": self.complete}


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _audit(conn: Any, device: Device, action: str, detail: str) -> None:
    conn.execute(
        "INSERT INTO audit (at, actor, device_id, action, detail) VALUES (?, ?, ?, ?, ?)",
        (_now(), audit_text(device.user_id, 100), audit_text(device.id, 100), action, audit_text(detail)),
    )


class BlobStore:
    def __init__(self, store: HubStore, max_size: int = DEFAULT_MAX_SIZE) -> None:
        self.store = store
        self.max_size = max_size
        self._refusals: dict[tuple[str, str, str], float] = {}
        self._refusals_lock = threading.Lock()
        with store.db() as conn:
            if store.postgres:
                conn.execute("SELECT pg_advisory_lock(4711)")  # one migrator at a time
                conn.executescript(POSTGRES_SCHEMA)
                conn.execute("SELECT pg_advisory_unlock(4711)")
            else:
                conn.executescript(SCHEMA)

    # --- who may ---------------------------------------------------------------------------

    def _declared(self, conn: Any, device: Device, sha256: str) -> int | None:
        """The size the attachment records on the user's caseload declare for this blob, or
        None when no such record names it."""
        sql = (
            "SELECT min(n.size) AS size FROM blob_names n JOIN caseload c ON c.child_id = n.child_id"
            " WHERE n.sha256 = ? AND c.user_id = ?"
        )
        row = conn.execute(sql, (sha256, device.user_id)).fetchone()
        if row is not None and row["size"] is not None:
            return int(row["size"])
        if not self._learn(conn, device, sha256):
            return None
        row = conn.execute(sql, (sha256, device.user_id)).fetchone()
        return int(row["size"]) if row is not None and row["size"] is not None else None

    def _learn(self, conn: Any, device: Device, sha256: str) -> bool:
        """Find attachment records about the user's children that name this blob, in the
        change log, and remember them; whether any was found. The payload is canonical JSON
        (storage.canonical_json), so the hash appears in it exactly as "sha256":"<hash>"."""
        rows = conn.execute(
            "SELECT c.record_id, l.child_id, c.payload FROM changes c"
            " JOIN record_links l ON l.record_id = c.record_id"
            " WHERE c.record_type = 'attachment' AND l.record_type = 'attachment'"
            " AND c.child_id IN (SELECT child_id FROM caseload WHERE user_id = ?)"
            " AND c.payload LIKE ?",
            (device.user_id, f'%"sha256":"{sha256}"%'),
        ).fetchall()
        found = False
        for row in rows:
            fields = fields_of(json.loads(row["payload"]))
            size = fields.get("size")
            if fields.get("sha256") != sha256 or isinstance(size, bool) or not isinstance(size, int):
                continue
            if size <= 0:
                continue
            conn.execute(
                "INSERT INTO blob_names VALUES (?, ?, ?, ?) ON CONFLICT (record_id) DO NOTHING",
                (row["record_id"], sha256, row["child_id"], size),
            )
            found = True
        return found

    def _may(self, conn: Any, device: Device, sha256: str, action: str) -> int:
        """The declared size, or BlobRefused(403) (audited, once in a while)."""
        size = self._declared(conn, device, sha256)
        if size is None:
            self._refuse(conn, device, action, [sha256], _NOT_NAMED)
            raise BlobRefused(403, NOT_ON_CASELOAD)
        return size

    def _refuse(self, conn: Any, device: Device, action: str, shas: list[str], reason: str) -> None:
        """Audit the refusal of these blobs to this device in one row (a request of many
        strangers' hashes writes one), leaving out those audited in the window."""
        fresh = self._not_audited_lately(device, action, shas)
        if fresh:
            more = f" and {len(fresh) - 1} more" if len(fresh) > 1 else ""
            _audit(conn, device, action, f"{fresh[0]}{more}: {reason} ({_AUDITED_ONCE})")

    def _not_audited_lately(self, device: Device, action: str, shas: list[str]) -> list[str]:
        """Those of `shas` whose refusal to this device was not audited in the window; they
        are marked audited now."""
        now = time.monotonic()
        fresh = []
        with self._refusals_lock:
            for sha256 in shas:
                key = (device.id, action, sha256)
                if self._refusals.get(key, 0.0) > now:
                    continue
                if len(self._refusals) >= REFUSALS_KEPT:
                    self._refusals.clear()
                self._refusals[key] = now + REFUSAL_WINDOW
                fresh.append(sha256)
        return fresh

    # --- what is held ----------------------------------------------------------------------

    def state(self, device: Device, sha256: str) -> BlobState:
        with self.store.db() as conn:
            declared = self._may(conn, device, sha256, "blob_state_refused")
            row = conn.execute(
                "SELECT size, held, complete_at FROM blobs WHERE sha256 = ?", (sha256,)
            ).fetchone()
        if row is None:
            return BlobState(sha256, declared, 0, False)
        return BlobState(sha256, int(row["size"]), int(row["held"]), row["complete_at"] is not None)

    def put(self, device: Device, sha256: str, start: int, last: int, total: int, data: bytes) -> BlobState:
        """Add a chunk, bytes `start`..`last` of a blob of `total` bytes. A chunk the hub
        already holds is answered as a success (a resend after a cut); one that leaves a gap
        is refused with where the next must start (409). The last chunk completes the blob
        and is verified: bytes that do not match their hash are discarded (422)."""
        with self.store.db() as conn:
            declared = self._may(conn, device, sha256, "blob_upload_refused")
            if declared > self.max_size:
                self._refuse(
                    conn, device, "blob_upload_refused", [sha256], f"{declared:,} bytes is over the limit"
                )
                raise BlobRefused(413, f"Attachments are limited to {self.max_size:,} bytes.")
            # Who may comes first (above): a stranger learns nothing about a blob.
            if last < start or last - start + 1 != len(data) or last >= total:
                raise BlobRefused(400, "The Content-Range does not match the body.")
            if len(data) > MAX_CHUNK:
                raise BlobRefused(413, f"A chunk is at most {MAX_CHUNK:,} bytes.")
            if total != declared:
                raise BlobRefused(400, f"The attachment record says this blob has {declared:,} bytes.")
            conn.execute("BEGIN IMMEDIATE")
            try:
                state = self._add(conn, device, sha256, declared, start, data)
                conn.execute("COMMIT")
            except BlobRefused as exc:
                # A discarded blob stays discarded (the chunks are gone): commit that.
                conn.execute("COMMIT" if exc.status == 422 else "ROLLBACK")
                raise
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return state

    def _add(self, conn: Any, device: Device, sha256: str, size: int, start: int, data: bytes) -> BlobState:
        conn.execute(
            "INSERT INTO blobs (sha256, size, held, started_at) VALUES (?, ?, 0, ?)"
            " ON CONFLICT (sha256) DO NOTHING",
            (sha256, size, _now()),
        )
        lock = " FOR UPDATE" if self.store.postgres else ""
        row = conn.execute(
            f"SELECT size, held, complete_at FROM blobs WHERE sha256 = ?{lock}", (sha256,)
        ).fetchone()
        size, held = int(row["size"]), int(row["held"])
        if row["complete_at"] is not None or start + len(data) <= held:
            return BlobState(sha256, size, held, row["complete_at"] is not None)  # held already
        if start > held:
            raise BlobRefused(409, f"The hub holds {held:,} bytes of this blob: send from there.", held)
        data = data[held - start :]  # a chunk that overlaps what is held adds only the rest
        if held + len(data) > size:
            raise BlobRefused(413, f"This blob has {size:,} bytes; the chunk goes past its end.")
        conn.execute("INSERT INTO blob_chunks VALUES (?, ?, ?)", (sha256, held, data))
        held += len(data)
        conn.execute("UPDATE blobs SET held = ? WHERE sha256 = ?", (held, sha256))
        if held < size:
            return BlobState(sha256, size, held, False)
        digest = hashlib.sha256()
        for chunk in conn.execute("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY start", (sha256,)):
            digest.update(bytes(chunk["data"]))
        if digest.hexdigest() != sha256:
            conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", (sha256,))
            conn.execute("UPDATE blobs SET held = 0 WHERE sha256 = ?", (sha256,))
            _audit(conn, device, "blob_discarded", f"{sha256}: the bytes did not match their hash")
            raise BlobRefused(422, "The bytes do not match their sha256: discarded; send them again.", 0)
        conn.execute("UPDATE blobs SET complete_at = ? WHERE sha256 = ?", (_now(), sha256))
        _audit(conn, device, "blob_uploaded", f"{sha256}: {size:,} bytes")
        return BlobState(sha256, size, held, True)

    def read(self, device: Device, sha256: str, start: int, end: int | None) -> tuple[bytes, int]:
        """Bytes `start`..`end` (inclusive; to the last without `end`) of a complete blob,
        and its size."""
        with self.store.db() as conn:
            self._may(conn, device, sha256, "blob_download_refused")
            size = self._complete_size(conn, sha256)
            last = size - 1 if end is None else min(end, size - 1)
            if start > last:
                raise BlobRefused(416, f"This blob has {size:,} bytes.")
            return _bytes(conn, sha256, start, last), size

    def read_many(self, device: Device, shas: list[str], budget: int) -> list[BlobAnswer]:
        """Whole blobs, in the order asked, refused one by one as `read` refuses them, up to
        `budget` bytes (the first is sent whatever its size); those past it are left out,
        for the laptop to ask again."""
        answers: list[BlobAnswer] = []
        sent = 0
        strangers: list[str] = []  # refused as on no attachment of the caseload
        with self.store.db() as conn:
            for sha256 in shas:
                if self._declared(conn, device, sha256) is None:
                    strangers.append(sha256)
                    answers.append(BlobAnswer(sha256, 403, NOT_ON_CASELOAD))
                    continue
                try:
                    size = self._complete_size(conn, sha256)
                except BlobRefused as exc:
                    answers.append(BlobAnswer(sha256, exc.status, exc.detail))
                    continue
                if sent and sent + size > budget:
                    break
                answers.append(BlobAnswer(sha256, 200, data=_bytes(conn, sha256, 0, size - 1)))
                sent += size
            self._refuse(conn, device, "blob_download_refused", strangers, _NOT_NAMED)
        return answers

    @staticmethod
    def _complete_size(conn: Any, sha256: str) -> int:
        row = conn.execute("SELECT size, complete_at FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None or row["complete_at"] is None:
            raise BlobRefused(404, "These bytes have not all reached the hub yet: try again later.")
        return int(row["size"])


@dataclass(frozen=True)
class BlobAnswer:
    """One blob of a read_many: status 200 with its bytes, or why it is refused."""

    sha256: str
    status: int
    detail: str = ""
    data: bytes = b""


def _bytes(conn: Any, sha256: str, start: int, last: int) -> bytes:
    """Bytes `start`..`last` of a complete blob: slices of its stored chunks, joined once
    (join hands back a lone part uncopied)."""
    rows = conn.execute(
        "SELECT start, data FROM blob_chunks WHERE sha256 = ? AND start <= ?"
        " AND start + length(data) > ? ORDER BY start",
        (sha256, last, start),
    ).fetchall()
    parts = []
    for chunk in rows:
        first = int(chunk["start"])
        data = bytes(chunk["data"])
        parts.append(data[max(0, start - first) : last + 1 - first])
    return b"".join(parts)
