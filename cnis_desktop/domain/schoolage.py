"""National Curriculum year, key stage and compulsory school age in England.

The academic year starts on 1 September; a child's cohort is fixed by their age on
31 August before it starts.
"""

from __future__ import annotations

from datetime import date


def academic_year_start(on: date) -> date:
    year = on.year if on.month >= 9 else on.year - 1
    return date(year, 9, 1)


def age_on(dob: date, on: date) -> int:
    # Born on 29 February: a year older on 1 March in years without one.
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def nc_year(dob: date, on: date) -> int:
    """0 is Reception; Year 1 children are 5 on 31 August before the year starts."""
    start = academic_year_start(on)
    age_at_cutoff = age_on(dob, date(start.year, 8, 31))
    return age_at_cutoff - 4


def nc_year_label(year: int) -> str:
    if year == 0:
        return "Reception"
    if year < 0:
        return "Nursery"
    return f"Year {year}"


def key_stage(year: int) -> str:
    if year <= 0:
        return "EYFS"
    if year <= 2:
        return "KS1"
    if year <= 6:
        return "KS2"
    if year <= 9:
        return "KS3"
    if year <= 11:
        return "KS4"
    return "Post-16"


def is_school_age_cohort(dob: date, on: date) -> bool:
    """True for the Reception to Year 11 cohorts: children who are of compulsory school age
    at some point in the current academic year."""
    return 0 <= nc_year(dob, on) <= 11


# The Education (Start of Compulsory School Age) Order 1998: the prescribed days.
PRESCRIBED_DAYS = ((3, 31), (8, 31), (12, 31))


def birthday(dob: date, age: int) -> date:
    """The day a child attains an age. Born on 29 February: 1 March in other years, as
    age_on counts it."""
    try:
        return dob.replace(year=dob.year + age)
    except ValueError:
        return date(dob.year + age, 3, 1)


def compulsory_school_age_starts(dob: date) -> date:
    """EA 1996 s8(2): on the fifth birthday if it is a prescribed day, otherwise on the
    next prescribed day after it."""
    fifth = birthday(dob, 5)
    candidates = [
        date(year, month, day) for year in (fifth.year, fifth.year + 1) for month, day in PRESCRIBED_DAYS
    ]
    return min(d for d in candidates if d >= fifth)


def last_friday_in_june(year: int) -> date:
    june_30 = date(year, 6, 30)
    return date(year, 6, 30 - (june_30.weekday() - 4) % 7)


def school_leaving_date(dob: date) -> date:
    """EA 1996 s8(3) and the Education (School Leaving Date) Order 1997: the last Friday in
    June of the school year (1 September to 31 August) in which the child turns 16."""
    sixteenth = birthday(dob, 16)
    ends = sixteenth.year if sixteenth.month < 9 else sixteenth.year + 1
    return last_friday_in_june(ends)


def nc_year_in(dob: date, start_year: int) -> int:
    """The NC year in the school year starting on 1 September of start_year."""
    return nc_year(dob, date(start_year, 9, 1))


def reception_year(dob: date) -> int:
    """The calendar year whose September the child starts Reception (NC year 0)."""
    return dob.year + 4 if (dob.month, dob.day) < (9, 1) else dob.year + 5


def school_age_summary(dob: date, today: date) -> str:
    """The child's school-age facts in one line, for the top of the child's record."""
    year = nc_year(dob, today)
    starts, leaves = compulsory_school_age_starts(dob), school_leaving_date(dob)
    if today < starts:
        age = f"of compulsory school age from {starts:%d/%m/%Y}"
    elif today > leaves:
        age = f"past compulsory school age (school-leaving date {leaves:%d/%m/%Y})"
    else:
        age = f"of compulsory school age · school-leaving date {leaves:%d/%m/%Y}"
    return f"{nc_year_label(year)} ({key_stage(year)}) · {age}"
