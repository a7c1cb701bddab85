from datetime import date

import pytest

from cnis_desktop.domain.schoolage import is_school_age_cohort, key_stage, nc_year


@pytest.mark.parametrize(
    ("dob", "on", "year"),
    [
        (date(2020, 8, 31), date(2026, 9, 1), 2),  # youngest in the year group
        (date(2020, 9, 1), date(2026, 9, 1), 1),  # oldest in the year below
        (date(2010, 9, 1), date(2026, 11, 23), 11),
        (date(2021, 9, 1), date(2026, 8, 31), -1),  # the academic year before
        (date(2016, 2, 29), date(2026, 11, 23), 6),
    ],
)
def test_nc_year_uses_age_on_31_august(dob: date, on: date, year: int) -> None:
    assert nc_year(dob, on) == year


def test_key_stages() -> None:
    assert [key_stage(y) for y in (0, 1, 2, 3, 6, 7, 9, 10, 11, 12)] == [
        "EYFS", "KS1", "KS1", "KS2", "KS2", "KS3", "KS3", "KS4", "KS4", "Post-16"]


def test_compulsory_school_age_cohorts() -> None:
    today = date(2026, 11, 23)
    assert is_school_age_cohort(date(2021, 9, 1), today)  # Reception
    assert not is_school_age_cohort(date(2022, 9, 2), today)  # nursery
    assert is_school_age_cohort(date(2010, 9, 1), today)  # Year 11
    assert not is_school_age_cohort(date(2010, 8, 31), today)  # Year 12
