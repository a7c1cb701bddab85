"""Attachments to a new laptop on loopback (issue 19): 100 photos (as the import pipeline
stores them) synced to a newly enrolled laptop, against copying the same bytes with a plain
HTTP GET of a static payload from the same hub process, in the same run; medians of several
runs. Target: within 2x.

The hub runs twice: as deployed, a server process of its own (the headline figure), and in
a thread of the benchmark's process, as the tests run it. Two baselines are shown each time:
one GET of all the bytes at once (the strict one) and one GET a photo (as many requests as
a sync made before it fetched several photos to a request). Also shown: sealing the same
bytes into a new vault's files with no network, and the thumbnails made after the sync."""

from __future__ import annotations

import io
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from fastapi import FastAPI, Response
from PIL import Image

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.sync.client import HubClient
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from cnis_desktop.vault.attachments import SealedBlob, sha256_hex, verify_blob
from tests.bench.common import FAST_KDF, PASSPHRASE
from tests.conftest import make_child
from tests.hub.conftest import LoopbackHub
from tests.hub.test_attachment_sync import client

ROOT = Path(__file__).parents[2]
UVICORN = [sys.executable, "-m", "uvicorn", "--factory"]
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
    """Seconds spent sealing files and naming them in the vault during a sync (apart from
    the transfer), summed over the threads that do it."""
    spent = [0.0]
    keep, files = vault.attachments.keep_sealed, vault.attachments.files
    seal = files.seal

    def keep_sealed(sealed: Sequence[SealedBlob]) -> None:
        start = time.perf_counter()
        keep(sealed)
        spent[0] += time.perf_counter() - start

    def timed_seal(blob):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        sealed = seal(blob)
        spent[0] += time.perf_counter() - start
        return sealed

    vault.attachments.keep_sealed = keep_sealed  # type: ignore[method-assign]
    files.seal = timed_seal  # type: ignore[method-assign]
    return spent


def _write_floor(tmp: Path, run: int, blobs: list[bytes]) -> float:
    """Seconds to seal the same bytes into a new vault's files and name them in one
    transaction, on one thread, with no network."""
    vault = Vault.create(tmp / f"floor{run}" / "v", PASSPHRASE, "Floor", "ehe_officer", kdf=FAST_KDF)
    verified = [verify_blob(sha256_hex(b), b) for b in blobs]
    start = time.perf_counter()
    vault.attachments.store_blobs(verified)
    spent = time.perf_counter() - start
    vault.close()
    return spent


@dataclass
class Figures:
    syncs: list[float] = field(default_factory=list)
    alls: list[float] = field(default_factory=list)
    ones: list[float] = field(default_factory=list)
    keeping: list[float] = field(default_factory=list)
    thumbs: list[float] = field(default_factory=list)


def measure(tmp: Path, url: str, codes: list[str], blobs: list[bytes], label: str) -> Figures:
    """RUNS new laptops synced from the hub at `url`, each after the two plain GETs."""
    total = sum(len(b) for b in blobs)
    figures = Figures()
    plain = httpx.Client(base_url=url, headers={"Accept-Encoding": "identity"})
    for run in range(RUNS):
        t0 = time.perf_counter()
        got = plain.get("/bench/all").content
        figures.alls.append(time.perf_counter() - t0)
        assert len(got) == total
        t0 = time.perf_counter()
        got_each = sum(len(plain.get(f"/bench/one/{n}").content) for n in range(PHOTOS))
        figures.ones.append(time.perf_counter() - t0)
        assert got_each == total
        laptop = Vault.create(tmp / f"{label}{run}" / "v", PASSPHRASE, "Laptop", "ehe_officer", kdf=FAST_KDF)
        enrol(laptop, url, codes.pop())
        token = laptop.conn.execute("SELECT value FROM meta WHERE key = 'hub_token'").fetchone()[0]
        down = HubClient(url, token)
        keeping = _timed(laptop)
        t0 = time.perf_counter()
        result = sync_once(laptop, down)
        figures.syncs.append(time.perf_counter() - t0)
        figures.keeping.append(keeping[0])
        down.close()
        assert result.blobs.downloaded == PHOTOS and laptop.attachments.missing_blobs() == []
        assert all(laptop.attachments.data(sha256_hex(b)) == b for b in blobs[:3])
        # The thumbnails, made after the sync (the app makes them in the background then).
        t0 = time.perf_counter()
        assert laptop.attachments.make_missing_thumbnails() == PHOTOS
        figures.thumbs.append(time.perf_counter() - t0)
        laptop.close()
    plain.close()
    return figures


