"""The authority picture's counts of children not in school, aggregated in the database.

One statement per dialect (the JSON field read with `->>` on PostgreSQL, `json_extract` on
SQLite): each child's latest open arrangement joined to the child, then counted along each
of the picture's dimensions with one GROUP BY per dimension over the materialised set. Only
small grouped rows leave the database (reading every record into Python took a second at
50,000 children); what needs the domain's own rules (the key stage of a date of birth, the
band of an hours figure) is done in Python on the grouped rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from ...domain.codes import HEALTH_PARTNERS
from ..storage import HubStore

WITH_SEND = frozenset({"sen_support", "ehc_assessment", "ehc_plan"})


def _quoted(values: frozenset[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))  # fixed codes, never input


def _field(postgres: bool, name: str) -> str:
    return f"(fields ->> '{name}')" if postgres else f"json_extract(fields, '$.{name}')"


def counts_sql(postgres: bool) -> str:
    """(dimension, value, children) rows; `?`s: today, the first month of the trend."""

    def f(name: str) -> str:
        return _field(postgres, name)

    return f"""
WITH arr AS (
    SELECT child_id, {f("type")} AS kind, {f("start_date")} AS began, {f("end_date")} AS ended,
        CAST({f("hours_per_week")} AS TEXT) AS hours
    FROM record_state WHERE record_type = 'arrangement' AND deleted = 0),
kid AS MATERIALIZED (
    SELECT record_id AS child_id, {f("send_status")} AS status, {f("date_of_birth")} AS dob,
        {f("locality_team")} AS team
    FROM record_state WHERE record_type = 'child' AND deleted = 0),
latest AS MATERIALIZED (
    SELECT child_id, kind, hours,
        row_number() OVER (PARTITION BY child_id ORDER BY coalesce(began, '') DESC) AS n
    FROM arr WHERE ended IS NULL OR ended = '' OR substr(ended, 1, 10) >= ?),
told AS (
    SELECT child_id, max(CASE WHEN {f("partner")} IN ({_quoted(HEALTH_PARTNERS)}) THEN 1 ELSE 0 END)
        AS health
    FROM record_state WHERE record_type = 'notification' AND deleted = 0
        AND {f("shared_on")} IS NOT NULL AND {f("shared_on")} != ''
    GROUP BY child_id),
out AS MATERIALIZED (
    SELECT k.child_id, coalesce(k.status, '') AS status, k.dob, k.team, l.kind, l.hours, t.health,
        CASE WHEN k.status IN ({_quoted(WITH_SEND)}) THEN 1 ELSE 0 END AS send
    FROM latest l JOIN kid k ON k.child_id = l.child_id
    LEFT JOIN told t ON t.child_id = l.child_id WHERE l.n = 1)
SELECT 'status' AS dim, status AS value, count(*) AS n FROM out GROUP BY status
UNION ALL SELECT 'type', kind, count(*) FROM out WHERE send = 1 GROUP BY kind
UNION ALL SELECT 'dob', dob, count(*) FROM out WHERE send = 1 GROUP BY dob
UNION ALL SELECT 'team', team, count(*) FROM out WHERE send = 1 GROUP BY team
UNION ALL SELECT 'hours', hours, count(*) FROM out WHERE send = 1 GROUP BY hours
UNION ALL SELECT 'told', CASE WHEN health IS NULL THEN 'none' WHEN health = 0 THEN 'other'
    ELSE 'health' END, count(*) FROM out WHERE send = 1
    GROUP BY CASE WHEN health IS NULL THEN 'none' WHEN health = 0 THEN 'other' ELSE 'health' END
UNION ALL SELECT 'began', substr(a.began, 1, 7), count(*) FROM arr a
    JOIN out o ON o.child_id = a.child_id WHERE o.send = 1 AND substr(a.began, 1, 7) >= ?
    GROUP BY substr(a.began, 1, 7)
"""


def grouped_counts(store: HubStore, today: date, first_month: str) -> dict[str, Counter[str]]:
    """Each dimension's counts by value ("" for a value not recorded)."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    with store.db() as conn:
        rows = conn.execute(counts_sql(store.postgres), (today.isoformat(), first_month)).fetchall()
    for row in rows:
        value = row["value"]
        found[row["dim"]][str(value) if value is not None else ""] += int(row["n"])
    return found
