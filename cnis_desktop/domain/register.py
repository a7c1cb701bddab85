"""The two spreadsheet formats: Ofsted's Annex B tracking sheet (2013) and the children not
in school register (s436C; its final field list may change, so the columns are data).

Reading is forgiving of what spreadsheets do (BOM, CRLF, blank rows, stray spaces, quoted
commas, one merged name column) and strict about meaning: every row that cannot be read
is rejected with its line number and the reason.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from . import codes
from .dates import DateProblem, parse_user_date


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    required: bool = False
    aliases: tuple[str, ...] = ()


ANNEX_B: tuple[Column, ...] = (
    Column("Case number", "case_number", aliases=("case no", "case ref")),
    Column("Name", "name", required=True, aliases=("child's name", "child name", "full name")),
    Column("Ethnicity", "ethnicity"),
    Column("Gender", "gender", aliases=("sex",)),
    Column("Date of birth", "date_of_birth", required=True, aliases=("dob", "d.o.b.")),
    Column("National Curriculum year", "nc_year", aliases=("nc year", "year group")),
    Column("SEND", "send", aliases=("sen", "send status")),
    Column("Locality team responsible", "locality_team", aliases=("locality team",)),
    Column("Original school", "original_school"),
    Column("School or LA responsible", "current_school", aliases=("school/la responsible",)),
    Column("Provider(s)", "provider", aliases=("providers", "provider")),
    Column("Provision start date", "start_date", aliases=("start date",)),
    Column("Hours", "hours", aliases=("hours per week", "hours a week")),
    Column("Review date", "review_date"),
    Column("Description of reasons behind provision", "reasons", aliases=("reasons",)),
    Column("Action to be taken and by whom", "action", aliases=("action",)),
    Column("UPN", "upn"),
    Column("Arrangement", "arrangement", aliases=("arrangement type",)),
)

REGISTER: tuple[Column, ...] = (
    Column("Child's name", "name", required=True, aliases=("name", "child name")),
    Column("Date of birth", "date_of_birth", required=True, aliases=("dob",)),
    Column("Home address", "home_address", aliases=("address",)),
    Column("Parent 1 name", "parent1_name"),
    Column("Parent 1 address", "parent1_address"),
    Column("Parent 2 name", "parent2_name"),
    Column("Parent 2 address", "parent2_address"),
    Column("Parents providing education and time each spends", "parents_providing"),
    Column("Other provider name", "provider", aliases=("provider",)),
    Column("Other provider address", "provider_address"),
    Column("Other provider type", "provider_type"),
    Column("Other provider place or website", "provider_place"),
    Column("Total time with provider (hours a week)", "hours", aliases=("hours",)),
    Column("Time without a parent present (hours a week)", "hours_without_parent"),
    Column("SEN", "send", aliases=("send",)),
    Column("Child protection status", "social_care", aliases=("cp status",)),
    Column("UPN", "upn"),
    Column("Arrangement", "arrangement", aliases=("arrangement type",)),
)

FORMATS = {"annex-b": ANNEX_B, "register": REGISTER}

_SEND_WORDS = {
    "ehcp": "ehc_plan", "ehc plan": "ehc_plan", "e": "ehc_plan", "statement": "ehc_plan",
    "sen support": "sen_support", "k": "sen_support", "support": "sen_support",
    "assessment": "ehc_assessment", "ehc needs assessment": "ehc_assessment",
    "suspected": "suspected", "none": "none", "n": "none", "no": "none",
}


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9()/'.]+", " ", text.strip().lower()).strip()


def code_for(text: str, code_list: codes.CodeList, extra: dict[str, str] | None = None) -> str | None:
    """A code from its code, its label, or a common word for it; None if not recognised."""
    value = _normal(text)
    if not value:
        return ""
    if extra and value in extra:
        return extra[value]
    for code, label in code_list:
        if value in (code.lower(), _normal(label)):
            return code
    return None


@dataclass
class SheetRow:
    line: int
    values: dict[str, str]  # field -> text
    first_name: str = ""
    last_name: str = ""
    dob: date | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Sheet:
    format: str
    rows: list[SheetRow]
    rejected: list[tuple[int, str]]
    missing_columns: list[str]

    @property
    def usable(self) -> list[SheetRow]:
        return [r for r in self.rows if not r.problems]


def split_name(text: str) -> tuple[str, str]:
    """'Surname, Forename' or 'Forename Middle Surname' (one merged column)."""
    value = " ".join(text.split())
    if "," in value:
        last, first = (p.strip() for p in value.split(",", 1))
        return first, last
    parts = value.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]


def read_sheet(data: bytes, format_name: str, today: date | None = None) -> Sheet:
    columns = FORMATS[format_name]
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    header: list[str] | None = None
    header_line = 0
    for line_number, row in enumerate(reader, start=1):
        if any(cell.strip() for cell in row):
            header, header_line = row, line_number
            break
    if header is None:
        return Sheet(format_name, [], [(1, "The file is empty.")], [])
    by_name: dict[str, int] = {}
    for index, title in enumerate(header):
        key = _normal(title)
        for column in columns:
            if key in {_normal(column.header), *(_normal(a) for a in column.aliases)}:
                by_name.setdefault(column.field, index)
    missing = [c.header for c in columns if c.required and c.field not in by_name]
    if missing:
        return Sheet(format_name, [], [], missing)
    rows: list[SheetRow] = []
    rejected: list[tuple[int, str]] = []
    seen: dict[tuple[tuple[str, str], ...], int] = {}
    for line_number, row in enumerate(reader, start=header_line + 1):
        if not any(cell.strip() for cell in row):
            continue  # blank rows are common in exported sheets
        values = {name: (row[index].strip() if index < len(row) else "")
                  for name, index in by_name.items()}
        sheet_row = SheetRow(line_number, values)
        _check(sheet_row, today or date.today())
        fingerprint = tuple(sorted(values.items()))
        if fingerprint in seen:
            sheet_row.problems.append(f"duplicate of line {seen[fingerprint]}")
        else:
            seen[fingerprint] = line_number
        if sheet_row.problems:
            rejected.append((line_number, "; ".join(sheet_row.problems)))
        rows.append(sheet_row)
    return Sheet(format_name, rows, rejected, [])


def _check(row: SheetRow, today: date) -> None:
    v = row.values
    row.first_name, row.last_name = split_name(v.get("name", ""))
    if not row.first_name or not row.last_name:
        row.problems.append("the name needs a first name and a last name")
    try:
        row.dob = parse_user_date(v.get("date_of_birth", ""))
        if row.dob is None:
            row.problems.append("no date of birth")
    except DateProblem as exc:
        row.problems.append(f"date of birth: {exc}")
    for name in ("start_date", "review_date"):
        try:
            parse_user_date(v.get(name, ""))
        except DateProblem as exc:
            row.problems.append(f"{name.replace('_', ' ')}: {exc}")
    hours = v.get("hours", "")
    if hours:
        try:
            value = float(hours.replace(",", "."))
            if not 0 <= value <= 40:
                row.problems.append("hours must be between 0 and 40")
        except ValueError:
            row.problems.append(f"hours '{hours}' is not a number")
    if v.get("send") and code_for(v["send"], codes.SEND_STATUS, _SEND_WORDS) is None:
        row.problems.append(f"SEND '{v['send']}' is not a known status")
    if v.get("arrangement") and code_for(v["arrangement"], codes.ARRANGEMENT_TYPE) is None:
        row.problems.append(f"arrangement '{v['arrangement']}' is not a known type")
    if v.get("gender") and code_for(v["gender"], codes.GENDER, {"f": "female", "m": "male",
                                                                 "girl": "female",
                                                                 "boy": "male"}) is None:
        row.problems.append(f"gender '{v['gender']}' is not recognised")
    _ = today


def send_code(text: str) -> str | None:
    return code_for(text, codes.SEND_STATUS, _SEND_WORDS)


def gender_code(text: str) -> str | None:
    return code_for(text, codes.GENDER, {"f": "female", "m": "male", "girl": "female",
                                         "boy": "male"})


def write_sheet(format_name: str, rows: list[dict[str, str]]) -> str:
    """CSV a spreadsheet opens cleanly: header row, CRLF, dd/mm/yyyy dates (callers format)."""
    columns = FORMATS[format_name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    for row in rows:
        writer.writerow([row.get(c.field, "") for c in columns])
    return out.getvalue()
