"""A real hub, served by uvicorn on a loopback port in a thread, for each test."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


class LoopbackHub:
    """A real hub on a loopback port, in a thread, that can be stopped and started again on
    the same database (a hub restart in the middle of a sync). `app_options` go to create_app."""

    def __init__(self, db: Path | str, **app_options: Any) -> None:
        self.db, self.app_options = db, app_options
        self.port = 0  # the first start takes any free port; a restart keeps it
        self.start()

    def start(self) -> None:
        self.store = HubStore(str(self.db))
        config = uvicorn.Config(
            create_app(self.store, **self.app_options), host="127.0.0.1", port=self.port, log_level="error"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.close()

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = LoopbackHub(hub_location(tmp_path), failure_delay=0.0)
    yield RunningHub(running.url, running.store)
    running.stop()
