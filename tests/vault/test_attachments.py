"""Attachments in the vault: the import pipeline, the synced metadata record, append-only
once the record is final, and the blob helpers sync uses."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable
from datetime import date

import pytest
from PIL import ExifTags, Image

from cnis_desktop.domain.record_kinds import references, shape_problem
from cnis_desktop.domain.views import ViewsRecord
from cnis_desktop.vault import NotFound, RecordFinalised, Vault, VaultError, attachment_import
from cnis_desktop.vault.attachment_import import AttachmentRefused, ImportLimits, sniff
from cnis_desktop.vault.attachments import BlobMismatch, sha256_hex, verify_blob
from tests.attachment_samples import (
    PDF_MARKER,
    SERIAL,
    XMP_MARKER,
    drawing_png,
    fake_executable,
    marker_pdf,
    phone_photo,
    png_bomb,
    thumbnail_jpeg,
    windows_executable,
)
from tests.conftest import add_child_with_arrangement, finalisable_visit


def outbox(vault: Vault, kind: str = "attachment") -> list[tuple[str, str, dict[str, object]]]:
    rows = vault.conn.execute(
        "SELECT record_type, record_id, payload FROM outbox WHERE record_type = ? ORDER BY seq", (kind,)
    ).fetchall()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def test_photo_is_stripped_turned_and_scaled(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    original = phone_photo(3000, 2000, orientation=6)
    added = vault.attachments.add(child, "child", child, original, "IMG_0042.JPG", caption="Timetable")
    stored = vault.attachments.data(added.sha256)
    assert stored is not None and stored != original
    for secret in (SERIAL.encode(), XMP_MARKER.encode(), thumbnail_jpeg(), b"FictionalCam"):
        assert secret not in stored
    image = Image.open(io.BytesIO(stored))
    exif = image.getexif()
    assert len(exif) == 0 and exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(image.info)
    # Orientation 6 turned the 3000x2000 stored image upright, then 2000 px on the long side.
    assert image.size == (1333, 2000)
    right_edge = image.getpixel((image.width - 5, image.height // 2))
    assert isinstance(right_edge, tuple) and right_edge[0] > 180 and right_edge[2] < 100  # the yellow band
    assert (added.media_type, added.file_name, added.size) == ("image/jpeg", "IMG_0042.jpg", len(stored))
    thumb = vault.attachments.thumbnail(added.sha256)
    assert thumb is not None and max(Image.open(io.BytesIO(thumb)).size) == 256


def test_png_stays_png_and_scales_to_the_authority_side(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    limits = ImportLimits(long_side=300)
    added = vault.attachments.add(child, "child", child, drawing_png(600, 400), "house.png", limits=limits)
    assert added.media_type == "image/png"
    data = vault.attachments.data(added.sha256)
    assert data is not None and Image.open(io.BytesIO(data)).size == (300, 200)


def test_child_attachment_enters_outbox_with_metadata_only(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    added = vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf", restricted=True)
    [(kind, rid, payload)] = outbox(vault)
    assert (kind, rid) == ("attachment", added.id)
    assert payload["sha256"] == added.sha256 and payload["restricted"] is True
    assert PDF_MARKER not in json.dumps(payload)
    assert shape_problem("attachment", rid, child, "upsert", payload) is None
    assert references("attachment", payload) == [("record_id", child, "child")]
    assert vault.attachments.list_for_child(child) == [added]
    assert vault.attachments.list_for_record("child", child) == [added]
    assert vault.attachments.get(added.id).caption == ""
    assert vault.attachments.unuploaded_blobs() == [added.sha256]


def test_draft_visit_attachments_follow_the_visit_into_the_outbox(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    draft = vault.visits.start(finalisable_visit(child))
    first = vault.attachments.add(child, "visit", draft.id, phone_photo(800, 600), "work.jpg")
    gone = vault.attachments.add(child, "visit", draft.id, drawing_png(), "gone.png")
    assert outbox(vault) == [] and vault.attachments.unuploaded_blobs() == []
    vault.attachments.set_caption(first.id, "Maths sample")
    vault.attachments.set_restricted(first.id, True)
    vault.attachments.remove(gone.id)
    assert vault.attachments.data(gone.sha256) is None  # nothing else names it
    vault.visits.finalise(draft.id, today=date(2026, 11, 1))
    rows = vault.conn.execute("SELECT record_type, payload FROM outbox ORDER BY seq").fetchall()
    kinds = [r[0] for r in rows]
    assert kinds.index("attachment") == kinds.index("visit") + 1  # right after its record
    [(_, rid, payload)] = outbox(vault)
    assert rid == first.id and payload["caption"] == "Maths sample" and payload["restricted"] is True
    assert payload == vault.attachments.get(first.id).payload()
    # Final now: append-only.
    with pytest.raises(RecordFinalised):
        vault.attachments.set_caption(first.id, "changed")
    with pytest.raises(RecordFinalised):
        vault.attachments.remove(first.id)
    later = vault.attachments.add(child, "visit", draft.id, drawing_png(), "later.png")
    assert [rid for _, rid, _ in outbox(vault)] == [first.id, later.id]


def test_views_drawing_and_same_bytes_kept_once(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    views = vault.ehc.views.start(ViewsRecord(child_id=child))
    a = vault.attachments.add(child, "views", views.id, drawing_png(), "three houses.png", caption="Houses")
    b = vault.attachments.add(child, "child", child, drawing_png(), "copy.png")
    assert a.sha256 == b.sha256
    count = vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0]
    assert count == 1


def test_attaching_to_another_childs_record_is_refused(vault: Vault) -> None:
    mine = add_child_with_arrangement(vault)
    other = add_child_with_arrangement(vault, legal_first_name="Orrin")
    visit = vault.visits.start(finalisable_visit(other))
    with pytest.raises(VaultError):
        vault.attachments.add(mine, "visit", visit.id, drawing_png(), "x.png")
    with pytest.raises(NotFound):
        vault.attachments.add(mine, "visit", "no-such-visit", drawing_png(), "x.png")
    assert vault.attachments.find_record(visit.id) == ("visit", other)


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (png_bomb(), "bomb.png", "megapixels"),
        (fake_executable(), "holiday.jpg", "not a photo, PDF or office document"),
        (windows_executable(), "report.pdf", "not a photo, PDF or office document"),
        (marker_pdf(), "letter.jpg", "not what its name says"),
        (b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024), "big.jpg", "largest file"),
    ],
)
def test_refused_files_save_nothing(vault: Vault, data: bytes, name: str, words: str) -> None:
    child = add_child_with_arrangement(vault)
    before = vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(AttachmentRefused, match=words):
        vault.attachments.add(child, "child", child, data, name, limits=ImportLimits(max_bytes=1024 * 1024))
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_blobs").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert outbox(vault) == []


def test_office_documents_are_sniffed_from_the_zip() -> None:
    import zipfile

    def make(entries: dict[str, str]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for entry, text in entries.items():
                archive.writestr(entry, text)
        return out.getvalue()

    odt = make({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
    docx = make({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"})
    plain_zip = make({"a.txt": "hello"})
    assert sniff(odt) == "application/vnd.oasis.opendocument.text"
    assert sniff(docx) == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert sniff(plain_zip) is None


def test_blob_helpers_for_sync(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    data = drawing_png()
    added = vault.attachments.add(child, "child", child, data, "d.png")
    stored = vault.attachments.data(added.sha256)
    assert stored is not None
    # As a second laptop would see it: the record pulled, the bytes not yet.
    vault.conn.execute("DELETE FROM attachment_blobs")
    assert vault.attachments.missing_blobs() == [(added.sha256, added.size)]
    vault.attachments.save_partial(added.sha256, added.size, stored[:100])
    assert vault.attachments.partial(added.sha256) == stored[:100]
    with pytest.raises(BlobMismatch):
        vault.attachments.store_blob(added.sha256, stored[:-1] + b"x")
    vault.attachments.store_blob(added.sha256, stored)
    assert vault.attachments.missing_blobs() == [] and vault.attachments.partial(added.sha256) == b""
    assert vault.attachments.missing_thumbnails() == [added.sha256]  # not made on arrival
    assert vault.attachments.thumbnail(added.sha256) is not None  # made on first display
    assert sha256_hex(vault.attachments.data(added.sha256) or b"") == added.sha256
    vault.attachments.mark_uploaded(added.sha256)
    assert vault.attachments.unuploaded_blobs() == []


def _as_synced(vault: Vault) -> None:
    """The vault as a second laptop has it just after a sync: bytes held, no thumbnails."""
    vault.conn.execute("DELETE FROM attachment_thumbnails")


def _on_disk(vault: Vault) -> bytes:
    wal = vault.path.with_name(vault.path.name + "-wal")
    return vault.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_thumbnail_left_by_sync_is_made_once_and_kept_encrypted(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = add_child_with_arrangement(vault)
    photo = vault.attachments.add(child, "child", child, phone_photo(1200, 900), "timetable.jpg")
    letter = vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    _as_synced(vault)
    assert vault.attachments.missing_thumbnails() == [photo.sha256]  # images only
    made: list[int] = []
    make = attachment_import.make_thumbnail
    monkeypatch.setattr(attachment_import, "make_thumbnail", lambda data: made.append(1) or make(data))

    first = vault.attachments.thumbnail(photo.sha256)
    assert first is not None and max(Image.open(io.BytesIO(first)).size) == 256
    assert vault.attachments.thumbnail(photo.sha256) == first  # the kept one: not made again
    assert len(made) == 1
    assert vault.attachments.missing_thumbnails() == []
    assert vault.attachments.thumbnail(letter.sha256) is None and len(made) == 1
    # Kept in the vault, so encrypted on disk: no run of its bytes is readable there.
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = vault.conn.execute(
        "SELECT thumbnail FROM attachment_thumbnails WHERE sha256 = ?", (photo.sha256,)
    ).fetchone()[0]
    assert bytes(stored) == first
    disk = _on_disk(vault)
    assert all(first[at : at + 32] not in disk for at in range(0, len(first) - 32, 512))


def _camera_like_photo(seed: int = 1) -> bytes:
    """Several hundred kilobytes of JPEG, as a phone photo is once stored: texture that JPEG
    cannot shrink to nothing, smooth enough for a thumbnail of a few kilobytes."""
    small = Image.frombytes("RGB", (160, 120), random.Random(seed).randbytes(160 * 120 * 3))
    out = io.BytesIO()
    small.resize((1600, 1200), Image.Resampling.BILINEAR).save(out, "JPEG", quality=92)
    return out.getvalue()


def _written_by(vault: Vault, action: Callable[[], object]) -> int:
    """Bytes the WAL holds after `action`, started from an empty one: the pages it wrote."""
    wal = vault.path.with_name(vault.path.name + "-wal")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert wal.stat().st_size == 0
    action()
    return wal.stat().st_size


def test_keeping_a_thumbnail_or_an_upload_mark_does_not_rewrite_the_photo(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    photo = vault.attachments.add(child, "child", child, _camera_like_photo(), "photo.jpg")
    assert photo.size > 400_000
    _as_synced(vault)
    # Made on first display and kept: its own few pages (about 30 kB), where rewriting the
    # photo's row wrote twice the photo (its new pages, and its old ones zeroed).
    written = _written_by(vault, lambda: vault.attachments.thumbnail(photo.sha256))
    assert 0 < written < photo.size / 5
    assert vault.attachments.missing_thumbnails() == []  # it was kept
    assert vault.attachments.unuploaded_blobs() == [photo.sha256]
    written = _written_by(vault, lambda: vault.attachments.mark_uploaded(photo.sha256))
    assert 0 < written < photo.size / 50  # a page or two
    assert vault.attachments.unuploaded_blobs() == []


def test_a_removed_photo_takes_its_thumbnail_and_upload_mark_with_it(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    kept = vault.attachments.add(child, "child", child, drawing_png(320, 200), "kept.png")
    gone = vault.attachments.add(child, "child", child, drawing_png(300, 200), "gone.png")
    for added in (kept, gone):
        vault.attachments.mark_uploaded(added.sha256)

    def side_rows() -> set[tuple[str, str]]:
        rows = vault.conn.execute(
            "SELECT 'thumbnail', sha256 FROM attachment_thumbnails"
            " UNION ALL SELECT 'upload', sha256 FROM blob_uploads"
        ).fetchall()
        return {(str(r[0]), str(r[1])) for r in rows}

    both = {(side, a.sha256) for side in ("thumbnail", "upload") for a in (kept, gone)}
    assert side_rows() == both
    vault.attachments.remove(gone.id)
    assert vault.attachments.data(gone.sha256) is None
    assert side_rows() == {("thumbnail", kept.sha256), ("upload", kept.sha256)}


def test_missing_thumbnails_are_made_after_a_sync(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    photos = [
        vault.attachments.add(child, "child", child, drawing_png(300 + n, 200), f"d{n}.png")
        for n in range(10)
    ]
    vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    _as_synced(vault)
    commits: list[str] = []
    vault.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    assert vault.attachments.make_missing_thumbnails() == 10
    vault.conn.set_trace_callback(None)
    assert len(commits) == 2  # a few a transaction
    assert vault.attachments.missing_thumbnails() == []
    assert vault.attachments.make_missing_thumbnails() == 0  # nothing left to make
    for added in photos:
        assert vault.conn.execute(
            "SELECT thumbnail IS NOT NULL FROM attachment_thumbnails WHERE sha256 = ?", (added.sha256,)
        ).fetchone()[0]


def test_an_unreadable_image_gets_no_thumbnail_and_no_error(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    added = vault.attachments.add(child, "child", child, drawing_png(), "d.png")
    damaged = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    vault.conn.execute(
        "UPDATE attachment_blobs SET data = ?, file_name = NULL, file_key = NULL WHERE sha256 = ?",
        (damaged, added.sha256),
    )  # kept in the row, as before schema 10
    vault.conn.execute("DELETE FROM attachment_thumbnails WHERE sha256 = ?", (added.sha256,))
    assert vault.attachments.thumbnail(added.sha256) is None
    assert vault.attachments.make_missing_thumbnails() == 0


def test_downloaded_blobs_are_kept_in_one_transaction(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    added = [
        vault.attachments.add(child, "child", child, drawing_png(300 + n, 200), f"d{n}.png") for n in range(3)
    ]
    stored = {a.sha256: vault.attachments.data(a.sha256) or b"" for a in added}
    vault.conn.execute("DELETE FROM attachment_blobs")
    assert vault.attachments.remove_gone_files() == 3  # their files went with their rows
    vault.attachments.save_partial(added[0].sha256, added[0].size, stored[added[0].sha256][:10])
    with pytest.raises(BlobMismatch):
        verify_blob(added[1].sha256, stored[added[1].sha256] + b"x")
    commits: list[str] = []
    vault.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    vault.attachments.store_blobs([verify_blob(sha, data) for sha, data in stored.items()])
    vault.conn.set_trace_callback(None)
    assert commits == ["COMMIT"]
    assert vault.attachments.missing_blobs() == [] and vault.attachments.partial(added[0].sha256) == b""
    assert all(vault.attachments.data(sha) == data for sha, data in stored.items())


def test_shape_problems_of_attachment_records() -> None:
    good = {
        "child_id": "c1",
        "record_type": "visit",
        "record_id": "v1",
        "sha256": "a" * 64,
        "size": 10,
    }
    assert shape_problem("attachment", "a1", "c1", "upsert", good) is None
    assert references("attachment", good) == [("record_id", "v1", "visit")]
    assert shape_problem("attachment", "a1", "c1", "upsert", {**good, "record_type": "ehc_plan"})
    assert shape_problem("attachment", "a1", "c1", "upsert", {**good, "record_type": "child"})
    assert shape_problem("attachment", "a1", "c1", "upsert", {**good, "sha256": "../etc"})
