"""Importing a caseload from a spreadsheet (preview first, then all or nothing) and
exporting it in the same formats."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain import codes
from ..domain.dates import format_user_date, parse_user_date
from ..domain.model import Arrangement, Child, Stored, changed_fields
from ..domain.register import (
    Sheet,
    SheetRow,
    code_for,
    gender_code,
    read_sheet,
    send_code,
    write_sheet,
)
from ..domain.schoolage import nc_year, nc_year_label
from ..domain.validation import validate_arrangement, validate_child
from .connection import transaction
from .session import Vault

# Annex B tracks children in provision the authority arranged; the register, children
# educated at home. A sheet's own "Arrangement" column overrides these.
DEFAULT_ARRANGEMENT = {"annex-b": "s19", "register": "ehe"}
SOCIAL_CARE_WORDS = {"cp plan": "cp_plan", "child protection plan": "cp_plan", "cpp": "cp_plan",
                     "s47": "s47", "cin": "cin", "child in need": "cin", "lac": "looked_after"}


@dataclass
class PlannedRow:
    line: int
    action: str  # create | update | unchanged | doubtful
    name: str
    child: Child
    arrangement: Arrangement
    child_id: str = ""
    candidate: str = ""  # for a doubtful match: the existing child it may be
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    format: str
    rows: list[PlannedRow]
    rejected: list[tuple[int, str]]
    missing_columns: list[str]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def doubtful(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "doubtful"]


def _existing(vault: Vault) -> list[Stored[Child]]:
    return [vault.children.get(row.id) for row in vault.children.caseload()]


def _key(first: str, last: str) -> tuple[str, str]:
    return first.strip().casefold(), last.strip().casefold()


def _child_from(row: SheetRow, base: Child) -> Child:
    """The sheet's non-empty cells on top of what the vault holds: blanks never erase."""
    v = row.values
    updates: dict[str, Any] = {"legal_first_name": row.first_name,
                               "legal_last_name": row.last_name, "date_of_birth": row.dob}
    for sheet_field, child_field in (("case_number", "case_number"), ("ethnicity", "ethnicity"),
                                     ("locality_team", "locality_team"),
                                     ("original_school", "original_school"),
                                     ("current_school", "current_school"), ("upn", "upn"),
                                     ("home_address", "home_address")):
        if v.get(sheet_field):
            updates[child_field] = v[sheet_field]
    if v.get("send"):
        updates["send_status"] = send_code(v["send"]) or base.send_status
    if v.get("gender"):
        updates["gender"] = gender_code(v["gender"]) or base.gender
    if v.get("social_care"):
        updates["social_care_status"] = SOCIAL_CARE_WORDS.get(
            v["social_care"].strip().lower(), base.social_care_status)
    parents = [" – ".join(p for p in (v.get(f"parent{i}_name", ""), v.get(f"parent{i}_address", ""))
                          if p) for i in (1, 2)]
    if any(parents):
        updates["parents"] = "\n".join(p for p in parents if p)
    return dataclasses.replace(base, **updates)


def _arrangement_from(row: SheetRow, base: Arrangement, format_name: str) -> Arrangement:
    v = row.values
    kind = base.type if base.start_date else DEFAULT_ARRANGEMENT[format_name]
    if v.get("arrangement"):
        kind = code_for(v["arrangement"], codes.ARRANGEMENT_TYPE) or kind
    updates: dict[str, Any] = {"type": kind}
    if v.get("provider"):
        updates["provider"] = v["provider"]
    if v.get("hours"):
        updates["hours_per_week"] = float(v["hours"].replace(",", "."))
    if v.get("start_date"):
        updates["start_date"] = parse_user_date(v["start_date"])
    elif base.start_date is None:
        updates["start_date"] = date.today()
    if v.get("review_date"):
        updates["review_date"] = parse_user_date(v["review_date"])
    notes = " / ".join(x for x in (v.get("reasons", ""), v.get("action", "")) if x)
    if notes:
        updates["notes"] = notes
    result = dataclasses.replace(base, **updates)
    if result.type == "ehe" and not result.reasons:
        result.reasons = ["unknown"]  # recorded explicitly, never left blank
    return result


