"""A real hub, served by uvicorn on a loopback port in a thread, for each test."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from cnis_desktop.hub.app import create_app
from cnis_desktop.hub.storage import HubStore


@dataclass
class RunningHub:
    url: str
    store: HubStore


def hub_location(tmp_path: Path) -> str:
    """SQLite by default; with CNIS_TEST_PG_URL set, a fresh PostgreSQL database (CI runs
    the hub's tests both ways)."""
    admin = os.environ.get("CNIS_TEST_PG_URL")
    if not admin:
        return str(tmp_path / "hub.sqlite3")
    import psycopg

    name = f"cnis_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return admin.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    store = HubStore(hub_location(tmp_path))
    config = uvicorn.Config(
        create_app(store, failure_delay=0.0), host="127.0.0.1", port=0, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the hub did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield RunningHub(f"http://127.0.0.1:{port}", store)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()
