"""Attachments' bytes between laptops and a real hub (issue 19), on SQLite and, with
CNIS_TEST_PG_URL set, PostgreSQL: 50 photos from one laptop to another through a connection
cut in the middle of a photo (on the way up and on the way down) and a hub restarted each
time; all arrive once and byte-identical, the cut ones resumed from where they stopped. A
laptop whose user does not have the child is refused (403) and the refusal audited; a
reassignment purges the photos from the old laptop."""

from __future__ import annotations

import io
import json
import random
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from cnis_desktop.sync.client import HubClient, HubRefused, HubUnavailable
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.sync.purge import purge_reassigned
from cnis_desktop.sync.wire import MAX_BLOB_CHUNK
from cnis_desktop.vault import Vault
from cnis_desktop.vault.blob_files import BlobFolder, blob_folder_for
from tests.conftest import FAST_KDF, PASSPHRASE, make_child
from tests.hub.conftest import LoopbackHub, hub_location


class _CutBody(httpx.SyncByteStream):
    """A request body that stops after `keep` bytes, as a dropped connection would."""

    def __init__(self, data: bytes, keep: int) -> None:
        self.data, self.keep = data, keep

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.keep]
        raise httpx.WriteError("connection cut mid-upload")


class _CutResponse(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, keep: int) -> None:
        self.inner, self.keep = inner, keep

    def __iter__(self) -> Iterator[bytes]:
        given = 0
        for part in self.inner:
            if given + len(part) >= self.keep:
                yield part[: self.keep - given]
                raise httpx.ReadError("connection cut mid-download")
            given += len(part)
            yield part

    def close(self) -> None:
        self.inner.close()


class CutOnce(httpx.BaseTransport):
    """Real HTTP to the hub, except that the connection is cut once, `after` bytes into the
    transfer of one blob (across its chunks, up or down; down, alone or among others)."""

    def __init__(self, sha256: str = "", after: int = 0) -> None:
        self.inner = httpx.HTTPTransport()
        self.sha256, self.after = sha256, after
        self.moved = 0
        self.cut = False
        self.sent: dict[str, int] = {}  # bytes PUT (whole requests) by blob

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        blob = request.url.path.removeprefix("/v1/blobs/")
        if request.method == "PUT" and blob != request.url.path:
            self.sent[blob] = self.sent.get(blob, 0) + len(request.read())
        mine = bool(self.sha256) and not self.cut and request.url.path == f"/v1/blobs/{self.sha256}"
        if mine and request.method == "PUT":
            body = request.read()
            if self.moved + len(body) > self.after:
                self.cut = True
                keep = self.after - self.moved
                request = httpx.Request(
                    "PUT", request.url, headers=request.headers, stream=_CutBody(body, keep)
                )
            self.moved += len(body)
        response = self.inner.handle_request(request)
        cut_at = self.after if mine and request.method == "GET" else None
        stream = response.stream
        if self.sha256 and not self.cut and request.url.path == "/v1/fetch-blobs":
            answer = response.read()
            stream = httpx.ByteStream(answer)
            cut_at = _offset_in_answer(answer, self.sha256)
            cut_at = None if cut_at is None else cut_at + self.after
        if cut_at is not None:
            self.cut = True
            assert isinstance(stream, httpx.SyncByteStream)
            return httpx.Response(
                response.status_code,
                headers=response.headers,
                stream=_CutResponse(stream, cut_at),
                request=request,
            )
        if stream is not response.stream:
            return httpx.Response(
                response.status_code, headers=response.headers, stream=stream, request=request
            )
        return response

    def close(self) -> None:
        self.inner.close()


class CutNthDownload(CutOnce):
    """Real HTTP to the hub, except that the download of the `nth` blob asked for is cut
    `after` bytes into it; `fetched` lists the blobs asked for, in order (several to a
    request, POST /v1/fetch-blobs, or one, GET /v1/blobs/{sha256})."""

    def __init__(self, nth: int, after: int) -> None:
        super().__init__("", after)
        self.nth = nth
        self.fetched: list[str] = []
        self.counting = threading.Lock()  # the sync fetches on several threads at once

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        blob = request.url.path.removeprefix("/v1/blobs/")
        asked = [blob] if request.method == "GET" and blob != request.url.path else []
        if request.url.path == "/v1/fetch-blobs":
            asked = json.loads(request.read())["blobs"]
        with self.counting:
            for sha256 in asked:
                self.fetched.append(sha256)
                if len(self.fetched) == self.nth:
                    self.sha256 = sha256
        return super().handle_request(request)


