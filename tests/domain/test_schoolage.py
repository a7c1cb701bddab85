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
        "EYFS",
        "KS1",
        "KS1",
        "KS2",
        "KS2",
        "KS3",
        "KS3",
        "KS4",
        "KS4",
        "Post-16",
    ]


def test_compulsory_school_age_cohorts() -> None:
    today = date(2026, 11, 23)
    assert is_school_age_cohort(date(2021, 9, 1), today)  # Reception
    assert not is_school_age_cohort(date(2022, 9, 2), today)  # nursery
    assert is_school_age_cohort(date(2010, 9, 1), today)  # Year 11
    assert not is_school_age_cohort(date(2010, 8, 31), today)  # Year 12


def test_school_age_summary_for_the_child_record() -> None:
    from cnis_desktop.domain.schoolage import school_age_summary

    today = date(2026, 11, 28)
    # born 13/02/2018: Year 4; school-leaving date the last Friday in June 2034
    assert school_age_summary(date(2018, 2, 13), today) == (
        "Year 4 (KS2) · of compulsory school age · school-leaving date 30/06/2034"
    )
    # born 01/03/2009: left on the last Friday in June 2025
    assert "past compulsory school age (school-leaving date 27/06/2025)" in school_age_summary(
        date(2009, 3, 1), today
    )
    # born 01/05/2022: Nursery; compulsory school age from 31/08/2027 (the prescribed day
    # after the fifth birthday)
    assert school_age_summary(date(2022, 5, 1), today).endswith("of compulsory school age from 31/08/2027")
