"""Importing a caseload from a spreadsheet (preview, mapping, then all or nothing) and
exporting it in the same formats.

A preview is a plan: every child the sheet holds (one per child however many lines), what
will be created or updated, every wording to map with the rows it affects, every difference
between lines about one child, and every row that is not a child. Changing a mapping or a
difference makes a new plan from the same sheet; nothing is written until the plan is
applied, in one transaction, which also remembers the mappings it used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..domain import codes
from ..domain.dates import format_user_date
from ..domain.model import Arrangement, Child, Stored, TidyUp, changed_fields, from_fields
from ..domain.register import (
    Difference,
    Sheet,
    SheetChild,
    children_of,
    columns_for,
    field_titles,
    group_prefix,
    read_sheet,
    write_sheet,
)
from ..domain.register_entry import RegisterEntry
from ..domain.schoolage import nc_year, nc_year_label
from ..domain.sheet_import import Decisions, Interpretation, ValueToMap, interpret
from ..domain.validation import validate_child
from ..domain.value_mapping import reason_cell, send_cell
from .connection import transaction
from .context import meta_from_row
from .session import Vault


@dataclass
class PlannedRow:
    line: int
    action: str  # create | update | unchanged | doubtful
    name: str
    child: Child
    arrangement: Arrangement | None
    entry: RegisterEntry | None = None
    child_id: str = ""
    candidate: str = ""  # for a doubtful match: the existing child it may be
    changes: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # every line about this child
    flags: list[TidyUp] = field(default_factory=list)  # new for tidy-up on the child
    differences: list[Difference] = field(default_factory=list)
    sheet_child: SheetChild | None = None
    base_version: int = 0
    arrangement_id: str = ""  # the current arrangement this updates ("" adds one)
    entry_id: str = ""


@dataclass
class ImportPlan:
    format: str
    rows: list[PlannedRow]
    rejected: list[tuple[int, str]]
    missing_columns: list[str]
    values: list[ValueToMap] = field(default_factory=list)
    extra_titles: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    decisions: Decisions = field(default_factory=Decisions)
    today: date = field(default_factory=date.today)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def doubtful(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "doubtful"]

    @property
    def differences(self) -> list[tuple[PlannedRow, Difference]]:
        return [(row, d) for row in self.rows for d in row.differences]

    @property
    def flag_count(self) -> int:
        return sum(len(r.flags) for r in self.rows)

    def to_remember(self) -> dict[tuple[str, str], str]:
        """The mappings this import uses that the authority would want next time: chosen
        here, or proposed and accepted by importing. A blank is each sheet's own."""
        return {
            (v.field, v.key): v.target
            for v in self.values
            if v.key and (v.origin == "chosen" or (v.origin == "proposed" and v.target))
        }


def _key(first: str, last: str) -> tuple[str, str]:
    return first.strip().casefold(), last.strip().casefold()


def _current_arrangements(vault: Vault, day: date) -> dict[str, Stored[Arrangement]]:
    """Each child's current arrangement, in one query (as Arrangements.current finds it:
    the latest start that covers the day)."""
    found: dict[str, Stored[Arrangement]] = {}
    for row in vault.conn.execute(
        "SELECT * FROM arrangements WHERE start_date <= ? AND (end_date IS NULL"
        " OR end_date >= ?) ORDER BY start_date",
        (day.isoformat(), day.isoformat()),
    ):
        found[row["child_id"]] = Stored(meta_from_row(row), from_fields(Arrangement, json.loads(row["data"])))
    return found


def _children(vault: Vault) -> list[Stored[Child]]:
    return [
        Stored(meta_from_row(row), from_fields(Child, json.loads(row["data"])))
        for row in vault.conn.execute("SELECT * FROM children ORDER BY sort_name")
    ]


