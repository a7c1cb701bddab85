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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...domain.codes import ARRANGEMENT_TYPE, HEALTH_PARTNERS, QA_RATING, SEND_STATUS
from ...domain.schoolage import key_stage, nc_year
from ..storage import HubStore

WITH_SEND = frozenset({"sen_support", "ehc_assessment", "ehc_plan"})
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
    rows: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""
    unit: str = "Children"  # what is counted

    def shown(self, suppress: bool) -> list[tuple[str, str]]:
        return [
            (label, SUPPRESSED if suppress and 0 < n < SUPPRESS_BELOW else str(n)) for label, n in self.rows
        ]

    def chart(self, suppress: bool) -> list[tuple[str, int, int]]:
        """(label, count, bar width in percent) for the counts that may be shown."""
        kept = [(label, n) for label, n in self.rows if not (suppress and 0 < n < SUPPRESS_BELOW)]
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
    "child": ("send_status", "date_of_birth", "locality_team"),
    "arrangement": ("type", "start_date", "end_date", "hours_per_week"),
    "notification": ("partner", "shared_on"),
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
    records = _records(store)
    children = {rid: f for rid, _, f in records["child"]}
    open_arrangement: dict[str, dict[str, Any]] = {}
    started: dict[str, list[date]] = defaultdict(list)
    for _, child_id, f in sorted(records["arrangement"], key=lambda r: str(r[2].get("start_date") or "")):
        end = _day(f.get("end_date"))
        if child_id in children and (end is None or end >= today):
            open_arrangement[child_id] = f  # the latest open one wins
        begun = _day(f.get("start_date"))
        if child_id in children and begun:
            started[child_id].append(begun)
    out = {c: children[c] for c in open_arrangement}
    send = {c: f for c, f in out.items() if f.get("send_status") in WITH_SEND}

    by_type = Counter(str(open_arrangement[c].get("type") or "") for c in send)
    by_status = Counter(str(f.get("send_status") or "") for f in out.values())
    by_stage: Counter[str] = Counter()
    for f in send.values():
        dob = _day(f.get("date_of_birth"))
        by_stage[key_stage(nc_year(dob, today)) if dob else "Not recorded"] += 1
    by_team = Counter(str(f.get("locality_team") or "").strip() or "Not recorded" for f in send.values())
    hours: Counter[str] = Counter()
    for c in send:
        value = open_arrangement[c].get("hours_per_week")
        if value is None or value == "":
            hours["Not recorded"] += 1
            continue
        band = next(label for label, low, high in HOUR_BANDS if low <= float(value) < high)
        hours[band] += 1
    told: dict[str, set[str]] = defaultdict(set)
    for _, child_id, f in records["notification"]:
        if f.get("shared_on"):
            told[child_id].add(str(f.get("partner") or ""))
    partners: Counter[str] = Counter()
    for c in send:
        if not told[c]:
            partners["No partner told"] += 1
        elif not told[c] & HEALTH_PARTNERS:
            partners["Health not told (another partner was)"] += 1
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
    months = [(today.year * 12 + today.month - 1 - back) for back in range(11, -1, -1)]
    trend: Counter[str] = Counter()
    for c in send:
        for begun in started[c]:
            trend[f"{begun.year:04d}-{begun.month:02d}"] += 1
    trend_rows = [
        (f"{m // 12:04d}-{m % 12 + 1:02d}", trend[f"{m // 12:04d}-{m % 12 + 1:02d}"]) for m in months
    ]
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
    ]
    return Picture(len(send), tables)
