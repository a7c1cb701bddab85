"""The hub as it is deployed, a server process of its own, for benchmarks on loopback: the
app of `cnis-hub serve` on the database in CNIS_HUB_DB, plus two baseline routes that serve
the bytes in CNIS_BENCH_PAYLOAD (sizes in CNIS_BENCH_SIZES, comma-separated) with no auth and
no database: the whole file at once, and the n-th piece.

    python -m uvicorn --factory tests.bench.hub_process:app --port PORT
"""

from __future__ import annotations

import os
from itertools import accumulate
from pathlib import Path

from fastapi import FastAPI, Response

from cnis_desktop.hub.app import create_app
from cnis_desktop.hub.storage import HubStore


def app() -> FastAPI:
    hub = create_app(HubStore(os.environ["CNIS_HUB_DB"]), failure_delay=0.0)
    whole = Path(os.environ["CNIS_BENCH_PAYLOAD"]).read_bytes()
    ends = list(accumulate(int(n) for n in os.environ["CNIS_BENCH_SIZES"].split(",")))
    pieces = [whole[start:end] for start, end in zip([0, *ends], ends, strict=False)]

    def static_all() -> Response:
        return Response(whole, media_type="application/octet-stream")

    def static_one(n: int) -> Response:
        return Response(pieces[n], media_type="application/octet-stream")

    hub.add_api_route("/bench/all", static_all, include_in_schema=False)
    hub.add_api_route("/bench/one/{n}", static_one, include_in_schema=False)
    return hub
