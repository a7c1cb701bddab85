"""School days: weekdays in term that are not bank holidays.

A school year runs from 1 September to 31 August and is named "2026/27". An authority sets
its own term dates (settings.json "term_dates"); until it does, a default calendar in the
usual English pattern is used and every answer says so. Once an authority has set any
term dates, a school year it has not set is missing - never quietly filled in from the
default, which could be a week out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .bankholidays import is_bank_holiday
from .dates import DateProblem, parse_user_date

Term = tuple[date, date]  # first and last day, both school days or not


class TermDatesMissing(ValueError):
    pass


def school_year_of(day: date) -> int:
    """The calendar year in which the day's school year starts."""
    return day.year if day.month >= 9 else day.year - 1


def school_year_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


_SCHOOL_YEAR = re.compile(r"^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$")


def parse_school_year(text: str) -> int:
    """'2026/27' (or 2026-27, 2026/2027) to 2026."""
    match = _SCHOOL_YEAR.match(text)
    if not match:
        raise DateProblem("Enter a school year as 2026/27.")
    start, end = int(match[1]), int(match[2])
    if end % 100 != (start + 1) % 100:
        raise DateProblem(
            f"{text.strip()} is not a school year: the second year follows the first, as in 2026/27."
        )
    return start


def easter_sunday(year: int) -> date:
    # The Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm).
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _weekday_on_or_after(day: date) -> date:
    return day + timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)


def _weekday_on_or_before(day: date) -> date:
    return day - timedelta(days=day.weekday() - 4 if day.weekday() >= 5 else 0)


def _friday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() - 4) % 7)


def _last_monday(year: int, month: int) -> date:
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def default_terms(start_year: int) -> tuple[Term, ...]:
    """Six half terms in the pattern most English authorities follow: autumn from
    3 September to the Friday on or before 20 December with the last week of October off;
    spring from the first weekday on or after 4 January, a week off from the first Monday on
    or after 12 February, and two weeks off around Easter (the week of Good Friday and the
    week after); summer to 22 July (the Friday before, at a weekend) with the week of the
    late May bank holiday off. INSET days are not known, so they count as school days."""
    y0, y1 = start_year, start_year + 1
    autumn_start = _weekday_on_or_after(date(y0, 9, 3))
    october = _last_monday(y0, 10)
    christmas = _friday_on_or_before(date(y0, 12, 20))
    spring_start = _weekday_on_or_after(date(y1, 1, 4))
    february = _monday_on_or_after(date(y1, 2, 12))
    good_friday = easter_sunday(y1) - timedelta(days=2)
    easter_off = good_friday - timedelta(days=4)  # the Monday of Holy Week
    summer_start = easter_off + timedelta(weeks=2)
    may = _last_monday(y1, 5)
    summer_end = _weekday_on_or_before(date(y1, 7, 22))
    week_end = timedelta(days=3)  # Monday back to the Friday before
    return (
        (autumn_start, october - week_end),
        (october + timedelta(weeks=1), christmas),
        (spring_start, february - week_end),
        (february + timedelta(weeks=1), easter_off - week_end),
        (summer_start, may - week_end),
        (may + timedelta(weeks=1), summer_end),
    )


@dataclass(frozen=True)
class TermCalendar:
    """The authority's term dates by school year (empty: the default calendar)."""

    terms: Mapping[int, tuple[Term, ...]] = field(default_factory=dict)
    unreadable: Mapping[int, str] = field(default_factory=dict)  # school year: why

    @property
    def is_default(self) -> bool:
        return not self.terms and not self.unreadable

    def terms_for(self, start_year: int) -> tuple[Term, ...]:
        if self.is_default:
            return default_terms(start_year)
        if start_year in self.unreadable:
            raise TermDatesMissing(
                f"The term dates for {school_year_label(start_year)} in "
                f"settings.json could not be read: {self.unreadable[start_year]}"
            )
        if start_year not in self.terms:
            raise TermDatesMissing(
                f"The term dates for {school_year_label(start_year)} are missing: add them to "
                'settings.json under "term_dates" (for example "'
                + school_year_label(start_year)
                + '": [["03/09/'
                + str(start_year)
                + '", "23/10/'
                + str(start_year)
                + '"], …]).'
            )
        return self.terms[start_year]

    def is_school_day(self, day: date) -> bool:
        if day.weekday() >= 5 or is_bank_holiday(day):
            return False
        return any(first <= day <= last for first, last in self.terms_for(school_year_of(day)))

    def nth_school_day(self, start: date, count: int) -> date:
        """The count-th school day on or after start (start itself is the first if it is a
        school day). Raises TermDatesMissing when the count runs into a year with no terms."""
        if count < 1:
            raise ValueError("count school days from 1")
        day, found = start, 0
        # Three years of days is more than any statutory count of school days needs.
        for _ in range(3 * 366):
            if self.is_school_day(day):
                found += 1
                if found == count:
                    return day
            day += timedelta(days=1)
        raise TermDatesMissing(
            f"No {count} school days within three years of {start:%d/%m/%Y}: "
            "check the term dates in settings.json."
        )

    def add_school_days(self, start: date, count: int) -> date:
        """The school day count school days after start (start not counted)."""
        return self.nth_school_day(start + timedelta(days=1), count) if count > 0 else start


def parse_term_dates(raw: Mapping[str, object]) -> tuple[TermCalendar, list[str]]:
    """From settings.json: {"2026/27": [["03/09/2026", "23/10/2026"], ...]}. A school year
    whose entry cannot be read is left out (and so reported missing when needed); the
    problems are returned to be shown to whoever keeps the settings."""
    terms: dict[int, tuple[Term, ...]] = {}
    unreadable: dict[int, str] = {}
    problems: list[str] = []
    for label, periods in raw.items():
        try:
            start_year = parse_school_year(label)
        except DateProblem as exc:
            problems.append(f"term_dates {label}: {exc}")
            continue
        try:
            terms[start_year] = _read_periods(start_year, periods)
        except (TypeError, ValueError) as exc:
            unreadable[start_year] = str(exc)
            problems.append(f"term_dates {label}: {exc}")
    return TermCalendar(terms, unreadable), problems


def _read_periods(start_year: int, periods: object) -> tuple[Term, ...]:
    if not isinstance(periods, Sequence) or isinstance(periods, str) or not periods:
        raise TypeError("give a list of [first day, last day] pairs")
    found: list[Term] = []
    for pair in periods:
        if not isinstance(pair, Sequence) or isinstance(pair, str) or len(pair) != 2:
            raise TypeError("each term is a [first day, last day] pair")
        first, last = (parse_user_date(str(x)) for x in pair)
        if first is None or last is None or last < first:
            raise ValueError(f"{pair[0]} to {pair[1]} is not a term")
        if not (date(start_year, 8, 1) <= first and last <= date(start_year + 1, 8, 31)):
            raise ValueError(f"{pair[0]} to {pair[1]} is outside {school_year_label(start_year)}")
        found.append((first, last))
    return tuple(sorted(found))
