"""Attachments' bytes between this laptop and the hub (issue 19), apart from their records.

Up: after the outbox is pushed, each blob an attachment record in the outbox names and the
hub has not confirmed goes up in chunks, from wherever the hub says it holds (HEAD), so a
cut connection resumes where it stopped. Down: after pulled records are applied, the blobs
attachments here name and this vault lacks are fetched, several whole ones to a request
(POST /v1/fetch-blobs); the rest of one a cut stopped is fetched alone (GET with Range),
from the bytes kept so far inside the vault (blob_transfers.partial, never a temporary
file). Each is kept only once its sha256 matches: sealed into a file of its own as it
arrives (vault/blob_files.py), while the next are fetched, and named in the vault a few
mebibytes at a time, one transaction each. A cut connection keeps the whole ones that came
before it, and what came of the one it cut.
Their thumbnails are made after the sync (Attachments.make_missing_thumbnails), not here.
Blobs are content-addressed: the same photo attached twice (or by two laptops) travels once.

A blob the hub refuses (its attachment record was refused, or the child is no longer on
this user's caseload) is skipped and counted, never retried in a loop; the next sync tries
again.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from ..vault import Vault
from ..vault.attachments import BlobMismatch, SealedBlob, verify_blob
from ..vault.blob_files import BlobFolder
from .client import BlobCut, HubClient, HubRefused
from .wire import MAX_BLOB_CHUNK, MAX_FETCH_BLOBS

# Statuses that mean "not this blob, not now" rather than "stop the sync": its record says
# another size (400), refused for this caseload (403 without a wipe), not all at the hub yet
# (404), no progress (409), over the authority's limit (413), discarded (422).
_SKIPPED = (400, 403, 404, 409, 413, 416, 422)

# Blobs fetched and sealed at once, so that one blob's transfer overlaps others' hashing,
# sealing and flush to disk. 100 photos on loopback, the download part of a sync: 1 thread
# 515-525 ms, 2 threads 415-450 ms, 3 threads 395-425 ms (a browser opens 6 to one host).
FETCHERS = 3

# Downloaded blobs are named in the vault in one transaction once this many bytes have been
# sealed (and at the end).
KEEP_BATCH_BYTES = 8 * 1024 * 1024
# Blobs are asked for up to this many bytes ahead (in memory meanwhile), a third of it to a
# request. 100 photos (93 MB) to a new laptop: a GET each, 8 MiB ahead, 303-475 ms of
# download; several to a request, 8 MiB ahead 303-422 ms, 16 MiB ahead 281-368 ms.
FETCH_AHEAD_BYTES = 16 * 1024 * 1024


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


@dataclass(frozen=True)
class _Wanted:
    sha256: str
    size: int
    so_far: bytes  # what an interrupted download of it kept (inside the vault)


def download_blobs(
    vault: Vault, client: HubClient, report: BlobReport, batch_bytes: int = KEEP_BATCH_BYTES
) -> None:
    wanted = deque(_wanted(vault))
    fetching: deque[tuple[list[_Wanted], Future[list[_Fetched]]]] = deque()
    pending: list[SealedBlob] = []
    files = vault.attachments.files
    if wanted:
        files.ensure()  # here, not on the fetching threads: a wipe meanwhile must not undo it
    # Blobs are fetched, several to a request, checked and sealed into their files on threads
    # of their own, up to a batch's bytes ahead (hashing, sealing and file writes let go of
    # the GIL): the transfer, the hashing and the disk's flushes overlap. Only this thread
    # touches the vault: it names the sealed files, in order, a batch at a time.
    fetcher = ThreadPoolExecutor(max_workers=FETCHERS, thread_name_prefix="cnis-blob-fetch")
    try:
        while wanted or fetching:
            while wanted and sum(w.size for group, _ in fetching for w in group) < FETCH_AHEAD_BYTES:
                group = _next_group(wanted, FETCH_AHEAD_BYTES // FETCHERS)
                fetching.append((group, fetcher.submit(_fetch_and_seal, client, files, group)))
            group, fetched = fetching.popleft()
            arrived = list(zip(group, _results(group, fetched), strict=True))
            # Those the hub left out of a full answer are asked for again, first, in order.
            wanted.extendleft(reversed([want for want, result in arrived if result.left]))
            _take(vault, report, arrived, pending, batch_bytes)
    except HubRefused as exc:
        if exc.wipe:
            # The vault is wiped next: no fetch may still be sealing into its folder then.
            fetcher.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        # Fetches not started are dropped; one under way is not waited for (after a cut it
        # may hang until its timeout): it ends on its own, and the files it sealed, named by
        # no row, are removed then.
        for _group, unused in fetching:
            unused.add_done_callback(lambda done: _discard(files, done))
        fetcher.shutdown(wait=False, cancel_futures=True)
        # Whatever stopped the rest (a cut, the hub's refusal), the whole blobs that came are kept.
        _keep(vault, report, pending)


def _take(
    vault: Vault,
    report: BlobReport,
    arrived: list[tuple[_Wanted, _Fetched]],
    pending: list[SealedBlob],
    batch_bytes: int,
) -> None:
    """A group's blobs, in order, into `pending` (kept a batch at a time). What stops the
    sync leaves the rest of the group unnamed: their files go at once (named by no row,
    they would lie there until an opening an hour later)."""
    taken = 0
    try:
        for want, result in arrived:
            taken += 1
            if result.left:
                continue
            blob = _arrived(vault, report, want, result)
            if blob is None:
                continue
            pending.append(blob)
            if sum(b.size for b in pending) >= batch_bytes:
                _keep(vault, report, pending)
    except BaseException:
        unnamed = [r.sealed.file_name for _, r in arrived[taken:] if r.sealed is not None]
        vault.attachments.files.remove(unnamed)
        raise


@dataclass(frozen=True)
class _Fetched:
    received: int = 0  # bytes this fetch brought of the blob
    sealed: SealedBlob | None = None  # None: refused, cut, left, or did not match its hash
    refused: HubRefused | None = None
    cut: BlobCut | None = None
    left: bool = False  # the hub left it for another request


def _next_group(wanted: deque[_Wanted], group_bytes: int) -> list[_Wanted]:
    """The next blobs to ask for in one request: whole ones, up to `group_bytes` (at least
    one). The rest of one a cut stopped is asked for alone, from where it stopped."""
    group = [wanted.popleft()]
    if group[0].so_far:
        return group
    size = group[0].size
    while wanted and not wanted[0].so_far and len(group) < MAX_FETCH_BLOBS:
        if size + wanted[0].size > group_bytes:
            break
        size += wanted[0].size
        group.append(wanted.popleft())
    return group


def _results(group: list[_Wanted], fetched: Future[list[_Fetched]]) -> list[_Fetched]:
    """What a request brought, a result a blob; a refusal of the whole request counts for
    each of its blobs, unless it stops the sync."""
    try:
        return fetched.result()
    except HubRefused as exc:
        if exc.wipe or exc.status not in _SKIPPED:
            raise
        return [_Fetched(refused=exc) for _ in group]


def _discard(files: BlobFolder, done: Future[list[_Fetched]]) -> None:
    if done.cancelled() or done.exception() is not None:
        return
    files.remove([r.sealed.file_name for r in done.result() if r.sealed is not None])


def _fetch_and_seal(client: HubClient, files: BlobFolder, group: list[_Wanted]) -> list[_Fetched]:
    """On a fetching thread: the blobs of a group (or the rest of one), each checked against
    its hash and sealed into a file as it arrives. A cut ends the group: the blob it cut
    carries what came of it, those after it are left."""
    if group[0].so_far:
        want = group[0]
        try:
            rest = client.get_blob(want.sha256, len(want.so_far), want.size)
        except BlobCut as cut:
            return [_Fetched(len(cut.received), cut=cut)]
        return [_sealed(files, want.sha256, want.so_far + rest, len(rest))]
    results: dict[str, _Fetched] = {}
    try:
        for entry, data in client.fetch_blobs([w.sha256 for w in group]):
            if entry["status"] == 200:
                results[entry["sha256"]] = _sealed(files, entry["sha256"], data, len(data))
            else:
                refused = HubRefused(entry["status"], entry.get("detail", ""))
                results[entry["sha256"]] = _Fetched(refused=refused)
    except BlobCut as cut:
        results[cut.sha256] = _Fetched(len(cut.received), cut=cut)
    except BaseException:
        # The hub or the connection failed part-way: the files sealed so far will never be
        # named, so they go now.
        files.remove([r.sealed.file_name for r in results.values() if r.sealed is not None])
        raise
    return [results.get(w.sha256, _Fetched(left=True)) for w in group]


def _sealed(files: BlobFolder, sha256: str, data: bytes, received: int) -> _Fetched:
    try:
        verified = verify_blob(sha256, data)  # kept only if the hash matches
    except BlobMismatch:
        return _Fetched(received)
    return _Fetched(received, files.seal(verified))


def _wanted(vault: Vault) -> list[_Wanted]:
    """The blobs to fetch, in order. (A partial is kept only for a blob a cut stopped: one
    for each cut sync, not a caseload's worth in memory.)"""
    wanted = []
    for sha256, size in vault.attachments.missing_blobs():
        so_far = vault.attachments.partial(sha256)
        if len(so_far) >= size:
            so_far = b""  # a partial as long as the blob did not match: fetch it whole
        wanted.append(_Wanted(sha256, size, so_far))
    return wanted


def _arrived(vault: Vault, report: BlobReport, want: _Wanted, result: _Fetched) -> SealedBlob | None:
    """The blob a fetch brought, sealed into its file; None when it is skipped this time. A
    cut keeps what came of it (inside the vault) and stops the sync."""
    if result.cut is not None:
        if result.cut.received:
            vault.attachments.save_partial(want.sha256, want.size, want.so_far + result.cut.received)
        raise result.cut
    if result.refused is not None:
        exc = result.refused
        if exc.wipe or exc.status not in _SKIPPED:
            raise exc
        report.skipped.append((want.sha256, f"down: {exc.status} {exc}"))
        return None
    report.received_bytes += result.received
    if result.sealed is None:
        # Damaged on the way, or a partial that was not this blob's: start afresh next time.
        vault.attachments.save_partial(want.sha256, want.size, b"")
        report.skipped.append((want.sha256, "down: the bytes did not match their hash"))
    return result.sealed


def _keep(vault: Vault, report: BlobReport, pending: list[SealedBlob]) -> None:
    """Name the pending blobs' files in one transaction, and empty the list (emptied first, so
    that a failed write is not tried again on the way out)."""
    batch = pending.copy()
    pending.clear()
    vault.attachments.keep_sealed(batch)
    report.downloaded += len(batch)
