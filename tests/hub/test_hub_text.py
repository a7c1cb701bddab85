"""The hub refuses text the laptop would refuse: a control character (a terminal escape, NUL)
anywhere in a change's payload is refused for that change, as the laptop's validation refuses
it beside the field; accented text, tabs and line breaks go through."""

from __future__ import annotations

import uuid
from pathlib import Path

from cnis_desktop.hub.storage import HubStore
from tests.hub.conftest import hub_location


def test_control_characters_in_a_payload_are_refused(tmp_path: Path) -> None:
    store = HubStore(hub_location(tmp_path))
    try:
        user = store.add_user("alex", "ehe_officer")
        _, token = store.enrol(store.new_code(user), "alex's laptop")
        device = store.device_for(token)
        assert device is not None
        child = str(uuid.uuid4())

        def visit(note: str) -> dict[str, object]:
            return {
                "change_id": str(uuid.uuid4()),
                "record_type": "visit",
                "record_id": str(uuid.uuid4()),
                "child_id": child,
                "op": "create",
                "base_version": 0,
                "payload": {"child_id": child, "actual_date": "2026-11-01", "child_views": note},
            }

        create_child = {
            "change_id": str(uuid.uuid4()),
            "record_type": "child",
            "record_id": child,
            "child_id": child,
            "op": "create",
            "base_version": 0,
            "payload": {"changes": {"legal_first_name": "Zéphyrine"}},
        }
        fine = visit("Reads to Mum every night.\nLikes the sea\tand boats. Café trips.")
        escape, nul = visit("Hello\x1b[2J"), visit("null\x00byte")
        result = store.push(device, [create_child, fine, escape, nul])  # type: ignore[list-item]
        assert set(result["accepted"]) == {create_child["change_id"], fine["change_id"]}
        reasons = {r["change_id"]: r["reason"] for r in result["refused"]}
        assert "control character (U+001B)" in reasons[str(escape["change_id"])]
        assert "control character (U+0000)" in reasons[str(nul["change_id"])]
    finally:
        store.close()
