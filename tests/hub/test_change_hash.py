"""A change's hash is the SHA-256 of the canonical JSON of its six fields: the hub's
faster way of making it gives the same answer (so resends of changes stored by any
release are still recognised as duplicates)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.hub.storage import canonical_json, change_hash

TEXT = st.text(max_size=20)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=10,
)


def reference_hash(change: dict[str, Any]) -> str:
    keys = ("record_type", "record_id", "child_id", "op", "base_version", "payload")
    return hashlib.sha256(
        json.dumps({k: change.get(k) for k in keys}, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()


@given(
    st.fixed_dictionaries(
        {
            "change_id": TEXT,
            "record_type": TEXT,
            "record_id": TEXT,
            "child_id": TEXT,
            "op": TEXT,
            "base_version": st.none() | st.integers(0, 2**62),
            "payload": st.dictionaries(TEXT, JSON, max_size=4),
        }
    )
)
def test_the_hash_is_the_canonical_json_of_the_six_fields(change: dict[str, Any]) -> None:
    assert change_hash(change) == reference_hash(change)
    assert change_hash(change, canonical_json(change["payload"])) == reference_hash(change)
