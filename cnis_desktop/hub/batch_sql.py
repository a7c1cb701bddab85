"""The two statements a push makes, written for each database: one read of what the hub
already knows of a batch, and one write of what it admitted.

A trip to PostgreSQL costs more than any lookup it carries, and a statement with a
placeholder per value is parsed anew for every batch (by psycopg and by the server), so on
PostgreSQL the ids travel as arrays: the same two statements, whatever the batch's size, in
two trips, sent in binary (psycopg's text form escapes every element of an array, which was
most of the hub's own work on a push). SQLite runs in the hub's own process, where a trip
costs next to nothing and a data-modifying WITH does not exist, so there each part is its
own statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

# A row of the read: ("stored", change id, payload hash, '', seq), ("holder", child id,
# user id, '', 0) or ("link", record id, record type, child id, 0).
READ_COLUMNS = "what, id, a, b, seq"

CHANGE_COLUMNS = (
    "change_id, payload_hash, device_id, user_id, record_type, record_id,"
    " child_id, op, base_version, payload, received_at"
)


class BatchSql(Protocol):
    def read(
        self, conn: Any, user_id: str, change_ids: list[str], child_ids: list[str], record_ids: list[str]
    ) -> list[Any]:
        """Rows as READ_COLUMNS describes. Takes the user's push lock where the database
        has one."""

    def write(
        self,
        conn: Any,
        user_id: str,
        new_children: list[str],
        links: list[tuple[str, str, str, str]],
        rows: list[tuple[Any, ...]],
    ) -> tuple[list[Any], int]:
        """Claim the new children for the user, link the new records (keeping a link
        another push made first), store the rows in the order given; the new rows'
        (change_id, seq), and how many of `links` were made by this write."""


def _marks(count: int, per_row: int = 1) -> str:
    """Placeholders for `count` values, or for `count` rows of `per_row` values each."""
    if per_row == 1:
        return ", ".join("?" * count)
    return ", ".join([f"({_marks(per_row)})"] * count)


def _columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[list[Any]]:
    return [[row[i] for row in rows] for i in range(width)]


class PostgresBatchSql:
    # The user's push lock is taken in the read, within the push's transaction: a user's
    # changes then take their seqs in commit order (see HubStore._push).
    READ = (
        "SELECT 'locked' AS what, '' AS id, '' AS a, '' AS b, 0::bigint AS seq"
        " FROM (SELECT pg_advisory_xact_lock(hashtext(?))) AS held"
        " UNION ALL SELECT 'stored', change_id, payload_hash, '', seq FROM changes"
        " WHERE change_id = ANY(%b::text[])"
        " UNION ALL SELECT 'holder', child_id, user_id, '', 0 FROM caseload"
        " WHERE child_id = ANY(%b::text[])"
        " UNION ALL SELECT 'link', record_id, record_type, child_id, 0 FROM record_links"
        " WHERE record_id = ANY(%b::text[])"
    )
    # Seqs are taken in the order of the arrays (WITH ORDINALITY ... ORDER BY), which is
    # the order the laptop made the changes.
    WRITE = (
        "WITH claimed AS (INSERT INTO caseload SELECT unnest(%b::text[]), ?"
        " ON CONFLICT (child_id) DO NOTHING),"
        " linked AS (INSERT INTO record_links"
        " SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[])"
        " ON CONFLICT (record_id) DO NOTHING RETURNING record_id)"
        f" INSERT INTO changes ({CHANGE_COLUMNS})"
        " SELECT c, h, d, u, t, r, k, o, v, p, w FROM unnest(%b::text[], %b::text[], %b::text[],"
        " %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::bigint[], %b::text[],"
        " %b::text[]) WITH ORDINALITY AS n(c, h, d, u, t, r, k, o, v, p, w, i) ORDER BY i"
        " RETURNING change_id, seq, (SELECT count(*) FROM linked) AS linked"
    )

    def read(
        self, conn: Any, user_id: str, change_ids: list[str], child_ids: list[str], record_ids: list[str]
    ) -> list[Any]:
        found = conn.execute(self.READ, (user_id, change_ids, child_ids, record_ids))
        return [row for row in found.fetchall() if row["what"] != "locked"]

    def write(
        self,
        conn: Any,
        user_id: str,
        new_children: list[str],
        links: list[tuple[str, str, str, str]],
        rows: list[tuple[Any, ...]],
    ) -> tuple[list[Any], int]:
        stored = conn.execute(
            self.WRITE, [new_children, user_id, *_columns(links, 4), *_columns(rows, 11)]
        ).fetchall()
        return stored, int(stored[0]["linked"]) if stored else 0


class SqliteBatchSql:
    def read(
        self, conn: Any, user_id: str, change_ids: list[str], child_ids: list[str], record_ids: list[str]
    ) -> list[Any]:
        parts = [
            "SELECT 'stored' AS what, change_id AS id, payload_hash AS a, '' AS b, seq"
            f" FROM changes WHERE change_id IN ({_marks(len(change_ids))})"
        ]
        if child_ids:
            parts.append(
                "SELECT 'holder', child_id, user_id, '', 0 FROM caseload"
                f" WHERE child_id IN ({_marks(len(child_ids))})"
            )
        if record_ids:
            parts.append(
                "SELECT 'link', record_id, record_type, child_id, 0 FROM record_links"
                f" WHERE record_id IN ({_marks(len(record_ids))})"
            )
        return list(conn.execute(" UNION ALL ".join(parts), change_ids + child_ids + record_ids).fetchall())

    def write(
        self,
        conn: Any,
        user_id: str,
        new_children: list[str],
        links: list[tuple[str, str, str, str]],
        rows: list[tuple[Any, ...]],
    ) -> tuple[list[Any], int]:
        if new_children:
            conn.execute(
                f"INSERT INTO caseload VALUES {_marks(len(new_children), 2)}"
                " ON CONFLICT (child_id) DO NOTHING",
                [v for child in new_children for v in (child, user_id)],
            )
        linked = 0
        if links:
            linked = len(
                conn.execute(
                    f"INSERT INTO record_links VALUES {_marks(len(links), 4)}"
                    " ON CONFLICT (record_id) DO NOTHING RETURNING record_id",
                    [v for link in links for v in link],
                ).fetchall()
            )
        stored = conn.execute(
            f"INSERT INTO changes ({CHANGE_COLUMNS}) VALUES {_marks(len(rows), 11)} RETURNING change_id, seq",
            [v for row in rows for v in row],
        ).fetchall()
        return list(stored), linked
