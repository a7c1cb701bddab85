"""What every repository shares: the connection, who is writing, from which device, when."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .. import logs
from ..domain.model import RecordMeta
from .connection import Connection
from .ids import new_id


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _session_prefix() -> str:
    return os.urandom(12).hex()


@dataclass
class Context:
    conn: Connection
    actor: str
    device_id: str
    clock: Callable[[], datetime] = field(default=utc_now)
    # Change ids are a random prefix drawn each time the vault is opened and a count: as
    # unique as a UUID each (a vault restored from a backup draws a new prefix, so it never
    # reissues an id the hub has seen), but they share their prefix, so a sync's worth of
    # them compresses to a few bytes each where random UUIDs cost 20.
    change_prefix: str = field(default_factory=_session_prefix)
    _changes: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def new_change_id(self) -> str:
        return f"{self.change_prefix}.{next(self._changes)}"

    def now_text(self) -> str:
        return self.clock().isoformat()

    def outbox(
        self,
        record_type: str,
        record_id: str,
        op: str,
        payload: dict[str, Any],
        base_version: int | None = None,
    ) -> None:
        """Queue a change for the hub in the caller's transaction; its id makes resends safe."""
        self.conn.execute(
            "INSERT INTO outbox (change_id, record_type, record_id, op, base_version, payload,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self.new_change_id(),
                record_type,
                record_id,
                op,
                base_version,
                json.dumps(payload, sort_keys=True, separators=(",", ":")),
                self.now_text(),
            ),
        )

    def audit(self, action: str, record_type: str = "", record_id: str = "", detail: str = "") -> None:
        """Append an audit event (ids and actions only, never record content)."""
        # The same seam logs it for a support desk: action, kind and id - not the detail.
        logs.event("audit", action=action, kind=record_type, id=record_id)
        event_id = new_id()
        at = self.now_text()
        self.conn.execute(
            "INSERT INTO audit_log (id, at, actor, device_id, action, record_type, record_id,"
            " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, at, self.actor, self.device_id, action, record_type, record_id, detail),
        )
        self.outbox(
            "audit",
            event_id,
            "append",
            {
                "at": at,
                "actor": self.actor,
                "device_id": self.device_id,
                "action": action,
                "record_type": record_type,
                "record_id": record_id,
                "detail": detail,
            },
        )


def meta_from_row(row: Any) -> RecordMeta:
    return RecordMeta(
        id=row["id"],
        version=row["version"],
        created_at=datetime.fromisoformat(row["created_at"]),
        created_by=row["created_by"],
        device_id=row["device_id"],
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def created_meta(ctx: Context, record_id: str, now: str) -> RecordMeta:
    """The meta of a record just inserted: what reading it back would give, without the read
    (an import adds thousands)."""
    at = datetime.fromisoformat(now)
    return RecordMeta(record_id, 1, at, ctx.actor, ctx.device_id, at)


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))
