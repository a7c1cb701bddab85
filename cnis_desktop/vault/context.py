"""What every repository shares: the connection, who is writing, from which device, when."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..domain.model import RecordMeta, new_id
from .connection import Connection


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class Context:
    conn: Connection
    actor: str
    device_id: str
    clock: Callable[[], datetime] = field(default=utc_now)

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
                new_id(),
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


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))
