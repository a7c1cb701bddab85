"""Attachments' bytes between this laptop and the hub (issue 19), apart from their records.

Up: after the outbox is pushed, each blob an attachment record in the outbox names and the
hub has not confirmed goes up in chunks, from wherever the hub says it holds (HEAD), so a
cut connection resumes where it stopped. Down: after pulled records are applied, each blob
an attachment here names and this vault lacks is fetched, resuming from the bytes kept so
far inside the vault (blob_transfers.partial, never a temporary file), and kept only once
its sha256 matches. Blobs are content-addressed: the same photo attached twice (or by two
laptops) travels once.

A blob the hub refuses (its attachment record was refused, or the child is no longer on
this user's caseload) is skipped and counted, never retried in a loop; the next sync tries
again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..vault import Vault
from ..vault.attachments import BlobMismatch
from .client import BlobCut, HubClient, HubRefused
from .wire import MAX_BLOB_CHUNK

# Statuses that mean "not this blob, not now" rather than "stop the sync": its record says
# another size (400), refused for this caseload (403 without a wipe), not all at the hub yet
# (404), no progress (409), over the authority's limit (413), discarded (422).
_SKIPPED = (400, 403, 404, 409, 413, 416, 422)


@dataclass
class BlobReport:
    uploaded: int = 0  # blobs the hub now holds whole
    sent_bytes: int = 0
    downloaded: int = 0
    received_bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sha256, why)


def upload_blobs(vault: Vault, client: HubClient, report: BlobReport, chunk: int = MAX_BLOB_CHUNK) -> None:
    for sha256 in vault.attachments.unuploaded_blobs():
        data = vault.attachments.data(sha256)
        if data is None:
            continue
        try:
            status = client.blob_status(sha256)
            held = status["held"]
            while not status["complete"]:
                piece = data[held : held + chunk]
                status = client.put_blob_chunk(sha256, held, len(data), piece)
                report.sent_bytes += len(piece)
                if status["held"] <= held and not status["complete"]:
                    # No progress (another laptop's bytes for it were discarded meanwhile):
                    # never a loop; the next sync starts from what the hub holds then.
                    raise HubRefused(409, "the hub did not keep the chunk")
                held = status["held"]
        except HubRefused as exc:
            if exc.wipe or exc.status not in _SKIPPED:
                raise
            report.skipped.append((sha256, f"up: {exc.status} {exc}"))
            continue
        vault.attachments.mark_uploaded(sha256)
        report.uploaded += 1


def download_blobs(vault: Vault, client: HubClient, report: BlobReport) -> None:
    for sha256, size in vault.attachments.missing_blobs():
        so_far = vault.attachments.partial(sha256)
        if len(so_far) >= size:
            so_far = b""  # a partial as long as the blob did not match: fetch it whole
        try:
            rest = client.get_blob(sha256, len(so_far), size)
        except BlobCut as cut:
            if cut.received:
                vault.attachments.save_partial(sha256, size, so_far + cut.received)
            raise
        except HubRefused as exc:
            if exc.wipe or exc.status not in _SKIPPED:
                raise
            report.skipped.append((sha256, f"down: {exc.status} {exc}"))
            continue
        report.received_bytes += len(rest)
        try:
            vault.attachments.store_blob(sha256, so_far + rest)  # kept only if the hash matches
        except BlobMismatch:
            # Damaged on the way, or a partial that was not this blob's: start afresh next time.
            vault.attachments.save_partial(sha256, size, b"")
            report.skipped.append((sha256, "down: the bytes did not match their hash"))
            continue
        report.downloaded += 1