def manifest_of(answer: bytes) -> list[dict[str, Any]]:
    """The manifest of an answer to POST /v1/fetch-blobs: its first line."""
    entries: list[dict[str, Any]] = json.loads(answer.partition(b"\n")[0])
    return entries


def _offset_in_answer(answer: bytes, sha256: str) -> int | None:
    """Where a blob's bytes start in an answer to POST /v1/fetch-blobs; None when it has none."""
    offset = answer.index(b"\n") + 1
    for entry in manifest_of(answer):
        if entry["sha256"] == sha256:
            return offset if entry["status"] == 200 else None
        offset += entry.get("size", 0)
    return None


def photo(seed: int, width: int = 160, height: int = 120) -> bytes:
    """A small JPEG of its own (noise, so that no two are alike and JPEG cannot shrink it
    to nothing)."""
    pixels = random.Random(seed).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[LoopbackHub]:
    running = LoopbackHub(hub_location(tmp_path), failure_delay=0.0)
    yield running
    running.stop()


def laptop(tmp_path: Path, hub: LoopbackHub, user_id: str, name: str) -> Vault:
    vault = Vault.create(tmp_path / name / "cnis.vault", PASSPHRASE, name, "ehe_officer", kdf=FAST_KDF)
    enrol(vault, hub.url, hub.store.new_code(user_id))
    return vault


def client(vault: Vault, hub: LoopbackHub, transport: httpx.BaseTransport | None = None) -> HubClient:
    token = vault.conn.execute("SELECT value FROM meta WHERE key = 'hub_token'").fetchone()[0]
    return HubClient(hub.url, token, transport=transport or httpx.HTTPTransport())


def photos_on_the_hub(tmp_path: Path, hub: LoopbackHub, alex: str, seeds: range) -> tuple[Vault, Vault, str]:
    """Two laptops of one user: the first with a child and a photo a seed, synced up; the
    second enrolled, not yet synced."""
    first, second = laptop(tmp_path, hub, alex, "first"), laptop(tmp_path, hub, alex, "second")
    child = first.children.add(make_child()).id
    for n, seed in enumerate(seeds):
        first.attachments.add(child, "child", child, photo(seed), f"sample-{n}.jpg")
    with closing(client(first, hub)) as plain:
        assert sync_once(first, plain).blobs.uploaded == len(seeds)
    return first, second, child


def blobs_held(vault: Vault) -> dict[str, bytes]:
    """The bytes this laptop holds, read back (from their sealed files) through the vault."""
    rows = vault.conn.execute("SELECT sha256 FROM attachment_blobs").fetchall()
    return {str(r[0]): vault.attachments.data(str(r[0])) or b"" for r in rows}


def sealed_files(vault: Vault) -> tuple[set[str], set[str]]:
    """(the sealed files on disk, the files the vault's rows name)."""
    on_disk = set(BlobFolder(blob_folder_for(vault.path)).names())
    named = vault.conn.execute("SELECT file_name FROM attachment_blobs WHERE file_name IS NOT NULL")
    return on_disk, {str(r[0]) for r in named}


def blob_rows(vault: Vault) -> dict[str, set[str]]:
    """The sha256s in each table that holds something of a blob: its bytes, its thumbnail,
    its upload mark and any transfer under way."""
    tables = ("attachment_blobs", "attachment_thumbnails", "blob_uploads", "blob_transfers")
    return {t: {str(r[0]) for r in vault.conn.execute(f"SELECT sha256 FROM {t}")} for t in tables}


def audit_actions(hub: LoopbackHub, action: str) -> list[dict[str, str]]:
    rows = hub.store.conn.execute(
        "SELECT device_id, detail FROM audit WHERE action = ? ORDER BY seq", (action,)
    ).fetchall()
    return [dict(r) for r in rows]


