"""Record and event ids: random (version 4) UUIDs as text."""

from __future__ import annotations

import os


def new_id() -> str:
    """The text `str(uuid.uuid4())` gives, made here from 16 random bytes: the uuid module
    loads `platform` (2.5 ms), and opening a vault makes an id for its audit event before
    the caseload's first paint."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
