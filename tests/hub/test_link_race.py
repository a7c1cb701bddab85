"""Two pushes that name the same new record at the same moment (PostgreSQL, where pushes
of different users run side by side): the first to commit links the record to its child;
the second is judged again against that link and refused, never linked twice."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from cnis_desktop.hub.storage import Device, HubStore, _Batch, _LinkRace
from tests.hub.conftest import hub_location

pytestmark = pytest.mark.skipif(
    not os.environ.get("CNIS_TEST_PG_URL"), reason="a race between pushes needs PostgreSQL"
)


def visit(record_id: str, child_id: str) -> dict[str, Any]:
    return {
        "change_id": str(uuid.uuid4()),
        "record_type": "visit",
        "record_id": record_id,
        "child_id": child_id,
        "op": "create",
        "base_version": 0,
        "payload": {"child_id": child_id, "actual_date": "2026-11-01"},
    }


def device(store: HubStore, name: str) -> Device:
    user = store.add_user(name, "ehe_officer")
    device_id, token = store.enrol(store.new_code(user), f"{name}'s laptop")
    found = store.device_for(token)
    assert found is not None and found.id == device_id
    return found


def test_second_push_to_link_a_record_loses_the_race_and_is_refused(tmp_path: Path) -> None:
    store = HubStore(hub_location(tmp_path))
    try:
        alex, sam = device(store, "alex"), device(store, "sam")
        alex_child, sam_child = str(uuid.uuid4()), str(uuid.uuid4())
        store.assign(alex_child, alex.user_id)
        store.assign(sam_child, sam.user_id)
        contested = str(uuid.uuid4())
        first, second = visit(contested, alex_child), visit(contested, sam_child)
        with store.db() as one, store.db() as two:
            one.execute("BEGIN")
            two.execute("BEGIN")
            batch_one = _Batch.read(one, alex, [first])
            batch_two = _Batch.read(two, sam, [second])
            assert batch_one.admit(first) == "accepted"
            assert batch_two.admit(second) == "accepted"  # neither has seen the other yet
            batch_one.write()
            one.execute("COMMIT")
            with pytest.raises(_LinkRace):
                batch_two.write()
            two.execute("ROLLBACK")
        # Pushed again (as push() does after a race), Sam's change meets Alex's link.
        result = store.push(sam, [second])
        assert result["accepted"] == []
        assert result["refused"][0]["reason"] == "this record belongs to another child"
        links = store.conn.execute(
            "SELECT child_id FROM record_links WHERE record_id = ?", (contested,)
        ).fetchall()
        assert [row["child_id"] for row in links] == [alex_child]
        stored = store.conn.execute(
            "SELECT child_id FROM changes WHERE record_id = ?", (contested,)
        ).fetchall()
        assert [row["child_id"] for row in stored] == [alex_child]
    finally:
        store.close()
