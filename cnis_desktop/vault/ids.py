"""Record and event ids: random (version 4) UUIDs as text."""

from __future__ import annotations

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
