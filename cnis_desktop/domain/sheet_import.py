"""A sheet's child turned into records: the child, the arrangement, the register entry.

Every cell lands somewhere. A cell the app reads exactly is taken; a wording it maps (by a
person's choice in this import, the authority's remembered choice, or a proposal) is taken
and flagged with the sheet's words; a cell it cannot use is kept word for word in a flag on
the child. Blanks never erase what the vault holds, and nothing is invented for a column the
sheet did not have (a provision start date, when one is needed, is the import's date, and
says so in a flag).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import codes
from .dates import DateProblem, format_user_date, parse_user_date
from .identifiers import upn_problem
from .model import Arrangement, Child, TidyUp
from .register import ANNEX_B, REGISTER, SheetChild, same_text
from .register_entry import RegisterEntry, RegisterParent, RegisterProvider, validate_register_entry
from .schoolage import nc_year, nc_year_label
from .validation import MAX_HOURS_PER_WEEK, validate_arrangement
from .value_mapping import MAPPED_FIELDS, ehe_reasons, normal, reason_labels, split_send

# How a mapping was arrived at, for the preview and for what is remembered.
ORIGINS = {
    "chosen": "chosen here",
    "remembered": "remembered",
    "proposed": "proposed",
    "unclear": "not clear: please choose",
}


@dataclass
class ValueToMap:
    """One wording the sheet uses in a coded column, listed once with every line it is on."""

    field: str  # a value_mapping.MAPPED_FIELDS name
    key: str  # the wording, normalised: how decisions are remembered
    text: str  # the wording as the sheet first had it
    titles: list[str]
    lines: list[int]
    proposal: str
    target: str
    origin: str  # chosen | remembered | proposed | unclear

    def describe(self) -> str:
        return MAPPED_FIELDS[self.field].describe(self.target)

    @property
    def column(self) -> str:
        """The sheet's column; for an arrangement read from another column's words, said so."""
        if self.field == "arrangement" and any(t.casefold() != "arrangement" for t in self.titles):
            return f"Arrangement (from {', '.join(self.titles)})"
        return ", ".join(self.titles)


class Decisions:
    """The mapping of every wording the sheet does not say exactly: a person's choice in this
    import first, then the authority's remembered one, then the proposal."""

    def __init__(
        self,
        chosen: dict[tuple[str, str], str] | None = None,
        remembered: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.chosen = chosen or {}
        self.remembered = remembered or {}
        self.values: dict[tuple[str, str], ValueToMap] = {}

    def target(self, field_name: str, text: str, title: str, lines: list[int]) -> tuple[str, bool]:
        """(target, exact) for a cell; an exact cell is not listed."""
        mapped = MAPPED_FIELDS[field_name]
        reading = mapped.read(text) if text else None
        if reading is not None and reading.exact:
            return reading.proposal, True
        key = normal(text)
        entry = self.values.get((field_name, key))
        if entry is None:
            proposal = reading.proposal if reading else ""
            if (field_name, key) in self.chosen:
                target, origin = self.chosen[(field_name, key)], "chosen"
            elif key and (field_name, key) in self.remembered:  # a blank means each sheet's own
                target, origin = self.remembered[(field_name, key)], "remembered"
            elif proposal:
                target, origin = proposal, "proposed"
            else:
                target, origin = "", "unclear"
            entry = ValueToMap(field_name, key, text, [], [], proposal, target, origin)
            self.values[(field_name, key)] = entry
        if title not in entry.titles:
            entry.titles.append(title)
        entry.lines += [line for line in lines if line not in entry.lines]
        return entry.target, False

    def listed(self) -> list[ValueToMap]:
        order = list(MAPPED_FIELDS)
        return sorted(self.values.values(), key=lambda v: (order.index(v.field), -len(v.lines), v.key))


@dataclass
class Interpretation:
    child: Child
    arrangement: Arrangement | None  # None: the vault's arrangements are left as they are
    entry: RegisterEntry | None  # None: the sheet has no register details for this child
    flags: list[TidyUp] = field(default_factory=list)  # new this import (also on the child)


# A field's standard title, for a flag about a column the sheet did not have.
STANDARD_TITLES = {c.field: c.header for c in (*REGISTER, *ANNEX_B) if "{n}" not in c.field}

REGISTER_FIELDS = re.compile(
    r"^(parent\d+_|provider\d+_|previous_addresses$|change_on$"
    r"|change_reported_on$)"
)
ARRANGEMENT_FIELDS = ("arrangement", "provider", "hours", "start_date", "review_date", "reasons", "action")


class _Reader:
    """Reading one sheet child: what it says, and the flags for what it does not say plainly."""

    def __init__(
        self,
        sheet_child: SheetChild,
        titles: dict[str, str],
        decisions: Decisions,
        base_flags: list[TidyUp],
        source: str,
    ) -> None:
        self.sc = sheet_child
        self.titles = titles
        self.decisions = decisions
        self.known = {(f.field, f.original) for f in base_flags}
        self.flags: list[TidyUp] = []
        self.source = source

    def cell(self, name: str) -> str:
        return self.sc.cells.get(name, "")

    def title(self, name: str) -> str:
        return self.titles.get(name) or STANDARD_TITLES.get(name, name)

    def flag(self, name: str, original: str, note: str, kind: str = "kept") -> None:
        if (name, original) in self.known:
            return
        self.known.add((name, original))
        self.flags.append(TidyUp(name, self.title(name), original, note, kind, self.source))

    def mapped(self, kind: str, name: str, text: str | None = None, flag_as: str = "") -> tuple[str, bool]:
        """(target, exact) for a coded cell, flagging a mapped or unmapped wording (against
        `flag_as` when the cell is read for another field than its own)."""
        value = self.cell(name) if text is None else text
        target, exact = self.decisions.target(kind, value, self.title(name), self.sc.lines)
        if not exact and value:
            described = MAPPED_FIELDS[kind].describe(target)
            self.flag(
                flag_as or name,
                value,
                f"Recorded as: {described}" if target else described,
                "mapped" if target else "kept",
            )
        return target, exact

    def hours(self, name: str) -> float | None:
        text = self.cell(name)
        if not text:
            return None
        found = re.fullmatch(
            r"(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)?(?:\s*(?:a|per|/)\s*w(?:ee)?k)?", text.strip().lower()
        )
        value = float(found[1].replace(",", ".")) if found else None
        if value is None or not 0 <= value <= MAX_HOURS_PER_WEEK:
            self.flag(name, text, f"Not recorded: hours a week are a number from 0 to {MAX_HOURS_PER_WEEK:g}")
            return None
        return value

    def day(self, name: str) -> date | None:
        text = self.cell(name)
        try:
            return parse_user_date(text)
        except DateProblem as exc:
            self.flag(name, text, f"Not recorded: {exc}")
            return None

    def difference_flags(self) -> None:
        for difference in self.sc.differences:
            if difference.chosen is not None:
                continue
            said = "; ".join(f"line {line}: {text}" for line, text in difference.values)
            first = difference.values[0][0]
            self.flag(
                difference.field,
                said,
                f"The sheet's lines differ; line {first}'s value was used until a person decides",
                "difference",
            )


def interpret(
    sheet_child: SheetChild,
    titles: dict[str, str],
    decisions: Decisions,
    base_child: Child,
    base_arrangement: Arrangement | None,
    base_entry: RegisterEntry | None,
    today: date,
    new: bool = True,
) -> Interpretation:
    """`new`: the child is not in the vault yet (a child already there whose row says
    nothing of an arrangement keeps what it has, with nothing to ask)."""
    lines = ", ".join(str(line) for line in sheet_child.lines)
    source = f"import of {format_user_date(today)}, line{'s' if ',' in lines else ''} {lines}"
    reader = _Reader(sheet_child, titles, decisions, base_child.tidy_up, source)
    child = _child(reader, base_child, today)
    says = any(reader.cell(name) for name in ARRANGEMENT_FIELDS)
    arrangement = (
        _arrangement(reader, base_arrangement, today) if new or says or base_arrangement is not None else None
    )
    entry = _entry(reader, base_entry, today)
    reader.difference_flags()
    if reader.flags:
        child.tidy_up = [*base_child.tidy_up, *reader.flags]
    return Interpretation(child, arrangement, entry, reader.flags)


def _child(r: _Reader, base: Child, today: date) -> Child:
    sc = r.sc
    updates: dict[str, Any] = {
        "legal_first_name": sc.first_name,
        "legal_last_name": sc.last_name,
        "date_of_birth": sc.dob,
    }
    for name in ("case_number", "locality_team", "original_school", "home_address"):
        if r.cell(name):
            updates[name] = r.cell(name)
    if upn := r.cell("upn"):
        if upn_problem(upn):
            r.flag("upn", upn, f"Not recorded: {upn_problem(upn)}")
        else:
            updates["upn"] = upn.upper()
    if r.cell("send"):
        target, _ = r.mapped("send", "send")
        status, need = split_send(target)
        if status:
            updates["send_status"] = status
        if need:
            updates["primary_need"] = need
    if r.cell("gender"):
        target, _ = r.mapped("gender", "gender")
        if target:
            updates["gender"] = target
    if text := r.cell("ethnicity"):
        target, _ = r.mapped("ethnicity", "ethnicity")
        updates["ethnicity"] = target or text
    if r.cell("social_care"):
        target, _ = r.mapped("social_care", "social_care")
        if target:
            updates["social_care_status"] = target
    if text := r.cell("responsible"):
        target, exact = r.mapped("responsible", "responsible")
        if target:
            updates["responsible_body"] = target
        if target != "la" and not (exact and same_text(text, "school")):
            updates["current_school"] = text
    if text := r.cell("nc_year"):
        _check_nc_year(r, text, sc.dob, today)
    if sc.extras:
        columns = dict(base.sheet_columns)
        columns.update({title: text for title, text in sc.extras.items() if text})
        updates["sheet_columns"] = columns
    return dataclasses.replace(base, **updates)


def _check_nc_year(r: _Reader, text: str, dob: date, today: date) -> None:
    """The year group follows from the date of birth; a sheet that says otherwise is kept
    in a flag (a child taught out of their year group, or a sheet from another year)."""
    derived = nc_year(dob, today)
    value = normal(text)
    found = re.fullmatch(r"(?:year|yr|y|ncy)?\s*(\d{1,2})", value)
    year = 0 if value in ("r", "reception", "rec", "year r", "yr r") else (int(found[1]) if found else None)
    if year != derived:
        r.flag(
            "nc_year",
            text,
            f"The date of birth gives {nc_year_label(derived)} this school "
            "year; check the sheet's year group",
        )


def _arrangement(r: _Reader, base: Arrangement | None, today: date) -> Arrangement | None:
    says = any(r.cell(name) for name in ARRANGEMENT_FIELDS)
    if base is not None and not says:
        return base
    named = r.cell("arrangement")
    source = "arrangement" if named or "reasons" not in r.sc.cells else "reasons"
    text = named or r.cell("reasons")
    if base is not None and not text:
        kind = base.type
    else:
        kind, exact = r.decisions.target("arrangement", text, r.title(source), r.sc.lines)
        if kind and not exact:
            r.flag("arrangement", text, "Recorded as: " + codes.ARRANGEMENT_TYPE.label(kind), "mapped")
        elif not kind and base is None:
            r.flag(
                source if text else "arrangement",
                text,
                "No arrangement recorded: the sheet does not say which it is (choose one in "
                "the import, or add it on the child)",
            )
            _keep_arrangement_cells(r, "Not recorded: no arrangement to record it on")
            return None
        elif not kind:
            r.flag(source, text, "Not clear which arrangement this is: the current one was kept")
            kind = base.type if base else ""
    if base is not None and base.type != kind:
        base = None  # another kind of arrangement: a new episode, not this one retyped
    updates: dict[str, Any] = {"type": kind}
    if r.cell("provider"):
        updates["provider"] = r.cell("provider")
    if (hours := r.hours("hours")) is not None:
        updates["hours_per_week"] = hours
    if (start := r.day("start_date")) is not None:
        updates["start_date"] = start
    elif base is None or base.start_date is None:
        updates["start_date"] = today
        r.flag(
            "start_date",
            r.cell("start_date"),
            "No provision start date in the sheet: the import's date was used; correct it on the child",
            "missing",
        )
    if (review := r.day("review_date")) is not None:
        updates["review_date"] = review
    if r.cell("reasons") and reason_labels(r.cell("reasons")) is None:
        updates["reasons_text"] = r.cell("reasons")
    if r.cell("action"):
        updates["action_text"] = r.cell("action")
    result = dataclasses.replace(base or Arrangement(), **updates)
    if result.type == "ehe":
        _ehe_reasons(r, result)
    return _repaired(r, result)


def _ehe_reasons(r: _Reader, arrangement: Arrangement) -> None:
    text = r.cell("reasons")
    if not text:
        if not arrangement.reasons:
            arrangement.reasons = ["unknown"]  # recorded explicitly, never left blank
        return
    exact = reason_labels(text)
    if exact is not None:  # as an export writes them: nothing to check
        if set(exact) != set(arrangement.reasons):  # the same reasons keep their order
            arrangement.reasons = exact
        return
    found = ehe_reasons(text)
    if set(found or ["other"]) != set(arrangement.reasons):
        arrangement.reasons = found or ["other"]
    labels = ", ".join(codes.EHE_REASON.label(c) for c in arrangement.reasons)
    r.flag(
        "reasons",
        text,
        f"Reasons for home education recorded as: {labels}"
        if found
        else "Reason not recognised: recorded as Other; the words are kept on the arrangement",
        "mapped" if found else "kept",
    )


def _repaired(r: _Reader, arrangement: Arrangement) -> Arrangement | None:
    """An arrangement the sheet describes only in part: what cannot stand is dropped into a
    flag; with no start or a part-time timetable without its dates, there is none."""
    for _ in range(3):
        errors = validate_arrangement(arrangement)
        if not errors:
            return arrangement
        if "review_date" in errors and arrangement.review_date and arrangement.type != "part_time":
            r.flag(
                "review_date",
                format_user_date(arrangement.review_date),
                f"Not recorded: {errors['review_date']}",
            )
            arrangement.review_date = None
        elif "end_date" in errors and arrangement.end_date and arrangement.type != "part_time":
            r.flag("end_date", format_user_date(arrangement.end_date), f"Not recorded: {errors['end_date']}")
            arrangement.end_date = None
        else:
            break
    errors = validate_arrangement(arrangement)
    if not errors:
        return arrangement
    described = "; ".join(
        x
        for x in (
            codes.ARRANGEMENT_TYPE.label(arrangement.type),
            f"from {format_user_date(arrangement.start_date)}" if arrangement.start_date else "",
            f"{arrangement.hours_per_week:g} hours a week" if arrangement.hours_per_week is not None else "",
            arrangement.provider,
        )
        if x
    )
    r.flag("arrangement", described, "Arrangement not recorded: " + " ".join(errors.values()))
    _keep_arrangement_cells(r, "Not recorded: the arrangement could not be")
    return None


def _keep_arrangement_cells(r: _Reader, note: str) -> None:
    """With no arrangement to hold them, the sheet's arrangement cells stay on the child."""
    for name in ARRANGEMENT_FIELDS[1:]:
        if text := r.cell(name):
            r.flag(name, text, note)


def _entry(r: _Reader, base: RegisterEntry | None, today: date) -> RegisterEntry | None:
    names = [name for name in r.sc.cells if REGISTER_FIELDS.match(name)]
    if not any(r.cell(name) for name in names):
        return base
    entry = dataclasses.replace(
        base or RegisterEntry(),
        parents=[dataclasses.replace(p) for p in (base.parents if base else [])],
        providers=[dataclasses.replace(p) for p in (base.providers if base else [])],
    )
    if r.cell("previous_addresses"):
        entry.previous_addresses = r.cell("previous_addresses")
    for n in _numbers(names, "parent"):
        parent = _nth(entry.parents, n, RegisterParent)
        for attribute in ("name", "address", "previous_address"):
            if text := r.cell(f"parent{n}_{attribute}"):
                setattr(parent, attribute, text)
        if r.cell(f"parent{n}_provides"):
            target, _ = r.mapped("provides", f"parent{n}_provides")
            if target:
                parent.provides_education = target == "yes"
        if (hours := r.hours(f"parent{n}_hours")) is not None:
            parent.hours_per_week = hours
    for n in _numbers(names, "provider"):
        provider = _nth(entry.providers, n, RegisterProvider)
        for attribute in ("name", "address", "type", "place"):
            if text := r.cell(f"provider{n}_{attribute}"):
                setattr(provider, attribute, text)
        for attribute in ("hours", "hours_without_parent"):
            if (hours := r.hours(f"provider{n}_{attribute}")) is not None:
                setattr(provider, "hours_per_week" if attribute == "hours" else attribute, hours)
        if (
            provider.hours_without_parent is not None
            and provider.hours_per_week is not None
            and provider.hours_without_parent > provider.hours_per_week
        ):
            r.flag(
                f"provider{n}_hours_without_parent",
                f"{provider.hours_without_parent:g}",
                "Not recorded: more than the time with the provider",
            )
            provider.hours_without_parent = None
    for name in ("change_on", "change_reported_on"):
        if (day := r.day(name)) is not None:
            setattr(entry, name, day)
    while entry.parents and entry.parents[-1].is_blank:
        entry.parents.pop()
    while entry.providers and entry.providers[-1].is_blank:
        entry.providers.pop()
    for name, message in validate_register_entry(entry, today).items():
        if name in ("change_on", "change_reported_on"):
            r.flag(name, format_user_date(getattr(entry, name)), f"Not recorded: {message}")
            setattr(entry, name, None)
    return entry


def _numbers(names: list[str], prefix: str) -> list[int]:
    found = {int(m[1]) for name in names if (m := re.match(rf"^{prefix}(\d+)_", name))}
    return sorted(found)


def _nth(items: list[Any], n: int, make: type) -> Any:
    while len(items) < n:
        items.append(make())
    return items[n - 1]
