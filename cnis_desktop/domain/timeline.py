"""The statutory timeline: a process as dated steps, each with the rule it comes from.

A process (domain/processes.py) declares its input fields as data, so the CLI's options and
the dialog's form are built from the same list, and reads them through `read_inputs`,
which turns typed text into values or names every field that is wrong and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from .dates import format_user_date, parse_user_date
from .schooldays import TermCalendar, parse_school_year
from .timescales import Timescale, timescale


@dataclass(frozen=True)
class Step:
    due: date
    name: str
    rule: str  # a short reference, e.g. "SEND Regs 2014 r.18(1)(b)"
    note: str = ""
    warning: str = ""
    # Names the step for the record screens (Today, the EHC tab, the pack), which show it
    # beside what the child's record says was done; "" for steps they do not show.
    key: str = ""


@dataclass(frozen=True)
class Timeline:
    process: str
    facts: tuple[tuple[str, str], ...] = ()
    steps: tuple[Step, ...] = ()
    notes: tuple[str, ...] = ()  # about the whole answer, e.g. which term dates were used

    @property
    def warnings(self) -> list[str]:
        return [s.warning for s in self.steps if s.warning]

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)


def timeline(
    process: str, steps: Iterable[Step] = (), facts: Iterable[tuple[str, str]] = (), notes: Iterable[str] = ()
) -> Timeline:
    """Steps in date order; steps on the same day keep the order the process gave them."""
    return Timeline(process, tuple(facts), tuple(sorted(steps, key=lambda s: s.due)), tuple(notes))


def tab_lines(found: Timeline) -> list[str]:
    """`name<TAB>value` for the facts, `DD/MM/YYYY<TAB>step<TAB>rule` for the steps, each
    step's note and warning on the lines after it."""
    lines = [f"{name}\t{value}" for name, value in found.facts]
    for step in found.steps:
        lines.append(f"{format_user_date(step.due)}\t{step.name}\t{step.rule}")
        if step.note:
            lines.append(f"note\t{step.note}")
        if step.warning:
            lines.append(f"warning\t{step.warning}")
    lines += [f"note\t{note}" for note in found.notes]
    return lines


@dataclass(frozen=True)
class Rules:
    """What an authority can set: its timescales, its term dates, and which school
    attendance order process it follows."""

    overrides: Mapping[str, Timescale] = field(default_factory=dict)
    calendar: TermCalendar = field(default_factory=TermCalendar)
    attendance_order_process: str = "ea1996"

    def period(self, name: str) -> Timescale:
        return timescale(name, dict(self.overrides))


# --- inputs --------------------------------------------------------------------------------

KINDS = ("date", "count", "choice", "school_year")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # one of KINDS
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (code, label); "" is "not given"
    hint: str = ""

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


class InputProblems(ValueError):
    """Every field that is wrong, by field name, with a message to show beside it."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = dict(problems)


Value = date | int | str | None


@dataclass(frozen=True)
class Inputs:
    values: Mapping[str, Value]
    today: date

    def required_date(self, name: str) -> date:
        value = self.values.get(name)
        if not isinstance(value, date):
            raise InputProblems({name: "A date is needed."})
        return value

    def optional_date(self, name: str) -> date | None:
        value = self.values.get(name)
        return value if isinstance(value, date) else None

    def count(self, name: str) -> int:
        value = self.values.get(name)
        if not isinstance(value, int):
            raise InputProblems({name: "A number is needed."})
        return value

    def text(self, name: str) -> str:
        value = self.values.get(name)
        return value if isinstance(value, str) else ""

    def school_year(self, name: str) -> int | None:
        value = self.values.get(name)
        return value if isinstance(value, int) else None


def read_inputs(fields: Iterable[Field], raw: Mapping[str, str | None], today: date) -> Inputs:
    values: dict[str, Value] = {}
    problems: dict[str, str] = {}
    for spec in fields:
        text = (raw.get(spec.name) or "").strip()
        if not text:
            if spec.required:
                problems[spec.name] = f"{spec.label} is needed."
            values[spec.name] = None
            continue
        try:
            values[spec.name] = _read(spec, text, today)
        except ValueError as exc:
            problems[spec.name] = str(exc)
    if problems:
        raise InputProblems(problems)
    return Inputs(values, today)


def _read(spec: Field, text: str, today: date) -> Value:
    if spec.kind == "date":
        return parse_user_date(text, today)
    if spec.kind == "count":
        if not text.isdigit():
            raise ValueError(f"Enter a whole number, 0 or more (not {text!r}).")
        return int(text)
    if spec.kind == "school_year":
        return parse_school_year(text)
    if spec.kind == "choice":
        codes = {code for code, _ in spec.choices if code}
        if text.lower() not in codes:
            raise ValueError(f"Choose one of: {', '.join(sorted(codes))}.")
        return text.lower()
    raise ValueError(f"unknown field kind {spec.kind!r}")


@dataclass(frozen=True)
class Process:
    code: str  # the CLI's word, e.g. "ehc-assessment"
    title: str
    fields: tuple[Field, ...]
    build: Callable[[Inputs, Rules], Timeline]

    def calculate(self, raw: Mapping[str, str | None], rules: Rules, today: date) -> Timeline:
        return self.build(read_inputs(self.fields, raw, today), rules)
