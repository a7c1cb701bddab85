"""Field-level validation. Each check returns {field name: message} so the UI can show
every message next to its own field and the CLI can print them in one line each."""

from __future__ import annotations

from datetime import date

from . import codes
from .identifiers import nhs_number_problem, upn_problem
from .model import Arrangement, Child, Visit
from .schoolage import is_school_age_cohort, nc_year, nc_year_label

MAX_HOURS_PER_WEEK = 40.0

FieldErrors = dict[str, str]


class ValidationFailed(ValueError):
    """Raised by the store when a record is not valid; carries the per-field messages."""

    def __init__(self, errors: FieldErrors) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors.items()))


def _hours_problem(hours: float | None) -> str | None:
    if hours is None:
        return None
    if not 0 <= hours <= MAX_HOURS_PER_WEEK:
        return f"Hours a week must be between 0 and {MAX_HOURS_PER_WEEK:g}."
    return None


def validate_child(child: Child, today: date) -> FieldErrors:
    errors: FieldErrors = {}
    if not child.legal_first_name.strip():
        errors["legal_first_name"] = "Enter the child's legal first name."
    if not child.legal_last_name.strip():
        errors["legal_last_name"] = "Enter the child's legal last name."
    if child.date_of_birth is None:
        errors["date_of_birth"] = "Enter the date of birth."
    elif child.date_of_birth > today:
        errors["date_of_birth"] = "The date of birth is in the future."
    elif not is_school_age_cohort(child.date_of_birth, today):
        year = nc_year_label(nc_year(child.date_of_birth, today))
        errors["date_of_birth"] = (
            f"This date of birth puts the child in {year}; only children of compulsory "
            "school age (Reception to Year 11) are recorded."
        )
    if problem := nhs_number_problem(child.nhs_number):
        errors["nhs_number"] = problem
    if problem := upn_problem(child.upn):
        errors["upn"] = problem
    if child.send_status not in codes.SEND_STATUS:
        errors["send_status"] = "Choose a SEND status from the list."
    if child.primary_need and child.primary_need not in codes.PRIMARY_NEED:
        errors["primary_need"] = "Choose a primary need from the list."
    if child.social_care_status not in codes.SOCIAL_CARE:
        errors["social_care_status"] = "Choose a social-care status from the list."
    if child.gender not in codes.GENDER:
        errors["gender"] = "Choose a gender from the list."
    return errors


def validate_arrangement(arrangement: Arrangement) -> FieldErrors:
    errors: FieldErrors = {}
    if arrangement.type not in codes.ARRANGEMENT_TYPE:
        errors["type"] = "Choose an arrangement type from the list."
    if arrangement.start_date is None:
        errors["start_date"] = "Enter the date the arrangement started."
    elif arrangement.end_date is not None and arrangement.end_date < arrangement.start_date:
        errors["end_date"] = "The end date is before the start date."
    if problem := _hours_problem(arrangement.hours_per_week):
        errors["hours_per_week"] = problem
    if arrangement.type == "ehe" and not arrangement.reasons:
        errors["reasons"] = 'Record the reasons for home education, or "Unknown / no reason given".'
    unknown = [r for r in arrangement.reasons if r not in codes.EHE_REASON]
    if unknown:
        errors["reasons"] = f"Unknown reason code: {', '.join(unknown)}."
    return errors


def validate_visit_draft(visit: Visit) -> FieldErrors:
    """Problems worth showing while typing; a draft is still saved with them."""
    errors: FieldErrors = {}
    if problem := _hours_problem(visit.hours_per_week):
        errors["hours_per_week"] = problem
    if visit.child_seen_alone and not visit.child_seen:
        errors["child_seen_alone"] = "The child cannot be seen alone without being seen."
    if (
        visit.actual_date
        and visit.next_contact_date
        and visit.next_contact_date <= visit.actual_date
    ):
        errors["next_contact_date"] = "The next contact must be after the visit date."
    for i, action in enumerate(visit.actions, start=1):
        if action.due and visit.actual_date and action.due < visit.actual_date:
            errors[f"actions.{i}"] = f"Action {i} is due before the visit took place."
    return errors


def validate_visit_final(visit: Visit, today: date) -> FieldErrors:
    """Everything a finalised visit must hold; finalising is refused until these are met."""
    errors = validate_visit_draft(visit)
    if visit.visit_type not in codes.VISIT_TYPE:
        errors["visit_type"] = "Choose the visit type."
    if visit.actual_date is None:
        errors["actual_date"] = "Enter the date the visit took place."
    elif visit.actual_date > today:
        errors["actual_date"] = "A visit cannot be finalised before it has taken place."
    if visit.judgement not in codes.JUDGEMENT:
        errors["judgement"] = "Record a judgement on the education seen."
    if visit.basis == "concern" and not visit.concern_raised_by.strip():
        errors["concern_raised_by"] = "Say who raised the concern."
    if visit.safeguarding_concern:
        if not visit.safeguarding_details.strip():
            errors["safeguarding_details"] = "Describe the safeguarding concern."
        if visit.safeguarding_procedure_shown_at is None:
            errors["safeguarding_concern"] = "The safeguarding procedure has not been shown."
    if visit.next_contact_date is None:
        errors["next_contact_date"] = "Set the date of the next contact."
    for i, action in enumerate(visit.actions, start=1):
        if not (action.what.strip() and action.who.strip() and action.due):
            errors.setdefault(f"actions.{i}", f"Action {i} needs what, who and a due date.")
    return errors
