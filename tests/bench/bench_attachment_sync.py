"""Attachments to a new laptop on loopback (issue 19): 100 photos (as the import pipeline
stores them) synced to a newly enrolled laptop, against copying the same bytes with a plain
HTTP GET of a static payload from the same hub process, in the same run; medians of several
runs. Target: within 2x.

Two baselines are shown: one GET of all the bytes at once (the strict one) and one GET a
photo (the same number of requests the sync makes). Also shown: the floor for any sync that
keeps the bytes encrypted in the vault (the same bytes written into a new vault, with no
network), and the thumbnails made after the sync."""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
from fastapi import Response
from PIL import Image

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from cnis_desktop.vault.attachments import VerifiedBlob, sha256_hex, verify_blob
from tests.bench.common import FAST_KDF, PASSPHRASE
from tests.conftest import make_child
from tests.hub.conftest import LoopbackHub
from tests.hub.test_attachment_sync import client

PHOTOS = 100
RUNS = 5


def camera_like_photo(seed: int) -> bytes:
    """A 12-megapixel-ish photo's worth of detail after the pipeline's scaling: smooth
    regions and texture, so that JPEG sizes are like a phone's (hundreds of kilobytes)."""
    rng = random.Random(seed)
    small = Image.frombytes("RGB", (400, 300), rng.randbytes(400 * 300 * 3))
    image = small.resize((2400, 1800), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _timed(vault: Vault) -> list[float]:
    """Seconds spent in the vault's store_blobs during a sync (the SQLCipher writes, apart
    from the transfer)."""
    spent = [0.0]
    keep = vault.attachments.store_blobs

    def store_blobs(blobs: Sequence[VerifiedBlob]) -> None:
        start = time.perf_counter()
        keep(blobs)
        spent[0] += time.perf_counter() - start

    vault.attachments.store_blobs = store_blobs  # type: ignore[method-assign]
    return spent


def _write_floor(tmp: Path, run: int, blobs: list[bytes]) -> float:
    """Seconds to write the same bytes into a new vault in one transaction, with no network:
    the least a sync that keeps them encrypted in the vault could take."""
    vault = Vault.create(tmp / f"floor{run}" / "v", PASSPHRASE, "Floor", "ehe_officer", kdf=FAST_KDF)
    verified = [verify_blob(sha256_hex(b), b) for b in blobs]
    start = time.perf_counter()
    vault.attachments.store_blobs(verified)
    spent = time.perf_counter() - start
    vault.close()
    return spent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        hub = LoopbackHub(tmp / "hub.sqlite3", failure_delay=0.0)
        user = hub.store.add_user("bench", "ehe_officer")
        office = Vault.create(tmp / "office" / "v", PASSPHRASE, "Office", "ehe_officer", kdf=FAST_KDF)
        enrol(office, hub.url, hub.store.new_code(user))
        child = office.children.add(make_child()).id
        for n in range(PHOTOS):
            office.attachments.add(child, "child", child, camera_like_photo(n), f"photo-{n}.jpg")
        up = client(office, hub)
        t0 = time.perf_counter()
        report = sync_once(office, up)
        up.close()
        blobs = [
            bytes(r[0]) for r in office.conn.execute("SELECT data FROM attachment_blobs ORDER BY sha256")
        ]
        total = sum(len(b) for b in blobs)
        print(
            f"{PHOTOS} photos, {total / 1e6:.1f} MB as stored; first upload from the office laptop:"
            f" {time.perf_counter() - t0:.2f} s ({report.blobs.uploaded} blobs)"
        )

        # The baselines: the same bytes served by the same process, no auth, no database.
        whole = b"".join(blobs)

        def static_all() -> Response:
            return Response(whole, media_type="application/octet-stream")

        def static_one(n: int) -> Response:
            return Response(blobs[n], media_type="application/octet-stream")

        hub.server.config.app.add_api_route("/bench/all", static_all, include_in_schema=False)
        hub.server.config.app.add_api_route("/bench/one/{n}", static_one, include_in_schema=False)

        plain = httpx.Client(base_url=hub.url, headers={"Accept-Encoding": "identity"})
        syncs, alls, ones, stores, thumbs, floors = [], [], [], [], [], []
        for run in range(RUNS):
            t0 = time.perf_counter()
            got = plain.get("/bench/all").content
            alls.append(time.perf_counter() - t0)
            assert len(got) == total
            t0 = time.perf_counter()
            got_each = sum(len(plain.get(f"/bench/one/{n}").content) for n in range(PHOTOS))
            ones.append(time.perf_counter() - t0)
            assert got_each == total
            laptop = Vault.create(
                tmp / f"laptop{run}" / "v", PASSPHRASE, "Laptop", "ehe_officer", kdf=FAST_KDF
            )
            enrol(laptop, hub.url, hub.store.new_code(user))
            down = client(laptop, hub)
            storing = _timed(laptop)
            t0 = time.perf_counter()
            result = sync_once(laptop, down)
            syncs.append(time.perf_counter() - t0)
            stores.append(storing[0])
            down.close()
            assert result.blobs.downloaded == PHOTOS and laptop.attachments.missing_blobs() == []
            # The thumbnails, made after the sync (the app makes them in the background then).
            t0 = time.perf_counter()
            assert laptop.attachments.make_missing_thumbnails() == PHOTOS
            thumbs.append(time.perf_counter() - t0)
            laptop.close()
            floors.append(_write_floor(tmp, run, blobs))
        plain.close()
        sync_s, all_s, one_s = (statistics.median(x) for x in (syncs, alls, ones))
        print(f"sync of a new laptop (records + {PHOTOS} photos): median {sync_s * 1000:.0f} ms")
        print(
            f"plain GET of the same bytes at once: median {all_s * 1000:.0f} ms -> {sync_s / all_s:.2f}x"
            " (target <= 2x)"
        )
        print(f"plain GET a photo ({PHOTOS} requests): median {one_s * 1000:.0f} ms -> {sync_s / one_s:.2f}x")
        store_s, thumb_s, floor_s = (statistics.median(x) for x in (stores, thumbs, floors))
        print(
            f"  of the sync, keeping the photos in the vault (store_blobs: SQLCipher writes):"
            f" median {store_s * 1000:.0f} ms; the rest {(sync_s - store_s) * 1000:.0f} ms"
            f" -> {(sync_s - store_s) / all_s:.2f}x the plain GET"
        )
        print(
            f"floor: the same bytes written into a new vault in one transaction, no network:"
            f" median {floor_s * 1000:.0f} ms -> {floor_s / all_s:.2f}x the plain GET"
        )
        print(
            f"after the sync, making the {PHOTOS} thumbnails (in the background):"
            f" median {thumb_s * 1000:.0f} ms"
        )
        office.close()
        hub.stop()


if __name__ == "__main__":
    main()
