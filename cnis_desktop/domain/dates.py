"""Dates as people type them in England: dd/mm/yyyy first."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DMY = re.compile(r"^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class DateProblem(ValueError):
    pass


def parse_user_date(text: str, today: date | None = None) -> date | None:
    """Blank is None; 'today', 'yesterday', 'tomorrow', d/m/yy, dd/mm/yyyy or ISO.

    Two-digit years are read as 20yy: the people in these records are all born this century.
    """
    value = text.strip().lower()
    if not value:
        return None
    day0 = today or date.today()
    shortcuts = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if value in shortcuts:
        return day0 + timedelta(days=shortcuts[value])
    if m := _ISO.match(value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.match(value):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000
    else:
        raise DateProblem("Enter a date as dd/mm/yyyy, for example 05/09/2026.")
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise DateProblem(f"{text.strip()} is not a real date.") from exc


def format_user_date(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def add_months(day: date, months: int) -> date:
    """Same day n months on; the 29–31st fall back to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has a 28th")
