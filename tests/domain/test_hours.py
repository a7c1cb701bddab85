"""Weekly hours: Monday weeks, partial weeks, bank holidays, causes, thresholds."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.domain.eotas import (
    ActivityEntry,
    CellProblem,
    Component,
    EotasPackage,
    Provider,
    parse_cell,
)
from cnis_desktop.domain.hours import (
    full_time_minutes,
    is_bank_holiday,
    planned_minutes_on,
    planned_weeks,
    week_start,
    weekly_summary,
)
from cnis_desktop.domain.validation import validate_component, validate_entry

MATHS = Component(name="Maths", planned_hours_per_week=5.0, days=["mon", "wed"])
RIDING = Component(name="Riding", planned_hours_per_week=2.0, days=["fri"])


def test_weeks_start_on_monday() -> None:
    for offset in range(7):
        assert week_start(date(2026, 11, 23) + timedelta(days=offset)) == date(2026, 11, 23)
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)


def test_bank_holidays_of_england_and_wales() -> None:
    assert is_bank_holiday(date(2026, 12, 25)) and is_bank_holiday(date(2026, 12, 28))
    assert is_bank_holiday(date(2026, 8, 31))  # summer bank holiday (not Scotland's)
    assert not is_bank_holiday(date(2026, 8, 3))


def test_partial_weeks_at_package_start_and_end() -> None:
    package = EotasPackage(start_date=date(2026, 11, 4), end_date=date(2026, 11, 16))  # Wed–Mon
    weeks = planned_weeks(package, [MATHS, RIDING], date(2026, 11, 2), date(2026, 11, 22), None)
    planned = [w.planned_minutes for w in weeks.values()]
    # week 1: Wed maths (150) + Fri riding (120); week 2 full; week 3 only Monday
    assert planned == [270, 420, 150]


def test_bank_holiday_is_not_planned() -> None:
    package = EotasPackage(start_date=date(2026, 8, 1))
    weeks = planned_weeks(package, [MATHS], date(2026, 8, 31), date(2026, 9, 6), None)
    assert [w.planned_minutes for w in weeks.values()] == [150]  # Monday 31 Aug is a holiday


def test_cancellations_are_counted_by_cause_not_as_delivered() -> None:
    package = EotasPackage(start_date=date(2026, 11, 2))
    entries = [
        ActivityEntry(entry_date=date(2026, 11, 2), actual_minutes=150, status="delivered"),
        ActivityEntry(entry_date=date(2026, 11, 4), status="cancelled_provider"),
        ActivityEntry(entry_date=date(2026, 11, 6), status="dna"),
        ActivityEntry(entry_date=date(2026, 11, 6), status="cancelled_provider"),
    ]
    [week] = weekly_summary(
        package, [MATHS, RIDING], entries, date(2026, 11, 2), date(2026, 11, 8), date(2014, 1, 1)
    )
    assert week.delivered_minutes == 150 and week.planned_minutes == 420
    assert week.not_delivered == {"cancelled_provider": 2, "dna": 1}
    assert week.below_plan and week.below_full_time


def test_full_time_threshold_by_key_stage() -> None:
    on = date(2026, 11, 23)
    assert full_time_minutes(date(2019, 10, 1), on) == 21 * 60  # Year 2, KS1
    assert full_time_minutes(date(2019, 1, 1), on) == 23.5 * 60  # Year 3, KS2
    assert full_time_minutes(date(2011, 1, 1), on) == 25 * 60  # Year 11, KS4
    assert full_time_minutes(date(2011, 1, 1), on, {"KS4": 18.0}) == 18 * 60


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90", ("delivered", 90)),
        ("d", ("delivered", 150)),
        ("p", ("cancelled_provider", 0)),
        ("F", ("cancelled_family", 0)),
        ("n", ("dna", 0)),
        ("r", ("rescheduled", 0)),
        ("75d", ("delivered", 75)),
        (" 45 min ", ("delivered", 45)),
        ("", None),
    ],
)
def test_one_or_two_keystrokes(text: str, expected: tuple[str, int] | None) -> None:
    assert parse_cell(text, 150) == expected


@pytest.mark.parametrize("text", ["x", "9p", "abc", "1.5"])
def test_bad_cells_say_why(text: str) -> None:
    with pytest.raises(CellProblem):
        parse_cell(text, 150)


def test_entry_rules() -> None:
    package = EotasPackage(start_date=date(2026, 9, 1), end_date=date(2026, 12, 18))
    ok = ActivityEntry(entry_date=date(2026, 10, 1), actual_minutes=600, status="delivered")
    assert validate_entry(ok, package, 0) == {}
    assert "1,440" in validate_entry(ok, package, 900)["actual_minutes"]
    outside = ActivityEntry(entry_date=date(2027, 1, 4), actual_minutes=60)
    assert "outside the package" in validate_entry(outside, package, 0)["entry_date"]
    assert "status" in validate_entry(ActivityEntry(entry_date=date(2026, 10, 1), status="lost"), package, 0)
    too_long = ActivityEntry(entry_date=date(2026, 10, 1), actual_minutes=2000)
    assert "between 0 and 1,440" in validate_entry(too_long, package, 0)["actual_minutes"]


def test_component_rules() -> None:
    errors = validate_component(
        Component(name="", planned_hours_per_week=50, days=[], funding_route="direct_payment")
    )
    assert set(errors) == {"name", "planned_hours_per_week", "days", "budget_manager"}


def test_provider_alerts() -> None:
    today = date(2026, 11, 23)
    provider = Provider(
        name="P",
        dbs_expiry=date(2026, 11, 1),
        insurance_expiry=date(2026, 12, 1),
        safeguarding_policy_expiry=date(2028, 1, 1),
    )
    alerts = provider.check_alerts(today)
    assert "DBS: expired 01/11/2026" in alerts and "Insurance: expires 01/12/2026" in alerts
    assert not any("Safeguarding" in a for a in alerts)
    assert "Safeguarding policy: not recorded" in Provider(name="Q").check_alerts(today)


DAYS = st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), max_size=7)
DATES = st.dates(date(2025, 1, 1), date(2027, 12, 31))


@given(
    st.lists(st.tuples(st.floats(0, 40), DAYS), max_size=3),
    DATES,
    st.none() | DATES,
    DATES,
    st.integers(0, 120),
)
def test_planned_weeks_add_up_the_planned_days(
    provision: list[tuple[float, list[str]]],
    package_start: date,
    package_end: date | None,
    start: date,
    length: int,
) -> None:
    """The week totals are the sum, day by day, of what each component plans that day."""
    components = [
        Component(name=f"C{i}", planned_hours_per_week=h, days=d) for i, (h, d) in enumerate(provision)
    ]
    package = EotasPackage(start_date=package_start, end_date=package_end)
    end = start + timedelta(days=length)
    weeks = planned_weeks(package, components, start, end, None)
    expected = {monday: 0 for monday in weeks}
    day = start
    while day <= end:
        # The rule stated afresh: a component plans one session on each of its weekdays
        # inside the package's dates, except on bank holidays.
        code = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]
        if package.covers(day) and not is_bank_holiday(day):
            expected[week_start(day)] += sum(
                round(c.planned_hours_per_week * 60 / len(c.days)) for c in components if code in c.days
            )
        day += timedelta(days=1)
    assert {m: w.planned_minutes for m, w in weeks.items()} == expected
    # One component on one day: the grid's figure agrees with the week's.
    for component in components[:1]:
        for day in (start, end):
            alone = planned_weeks(package, [component], day, day, None)[week_start(day)]
            assert planned_minutes_on(component, package, day) == alone.planned_minutes