class ImportPlanner:
    """A sheet read once and the vault's caseload looked up once: a plan for any mappings
    and choices in a moment (the preview re-plans as a person maps values)."""

    def __init__(
        self,
        vault: Vault,
        data: bytes,
        format_name: str,
        today: date | None = None,
        titles: dict[str, str] | None = None,
    ) -> None:
        self.today = today or date.today()
        self.format = format_name
        self.sheet: Sheet = read_sheet(data, format_name, self.today, titles)
        self.remembered = vault.import_mappings.all()
        self.existing: list[Stored[Child]] = [] if self.sheet.missing_columns else _children(vault)
        self.current = _current_arrangements(vault, self.today) if self.existing else {}
        self.entries = vault.register.entries_by_child() if self.existing else {}
        self.by_upn: dict[str, list[Stored[Child]]] = {}
        for c in self.existing:
            if c.record.upn:
                self.by_upn.setdefault(c.record.upn.upper(), []).append(c)
        self.by_name_dob = {
            (*_key(c.record.legal_first_name, c.record.legal_last_name), c.record.date_of_birth): c
            for c in self.existing
        }
        self.by_name: dict[tuple[str, str], Stored[Child]] = {}
        self.by_last_dob: dict[tuple[str, date | None], Stored[Child]] = {}
        for c in self.existing:
            first, last = _key(c.record.legal_first_name, c.record.legal_last_name)
            self.by_name.setdefault((first, last), c)
            self.by_last_dob.setdefault((last, c.record.date_of_birth), c)

    def plan(
        self,
        chosen: dict[tuple[str, str], str] | None = None,
        choices: dict[tuple[int, str], int] | None = None,
    ) -> ImportPlan:
        """`chosen`: mappings a person set in this import, (field, wording) -> target;
        `choices`: for a child on several lines, (first line, field) -> the line to use."""
        sheet = self.sheet
        decisions = Decisions(chosen, self.remembered)
        plan = ImportPlan(
            self.format,
            [],
            list(sheet.rejected),
            sheet.missing_columns,
            extra_titles=sheet.extra_titles,
            titles=sheet.titles,
            decisions=decisions,
            today=self.today,
        )
        if sheet.missing_columns:
            return plan
        for sc in children_of(sheet, choices):
            self._add_row(plan, sc)
        plan.values = decisions.listed()
        plan.rejected.sort()
        return plan

    def _match(self, sc: SheetChild) -> Stored[Child] | None:
        """The child a line is about: by UPN, else by name and date of birth. A UPN that two
        children here share (a slip somewhere) names neither on its own: only the one whose
        name and date of birth also match, else no one (then the line is new, or doubtful
        if the name matches someone), never an update of the other child."""
        upn = sc.cells.get("upn", "").strip().upper()
        held = self.by_upn.get(upn, []) if upn else []
        by_name_dob = self.by_name_dob.get((*_key(sc.first_name, sc.last_name), sc.dob))
        if len(held) == 1:
            return held[0]
        if held:
            return by_name_dob if by_name_dob in held else None
        return by_name_dob

    def _add_row(self, plan: ImportPlan, sc: SheetChild) -> None:
        stored = self._match(sc)
        current = self.current.get(stored.id) if stored else None
        entry = self.entries.get(stored.id) if stored else None
        found = _interpret(sc, plan, stored, current, entry)
        problems = validate_child(found.child, self.today, check_age=stored is None)
        if problems:  # not expected (identity was checked, the rest mapped), never hidden
            plan.rejected.append((sc.line, "; ".join(problems.values())))
            return
        row = PlannedRow(
            sc.line,
            "create",
            sc.name,
            found.child,
            found.arrangement,
            found.entry,
            lines=sc.lines,
            flags=found.flags,
            differences=sc.differences,
            sheet_child=sc,
        )
        if stored is None:
            candidate = self._doubtful(sc)
            if candidate is not None:
                row.action, row.candidate = "doubtful", candidate.id
        else:
            _as_update(row, stored, current, entry)
        plan.rows.append(row)

    def _doubtful(self, sc: SheetChild) -> Stored[Child] | None:
        """Someone who may be the same child: the same name with another date of birth, or the
        same surname and date of birth with another first name."""
        first, last = _key(sc.first_name, sc.last_name)
        return self.by_name.get((first, last)) or self.by_last_dob.get((last, sc.dob))


def _interpret(
    sc: SheetChild,
    plan: ImportPlan,
    stored: Stored[Child] | None,
    current: Stored[Arrangement] | None,
    entry: Stored[RegisterEntry] | None,
) -> Interpretation:
    return interpret(
        sc,
        plan.titles,
        plan.decisions,
        stored.record if stored else Child(),
        current.record if current else None,
        entry.record if entry else None,
        plan.today,
        new=stored is None,
    )


