"""The authority picture: counts of children with SEND who are not in school, read from the
hub's current state of each record (never a replay of the log).

"Not in school" is an open arrangement (no end date, or one not yet passed); "with SEND" is
SEN support, an EHC needs assessment or an EHC plan. Tables count children (each child once
per table, by their latest open arrangement). For a viewer without the manager role, a
count under 5 is shown as "fewer than 5" (and left out of totals and charts), so that no
child can be picked out.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...domain.codes import ARRANGEMENT_TYPE, QA_RATING, SEND_STATUS
from ...domain.schoolage import key_stage, nc_year
from ..storage import HubStore
from .picture_counts import grouped_counts
from .picture_statutory import (
    ProviderHours,
    deadline_counts,
    deadline_rows,
    eotas_hours,
    eotas_period,
)

SUPPRESS_BELOW = 5
SUPPRESSED = "fewer than 5"
HOUR_BANDS = (
    ("Under 10 hours", 0, 10),
    ("10 to 19 hours", 10, 20),
    ("20 to 24 hours", 20, 25),
    ("25 hours or more (full time)", 25, 10_000),
)
FULL_TIME_HOURS = 25.0  # a full-time week of school (DfE: 32.5 h is the expectation from 2024)


@dataclass
class Table:
    key: str
    title: str
    heading: str  # what the rows are
    rows: list[tuple[str, int]] = field(default_factory=list)  # the figure charted
    note: str = ""
    unit: str = "Children"  # what is counted
    more_headings: tuple[str, ...] = ()  # further columns, after the charted one
    more: list[tuple[str, ...]] = field(default_factory=list)  # their cells, row by row
    children: list[int] | None = None  # the children behind each row, when the unit is not

    def hidden(self, index: int, suppress: bool) -> bool:
        """Whether a row's figures are withheld: fewer than 5 children behind it."""
        n = self.children[index] if self.children is not None else self.rows[index][1]
        return suppress and 0 < n < SUPPRESS_BELOW

    def headings(self) -> tuple[str, ...]:
        return (self.heading, self.unit, *self.more_headings)

    def shown(self, suppress: bool) -> list[tuple[str, ...]]:
        shown = []
        for i, (label, n) in enumerate(self.rows):
            cells = (str(n), *(self.more[i] if self.more else ()))
            if self.hidden(i, suppress):
                cells = tuple(SUPPRESSED for _ in cells)
            shown.append((label, *cells))
        return shown

    def chart(self, suppress: bool) -> list[tuple[str, int, int]]:
        """(label, figure, bar width in percent) for the rows that may be shown."""
        kept = [(label, n) for i, (label, n) in enumerate(self.rows) if not self.hidden(i, suppress)]
        top = max((n for _, n in kept), default=0) or 1
        return [(label, n, round(100 * n / top)) for label, n in kept]


