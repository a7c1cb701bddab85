"""A visit given as a file (JSON): for scripting, and for moving records from another system.

The file holds the fields of the visit form, by the names the record uses; dates are typed
as on the form (dd/mm/yyyy, or ISO). Reading it reports every problem, one per field, as
the form would show them beside the fields, and builds nothing until there are none.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from . import codes
from .dates import DateProblem, parse_user_date
from .model import Action, Visit
from .validation import FieldErrors

# Set by the app, never by a file: whose visit it is.
NOT_FROM_A_FILE = frozenset({"child_id"})
CODED = {
    "visit_type": codes.VISIT_TYPE,
    "basis": codes.VISIT_BASIS,
    "format_offered": codes.VISIT_FORMAT,
    "format_used": codes.VISIT_FORMAT,
    "judgement": codes.JUDGEMENT,
}
ACTION_FIELDS = frozenset({"what", "who", "due", "restricted"})


def _date(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise DateProblem("Enter a date as dd/mm/yyyy, for example 05/09/2026.")
    return parse_user_date(value)


def _action(number: int, value: Any, errors: FieldErrors) -> Action | None:
    name = f"actions.{number}"
    if not isinstance(value, dict):
        errors[name] = f"Action {number} must be an object with what, who and due."
        return None
    unknown = sorted(set(value) - ACTION_FIELDS)
    if unknown:
        errors[name] = f"Action {number} has no field {', '.join(unknown)}."
        return None
    restricted = value.get("restricted")
    if restricted is not None and not isinstance(restricted, bool):
        errors[name] = f"Action {number}: restricted is true or false."
        return None
    try:
        due = _date(value.get("due"))
    except DateProblem as exc:
        errors[name] = f"Action {number}: {exc}"
        return None
    what, who = value.get("what", ""), value.get("who", "")
    if not isinstance(what, str) or not isinstance(who, str):
        errors[name] = f"Action {number}: what and who are text."
        return None
    return Action(what.strip(), who.strip(), due, restricted)


def visit_from_file(data: Any, child_id: str) -> tuple[Visit, FieldErrors]:
    """The visit the file describes for this child, and a message per field that is wrong."""
    if not isinstance(data, dict):
        return Visit(child_id=child_id), {"file": "The file must hold one JSON object."}
    kinds = {f.name: str(f.type) for f in dataclasses.fields(Visit)}
    errors: FieldErrors = {}
    values: dict[str, Any] = {}
    for name, value in data.items():
        kind = kinds.get(name)
        if kind is None or name in NOT_FROM_A_FILE:
            errors[name] = (
                "A visit has no such field."
                if kind is None
                else "Given on the command line, not in the file."
            )
            continue
        try:
            if name == "actions":
                if not isinstance(value, list):
                    errors[name] = "Actions are a list."
                    continue
                found = [_action(i, item, errors) for i, item in enumerate(value, start=1)]
                values[name] = [action for action in found if action is not None]
            elif kind.startswith("datetime"):
                values[name] = None if value is None else datetime.fromisoformat(str(value))
            elif kind.startswith("date"):
                values[name] = _date(value)
            elif kind == "bool":
                if not isinstance(value, bool):
                    errors[name] = "Enter true or false."
                    continue
                values[name] = value
            elif kind.startswith("float"):
                if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                    errors[name] = "Enter a number, for example 12.5."
                    continue
                values[name] = None if value is None else float(value)
            elif kind.startswith("list"):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    errors[name] = "Enter a list of names."
                    continue
                values[name] = value
            else:
                if not isinstance(value, str):
                    errors[name] = "Enter text."
                    continue
                if name in CODED and value and value not in CODED[name]:
                    errors[name] = f"'{value}' is not one of {', '.join(CODED[name].codes)}."
                    continue
                values[name] = value.strip()
        except (DateProblem, ValueError) as exc:
            errors[name] = (
                str(exc)
                if isinstance(exc, DateProblem)
                else "Enter a date and time, for example 2026-10-01T10:30:00+00:00."
            )
    return Visit(child_id=child_id, **values), errors