def test_fifty_photos_reach_another_laptop_once_through_cuts_and_restarts(
    tmp_path: Path, hub: LoopbackHub
) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    first, second = laptop(tmp_path, hub, user, "first"), laptop(tmp_path, hub, user, "second")
    child = first.children.add(make_child()).id
    big = first.attachments.add(child, "child", child, photo(0, 1600, 1200), "fridge-timetable.jpg")
    assert big.size > MAX_BLOB_CHUNK  # two chunks: the cut falls in the second
    added = [big] + [
        first.attachments.add(child, "child", child, photo(n), f"work-sample-{n}.jpg", caption=f"Sample {n}")
        for n in range(1, 50)
    ]
    # The same photo attached twice is kept once and sent once.
    again = first.attachments.add(child, "child", child, photo(7), "work-sample-7-again.jpg")
    assert again.sha256 == added[7].sha256
    originals = blobs_held(first)
    assert len(originals) == 50

    # Up: the connection drops half-way through the big photo's second chunk.
    cut_up = CutOnce(big.sha256, after=MAX_BLOB_CHUNK + 200_000)
    with pytest.raises(HubUnavailable), closing(client(first, hub, cut_up)) as cutting:
        sync_once(first, cutting)
    assert cut_up.cut
    held = hub.store.conn.execute(
        "SELECT held, complete_at FROM blobs WHERE sha256 = ?", (big.sha256,)
    ).fetchone()
    assert (held["held"], held["complete_at"]) == (MAX_BLOB_CHUNK, None)  # the first chunk is kept

    hub.restart()
    counted = CutOnce()
    with closing(client(first, hub, counted)) as plain:
        report = sync_once(first, plain)
    assert report.blobs.skipped == []
    # The big photo resumed after its first chunk: only the rest of it was sent again; every
    # other photo was sent whole exactly once, before or after the cut.
    assert counted.sent[big.sha256] == big.size - MAX_BLOB_CHUNK
    assert counted.sent.keys() & cut_up.sent.keys() == {big.sha256}
    sent = {sha: cut_up.sent.get(sha, 0) + counted.sent.get(sha, 0) for sha in originals if sha != big.sha256}
    assert sent == {sha: len(data) for sha, data in originals.items() if sha != big.sha256}
    assert first.attachments.unuploaded_blobs() == []

    # Down: the connection drops 300,000 bytes into the big photo.
    cut_down = CutOnce(big.sha256, after=300_000)
    with pytest.raises(HubUnavailable), closing(client(second, hub, cut_down)) as cutting:
        sync_once(second, cutting)
    assert cut_down.cut
    assert len(second.attachments.partial(big.sha256)) == 300_000  # kept inside the vault

    hub.restart()
    with closing(client(second, hub)) as plain:
        report = sync_once(second, plain)
    assert report.blobs.skipped == []
    assert second.attachments.missing_blobs() == []
    assert second.attachments.partial(big.sha256) == b""

    # All arrive, byte-identical after decryption, and each attachment once.
    assert blobs_held(second) == originals
    received = second.attachments.list_for_child(child)
    assert sorted(a.id for a in received) == sorted(a.id for a in [*added, again])
    assert {a.id: a.caption for a in received}[added[3].id] == "Sample 3"

    # Once at the hub: one row a blob, its bytes exactly once, one completion audited.
    rows = hub.store.conn.execute(
        "SELECT b.sha256, b.size, b.complete_at, (SELECT sum(length(c.data)) FROM blob_chunks c"
        " WHERE c.sha256 = b.sha256) AS stored FROM blobs b"
    ).fetchall()
    assert len(rows) == 50
    assert all(r["complete_at"] is not None and int(r["stored"]) == int(r["size"]) for r in rows)
    completed = audit_actions(hub, "blob_uploaded")
    assert sorted(a["detail"].split(":")[0] for a in completed) == sorted(originals)

    # Nothing more to move on the next sync of either laptop.
    for vault in (first, second):
        with closing(client(vault, hub)) as plain:
            quiet = sync_once(vault, plain)
        assert (quiet.blobs.uploaded, quiet.blobs.downloaded, quiet.blobs.sent_bytes) == (0, 0, 0)
    for vault in (first, second):
        vault.release()


