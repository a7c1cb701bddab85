"""Hours of education week by week: planned, delivered, and the full-time threshold.

Weeks start on Monday. A component is planned on its scheduled weekdays inside the
package's dates, except on bank holidays (England and Wales); a partial week at the start
or end of a package is planned only for the days it covers. Only delivered sessions count
as delivered; every other status is counted by its cause.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .bankholidays import is_bank_holiday
from .codes import FULL_TIME_HOURS
from .eotas import ActivityEntry, Component, EotasPackage
from .schoolage import key_stage, nc_year

WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def full_time_minutes(dob: date | None, on: date, thresholds: dict[str, float] | None = None) -> int:
    table = thresholds or FULL_TIME_HOURS
    if dob is None:
        return int(max(table.values()) * 60)
    return int(table[key_stage(nc_year(dob, on))] * 60)


def session_minutes(component: Component) -> int:
    """Planned minutes of one scheduled session."""
    if not component.days:
        return 0
    return round(component.planned_hours_per_week * 60 / len(component.days))


def minutes_by_weekday(components: Iterable[Component]) -> list[int]:
    """Planned minutes on each weekday (Monday first), before package dates and bank
    holidays: the one place the weekly timetable is read."""
    by_weekday = [0] * 7
    for component in components:
        for code in set(component.days) & set(WEEKDAY_CODES):
            by_weekday[WEEKDAY_CODES.index(code)] += session_minutes(component)
    return by_weekday


def planned_minutes_on(component: Component, package: EotasPackage, day: date) -> int:
    if not package.covers(day) or is_bank_holiday(day):
        return 0
    return minutes_by_weekday([component])[day.weekday()]


@dataclass
class Week:
    start: date
    planned_minutes: int = 0
    delivered_minutes: int = 0
    threshold_minutes: int = 0
    not_delivered: Counter[str] = field(default_factory=Counter)  # status -> sessions

    @property
    def below_plan(self) -> bool:
        return self.delivered_minutes < self.planned_minutes

    @property
    def below_full_time(self) -> bool:
        return self.delivered_minutes < self.threshold_minutes


def planned_weeks(
    package: EotasPackage,
    components: Iterable[Component],
    start: date,
    end: date,
    dob: date | None,
    thresholds: dict[str, float] | None = None,
) -> dict[date, Week]:
    """Every Monday-starting week overlapping [start, end], with its planned minutes; days
    outside that range, or outside the package, count for nothing."""
    weeks: dict[date, Week] = {}
    monday = week_start(start)
    while monday <= end:
        weeks[monday] = Week(monday, threshold_minutes=full_time_minutes(dob, monday, thresholds))
        monday += timedelta(days=7)
    # The timetable is read once, not for every day of the period.
    by_weekday = minutes_by_weekday(components)
    if package.start_date is None or not any(by_weekday):
        return weeks
    day = max(start, package.start_date)
    last = min(end, package.end_date or end)
    while day <= last:  # inside the package's dates
        minutes = by_weekday[day.weekday()]
        if minutes and not is_bank_holiday(day):
            weeks[week_start(day)].planned_minutes += minutes
        day += timedelta(days=1)
    return weeks


def count_entry(weeks: dict[date, Week], entry: ActivityEntry) -> None:
    """Add one session to its week: minutes if delivered, else one more of its cause."""
    if entry.entry_date is None:
        return
    week = weeks.get(week_start(entry.entry_date))
    if week is None:
        return
    if entry.status == "delivered":
        week.delivered_minutes += entry.actual_minutes
    else:
        week.not_delivered[entry.status] += 1


def weekly_summary(
    package: EotasPackage,
    components: Iterable[Component],
    entries: Iterable[ActivityEntry],
    start: date,
    end: date,
    dob: date | None,
    thresholds: dict[str, float] | None = None,
) -> list[Week]:
    weeks = planned_weeks(package, components, start, end, dob, thresholds)
    for entry in entries:
        if entry.entry_date is not None and start <= entry.entry_date <= end:
            count_entry(weeks, entry)
    return list(weeks.values())
