"""The two spreadsheet formats: Ofsted's Annex B tracking sheet (2013) and the children not
in school register (ss436B–436G EA 1996, inserted by the Children's Wellbeing and Schools
Act 2026; not yet in force, so its columns are data and an authority may retitle them).

Reading is forgiving of what spreadsheets do (BOM, CRLF, blank rows, stray spaces, quoted
commas, one merged name column or separate forename and surname columns) and strict only
about what makes a row a child: a name, a real date of birth, compulsory school age. Every
other cell is kept – columns the app does not know included – for the import to map.
The same child on several lines is one child; where the lines disagree, the difference is
kept for a person to decide.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from .dates import DateProblem, parse_user_date
from .model import Child
from .validation import validate_child

GROUP = "{n}"  # in a numbered column: Parent 1 name, Parent 2 name, ...


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    aliases: tuple[str, ...] = ()

    @property
    def numbered(self) -> bool:
        return GROUP in self.field


ANNEX_B: tuple[Column, ...] = (
    Column("Case number", "case_number", ("case no", "case ref", "case reference")),
    Column("Name", "name", ("child's name", "child name", "full name", "pupil name")),
    Column("Ethnicity", "ethnicity", ("ethnic group", "ethnic origin")),
    Column("Gender", "gender", ("sex",)),
    Column("Date of birth", "date_of_birth", ("dob", "d o b", "birth date")),
    Column("National Curriculum year", "nc_year", ("nc year", "year group", "ncy")),
    Column("SEND", "send", ("sen", "send status", "sen status")),
    Column("Locality team responsible", "locality_team", ("locality team", "locality")),
    Column("Original school", "original_school", ("previous school", "last school")),
    Column(
        "School or LA responsible", "responsible", ("school/la responsible", "school or la", "responsible")
    ),
    Column("Provider(s)", "provider", ("providers", "provider")),
    Column("Provision start date", "start_date", ("start date",)),
    Column("Hours", "hours", ("hours per week", "hours a week")),
    Column("Review date", "review_date"),
    Column("Description of reasons behind provision", "reasons", ("reasons", "reason")),
    Column("Action to be taken and by whom", "action", ("action", "actions")),
    Column("UPN", "upn", ("unique pupil number",)),
    Column("Arrangement", "arrangement", ("arrangement type", "type of provision")),
)

REGISTER: tuple[Column, ...] = (
    Column("Child's name", "name", ("name", "child name", "full name")),
    Column("Date of birth", "date_of_birth", ("dob", "d o b", "birth date")),
    Column("Home address", "home_address", ("address", "current address")),
    Column("Previous addresses", "previous_addresses", ("previous address",)),
    Column("Parent {n} name", "parent{n}_name"),
    Column("Parent {n} address", "parent{n}_address"),
    Column("Parent {n} previous address", "parent{n}_previous_address"),
    Column("Parent {n} provides education", "parent{n}_provides"),
    Column(
        "Parent {n} time educating (hours a week)", "parent{n}_hours", ("parent {n} hours", "parent {n} time")
    ),
    Column("Provider {n} name", "provider{n}_name"),
    Column("Provider {n} address", "provider{n}_address"),
    Column("Provider {n} type", "provider{n}_type"),
    Column(
        "Provider {n} place, website or email",
        "provider{n}_place",
        ("provider {n} place or website", "provider {n} website"),
    ),
    Column("Provider {n} time (hours a week)", "provider{n}_hours", ("provider {n} hours",)),
    Column(
        "Provider {n} time without a parent present (hours a week)",
        "provider{n}_hours_without_parent",
        ("provider {n} hours without a parent",),
    ),
    Column("SEN", "send", ("send", "send status", "sen status")),
    Column("Child protection status", "social_care", ("cp status", "social care", "social care status")),
    Column("Gender", "gender", ("sex",)),
    Column("Ethnicity", "ethnicity", ("ethnic group",)),
    Column("UPN", "upn", ("unique pupil number",)),
    Column("Arrangement", "arrangement", ("arrangement type",)),
    Column("Arrangement start date", "start_date", ("start date", "date registered")),
    Column("Date of last change", "change_on", ("date of change",)),
    Column("Change reported by parent on", "change_reported_on", ("change reported on",)),
)

# Columns of the register as this app first wrote it: still read, into their new places.
LEGACY_TITLES = {
    "register": {
        "other provider name": "provider1_name",
        "other provider address": "provider1_address",
        "other provider type": "provider1_type",
        "other provider place or website": "provider1_place",
        "total time with provider (hours a week)": "provider1_hours",
        "hours": "provider1_hours",
        "time without a parent present (hours a week)": "provider1_hours_without_parent",
    },
}

# Separate name columns, in either format: joined into the one name the formats have.
NAME_PARTS = {
    "forename": "first_name",
    "first name": "first_name",
    "given name": "first_name",
    "first names": "first_name",
    "surname": "last_name",
    "last name": "last_name",
    "family name": "last_name",
    "legal surname": "last_name",
}

FORMATS = {"annex-b": ANNEX_B, "register": REGISTER}
# At least this many groups of numbered columns are written, so a sheet shows their shape.
MIN_GROUPS = 2


def _title_key(text: str) -> str:
    return re.sub(r"[^a-z0-9()/{}']+", " ", text.strip().lower()).strip()


def columns_for(format_name: str, titles: dict[str, str] | None = None) -> tuple[Column, ...]:
    """The format's columns, with the authority's own titles (by field) where it has set
    them; the standard titles are still read."""
    columns = FORMATS[format_name]
    if not titles:
        return columns
    renamed = []
    for column in columns:
        wanted = titles.get(column.field)
        title = wanted.strip() if isinstance(wanted, str) else ""  # from a settings file
        if title and title != column.header:
            column = Column(title, column.field, (column.header, *column.aliases))
        renamed.append(column)
    return tuple(renamed)


def field_titles(columns: tuple[Column, ...], groups: dict[str, int]) -> list[tuple[str, str]]:
    """(field, title) for every column written, numbered ones repeated `groups[prefix]` times
    (prefix "parent" for parent{n}_name)."""
    found: list[tuple[str, str]] = []
    for column in columns:
        if not column.numbered:
            found.append((column.field, column.header))
            continue
        count = max(MIN_GROUPS, groups.get(group_prefix(column.field), 0))
        found += [
            (column.field.replace(GROUP, str(n)), column.header.replace(GROUP, str(n)))
            for n in range(1, count + 1)
        ]
    # Numbered columns are written group by group: parent 1's, then parent 2's.
    return _grouped(found)


def group_prefix(field_name: str) -> str:
    return re.sub(r"(\{n\}|\d+)_.*$", "", field_name)


def _grouped(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    numbered = re.compile(r"^([a-z]+)(\d+)_")
    order: list[tuple[str, str]] = []
    pending: dict[str, list[tuple[int, int, tuple[str, str]]]] = {}
    for index, item in enumerate(found):
        match = numbered.match(item[0])
        if match is None:
            order.append(item)
            continue
        prefix = match[1]
        if prefix not in pending:
            pending[prefix] = []
            order.append(("\0" + prefix, ""))  # where this group's columns go
        pending[prefix].append((int(match[2]), index, item))
    result: list[tuple[str, str]] = []
    for item in order:
        if item[0].startswith("\0"):
            result += [entry for _n, _i, entry in sorted(pending[item[0][1:]])]
        else:
            result.append(item)
    return result


@dataclass
class SheetRow:
    line: int
    cells: dict[str, str]  # field -> the cell as it was (trimmed)
    extras: dict[str, str] = field(default_factory=dict)  # the authority's own columns
    first_name: str = ""
    last_name: str = ""
    dob: date | None = None


@dataclass
class Difference:
    """Two lines about one child that say different things in one column."""

    field: str
    title: str
    values: list[tuple[int, str]]  # (line, cell), first line first
    chosen: int | None = None  # the line a person chose; None: undecided


@dataclass
class SheetChild:
    """Every line of the sheet about one child, taken together."""

    lines: list[int]
    first_name: str
    last_name: str
    dob: date
    cells: dict[str, str]
    extras: dict[str, str]
    differences: list[Difference] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.lines[0]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass
class Sheet:
    format: str
    titles: dict[str, str]  # field -> the title the sheet used
    extra_titles: list[str]  # the authority's own columns, in the sheet's order
    rows: list[SheetRow]
    rejected: list[tuple[int, str]]
    missing_columns: list[str]


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


def _match_title(title: str, columns: tuple[Column, ...], format_name: str) -> str | None:
    key = _title_key(title)
    if not key:
        return None
    for column in columns:
        for candidate in (column.header, *column.aliases):
            wanted = _title_key(candidate)
            if not column.numbered and key == wanted:
                return column.field
            if column.numbered and GROUP in wanted:
                pattern = re.escape(wanted).replace(re.escape(GROUP), r"(\d+)")
                found = re.fullmatch(pattern, key)
                if found and int(found[1]) >= 1:
                    return column.field.replace(GROUP, str(int(found[1])))
    legacy = LEGACY_TITLES.get(format_name, {})
    if key in legacy:
        return legacy[key]
    return NAME_PARTS.get(key)


def read_sheet(
    data: bytes, format_name: str, today: date | None = None, titles: dict[str, str] | None = None
) -> Sheet:
    day = today or date.today()
    columns = columns_for(format_name, titles)
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    header: list[str] | None = None
    header_line = 0
    for line_number, row in enumerate(reader, start=1):
        if any(cell.strip() for cell in row):
            header, header_line = row, line_number
            break
    if header is None:
        return Sheet(format_name, {}, [], [], [(1, "The file is empty.")], [])
    by_field: dict[str, int] = {}
    sheet_titles: dict[str, str] = {}
    extras: list[tuple[str, int]] = []
    for index, title in enumerate(header):
        found = _match_title(title, columns, format_name)
        if found and found not in by_field:
            by_field[found] = index
            sheet_titles[found] = title.strip()
        elif title.strip():
            extras.append((title.strip(), index))
    missing = []
    if "name" not in by_field and not {"first_name", "last_name"} <= set(by_field):
        missing.append(next(c.header for c in columns if c.field == "name"))
    if "date_of_birth" not in by_field:
        missing.append(next(c.header for c in columns if c.field == "date_of_birth"))
    if missing:
        return Sheet(format_name, sheet_titles, [], [], [], missing)
    extra_titles = _unique_titles([title for title, _ in extras])
    rows: list[SheetRow] = []
    rejected: list[tuple[int, str]] = []
    for line_number, row in enumerate(reader, start=header_line + 1):
        if not any(cell.strip() for cell in row):
            continue  # blank rows are common in exported sheets
        cells = {name: _cell(row, index) for name, index in by_field.items()}
        sheet_row = SheetRow(
            line_number,
            cells,
            {title: _cell(row, index) for title, (_, index) in zip(extra_titles, extras, strict=True)},
        )
        problem = _identity(sheet_row, day)
        if problem:
            rejected.append((line_number, problem))
        else:
            rows.append(sheet_row)
    return Sheet(format_name, sheet_titles, extra_titles, rows, rejected, [])


def _cell(row: list[str], index: int) -> str:
    """The cell with stray spaces gone; the lines of a multi-line cell (an address) kept."""
    if index >= len(row):
        return ""
    raw = row[index]
    if "\n" in raw or "\r" in raw:
        text = "\n".join(" ".join(line.split()) for line in raw.splitlines()).strip()
    else:
        text = " ".join(raw.split())
    if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "'"):
        text = text[1:]  # written so by an export, to keep a spreadsheet from running it
    return text


def _unique_titles(titles: list[str]) -> list[str]:
    """Two columns with one title are two columns: the second is numbered, never merged."""
    seen: dict[str, int] = {}
    result = []
    for title in titles:
        seen[title] = seen.get(title, 0) + 1
        result.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return result


def _identity(row: SheetRow, today: date) -> str | None:
    """Why the row is not a child (no name, no real date of birth, not of compulsory school
    age); None when it is one. Nothing else rejects a row."""
    cells = row.cells
    if cells.get("name"):
        row.first_name, row.last_name = split_name(cells["name"])
    else:
        row.first_name = cells.get("first_name", "")
        row.last_name = cells.get("last_name", "")
    problems = []
    if not row.first_name and not row.last_name:
        problems.append("no name")
    elif not row.first_name or not row.last_name:
        problems.append("the name needs a first name and a last name")
    try:
        row.dob = parse_user_date(cells.get("date_of_birth", ""))
        if row.dob is None:
            problems.append("no date of birth")
    except DateProblem as exc:
        problems.append(f"date of birth: {exc}")
    if not problems:
        errors = validate_child(
            Child(legal_first_name=row.first_name, legal_last_name=row.last_name, date_of_birth=row.dob),
            today,
        )
        problems += [
            errors[name]
            for name in ("legal_first_name", "legal_last_name", "date_of_birth")
            if name in errors
        ]
    return "; ".join(problems) or None


def same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def children_of(sheet: Sheet, choices: dict[tuple[int, str], int] | None = None) -> list[SheetChild]:
    """The sheet's children: lines with the same name and date of birth are one child.
    `choices`: for (first line, field), the line whose value a person chose."""
    chosen = choices or {}
    groups: dict[tuple[str, str, date], list[SheetRow]] = {}
    for row in sheet.rows:
        assert row.dob is not None
        key = (row.first_name.casefold(), row.last_name.casefold(), row.dob)
        groups.setdefault(key, []).append(row)
    result = []
    for rows in groups.values():
        first = rows[0]
        assert first.dob is not None
        child = SheetChild(
            [r.line for r in rows],
            first.first_name,
            first.last_name,
            first.dob,
            dict(first.cells),
            dict(first.extras),
        )
        if len(rows) > 1:
            _combine(child, rows, sheet.titles, chosen)
        result.append(child)
    return result


def _combine(
    child: SheetChild, rows: list[SheetRow], titles: dict[str, str], chosen: dict[tuple[int, str], int]
) -> None:
    identity = {"name", "first_name", "last_name", "date_of_birth"}
    for target, cells_of in (
        (child.cells, [r.cells for r in rows]),
        (child.extras, [r.extras for r in rows]),
    ):
        for name in dict.fromkeys(n for cells in cells_of for n in cells):
            if target is child.cells and name in identity:
                continue
            values: list[tuple[int, str]] = []
            for row, cells in zip(rows, cells_of, strict=True):
                text = cells.get(name, "")
                if text and not any(same_text(text, v) for _, v in values):
                    values.append((row.line, text))
            if not values:
                continue
            target[name] = values[0][1]  # blanks on the first line are filled from later ones
            if len(values) > 1:
                line = chosen.get((child.line, name))
                difference = Difference(
                    name, titles.get(name, name), values, line if line in dict(values) else None
                )
                if difference.chosen is not None:
                    target[name] = dict(values)[difference.chosen]
                child.differences.append(difference)


def write_sheet(fields: list[tuple[str, str]], rows: list[dict[str, str]]) -> str:
    """CSV a spreadsheet opens cleanly: header row, CRLF (callers format dd/mm/yyyy dates).
    `fields`: (field, title) in column order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([title for _, title in fields])
    for row in rows:
        writer.writerow([_safe(row.get(name, "")) for name, _ in fields])
    return out.getvalue()


def _safe(value: str) -> str:
    """A cell a spreadsheet would run as a formula is written with a leading apostrophe
    (which the spreadsheet hides, and the import takes off)."""
    return (
        f"'{value}"
        if value[:1] in ("=", "+", "@", "'")
        or (value[:1] == "-" and not re.fullmatch(r"-?\d+(\.\d+)?", value))
        else value
    )