def _as_update(
    row: PlannedRow,
    stored: Stored[Child],
    current: Stored[Arrangement] | None,
    entry: Stored[RegisterEntry] | None,
) -> None:
    row.child_id, row.base_version = stored.id, stored.meta.version
    changes = sorted(changed_fields(stored.record, row.child))
    if row.arrangement is not None:
        row.arrangement.child_id = stored.id
        if current is not None and current.record.type == row.arrangement.type:
            row.arrangement_id = current.id
            changes += [f"arrangement {n}" for n in sorted(changed_fields(current.record, row.arrangement))]
        else:
            changes.append("new arrangement")
    if row.entry is not None:
        row.entry.child_id = stored.id
        if entry is not None:
            row.entry_id = entry.id
            changes += [f"register {n}" for n in sorted(changed_fields(entry.record, row.entry))]
        else:
            changes.append("register entry")
    row.changes = changes
    row.action = "update" if changes else "unchanged"


def plan_import(
    vault: Vault,
    data: bytes,
    format_name: str,
    today: date | None = None,
    chosen: dict[tuple[str, str], str] | None = None,
    choices: dict[tuple[int, str], int] | None = None,
    titles: dict[str, str] | None = None,
) -> ImportPlan:
    """`titles`: the authority's own column titles, by field (settings.register_columns)."""
    return ImportPlanner(vault, data, format_name, today, titles).plan(chosen, choices)


def apply_import(vault: Vault, plan: ImportPlan, same_child: set[int] | None = None) -> dict[str, int]:
    """All or nothing. `same_child`: lines of doubtful rows the user confirmed are the
    existing child (updated); other doubtful rows are left out and reported."""
    confirmed = same_child or set()
    done = {"created": 0, "updated": 0, "unchanged": 0, "left out": 0}
    with transaction(vault.conn):
        for row in plan.rows:
            if row.action == "doubtful":
                if row.line not in confirmed:
                    done["left out"] += 1
                    continue
                row = _confirmed(vault, plan, row)
            if row.action == "unchanged":
                done["unchanged"] += 1
            elif row.action == "create":
                _create(vault, row)
                done["created"] += 1
            else:
                _update(vault, row)
                done["updated"] += 1
        vault.import_mappings.remember(plan.to_remember())
        vault.ctx.audit("import", "register", "", detail=f"{plan.format}: {done}")
    return done


def _confirmed(vault: Vault, plan: ImportPlan, row: PlannedRow) -> PlannedRow:
    """A doubtful row a person says is the existing child: read again on top of that child's
    records, so that the sheet's blanks keep what the vault holds."""
    assert row.sheet_child is not None
    stored = vault.children.get(row.candidate)
    current = vault.arrangements.current(stored.id, plan.today)
    entry = vault.register.entry_for(stored.id)
    read = _interpret(row.sheet_child, plan, stored, current, entry)
    again = PlannedRow(
        row.line,
        "update",
        row.name,
        read.child,
        read.arrangement,
        read.entry,
        lines=row.lines,
        flags=read.flags,
    )
    _as_update(again, stored, current, entry)
    return again


def _create(vault: Vault, row: PlannedRow) -> None:
    child_id = vault.children.add(row.child).id
    if row.arrangement is not None:
        row.arrangement.child_id = child_id
        vault.arrangements.add(row.arrangement)
    if row.entry is not None:
        row.entry.child_id = child_id
        vault.register.entries.add(row.entry)


def _update(vault: Vault, row: PlannedRow) -> None:
    child_id = row.child_id
    vault.children.update(child_id, row.base_version, row.child)
    if row.arrangement is not None:
        row.arrangement.child_id = child_id
        if row.arrangement_id:
            current = vault.arrangements.get(row.arrangement_id)
            vault.arrangements.update(row.arrangement_id, current.meta.version, row.arrangement)
        else:
            vault.arrangements.add(row.arrangement)
    if row.entry is not None:
        row.entry.child_id = child_id
        if row.entry_id:
            entry = vault.register.entries.get(row.entry_id)
            vault.register.entries.update(row.entry_id, entry.meta.version, row.entry)
        else:
            vault.register.entries.add(row.entry)


# --- export ---------------------------------------------------------------------------------


def _number(value: float | None) -> str:
    if value is None:
        return ""
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


# An exported value that says no more than "nothing recorded": a kept original says more.
_EMPTY_LIKE = {"gender": "Not known"}


