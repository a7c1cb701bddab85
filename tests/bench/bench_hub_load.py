"""200 laptops syncing at once against the hub on PostgreSQL (two uvicorn worker processes
on loopback), each pushing a batch and pulling, three rounds. Bounded: fixed counts, local
only. Target: p95 under 500 ms, no errors. Baseline: the same requests one at a time."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from cnis_desktop.hub.storage import HubStore  # noqa: E402

LAPTOPS, ROUNDS, PORT = 200, 3, 18443


def changes_for(child: str, n: int) -> list[dict[str, object]]:
    return [{"change_id": str(uuid.uuid4()), "record_type": "child" if i == 0 else "visit",
             "record_id": child if i == 0 else str(uuid.uuid4()), "child_id": child,
             "op": "create", "base_version": 0,
             "payload": {"changes": {"legal_first_name": "Bench"}} if i == 0 else
             {"child_id": child, "actual_date": "2026-11-01", "judgement": "suitable"}}
            for i in range(n)]


def main() -> None:
    admin = subprocess.run(["bash", str(ROOT / "tests/hub/start-postgres.sh")], check=True,
                           capture_output=True, text=True).stdout.strip()
    name = f"cnis_load_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    store = HubStore(url)
    tokens = []
    for i in range(LAPTOPS):
        user = store.add_user(f"user{i}", "ehe_officer")
        tokens.append(store.enrol(store.new_code(user), f"laptop{i}")[1])
    store.close()
    env = {**os.environ, "CNIS_HUB_DB": url}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory",
                               "cnis_desktop.hub.app:app_from_env", "--port", str(PORT),
                               "--workers", "2", "--log-level", "warning"], env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{base}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def laptop(i: int, rounds: int) -> None:
            with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {tokens[i]}"},
                              timeout=30) as client:
                since = 0
                for r in range(rounds):
                    for method, path, kwargs in (
                            ("POST", "/v1/push",
                             {"json": {"changes": changes_for(str(uuid.uuid4()), 20)}}),
                            ("GET", "/v1/pull", {"params": {"since": since}})):
                        t0 = time.perf_counter()
                        response = client.request(method, path, **kwargs)
                        elapsed = time.perf_counter() - t0
                        with lock:
                            latencies.append(elapsed)
                            if response.status_code != 200:
                                errors.append(f"{path} {response.status_code}")
                        if path == "/v1/pull" and response.status_code == 200:
                            since = response.json()["last_seq"]
                    _ = r

        t0 = time.perf_counter()
        laptop(0, ROUNDS)
        alone = statistics.median(latencies)
        latencies.clear()
        threads = [threading.Thread(target=laptop, args=(i, ROUNDS)) for i in range(LAPTOPS)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        latencies.sort()
        p95 = latencies[int(len(latencies) * 0.95)]
        print(f"{LAPTOPS} laptops at once, {len(latencies):,} requests in {wall:.1f} s: median "
              f"{statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
              f"(target < 500 ms), errors {len(errors)}; one laptop alone: median "
              f"{alone * 1000:.0f} ms")
        _ = t0
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