def test_a_laptop_without_the_child_is_refused_and_audited(tmp_path: Path, hub: LoopbackHub) -> None:
    alex = hub.store.add_user("alex", "ehe_officer")
    bea = hub.store.add_user("bea", "ehe_officer")
    mine, theirs = laptop(tmp_path, hub, alex, "alex"), laptop(tmp_path, hub, bea, "bea")
    child = mine.children.add(make_child()).id
    drawing = mine.attachments.add(child, "child", child, photo(1), "three-houses.jpg")
    with closing(client(mine, hub)) as plain:
        assert sync_once(mine, plain).blobs.uploaded == 1

    sha = drawing.sha256
    with closing(client(theirs, hub)) as stranger:
        for method, headers, body in (
            ("HEAD", {}, b""),
            ("GET", {}, b""),
            ("PUT", {"Content-Range": f"bytes 0-2/{drawing.size}"}, b"abc"),
        ):
            answer = stranger.http.request(method, f"/v1/blobs/{sha}", headers=headers, content=body)
            assert answer.status_code == 403, method
            assert mine.attachments.data(sha) not in answer.content
    device = theirs.conn.execute("SELECT value FROM meta WHERE key = 'hub_device_id'").fetchone()[0]
    for action in ("blob_state_refused", "blob_download_refused", "blob_upload_refused"):
        refused = audit_actions(hub, action)
        assert [r["device_id"] for r in refused] == [device], action
    # Summarised: the same refusal again is not audited again, nor when asked among others.
    with closing(client(theirs, hub)) as stranger:
        assert stranger.http.get(f"/v1/blobs/{sha}").status_code == 403
        many = stranger.http.post("/v1/fetch-blobs", json={"blobs": [sha, "0" * 64]})
        assert many.status_code == 200 and many.content.count(b"\n") == 1  # the manifest only
        assert [(e["sha256"], e["status"]) for e in manifest_of(many.content)] == [
            (sha, 403),
            ("0" * 64, 403),
        ]
        # A stranger's sync asks, is refused each blob, and carries on.
        report = sync_once(theirs, stranger)
        assert report.blobs.downloaded == 0 and theirs.attachments.missing_blobs() == []
    assert len(audit_actions(hub, "blob_download_refused")) == 2  # the second hash, once
    # Many hashes asked for together are audited in one row.
    with closing(client(theirs, hub)) as stranger:
        hashes = [f"{n:064x}" for n in range(1, 33)]
        assert stranger.http.post("/v1/fetch-blobs", json={"blobs": hashes}).status_code == 200
    [together] = audit_actions(hub, "blob_download_refused")[2:]
    assert together["detail"].startswith(f"{hashes[0]} and 31 more: no attachment")
    mine.release()
    theirs.release()


