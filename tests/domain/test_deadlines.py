"""Deadline rules against the DOMAIN.md timescale table: month ends, leap years, working
days over bank holidays."""

from datetime import date

import pytest

from cnis_desktop.domain.ehc import (
    AnnualReview,
    Deadline,
    EhcPlan,
    annual_review_due,
    assessment_deadlines,
    review_deadlines,
)
from cnis_desktop.domain.timescales import TIMESCALES, Timescale, add_working_days, shift


def test_assessment_steps_from_the_request() -> None:
    plan = EhcPlan(requested_date=date(2026, 1, 5), draft_date=date(2026, 4, 20))
    found = {d.name: d.due for d in assessment_deadlines(plan)}
    assert found["Decision whether to assess"] == date(2026, 2, 16)  # 6 weeks
    assert found["Final plan issued"] == date(2026, 5, 25)  # 20 weeks
    assert found["Parents' comments on the draft plan"] == date(2026, 5, 5)  # 15 days


@pytest.mark.parametrize(("base", "due"), [
    (date(2025, 3, 31), date(2026, 3, 31)),
    (date(2024, 2, 29), date(2025, 2, 28)),  # leap day: the last day of February
    (date(2027, 2, 28), date(2028, 2, 28)),
    (date(2026, 12, 31), date(2027, 12, 31)),
])
def test_annual_review_twelve_months_on(base: date, due: date) -> None:
    assert annual_review_due(EhcPlan(final_date=base)) == due
    assert annual_review_due(EhcPlan(final_date=date(2020, 1, 1), last_review_date=base)) == due


def test_review_cycle_around_the_meeting() -> None:
    plan = EhcPlan(final_date=date(2025, 10, 1))
    review = AnnualReview(meeting_date=date(2026, 9, 30), amendments_proposed=date(2026, 10, 28))
    found = {d.name: d.due for d in review_deadlines(plan, review)}
    assert found["Annual review meeting"] == date(2026, 10, 1)
    assert found["Invitations sent (2 weeks' notice)"] == date(2026, 9, 16)
    assert found["Review report sent"] == date(2026, 10, 14)
    assert found["Authority's decision"] == date(2026, 10, 28)
    assert found["Amended final plan issued"] == date(2026, 12, 23)


def test_deadline_states_and_words() -> None:
    today = date(2026, 11, 23)
    assert Deadline("x", date(2026, 11, 23)).describe(today) == "due today"
    assert Deadline("x", date(2026, 11, 24)).describe(today) == "1 day left"
    assert Deadline("x", date(2026, 11, 22)).describe(today) == "1 day overdue"
    assert Deadline("x", date(2026, 11, 1)).status(today) == "overdue"
    assert Deadline("x", date(2026, 12, 1)).status(today) == "due soon"
    assert Deadline("x", date(2026, 11, 1), done=date(2026, 11, 3)).status(today) == "done late"


def test_working_days_skip_weekends_and_bank_holidays() -> None:
    # Thu 24 Dec 2026 + 2 working days: Fri 25 and Mon 28 are bank holidays (Boxing Day
    # falls on a Saturday, so its holiday is the Monday); Tue 29 is the first, Wed 30 second.
    assert add_working_days(date(2026, 12, 24), 2) == date(2026, 12, 30)
    assert add_working_days(date(2026, 5, 1), 1) == date(2026, 5, 5)  # early May holiday
    assert add_working_days(date(2026, 8, 28), 1) == date(2026, 9, 1)  # summer holiday
    assert add_working_days(date(2026, 1, 5), -1) == date(2026, 1, 2)
    assert shift(date(2026, 11, 20), 10, "working_days") == date(2026, 12, 4)
    # Children missing education counts school days, not working days (term dates).
    assert TIMESCALES["cme_enquiries"].unit == "school_days"


def test_an_authority_can_override_a_timescale() -> None:
    plan = EhcPlan(requested_date=date(2026, 1, 5))
    overrides = {"ehc_decision_to_assess": Timescale(30, "working_days", "Decision")}
    [decision, *_] = assessment_deadlines(plan, overrides)
    assert decision.due == date(2026, 2, 16)  # 30 working days, no holidays in between
