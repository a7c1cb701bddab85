"""The hub's current state of each record: kept as laptops push, equal to what the laptops
hold, and the same when rebuilt from the change log (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from cnis_desktop.domain.model import to_fields
from cnis_desktop.sync.client import HubClient
from cnis_desktop.sync.engine import client_for, sync_once
from tests.conftest import add_child_with_arrangement
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for

ROOT = Path(__file__).parents[2]


def state(hub: RunningHub) -> dict[str, dict[str, Any]]:
    rows = hub.store.conn.execute(
        "SELECT record_id, record_type, child_id, fields, deleted, last_seq FROM record_state"
    ).fetchall()
    return {
        r["record_id"]: {
            "type": r["record_type"],
            "child": r["child_id"],
            "fields": r["fields"] if isinstance(r["fields"], dict) else json.loads(r["fields"]),
            "deleted": r["deleted"],
            "seq": r["last_seq"],
        }
        for r in rows
    }


def test_state_follows_the_laptops_and_rebuilds_the_same(hub: RunningHub, tmp_path: Path) -> None:
    alex, _ = laptop_for(hub, tmp_path, "alex")
    sam, _ = laptop_for(hub, tmp_path, "sam")
    child_id = add_child_with_arrangement(alex, legal_first_name="Ottoline")
    sync_once(alex)
    # Two edits of different fields, on the laptop, then pushed: both land, field by field.
    stored = alex.children.get(child_id)
    first = alex.children.update(
        child_id,
        stored.meta.version,
        dataclasses.replace(stored.record, preferred_name="Otto"),
        today=date(2026, 11, 1),
    )
    alex.children.update(
        child_id,
        first.meta.version,
        dataclasses.replace(first.record, preferred_name="Otto", legal_last_name="Quillfeather"),
        today=date(2026, 11, 1),
    )
    sync_once(alex)
    kept = state(hub)
    laptop_child = to_fields(alex.children.get(child_id).record)
    hub_child = kept[child_id]
    assert hub_child["type"] == "child" and hub_child["child"] == child_id
    assert hub_child["fields"]["preferred_name"] == "Otto"
    assert hub_child["fields"]["legal_last_name"] == "Quillfeather"
    for name, value in laptop_child.items():
        assert json.loads(json.dumps(hub_child["fields"].get(name))) == json.loads(json.dumps(value)), name
    arrangement = alex.conn.execute("SELECT id FROM arrangements WHERE child_id = ?", (child_id,)).fetchone()[
        0
    ]
    assert kept[arrangement]["fields"]["type"] == "ehe" and kept[arrangement]["deleted"] == 0
    assert not any(v["type"] == "audit" for v in kept.values())
    # Sam's own child is there too, and nothing of either is refused by the upkeep.
    other = add_child_with_arrangement(sam, legal_first_name="Peregrine")
    sync_once(sam)
    assert state(hub)[other]["fields"]["legal_first_name"] == "Peregrine"
    before = state(hub)
    assert hub.store.rebuild_state() == len(before)
    assert state(hub) == before


def test_one_batch_with_several_changes_to_a_record_and_a_delete(hub: RunningHub, tmp_path: Path) -> None:
    alex, _ = laptop_for(hub, tmp_path, "alex")
    child_id = add_child_with_arrangement(alex, legal_first_name="Ottoline")
    sync_once(alex)
    client: HubClient = client_for(alex)
    entry = str(uuid.uuid4())

    def change(record_type: str, record_id: str, op: str, payload: dict[str, Any]) -> dict[str, Any]:
        return {
            "change_id": f"t.{uuid.uuid4().hex}",
            "record_type": record_type,
            "record_id": record_id,
            "child_id": child_id,
            "op": op,
            "base_version": 1,
            "payload": payload,
        }

    result = client.push(
        [
            change("child", child_id, "update", {"version": 2, "changes": {"preferred_name": "A"}}),
            change(
                "child", child_id, "update", {"version": 3, "changes": {"preferred_name": "B", "upn": None}}
            ),
            change(
                "views", entry, "create", {"child_id": child_id, "method": "spoken", "said": "I like maps"}
            ),
            change("views", entry, "delete", {}),
        ]
    )
    client.close()
    assert result["refused"] == [], result["refused"]
    kept = state(hub)
    assert kept[child_id]["fields"]["preferred_name"] == "B"
    assert "upn" in kept[child_id]["fields"] and kept[child_id]["fields"]["upn"] is None
    assert kept[child_id]["fields"]["legal_first_name"] == "Ottoline"
    assert kept[child_id]["seq"] == max(result["seqs"].values()) - 2
    assert kept[entry]["deleted"] == 1 and kept[entry]["fields"]["said"] == "I like maps"
    hub.store.rebuild_state()
    assert state(hub) == kept


def test_rebuild_state_from_the_command_line(hub: RunningHub, tmp_path: Path) -> None:
    alex, _ = laptop_for(hub, tmp_path, "alex")
    add_child_with_arrangement(alex)
    sync_once(alex)
    kept = state(hub)
    hub.store.conn.execute("DELETE FROM record_state")
    url = hub.store.pool.conninfo if hub.store.postgres else None
    location = url or str(hub.store.conn.execute("PRAGMA database_list").fetchone()["file"])
    done = subprocess.run(
        [sys.executable, "-m", "cnis_desktop.hub.cli", "--db", location, "rebuild-state"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{len(kept)} records"
    assert state(hub) == kept