def test_blobs_come_several_to_a_request_and_as_the_hub_leaves_them(
    tmp_path: Path, hub: LoopbackHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole blobs come several to a request; those the hub leaves out of a full answer are
    asked for again; a blob not yet whole at the hub is skipped, and counted, until it is."""
    alex = hub.store.add_user("alex", "ehe_officer")
    first, second, child = photos_on_the_hub(tmp_path, hub, alex, range(60, 66))
    originals = blobs_held(first)
    late = first.attachments.add(child, "child", child, photo(70), "late.jpg")
    monkeypatch.setattr("cnis_desktop.sync.engine.upload_blobs", lambda *args: None)
    with closing(client(first, hub)) as plain:
        sync_once(first, plain)  # the late photo's record goes up, its bytes not yet
    monkeypatch.undo()

    class Counting(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/fetch-blobs":
                asked.append(len(json.loads(request.read())["blobs"]))
            return super().handle_request(request)

    asked: list[int] = []  # blobs asked for, a request
    counted = Counting()
    with closing(client(second, hub, counted)) as plain:
        report = sync_once(second, plain)
    assert report.blobs.downloaded == 6 and len(asked) < 6  # several to a request
    assert [why.split(" ")[:2] for _, why in report.blobs.skipped] == [["down:", "404"]]
    assert blobs_held(second) == originals

    # An answer holds whole blobs up to the hub's bound (always one): the rest are asked again.
    monkeypatch.setattr("cnis_desktop.hub.blobs.MAX_FETCH_BYTES", 1)
    with closing(client(first, hub)) as plain:
        sync_once(first, plain)  # the late photo's bytes go up now
    third = laptop(tmp_path, hub, alex, "third")
    asked.clear()
    with closing(client(third, hub, counted)) as plain:
        report = sync_once(third, plain)
    assert report.blobs.downloaded == 7 and report.blobs.skipped == []
    assert len(asked) == 7  # one blob an answer
    assert blobs_held(third) == {**originals, late.sha256: first.attachments.data(late.sha256)}
    for vault in (first, second, third):
        vault.release()


def test_a_hub_from_before_fetching_several_is_asked_one_at_a_time(tmp_path: Path, hub: LoopbackHub) -> None:
    """A hub without POST /v1/fetch-blobs (404) is asked a blob at a time, as before it."""
    alex = hub.store.add_user("alex", "ehe_officer")
    first, second, _child = photos_on_the_hub(tmp_path, hub, alex, range(80, 83))

    class OlderHub(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/fetch-blobs":
                return httpx.Response(404, json={"detail": "Not Found"}, request=request)
            return super().handle_request(request)

    with closing(client(second, hub, OlderHub())) as older:
        report = sync_once(second, older)
        assert not older.fetch_many
    assert report.blobs.downloaded == 3 and report.blobs.skipped == []
    assert blobs_held(second) == blobs_held(first)
    first.release()
    second.release()


def test_a_failure_part_way_through_a_request_leaves_no_file_and_stops(
    tmp_path: Path, hub: LoopbackHub
) -> None:
    """An older hub (asked a blob at a time) that fails on the second blob: the sync stops
    there, asks for nothing more in that request, and leaves no sealed file named by no row.
    An answer that does not say which blobs it holds stops the sync too, asked once."""
    alex = hub.store.add_user("alex", "ehe_officer")
    first, second, _child = photos_on_the_hub(tmp_path, hub, alex, range(90, 96))

    class FailingOlderHub(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self.gets = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/fetch-blobs":
                return httpx.Response(404, json={"detail": "Not Found"}, request=request)
            if request.method == "GET" and request.url.path.startswith("/v1/blobs/"):
                self.gets += 1
                if self.gets == 2:
                    return httpx.Response(503, json={"detail": "Try later"}, request=request)
            return super().handle_request(request)

    failing = FailingOlderHub()
    with closing(client(second, hub, failing)) as older, pytest.raises(HubRefused) as refused:
        sync_once(second, older)
    assert refused.value.status == 503 and failing.gets == 2
    on_disk, named = sealed_files(second)
    assert on_disk == named and len(named) <= 1

    class Unlisted(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self.posts = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/fetch-blobs":
                self.posts += 1
                return httpx.Response(200, stream=httpx.ByteStream(b""), request=request)  # no manifest
            return super().handle_request(request)

    unlisted = Unlisted()
    with closing(client(second, hub, unlisted)) as plain, pytest.raises(HubRefused) as refused:
        sync_once(second, plain)
    assert refused.value.status == 502 and unlisted.posts == 1
    assert "does not say which of the attachments" in str(refused.value)
    first.release()
    second.release()


def test_bytes_that_do_not_match_their_hash_are_discarded(tmp_path: Path, hub: LoopbackHub) -> None:
    alex = hub.store.add_user("alex", "ehe_officer")
    vault = laptop(tmp_path, hub, alex, "alex")
    child = vault.children.add(make_child()).id
    letter = vault.attachments.add(child, "child", child, photo(2), "letter.jpg")
    real = vault.attachments.data(letter.sha256)
    assert real is not None
    # The record reaches the hub; its bytes do not (this laptop "crashes" before the upload).
    vault.conn.execute("INSERT INTO blob_uploads SELECT sha256, 'x' FROM attachment_blobs")
    with closing(client(vault, hub)) as plain:
        sync_once(vault, plain)
        path = f"/v1/blobs/{letter.sha256}"
        size = len(real)
        forged = bytes(b ^ 0xFF for b in real)
        gap = plain.http.put(path, headers={"Content-Range": f"bytes 10-19/{size}"}, content=forged[10:20])
        assert gap.status_code == 409 and gap.headers["Upload-Offset"] == "0"
        wrong_total = plain.http.put(
            path, headers={"Content-Range": f"bytes 0-9/{size + 1}"}, content=forged[:10]
        )
        assert wrong_total.status_code == 400
        bad = plain.http.put(path, headers={"Content-Range": f"bytes 0-{size - 1}/{size}"}, content=forged)
        assert bad.status_code == 422
        assert plain.http.head(path).headers["Upload-Offset"] == "0"  # discarded
        assert plain.http.get(path).status_code == 404
        good = plain.http.put(path, headers={"Content-Range": f"bytes 0-{size - 1}/{size}"}, content=real)
        assert good.json() == {"sha256": letter.sha256, "size": size, "held": size, "complete": True}
        assert plain.http.get(path, headers={"Accept-Encoding": "identity"}).content == real
        tail = plain.http.get(path, headers={"Range": f"bytes={size - 5}-"})
        assert tail.status_code == 206 and tail.content == real[-5:]
        assert tail.headers["Content-Range"] == f"bytes {size - 5}-{size - 1}/{size}"
    assert len(audit_actions(hub, "blob_discarded")) == 1
    vault.release()


def test_reassignment_purges_the_photos_from_the_old_laptop(tmp_path: Path, hub: LoopbackHub) -> None:
    alex = hub.store.add_user("alex", "ehe_officer")
    bea = hub.store.add_user("bea", "ehe_officer")
    old, new = laptop(tmp_path, hub, alex, "old"), laptop(tmp_path, hub, bea, "new")
    child = old.children.add(make_child()).id
    kept = old.children.add(make_child(legal_first_name="Ayla")).id
    shared = photo(5)  # the same photo on both children: the other child's copy must stay
    gone = [old.attachments.add(child, "child", child, photo(n), f"p{n}.jpg") for n in range(3)]
    old.attachments.add(child, "child", child, shared, "both.jpg")
    stays = old.attachments.add(kept, "child", kept, shared, "both.jpg")
    with closing(client(old, hub)) as plain:
        sync_once(old, plain)
    everything = {a.sha256 for a in gone} | {stays.sha256}
    assert blob_rows(old) == {
        "attachment_blobs": everything,
        "attachment_thumbnails": everything,
        "blob_uploads": everything,
        "blob_transfers": set(),
    }

    hub.store.assign(child, bea)
    with closing(client(old, hub)) as plain:
        report = sync_once(old, plain)
    assert report.purged == 1
    assert old.attachments.list_for_child(child) == []
    for attachment in gone:
        assert old.attachments.data(attachment.sha256) is None
    assert old.attachments.data(stays.sha256) is not None
    assert set(blobs_held(old)) == {stays.sha256}
    on_disk, named = sealed_files(old)  # the gone photos' files are deleted, not only their keys
    assert on_disk == named and len(named) == 1
    # The gone photos' thumbnails and upload marks went with their bytes; the shared one's stay.
    assert blob_rows(old) == {
        "attachment_blobs": {stays.sha256},
        "attachment_thumbnails": {stays.sha256},
        "blob_uploads": {stays.sha256},
        "blob_transfers": set(),
    }
    # The new holder gets them.
    with closing(client(new, hub)) as plain:
        assert sync_once(new, plain).blobs.downloaded == 4
    assert {a.sha256 for a in new.attachments.list_for_child(child)} == {a.sha256 for a in gone} | {
        stays.sha256
    }
    old.release()
    new.release()


def test_a_purge_empties_the_wal_of_the_pages_it_cleared(
    tmp_path: Path, hub: LoopbackHub, caplog: pytest.LogCaptureFixture
) -> None:
    """The purge's pages (a photo's key among them) leave the WAL at once when no reader
    holds it back; when one does, that is logged, and the lock's checkpoint empties it."""
    alex = hub.store.add_user("alex", "ehe_officer")
    for name, held_back in (("free", False), ("held", True)):
        vault = laptop(tmp_path, hub, alex, name)
        child = vault.children.add(make_child()).id
        vault.attachments.add(child, "child", child, photo(1), "p.jpg")
        vault.conn.execute("UPDATE outbox SET pushed_at = '2026-11-01T09:00:00+00:00'")
        wal = Path(f"{vault.path}-wal")
        reader = vault.for_this_thread() if held_back else None
        if reader is not None:
            reader.conn.execute("PRAGMA busy_timeout = 0")
            vault.conn.execute("PRAGMA busy_timeout = 0")
            reader.conn.execute("BEGIN")
            reader.conn.execute("SELECT count(*) FROM children").fetchone()  # a snapshot held
        caplog.clear()
        with caplog.at_level("INFO", logger="cnis"):
            assert purge_reassigned(vault, set()) == 1
        incomplete = any("purge_checkpoint_incomplete" in r.getMessage() for r in caplog.records)
        if reader is None:
            assert wal.stat().st_size == 0 and not incomplete
        else:
            assert wal.stat().st_size > 0 and incomplete
            reader.conn.execute("COMMIT")
            reader.release()
        vault.close()
        assert not wal.exists() or wal.stat().st_size == 0


