from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.domain.contact import add_months, next_contact_due
from cnis_desktop.domain.dates import DateProblem, format_user_date, parse_user_date
from cnis_desktop.domain.model import Visit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/09/2026", date(2026, 9, 5)),
        ("5/9/26", date(2026, 9, 5)),
        ("2026-09-05", date(2026, 9, 5)),
        ("05.09.2026", date(2026, 9, 5)),
        ("", None),
    ],
)
def test_parse_user_dates(text: str, expected: date | None) -> None:
    assert parse_user_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "13/13/2026", "next week", "2026/9"])
def test_bad_dates_say_why(text: str) -> None:
    with pytest.raises(DateProblem):
        parse_user_date(text)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_format_then_parse_round_trips(day: date) -> None:
    assert parse_user_date(format_user_date(day)) == day


def test_add_months_clamps_month_ends_and_leap_days() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2027, 2, 28), 12) == date(2028, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_next_contact_due() -> None:
    assert next_contact_due(None, date(2026, 1, 5)) == date(2026, 1, 5)
    set_by_visit = Visit(actual_date=date(2026, 1, 1), next_contact_date=date(2026, 4, 1))
    assert next_contact_due(set_by_visit, None) == date(2026, 4, 1)
    annual = Visit(actual_date=date(2024, 2, 29))
    assert next_contact_due(annual, None) == date(2025, 2, 28)
