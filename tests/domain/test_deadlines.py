"""Deadline rules against the DOMAIN.md timescale table: month ends, leap years, working
days over bank holidays."""

from datetime import date

import pytest

from cnis_desktop.domain.ehc import AnnualReview, Deadline, EhcPlan
from cnis_desktop.domain.oversight import SaoCase
from cnis_desktop.domain.record_deadlines import (
    assessment_deadlines,
    phase_transfer_deadline,
    review_concluded_by,
    review_deadlines,
    sao_deadlines,
)
from cnis_desktop.domain.timeline import Rules
from cnis_desktop.domain.timescales import TIMESCALES, Timescale, add_working_days, shift

RULES = Rules()
TODAY = date(2026, 11, 28)


def by_key(found: list[Deadline]) -> dict[str, date]:
    return {d.key: d.due for d in found}


def test_assessment_steps_from_the_request() -> None:
    plan = EhcPlan(requested_date=date(2026, 1, 5), draft_served=date(2026, 4, 20))
    found = by_key(assessment_deadlines(plan, RULES, TODAY))
    assert found["decision_to_assess"] == date(2026, 2, 16)  # 6 weeks (SEND Regs r.5(1))
    assert found["notice_not_issuing"] == date(2026, 4, 27)  # 16 weeks (r.10(1))
    assert found["final_plan"] == date(2026, 5, 25)  # 20 weeks (r.13(2))
    # 15 days beginning with the day the draft was served (r.13(1)(a))
    assert found["draft_comments"] == date(2026, 5, 4)


def test_a_refusal_to_assess_ends_the_clock_and_gives_the_appeal_date() -> None:
    plan = EhcPlan(requested_date=date(2026, 1, 5), agreed_to_assess="no", decision_date=date(2026, 2, 10))
    found = by_key(assessment_deadlines(plan, RULES, TODAY))
    assert set(found) == {"decision_to_assess", "appeal"}
    assert found["appeal"] == date(2026, 4, 10)  # 2 months after the decision (HESC r.20)


@pytest.mark.parametrize(
    ("base", "due"),
    [
        # 12 months starting with the day (CFA 2014 s.44(1)): the day before the anniversary
        (date(2025, 3, 31), date(2026, 3, 30)),
        (date(2024, 2, 29), date(2025, 2, 28)),  # leap day: no 29 February, the month's last day
        (date(2027, 2, 28), date(2028, 2, 27)),
        (date(2026, 12, 31), date(2027, 12, 30)),
    ],
)
def test_annual_review_concluded_within_twelve_months(base: date, due: date) -> None:
    assert review_concluded_by(EhcPlan(final_date=base), RULES, TODAY) == due
    assert (
        review_concluded_by(EhcPlan(final_date=date(2020, 1, 1), last_review_date=base), RULES, TODAY) == due
    )


def test_review_cycle_around_the_meeting_and_the_devon_warning() -> None:
    plan = EhcPlan(final_date=date(2025, 10, 1))
    review = AnnualReview(
        meeting_date=date(2026, 9, 30), decision="amend", amendments_proposed=date(2026, 10, 28)
    )
    found = review_deadlines(plan, review, RULES, TODAY)
    due = by_key(found)
    assert due["review_concluded"] == date(2026, 9, 30)
    assert due["invitations"] == date(2026, 9, 16)
    assert due["report"] == date(2026, 10, 14)
    assert due["decision"] == date(2026, 10, 28)
    assert due["amended_plan"] == date(2026, 12, 23)  # 8 weeks, and 12 weeks of the meeting
    meeting = next(d for d in found if d.key == "meeting")
    assert "too little time" in meeting.warning  # the decision would fall after 30/09/2026


def test_an_amended_plan_still_owed_from_the_last_review_stays_in_view() -> None:
    plan = EhcPlan(final_date=date(2025, 1, 10), last_review_date=date(2026, 1, 20))
    concluded = AnnualReview(
        meeting_date=date(2025, 12, 20),
        decision="amend",
        decision_date=date(2026, 1, 20),
        amendments_proposed=date(2026, 1, 10),
    )
    found = by_key(review_deadlines(plan, AnnualReview(), RULES, TODAY, concluded=concluded))
    assert found["review_concluded"] == date(2027, 1, 19)  # the next cycle
    assert found["amended_plan"] == date(2026, 3, 7)  # 8 weeks after the proposal


@pytest.mark.parametrize(
    ("dob", "due"),
    [
        (date(2016, 5, 1), date(2027, 2, 14)),  # Year 6 in 2026/27: to secondary, before 15 Feb
        (date(2011, 5, 1), date(2027, 3, 30)),  # Year 11: to post-16, before 31 March
        (date(2014, 5, 1), None),  # Year 8: no transfer this year (middle schools: choose it)
        (date(2015, 5, 1), None),  # Year 7: transferred last year
    ],
)
def test_phase_transfer_this_school_year(dob: date, due: date | None) -> None:
    found = phase_transfer_deadline(EhcPlan(final_date=date(2024, 1, 1)), dob, RULES, TODAY)
    assert (found.due if found else None) == due


def test_phase_transfer_can_be_set_for_the_child() -> None:
    plan = EhcPlan(final_date=date(2024, 1, 1), transfer="middle-secondary")
    found = phase_transfer_deadline(plan, date(2014, 5, 1), RULES, TODAY)
    assert found is not None and found.due == date(2027, 2, 14)
    assert (
        phase_transfer_deadline(
            EhcPlan(final_date=date(2024, 1, 1), transfer="none"), date(2016, 5, 1), RULES, TODAY
        )
        is None
    )


def test_attendance_order_periods_begin_with_the_day_served() -> None:
    found = {d.key: d for d in sao_deadlines(SaoCase(notice_served=date(2026, 11, 2)), RULES, TODAY)}
    assert found["period_ends"].due == date(2026, 11, 16)  # 15 days beginning with 02/11
    assert found["may_act"].due == date(2026, 11, 17)


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
    rules = Rules({"ehc_decision_to_assess": Timescale(30, "working_days", "Decision")})
    [decision, *_] = assessment_deadlines(plan, rules, TODAY)
    assert decision.due == date(2026, 2, 16)  # 30 working days, no holidays in between