def test_a_laptop_whose_children_all_go_keeps_nothing_of_their_photos(
    tmp_path: Path, hub: LoopbackHub
) -> None:
    """Every child reassigned away, one photo part-downloaded: no bytes, thumbnail, upload
    mark or partial download is left in the vault."""
    alex = hub.store.add_user("alex", "ehe_officer")
    bea = hub.store.add_user("bea", "ehe_officer")
    first, second = laptop(tmp_path, hub, alex, "first"), laptop(tmp_path, hub, alex, "second")
    children = [first.children.add(make_child(legal_first_name=name)).id for name in ("Ayla", "Bo")]
    for n, child in enumerate(children):
        first.attachments.add(child, "child", child, photo(n), f"p{n}.jpg")
    with closing(client(first, hub)) as plain:
        sync_once(first, plain)
    # The second laptop gets one photo whole (and its thumbnail made), the other cut halfway.
    cut = CutNthDownload(nth=2, after=2_000)
    with closing(client(second, hub, cut)) as cutting, pytest.raises(HubUnavailable):
        sync_once(second, cutting)
    assert second.attachments.make_missing_thumbnails() == 1
    held = blob_rows(second)
    assert (
        len(held["attachment_blobs"]) == len(held["attachment_thumbnails"]) == len(held["blob_uploads"]) == 1
    )
    assert held["blob_transfers"] == {cut.sha256}

    for child in children:
        hub.store.assign(child, bea)
    for vault in (first, second):
        with closing(client(vault, hub)) as plain:
            assert sync_once(vault, plain).purged == 2
        assert blob_rows(vault) == {t: set() for t in held}
        assert sealed_files(vault) == (set(), set())
        vault.release()