@dataclass
class Picture:
    total: int
    tables: list[Table]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _fields(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else json.loads(value)


# The fields each kind's tables read: only these leave the database (a child's whole record,
# read for 50,000 children, made the page take seconds).
NEEDED = {
    "qa_visit": ("rating",),
    "provider": ("dbs_expiry", "safeguarding_policy_expiry", "insurance_expiry", "qualifications_expiry"),
}


def _records(store: HubStore) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    """(record id, child id, the fields NEEDED) of the live records of each kind."""
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    with store.db() as conn:
        for kind, names in NEEDED.items():
            columns = ", ".join(
                (f"fields ->> '{name}'" if store.postgres else f"json_extract(fields, '$.{name}')")
                + f" AS f{i}"
                for i, name in enumerate(names)
            )
            rows = conn.execute(
                f"SELECT record_id, child_id, {columns} FROM record_state"
                " WHERE record_type = ? AND deleted = 0",
                (kind,),
            ).fetchall()
            found[kind] = [
                (row["record_id"], row["child_id"], {name: row[f"f{i}"] for i, name in enumerate(names)})
                for row in rows
            ]
    return found


def _counted(counter: Counter[str], order: list[tuple[str, str]]) -> list[tuple[str, int]]:
    rows = [(label, counter[code]) for code, label in order if counter[code]]
    known = {code for code, _ in order}
    rows += sorted((code or "Not recorded", n) for code, n in counter.items() if code not in known)
    return rows


def build(store: HubStore, today: date) -> Picture:
    months = [(today.year * 12 + today.month - 1 - back) for back in range(11, -1, -1)]
    month_keys = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in months]
    counts = grouped_counts(store, today, month_keys[0])
    by_type = counts["type"]
    by_status = counts["status"]
    by_stage: Counter[str] = Counter()
    for dob_text, n in counts["dob"].items():
        dob = _day(dob_text)
        by_stage[key_stage(nc_year(dob, today)) if dob else "Not recorded"] += n
    by_team: Counter[str] = Counter()
    for team, n in counts["team"].items():
        by_team[team.strip() or "Not recorded"] += n
    hours: Counter[str] = Counter()
    for value, n in counts["hours"].items():
        if value == "":
            hours["Not recorded"] += n
            continue
        band = next(label for label, low, high in HOUR_BANDS if low <= float(value) < high)
        hours[band] += n
    partners: Counter[str] = Counter()
    partners["No partner told"] = counts["told"]["none"]
    partners["Health not told (another partner was)"] = counts["told"]["other"]
    partners = +partners  # only the rows with children in them
    records = _records(store)
    ratings = Counter(str(f.get("rating") or "") for _, _, f in records["qa_visit"])
    expired: Counter[str] = Counter()
    for _, _, f in records["provider"]:
        for check in (
            "dbs_expiry",
            "safeguarding_policy_expiry",
            "insurance_expiry",
            "qualifications_expiry",
        ):
            when = _day(f.get(check))
            if when is not None and when < today:
                expired[check.replace("_expiry", "").replace("_", " ").capitalize()] += 1
    trend_rows = [(key, counts["began"][key]) for key in month_keys]
    send_total = sum(by_type.values())
    tables = [
        Table(
            "arrangement",
            "Children with SEND not in school, by arrangement",
            "Arrangement",
            _counted(by_type, list(ARRANGEMENT_TYPE)),
        ),
        Table(
            "send_status",
            "Children not in school, by SEND status",
            "SEND status",
            _counted(by_status, list(SEND_STATUS)),
        ),
        Table(
            "key_stage",
            "Children with SEND not in school, by key stage",
            "Key stage",
            sorted(by_stage.items()),
        ),
        Table(
            "locality",
            "Children with SEND not in school, by locality team",
            "Locality team",
            sorted(by_team.items()),
        ),
        Table(
            "hours",
            "Hours of education a week (children with SEND not in school)",
            "Hours a week",
            [(label, hours[label]) for label, _, _ in HOUR_BANDS] + [("Not recorded", hours["Not recorded"])],
            note=f"Full time is taken as {FULL_TIME_HOURS:g} hours a week.",
        ),
        Table(
            "partners",
            "Children with SEND not in school whom partners have not been told about",
            "Who has not been told",
            sorted(partners.items()),
        ),
        Table(
            "qa_ratings",
            "Quality-assurance visits, by rating",
            "Rating",
            _counted(ratings, list(QA_RATING)),
            unit="Visits",
        ),
        Table(
            "provider_checks",
            "Providers with an expired check",
            "Check",
            sorted(expired.items()),
            unit="Providers",
        ),
        Table("trend", "Children with SEND whose arrangement began, month by month", "Month", trend_rows),
        Table(
            "deadlines",
            "Statutory deadlines overdue and due (children with an EHC plan or assessment)",
            "Process and deadline",
            deadline_rows(deadline_counts(store, today)),
            note="Worked out as the laptops work them out, with the authority's default timescales;"
            " a child is counted once in each row.",
        ),
        eotas_table(eotas_hours(store, today), today),
    ]
    return Picture(send_total, tables)


class PictureCache:
    """The last picture built, kept until a change arrives or the day turns.

    Keyed on the change log's latest sequence number: every push that could alter the current
    state adds changes (the hub gives seqs out in commit order, so the latest one only
    grows), and a rebuild of the state from the log makes the same state again. Each
    worker process keeps its own; a lock stops two requests building the same picture.
    """

    def __init__(self, store: HubStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._key: tuple[date, int] | None = None
        self._picture: Picture | None = None

    def _latest_change(self) -> int:
        with self.store.db() as conn:
            row = conn.execute("SELECT max(seq) AS seq FROM changes").fetchone()
        return int(row["seq"] or 0)

    def get(self, today: date) -> Picture:
        with self._lock:
            key = (today, self._latest_change())
            if self._picture is None or self._key != key:
                self._picture, self._key = build(self.store, today), key
            return self._picture


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


def eotas_table(rows: list[ProviderHours], today: date) -> Table:
    start, end = eotas_period(today)
    return Table(
        "eotas_hours",
        "EOTAS hours delivered against planned, by provider",
        "Provider",
        [(r.provider, r.percent) for r in rows],
        note=f"Sessions from {start:%d %B %Y} to {end:%d %B %Y} (the last four complete weeks),"
        " against the hours the packages plan for those weeks.",
        unit="Delivered (% of planned)",
        more_headings=("Hours delivered", "Hours planned", "Children"),
        more=[
            (_hours(r.delivered_minutes), _hours(r.planned_minutes), str(len(r.children or ()))) for r in rows
        ],
        children=[len(r.children or ()) for r in rows],
    )
