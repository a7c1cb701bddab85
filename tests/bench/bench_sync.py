"""Sync on loopback: a 300-child caseload with 10,000 records, then 20 changes; bytes on
the wire (headers included) against the gzip-compressed records themselves, same run.
Targets: first sync < 10 s; incremental sync of 20 changes < 300 ms; wire <= 1.5x gzip."""

from __future__ import annotations

import dataclasses
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parents[2]))

from cnis_desktop.demo import _random_child, _random_visit
from cnis_desktop.domain.model import Arrangement
from cnis_desktop.sync.client import HubClient
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import KdfParams
from tests.bench.common import PASSPHRASE
from tests.hub.conftest import LoopbackHub

TODAY = date(2026, 11, 23)


class CountingTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent = 0
        self.received = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent += len(request.content) + sum(len(k) + len(v) for k, v in request.headers.raw)
        response = self.inner.handle_request(request)
        raw = b"".join(response.iter_raw())  # as it crossed the wire, before decoding
        self.received += len(raw) + sum(len(k) + len(v) for k, v in response.headers.raw)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), request=request
        )


def client(vault: Vault, transport: httpx.BaseTransport) -> HubClient:
    url, token = (
        vault.conn.execute("SELECT value FROM meta WHERE key = ?", (k,)).fetchone()[0]
        for k in ("hub_url", "hub_token")
    )
    return HubClient(url, token, transport=transport)


def main() -> None:
    rng = random.Random(1)
    kdf = KdfParams(1, 8192, 1)
    with tempfile.TemporaryDirectory() as tmp:
        hub = LoopbackHub(Path(tmp) / "hub.sqlite3")
        user = hub.store.add_user("bench", "ehe_officer")
        office = Vault.create(Path(tmp) / "office" / "v", PASSPHRASE, "Office", "ehe_officer", kdf=kdf)
        with office.atomic():
            ids = []
            for i in range(300):
                child = office.children.add(_random_child(rng, TODAY, i), today=TODAY)
                office.arrangements.add(
                    Arrangement(
                        child_id=child.id, type="ehe", start_date=date(2024, 9, 1), reasons=["unknown"]
                    )
                )
                ids.append(child.id)
            for _ in range(9_400):
                visit = _random_visit(rng, TODAY - timedelta(days=rng.randrange(1, 700)))
                visit.child_id = rng.choice(ids)
                draft = office.visits.start(visit)
                office.visits.finalise(draft.id, today=TODAY)
        # The records themselves: each one's kind, id and fields as JSON, a line each (a
        # record without its id is not the record); the fields alone are shown as well.
        records = office.conn.execute(
            "SELECT record_type, record_id, payload FROM outbox WHERE record_type != 'audit'"
        ).fetchall()
        gz = len(
            gzip.compress(
                "\n".join(
                    json.dumps({"type": r[0], "id": r[1], "record": json.loads(r[2])}, separators=(",", ":"))
                    for r in records
                ).encode()
            )
        )
        gz_fields = len(gzip.compress("\n".join(r[2] for r in records).encode()))
        enrol(office, hub.url, hub.store.new_code(user))
        counter = CountingTransport()
        t0 = time.perf_counter()
        sync_once(office, client(office, counter))
        push_time = time.perf_counter() - t0
        print(
            f"{len(records):,} records (10,000 target) for 300 children; "
            f"gzip of the records alone {gz / 1024:.0f} KiB"
        )
        print(
            f"first push from the office laptop: {push_time:.2f} s, "
            f"{counter.sent / 1024:.0f} KiB sent (includes audit events)"
        )
        laptop = Vault.create(Path(tmp) / "laptop" / "v", PASSPHRASE, "Laptop", "ehe_officer", kdf=kdf)
        enrol(laptop, hub.url, hub.store.new_code(user))
        counter = CountingTransport()
        t0 = time.perf_counter()
        report = sync_once(laptop, client(laptop, counter))
        first = time.perf_counter() - t0
        wire = counter.sent + counter.received
        print(
            f"first sync of a new laptop: {first:.2f} s (target < 10 s), pulled "
            f"{report.pulled:,}, applied {report.applied:,}, check ok: {report.checked}"
        )
        print(
            f"  bytes on the wire {wire / 1024:.0f} KiB vs gzip of the records "
            f"{gz / 1024:.0f} KiB: {wire / gz:.2f}x (target <= 1.5x); against their fields "
            f"alone, without ids ({gz_fields / 1024:.0f} KiB): {wire / gz_fields:.2f}x"
        )
        times = []
        for round_ in range(5):
            for j in range(20):
                child = office.children.get(ids[(round_ * 20 + j) % len(ids)])
                office.children.update(
                    child.id,
                    child.meta.version,
                    dataclasses.replace(child.record, ethnicity=f"round {round_}"),
                    today=TODAY,
                )
            sync_once(office)
            t0 = time.perf_counter()
            report = sync_once(laptop)
            times.append(time.perf_counter() - t0)
        print(
            f"incremental sync pulling 20 changes: median {statistics.median(times) * 1000:.0f}"
            f" ms (target < 300 ms)"
        )
        office.close()
        laptop.close()
        hub.stop()


if __name__ == "__main__":
    main()