def test_a_damaged_partial_download_is_refetched_whole(tmp_path: Path, hub: LoopbackHub) -> None:
    alex = hub.store.add_user("alex", "ehe_officer")
    first, second = laptop(tmp_path, hub, alex, "first"), laptop(tmp_path, hub, alex, "second")
    child = first.children.add(make_child()).id
    drawing = first.attachments.add(child, "child", child, photo(3), "drawing.jpg")
    with closing(client(first, hub)) as plain:
        sync_once(first, plain)
    cut = CutOnce(drawing.sha256, after=1_000)
    with pytest.raises(HubUnavailable), closing(client(second, hub, cut)) as cutting:
        sync_once(second, cutting)
    # The bytes kept so far are damaged (as by a faulty network): the resumed download
    # does not match its hash, is not kept, and the next sync fetches it whole.
    second.attachments.save_partial(drawing.sha256, drawing.size, b"\x00" * 1_000)
    with closing(client(second, hub)) as plain:
        damaged = sync_once(second, plain)
    assert damaged.blobs.downloaded == 0
    assert [why for _, why in damaged.blobs.skipped] == ["down: the bytes did not match their hash"]
    assert second.attachments.data(drawing.sha256) is None
    with closing(client(second, hub)) as plain:
        mended = sync_once(second, plain)
    assert (mended.blobs.downloaded, mended.blobs.received_bytes) == (1, drawing.size)
    assert second.attachments.data(drawing.sha256) == first.attachments.data(drawing.sha256)
    first.release()
    second.release()


