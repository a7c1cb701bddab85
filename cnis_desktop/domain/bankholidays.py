"""Bank holidays in England and Wales, from the maintained `holidays` library.

Loading the library costs a command line call most of its start (it imports every country
it knows), so the CLI may hand in a source that remembers the library's answers between
runs (cnis_desktop/holiday_cache.py); the answers are the library's either way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

Source = Callable[[int], frozenset[date]]
_source: list[Source] = []


def from_library(year: int) -> frozenset[date]:
    # Imported on first use: the library takes a third of a start-up to import.
    import holidays

    # England and Wales share bank holidays; "ENG" is the library's code for them.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def use_source(source: Source | None) -> None:
    """Answer from `source` from now on (None: the library itself)."""
    _source[:] = [source] if source else []
    _bank_holidays.cache_clear()


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return (_source[0] if _source else from_library)(year)


def is_bank_holiday(day: date) -> bool:
    return day in _bank_holidays(day.year)