def _annex_b_row(child: Child, a: Arrangement | None, day: date) -> dict[str, str]:
    year = nc_year(child.date_of_birth, day) if child.date_of_birth else None
    reasons = a.reasons_text if a else ""
    if a and not reasons and a.type == "ehe" and a.reasons:
        reasons = reason_cell(a.reasons)
    return {
        "case_number": child.case_number,
        "ethnicity": child.ethnicity,
        "gender": codes.GENDER.label(child.gender),
        "nc_year": nc_year_label(year) if year is not None else "",
        "locality_team": child.locality_team,
        "original_school": child.original_school,
        "responsible": ("Local authority" if child.responsible_body == "la" else child.current_school),
        "provider": a.provider if a else "",
        "hours": _number(a.hours_per_week) if a else "",
        "review_date": format_user_date(a.review_date) if a else "",
        "reasons": reasons,
        "action": a.action_text if a else "",
    }


def _register_row(child: Child, entry: RegisterEntry | None) -> dict[str, str]:
    row = {
        "home_address": child.home_address,
        "social_care": codes.SOCIAL_CARE.label(child.social_care_status),
        "gender": codes.GENDER.label(child.gender),
        "ethnicity": child.ethnicity,
    }
    if entry is None:
        return row
    row["previous_addresses"] = entry.previous_addresses
    for n, parent in enumerate(entry.parents, start=1):
        row.update(
            {
                f"parent{n}_name": parent.name,
                f"parent{n}_address": parent.address,
                f"parent{n}_previous_address": parent.previous_address,
                f"parent{n}_provides": _yes_no(parent.provides_education),
                f"parent{n}_hours": _number(parent.hours_per_week),
            }
        )
    for n, provider in enumerate(entry.providers, start=1):
        row.update(
            {
                f"provider{n}_name": provider.name,
                f"provider{n}_address": provider.address,
                f"provider{n}_type": provider.type,
                f"provider{n}_place": provider.place,
                f"provider{n}_hours": _number(provider.hours_per_week),
                f"provider{n}_hours_without_parent": _number(provider.hours_without_parent),
            }
        )
    row["change_on"] = format_user_date(entry.change_on)
    row["change_reported_on"] = format_user_date(entry.change_reported_on)
    return row


def export_table(
    vault: Vault, format_name: str, today: date | None = None, titles: dict[str, str] | None = None
) -> tuple[list[tuple[str, str]], list[dict[str, str]]]:
    """(field, title) columns and one row per child: the format's columns, as many parent
    and provider groups as any child needs, then the authority's own columns."""
    day = today or date.today()
    current = _current_arrangements(vault, day)
    entries = vault.register.entries_by_child() if format_name == "register" else {}
    rows: list[dict[str, str]] = []
    extra_titles: dict[str, None] = {}
    groups: dict[str, int] = {}
    for stored in _children(vault):
        child = stored.record
        found = current.get(stored.id)
        a = found.record if found else None
        entry = entries.get(stored.id)
        row = {
            "name": f"{child.legal_last_name}, {child.legal_first_name}",
            "date_of_birth": format_user_date(child.date_of_birth),
            "send": send_cell(child.send_status, child.primary_need),
            "upn": child.upn,
            "arrangement": codes.ARRANGEMENT_TYPE.label(a.type) if a else "",
            "start_date": format_user_date(a.start_date) if a else "",
        }
        if format_name == "annex-b":
            row.update(_annex_b_row(child, a, day))
        else:
            row.update(_register_row(child, entry.record if entry else None))
            if entry is not None:
                groups["parent"] = max(groups.get("parent", 0), len(entry.record.parents))
                groups["provider"] = max(groups.get("provider", 0), len(entry.record.providers))
        for flag in child.tidy_up:
            # A cell the import could not record stays in the sheet, word for word.
            if (
                flag.kind == "kept"
                and flag.original
                and row.get(flag.field, "") in ("", _EMPTY_LIKE.get(flag.field))
            ):
                row[flag.field] = flag.original
                prefix = group_prefix(flag.field)
                if prefix != flag.field and (n := flag.field[len(prefix) :].split("_")[0]).isdigit():
                    groups[prefix] = max(groups.get(prefix, 0), int(n))
        for title, text in child.sheet_columns.items():
            extra_titles.setdefault(title, None)
            row["\0" + title] = text
        rows.append(row)
    fields = field_titles(columns_for(format_name, titles), groups)
    fields += [("\0" + title, title) for title in extra_titles]
    return fields, rows


def export_sheet(
    vault: Vault, format_name: str, today: date | None = None, titles: dict[str, str] | None = None
) -> str:
    fields, rows = export_table(vault, format_name, today, titles)
    text = write_sheet(fields, rows)
    vault.audit("export", "register", "", detail=f"{format_name} CSV")
    return text
