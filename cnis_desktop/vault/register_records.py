"""The children not in school register entries and consent-to-home-educate requests: mutable
records, one table each, every change versioned and queued for the hub."""

from __future__ import annotations

from datetime import date

from ..domain.consent import ConsentRequest, validate_consent
from ..domain.model import Stored
from ..domain.register_entry import RegisterEntry, validate_register_entry
from .context import Context
from .mutable import MutableTable


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class RegisterRecords:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.entries = MutableTable(
            ctx,
            "register_entry",
            "register_entries",
            RegisterEntry,
            lambda e: validate_register_entry(e, date.today()),
            lambda e: {"child_id": e.child_id},
            fixed=("child_id",),
        )
        self.consent = MutableTable(
            ctx,
            "consent_request",
            "consent_requests",
            ConsentRequest,
            lambda c: validate_consent(c, date.today()),
            lambda c: {"child_id": c.child_id, "requested_on": _iso(c.requested_on), "decision": c.decision},
            fixed=("child_id",),
        )

    def entry_for(self, child_id: str) -> Stored[RegisterEntry] | None:
        found = self.entries.where("child_id = ?", (child_id,), order="created_at")
        return found[0] if found else None

    def entries_by_child(self) -> dict[str, Stored[RegisterEntry]]:
        """Every entry at once (an export or import reads them all)."""
        return {stored.record.child_id: stored for stored in self.entries.where("1")}

    def consent_for(self, child_id: str) -> list[Stored[ConsentRequest]]:
        return self.consent.where("child_id = ?", (child_id,), order="requested_on DESC, created_at DESC")

    def undecided_consent(self) -> list[Stored[ConsentRequest]]:
        return self.consent.where("decision = ''", order="requested_on")
