from datetime import date, datetime

from cnis_desktop.domain.model import Action, Arrangement, Child, Visit
from cnis_desktop.domain.validation import (
    validate_arrangement,
    validate_child,
    validate_visit_draft,
    validate_visit_final,
)

TODAY = date(2026, 11, 23)


def test_child_needs_names_and_school_age_dob() -> None:
    errors = validate_child(Child(), TODAY)
    assert set(errors) >= {"legal_first_name", "legal_last_name", "date_of_birth"}
    too_old = Child(legal_first_name="A", legal_last_name="B", date_of_birth=date(2008, 1, 1))
    assert "compulsory school age" in validate_child(too_old, TODAY)["date_of_birth"]
    future = Child(legal_first_name="A", legal_last_name="B", date_of_birth=date(2027, 1, 1))
    assert "future" in validate_child(future, TODAY)["date_of_birth"]


def test_child_nhs_number_checked() -> None:
    child = Child(
        legal_first_name="A", legal_last_name="B", date_of_birth=date(2016, 1, 1), nhs_number="9434765918"
    )
    assert "check digit" in validate_child(child, TODAY)["nhs_number"]


def test_arrangement_dates_in_order_and_hours_in_range() -> None:
    bad = Arrangement(
        type="part_time", start_date=date(2026, 5, 1), end_date=date(2026, 4, 1), hours_per_week=41
    )
    errors = validate_arrangement(bad)
    assert "before the start" in errors["end_date"]
    assert "between 0 and 40" in errors["hours_per_week"]
    assert (
        validate_arrangement(
            Arrangement(
                type="part_time",
                start_date=date(2026, 5, 1),
                end_date=date(2026, 7, 1),
                review_date=date(2026, 6, 1),
                hours_per_week=0,
            )
        )
        == {}
    )


def test_part_time_timetable_needs_an_end_and_a_review() -> None:
    errors = validate_arrangement(Arrangement(type="part_time", start_date=date(2026, 5, 1)))
    assert "end date and a review date" in errors["end_date"]
    errors = validate_arrangement(
        Arrangement(type="part_time", start_date=date(2026, 5, 1), end_date=date(2026, 7, 1))
    )
    assert "review date" in errors["review_date"]


def test_ehe_needs_a_reason_unknown_is_explicit() -> None:
    ehe = Arrangement(type="ehe", start_date=date(2026, 1, 1))
    assert "Unknown" in validate_arrangement(ehe)["reasons"]
    ehe.reasons = ["unknown"]
    assert validate_arrangement(ehe) == {}


def test_draft_rules_and_final_rules() -> None:
    visit = Visit(
        child_seen_alone=True,
        hours_per_week=-1,
        actual_date=date(2026, 10, 1),
        next_contact_date=date(2026, 9, 1),
    )
    draft = validate_visit_draft(visit)
    assert set(draft) == {"child_seen_alone", "hours_per_week", "next_contact_date"}
    final = validate_visit_final(Visit(), TODAY)
    assert {"actual_date", "judgement", "next_contact_date"} <= set(final)


def test_safeguarding_concern_needs_details_and_the_procedure_shown() -> None:
    visit = Visit(
        actual_date=date(2026, 10, 1),
        judgement="suitable",
        next_contact_date=date(2027, 1, 1),
        safeguarding_concern=True,
    )
    errors = validate_visit_final(visit, TODAY)
    assert "safeguarding_details" in errors and "safeguarding_concern" in errors
    visit.safeguarding_details = "Described"
    visit.safeguarding_procedure_shown_at = datetime(2026, 10, 1, 10, 0)
    assert validate_visit_final(visit, TODAY) == {}


def test_actions_need_what_who_and_due() -> None:
    visit = Visit(
        actual_date=date(2026, 10, 1),
        judgement="suitable",
        next_contact_date=date(2027, 1, 1),
        actions=[Action("Refer", "", None)],
    )
    assert "actions.1" in validate_visit_final(visit, TODAY)


def test_cannot_finalise_a_visit_in_the_future() -> None:
    visit = Visit(actual_date=date(2026, 12, 1), judgement="suitable", next_contact_date=date(2027, 1, 1))
    assert "before it has taken place" in validate_visit_final(visit, TODAY)["actual_date"]


def test_a_child_past_year_11_stays_editable_but_is_not_added() -> None:
    today = date(2026, 11, 28)
    left = Child(
        legal_first_name="Ottoline", legal_last_name="Fenwick", date_of_birth=date(2009, 3, 1)
    )  # Year 13 in 2026/27
    assert "date_of_birth" in validate_child(left, today)
    assert validate_child(left, today, check_age=False) == {}


def test_a_later_ehe_contact_than_the_authority_allows_needs_a_reason() -> None:
    from cnis_desktop.domain.timescales import Timescale

    today = date(2026, 11, 28)
    visit = Visit(
        child_id="c",
        visit_type="ehe_annual",
        actual_date=date(2026, 10, 1),
        judgement="suitable",
        next_contact_date=date(2027, 10, 2),
    )  # 12 months + 1 day
    assert "next_contact_reason" in validate_visit_final(visit, today)
    visit.next_contact_reason = "The family moves abroad for a year; they will tell us on return."
    assert "next_contact_reason" not in validate_visit_final(visit, today)
    # an authority that contacts every 6 months
    six = Timescale(6, "months", "At least six-monthly EHE contact")
    sooner = Visit(
        child_id="c",
        visit_type="ehe_annual",
        actual_date=date(2026, 10, 1),
        judgement="suitable",
        next_contact_date=date(2027, 4, 2),
    )
    assert "6 months" in validate_visit_final(sooner, today, six)["next_contact_reason"]
    assert "next_contact_reason" not in validate_visit_final(sooner, today)
    # not a home-education visit: the interval is not this visit's to keep
    social = Visit(
        child_id="c",
        visit_type="social_worker",
        actual_date=date(2026, 10, 1),
        next_contact_date=date(2028, 1, 1),
    )
    assert "next_contact_reason" not in validate_visit_final(social, today)
