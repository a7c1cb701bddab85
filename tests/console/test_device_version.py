"""The laptop names itself and its version on every request (User-Agent: cnis-desktop/<version>),
and the Devices page shows the version each laptop last synced with."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from cnis_desktop import __version__
from cnis_desktop.sync.engine import sync_once
from tests.conftest import add_child_with_arrangement
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for


def test_the_devices_page_shows_the_laptops_version(
    hub: RunningHub, admin: httpx.Client, tmp_path: Path
) -> None:
    vault, _ = laptop_for(hub, tmp_path, "Wren Laptop-User")
    add_child_with_arrangement(vault)
    sync_once(vault)
    rows = re.findall(r"<tr>.*?</tr>", admin.get("/console/devices").text, re.S)
    row = next(r for r in rows if "Wren Laptop-User" in r and "revoke" in r)
    assert f"<td>{__version__}</td>" in row
    seen = hub.store.conn.execute("SELECT version FROM device_seen").fetchall()
    assert [r["version"] for r in seen] == [__version__]