def test_an_attachment_over_the_authoritys_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CNIS_HUB_ATTACHMENT_MAX_MB", "0.001")  # 1,048 bytes
    small_hub = LoopbackHub(hub_location(tmp_path), failure_delay=0.0)
    try:
        alex = small_hub.store.add_user("alex", "ehe_officer")
        vault = laptop(tmp_path, small_hub, alex, "alex")
        child = vault.children.add(make_child()).id
        big = vault.attachments.add(child, "child", child, photo(4), "too-big.jpg")
        assert big.size > 1_048
        with closing(client(vault, small_hub)) as plain:
            report = sync_once(vault, plain)
        assert report.blobs.uploaded == 0
        assert [why.split(" ")[:2] for _, why in report.blobs.skipped] == [["up:", "413"]]
        assert vault.attachments.unuploaded_blobs() == [big.sha256]  # tried again next time
        assert [r["detail"].split(":")[0] for r in audit_actions(small_hub, "blob_upload_refused")] == [
            big.sha256
        ]
        vault.release()
    finally:
        small_hub.stop()


def test_a_cut_in_a_batch_keeps_the_whole_blobs_before_it_and_resumes(
    tmp_path: Path, hub: LoopbackHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Downloaded blobs are kept a batch at a time, in one transaction: a cut in the middle of
    a batch keeps the whole blobs that came before it (in one transaction) and what came of the
    cut one, and the next sync fetches only the rest. Thumbnails are left to be made later."""
    alex = hub.store.add_user("alex", "ehe_officer")
    first, second, _child = photos_on_the_hub(tmp_path, hub, alex, range(40, 48))
    originals = blobs_held(first)

    batches: list[int] = []
    keep_sealed = second.attachments.keep_sealed
    monkeypatch.setattr(
        second.attachments, "keep_sealed", lambda blobs: batches.append(len(blobs)) or keep_sealed(blobs)
    )
    cut = CutNthDownload(nth=5, after=5_000)
    with pytest.raises(HubUnavailable), closing(client(second, hub, cut)) as cutting:
        sync_once(second, cutting)
    assert cut.cut
    # Fetched on several threads, the blobs may be asked for out of order; they are kept in
    # the order the sync wanted them, so the ones kept are those wanted before the cut one.
    cut_one = cut.sha256
    wanted = [
        str(r[0])
        for r in second.conn.execute(
            "SELECT sha256 FROM attachments GROUP BY sha256 ORDER BY min(added_at), sha256"
        )
    ]
    before = wanted[: wanted.index(cut_one)]
    assert len(before) >= 3  # the fifth request was cut, with at most 2 others under way
    assert batches == [len(before)]  # the whole ones before the cut, in one transaction
    assert blobs_held(second) == {sha: originals[sha] for sha in before}
    assert second.attachments.partial(cut_one) == originals[cut_one][:5_000]  # inside the vault
    on_disk, named = sealed_files(second)  # no file left of a fetch that finished after the cut
    deadline = time.monotonic() + 5
    while on_disk != named and time.monotonic() < deadline:
        time.sleep(0.05)
        on_disk, named = sealed_files(second)
    assert on_disk == named

    with closing(client(second, hub)) as plain:
        report = sync_once(second, plain)
    rest = [sha for sha in originals if sha not in before]
    assert report.blobs.skipped == [] and report.blobs.downloaded == len(rest)
    assert report.blobs.received_bytes == sum(len(originals[sha]) for sha in rest) - 5_000
    assert batches == [len(before), len(rest)]
    assert blobs_held(second) == originals
    assert second.attachments.partial(cut_one) == b""
    # The thumbnails were not made during the sync: each is made once, after it.
    assert sorted(second.attachments.missing_thumbnails()) == sorted(originals)
    assert second.attachments.make_missing_thumbnails() == 8
    assert second.attachments.missing_thumbnails() == []
    first.release()
    second.release()
