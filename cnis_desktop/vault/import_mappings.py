"""The authority's mappings of spreadsheet wordings, remembered for the next import. Kept in
the vault (encrypted, like everything else about the caseload), never in a plain file; not
synced: another laptop's user decides their own."""

from __future__ import annotations

from .connection import transaction
from .context import Context


class ImportMappings:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def all(self) -> dict[tuple[str, str], str]:
        """(field, normalised wording) -> target."""
        return {
            (row[0], row[1]): row[2]
            for row in self.ctx.conn.execute("SELECT field, source, target FROM import_mappings")
        }

    def remember(self, decisions: dict[tuple[str, str], str]) -> None:
        """In the caller's transaction when there is one (an import remembers what it used
        together with what it wrote)."""
        if not decisions:
            return
        now = self.ctx.now_text()
        with transaction(self.ctx.conn):
            self.ctx.conn.executemany(
                "INSERT INTO import_mappings (field, source, target, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (field, source) DO UPDATE SET"
                " target = excluded.target, updated_at = excluded.updated_at,"
                " updated_by = excluded.updated_by",
                [
                    (name, source, target, now, self.ctx.actor)
                    for (name, source), target in decisions.items()
                    if source
                ],
            )

    def forget(self, field: str, source: str) -> None:
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "DELETE FROM import_mappings WHERE field = ? AND source = ?", (field, source)
            )