def plan_import(vault: Vault, data: bytes, format_name: str,
                today: date | None = None) -> ImportPlan:
    day = today or date.today()
    sheet: Sheet = read_sheet(data, format_name, day)
    plan = ImportPlan(format_name, [], list(sheet.rejected), sheet.missing_columns)
    if sheet.missing_columns:
        return plan
    existing = _existing(vault)
    by_upn = {c.record.upn.upper(): c for c in existing if c.record.upn}
    by_name_dob = {(*_key(c.record.legal_first_name, c.record.legal_last_name),
                    c.record.date_of_birth): c for c in existing}
    for row in sheet.usable:
        stored = None
        upn = row.values.get("upn", "").upper()
        if upn and upn in by_upn:
            stored = by_upn[upn]
        else:
            stored = by_name_dob.get((*_key(row.first_name, row.last_name), row.dob))
        candidate = None if stored else _doubtful(existing, row)
        base_child = stored.record if stored else Child()
        current = vault.arrangements.current(stored.id) if stored else None
        base_arrangement = current.record if current else Arrangement()
        child = _child_from(row, base_child)
        arrangement = _arrangement_from(row, base_arrangement, format_name)
        problems = {**validate_child(child, day), **validate_arrangement(arrangement)}
        name = f"{row.first_name} {row.last_name}"
        if problems:
            plan.rejected.append((row.line, "; ".join(problems.values())))
            continue
        if stored is None:
            action = "doubtful" if candidate else "create"
            plan.rows.append(PlannedRow(row.line, action, name, child, arrangement,
                                        candidate=candidate.id if candidate else ""))
            continue
        changes = sorted(changed_fields(base_child, child))
        changes += [f"arrangement {n}" for n in sorted(changed_fields(base_arrangement,
                                                                      arrangement))]
        plan.rows.append(PlannedRow(row.line, "update" if changes else "unchanged", name, child,
                                    arrangement, child_id=stored.id, changes=changes))
    plan.rejected.sort()
    return plan


def _doubtful(existing: list[Stored[Child]], row: SheetRow) -> Stored[Child] | None:
    """Someone who may be the same child: the same name with another date of birth, or the
    same surname and date of birth with another first name."""
    first, last = _key(row.first_name, row.last_name)
    for c in existing:
        f, ln = _key(c.record.legal_first_name, c.record.legal_last_name)
        if (f, ln) == (first, last) or (ln == last and c.record.date_of_birth == row.dob):
            return c
    return None


def apply_import(vault: Vault, plan: ImportPlan, same_child: set[int] | None = None) -> dict[str, int]:
    """All or nothing. `same_child`: lines of doubtful rows the user confirmed are the
    existing child (updated); other doubtful rows are left out and reported."""
    confirmed = same_child or set()
    done = {"created": 0, "updated": 0, "unchanged": 0, "left out": 0}
    with transaction(vault.conn):
        for row in plan.rows:
            action, child_id = row.action, row.child_id
            if action == "doubtful":
                if row.line not in confirmed:
                    done["left out"] += 1
                    continue
                action, child_id = "update", row.candidate
            if action == "unchanged":
                done["unchanged"] += 1
                continue
            if action == "create":
                child_id = vault.children.add(row.child).id
                row.arrangement.child_id = child_id
                vault.arrangements.add(row.arrangement)
                done["created"] += 1
                continue
            current = vault.children.get(child_id)
            vault.children.update(child_id, current.meta.version, row.child)
            arrangement = vault.arrangements.current(child_id)
            row.arrangement.child_id = child_id
            if arrangement is None or arrangement.record.type != row.arrangement.type:
                vault.arrangements.add(row.arrangement)
            else:
                vault.arrangements.update(arrangement.id, arrangement.meta.version,
                                          row.arrangement)
            done["updated"] += 1
        vault.ctx.audit("import", "register", "", detail=f"{plan.format}: {done}")
    return done


def export_rows(vault: Vault, format_name: str, today: date | None = None) -> list[dict[str, str]]:
    day = today or date.today()
    rows = []
    for entry in vault.children.caseload():
        child = vault.children.get(entry.id).record
        current = vault.arrangements.current(entry.id, day)
        a = current.record if current else Arrangement()
        common = {
            "name": f"{child.legal_last_name}, {child.legal_first_name}",
            "date_of_birth": format_user_date(child.date_of_birth),
            "send": codes.SEND_STATUS.label(child.send_status),
            "provider": a.provider,
            "hours": f"{a.hours_per_week:g}" if a.hours_per_week is not None else "",
            "upn": child.upn,
            "arrangement": codes.ARRANGEMENT_TYPE.label(a.type) if current else "",
        }
        if format_name == "annex-b":
            year = nc_year(child.date_of_birth, day) if child.date_of_birth else None
            common.update({
                "case_number": child.case_number, "ethnicity": child.ethnicity,
                "gender": codes.GENDER.label(child.gender),
                "nc_year": nc_year_label(year) if year is not None else "",
                "locality_team": child.locality_team, "original_school": child.original_school,
                "current_school": child.current_school,
                "start_date": format_user_date(a.start_date),
                "review_date": format_user_date(a.review_date), "reasons": a.notes,
            })
        else:
            common.update({"home_address": child.home_address,
                           "social_care": codes.SOCIAL_CARE.label(child.social_care_status)})
        rows.append(common)
    return rows


def export_sheet(vault: Vault, format_name: str, today: date | None = None) -> str:
    text = write_sheet(format_name, export_rows(vault, format_name, today))
    vault.audit("export", "register", "", detail=f"{format_name} CSV")
    return text
