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