def report(figures: Figures, where: str) -> float:
    sync_s, all_s, one_s = (statistics.median(x) for x in (figures.syncs, figures.alls, figures.ones))
    print(f"-- the hub {where}")
    print(f"sync of a new laptop (records + {PHOTOS} photos): median {sync_s * 1000:.0f} ms")
    print(
        f"plain GET of the same bytes at once: median {all_s * 1000:.0f} ms -> {sync_s / all_s:.2f}x"
        " (target <= 2x)"
    )
    print(f"plain GET a photo ({PHOTOS} requests): median {one_s * 1000:.0f} ms -> {sync_s / one_s:.2f}x")
    print(
        f"  of it, sealing the photos into files and naming them in the vault, summed over"
        f" the threads that do it: median {statistics.median(figures.keeping) * 1000:.0f} ms"
    )
    print(
        f"after the sync, making the {PHOTOS} thumbnails (in the background):"
        f" median {statistics.median(figures.thumbs) * 1000:.0f} ms"
    )
    return sync_s / all_s


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def hub_in_own_process(tmp: Path, db: Path, blobs: list[bytes]) -> tuple[subprocess.Popen[bytes], str]:
    payload = tmp / "payload"
    payload.write_bytes(b"".join(blobs))
    port = free_port()
    env = {
        **os.environ,
        "CNIS_HUB_DB": str(db),
        "CNIS_BENCH_PAYLOAD": str(payload),
        "CNIS_BENCH_SIZES": ",".join(str(len(b)) for b in blobs),
        "PYTHONPATH": str(ROOT),
    }
    server = subprocess.Popen(
        # As deployed: no line printed per request (--log-level warning).
        [*UVICORN, "tests.bench.hub_process:app", "--port", str(port), "--log-level", "warning"],
        env=env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(f"{url}/bench/one/0", timeout=1)
            return server, url
        except httpx.TransportError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("the hub process did not start")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "hub.sqlite3"
        hub = LoopbackHub(db, failure_delay=0.0)
        user = hub.store.add_user("bench", "ehe_officer")
        office = Vault.create(tmp / "office" / "v", PASSPHRASE, "Office", "ehe_officer", kdf=FAST_KDF)
        enrol(office, hub.url, hub.store.new_code(user))
        child = office.children.add(make_child()).id
        for n in range(PHOTOS):
            office.attachments.add(child, "child", child, camera_like_photo(n), f"photo-{n}.jpg")
        up = client(office, hub)
        t0 = time.perf_counter()
        uploaded = sync_once(office, up)
        up.close()
        blobs = [
            office.attachments.data(str(r[0])) or b""
            for r in office.conn.execute("SELECT sha256 FROM attachment_blobs ORDER BY sha256")
        ]
        total = sum(len(b) for b in blobs)
        print(
            f"{PHOTOS} photos, {total / 1e6:.1f} MB as stored; first upload from the office laptop:"
            f" {time.perf_counter() - t0:.2f} s ({uploaded.blobs.uploaded} blobs)"
        )
        floors = [_write_floor(tmp, run, blobs) for run in range(RUNS)]
        print(
            f"sealing the same bytes into a new vault's files in one call, no network:"
            f" median {statistics.median(floors) * 1000:.0f} ms"
        )
        codes = [hub.store.new_code(user) for _ in range(2 * RUNS)]
        office.close()

        # As deployed: the hub a server process of its own. The baselines are served by the
        # same process (no auth, no database), so both sides pay the same loopback.
        hub.stop()
        server, url = hub_in_own_process(tmp, db, blobs)
        try:
            own = report(measure(tmp, url, codes, blobs, "own"), "in a process of its own (as deployed)")
        finally:
            server.terminate()
            server.wait(timeout=10)

        # The hub in a thread of this process, as the tests run it: hub and laptop then take
        # turns at one interpreter lock, which the sync (more work on each side) pays more.
        hub.start()
        app = hub.server.config.app
        assert isinstance(app, FastAPI)
        whole = b"".join(blobs)
        app.add_api_route("/bench/all", lambda: Response(whole, media_type="application/octet-stream"))
        app.add_api_route(
            "/bench/one/{n}", lambda n: Response(blobs[int(n)], media_type="application/octet-stream")
        )
        shared = report(measure(tmp, hub.url, codes, blobs, "thread"), "in a thread of the laptop's process")
        hub.stop()
        print(
            f"sync / plain GET at once: {own:.2f}x with the hub in its own process, {shared:.2f}x in a thread"
        )


if __name__ == "__main__":
    main()
