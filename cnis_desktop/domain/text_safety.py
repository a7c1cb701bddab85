"""Text that is safe to store, to show in a terminal and to export to a spreadsheet.

- NUL and terminal control characters (ESC sequences can rewrite a terminal's screen or
  title, C1 controls likewise) are refused in names and free text: no real name or note
  has them. Tab and line breaks are allowed in free text.
- Bidirectional overrides and isolates (U+202A–202E, U+2066–2069) can make a line read
  differently from what it holds ("Trojan Source"); where text is shown in a terminal or
  exported they are removed.
- A spreadsheet runs a cell that begins with =, +, -, @, tab or carriage return as a
  formula; exported cells that do are prefixed with an apostrophe (OWASP's advice), which
  the spreadsheet hides and `restore_formula_cell` takes off again on import.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f]")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def control_character_problem(text: str, single_line: bool = False) -> str | None:
    """A reason to refuse `text`, or None. `single_line`: names, where a line break is
    a control character too."""
    pattern = _CONTROL_IN_NAME if single_line else _CONTROL
    found = pattern.search(text)
    if found is None:
        return None
    return f"contains a control character (U+{ord(found.group()):04X}); remove it"


def for_terminal(text: str) -> str:
    """Text as printed by the CLI: no bidi overrides, and no control character that could
    act on the terminal (each shown as U+FFFD); tabs and line breaks are kept."""
    return _CONTROL.sub("\ufffd", BIDI_CONTROLS.sub("", text))


def neutralise_formula_cell(value: str) -> str:
    """The cell as exported: a leading apostrophe on anything a spreadsheet would run.
    A plain negative number stays a number. Bidi overrides are removed first."""
    value = BIDI_CONTROLS.sub("", value)
    if value[:1] == "'" or (value[:1] in FORMULA_STARTS and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def restore_formula_cell(value: str) -> str:
    """The inverse of neutralise_formula_cell, for a cell read back on import."""
    if value[:1] == "'" and (value[1:2] in FORMULA_STARTS or value[1:2] == "'"):
        return value[1:]
    return value
