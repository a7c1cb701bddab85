"""Field-level validation. Each check returns {field name: message} so the UI can show
every message next to its own field and the CLI can print them in one line each."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ParamSpec

from . import codes
from .identifiers import nhs_number_problem, upn_problem
from .model import Arrangement, Child, Visit, to_fields
from .schoolage import is_school_age_cohort, nc_year, nc_year_label
from .text_safety import control_character_problem
from .timescales import Timescale, timescale
from .visit_content import RESTRICTABLE_FIELDS, judges_suitability

if TYPE_CHECKING:
    from .ehc import AnnualReview, EhcPlan, Outcome, ProgressEntry
    from .eotas import ActivityEntry, Component, EotasPackage, Provider, QaVisit
    from .oversight import Notification, SaoCase
    from .views import ViewsRecord

MAX_HOURS_PER_WEEK = 40.0

FieldErrors = dict[str, str]
P = ParamSpec("P")


class ValidationFailed(ValueError):
    """Raised by the store when a record is not valid; carries the per-field messages."""

    def __init__(self, errors: FieldErrors) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors.items()))


def require_valid(errors: FieldErrors) -> None:
    """The store's gate: refuse the whole write, with every message, if any check failed."""
    if errors:
        raise ValidationFailed(errors)


def text_problems(record: Any) -> FieldErrors:
    """Control characters in any text of a record (its own fields, and the text inside its
    lists of statements, actions and the like), by field: no real name or note holds NUL or a
    terminal escape, and such text can act on a terminal or a spreadsheet it reaches. Names and
    other one-line fields refuse line breaks too; free text keeps tab and line breaks."""
    errors: FieldErrors = {}
    for f in dataclasses.fields(record):
        problem = _control_in(getattr(record, f.name), single_line=f.name.endswith("name"))
        if problem:
            errors[f.name] = "This " + problem + " (pasted from another program?)."
    return errors


def _control_in(value: Any, single_line: bool) -> str | None:
    if isinstance(value, str):
        return control_character_problem(value, single_line)
    if isinstance(value, list | tuple):
        for item in value:
            problem = _control_in(item, single_line=False)
            if problem:
                return problem
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            problem = _control_in(getattr(value, f.name), single_line=f.name.endswith("name"))
            if problem:
                return problem
    return None


def checks_text(validate: Callable[P, FieldErrors]) -> Callable[P, FieldErrors]:
    """A record's validation, with text_problems of the record (its first argument) added
    for fields the validation itself found nothing wrong with."""

    @functools.wraps(validate)
    def checked(*args: P.args, **kwargs: P.kwargs) -> FieldErrors:
        errors = validate(*args, **kwargs)
        for name, message in text_problems(args[0]).items():
            errors.setdefault(name, message)
        return errors

    return checked


def _hours_problem(hours: float | None) -> str | None:
    if hours is None:
        return None
    if not 0 <= hours <= MAX_HOURS_PER_WEEK:
        return f"Hours a week must be between 0 and {MAX_HOURS_PER_WEEK:g}."
    return None


@checks_text
def validate_child(child: Child, today: date, check_age: bool = True) -> FieldErrors:
    """`check_age`: for a child being added, or whose date of birth is being changed. A
    child's record stays editable after Year 11 (a safeguarding flag or a closing note must
    always be possible); only a new or changed date of birth must put the child of
    compulsory school age."""
    errors: FieldErrors = {}
    if not child.legal_first_name.strip():
        errors["legal_first_name"] = "Enter the child's legal first name."
    if not child.legal_last_name.strip():
        errors["legal_last_name"] = "Enter the child's legal last name."
    if child.date_of_birth is None:
        errors["date_of_birth"] = "Enter the date of birth."
    elif child.date_of_birth > today:
        errors["date_of_birth"] = "The date of birth is in the future."
    elif check_age and not is_school_age_cohort(child.date_of_birth, today):
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
    if child.responsible_body and child.responsible_body not in codes.RESPONSIBLE_BODY:
        errors["responsible_body"] = "Choose a school or the local authority."
    return errors


@checks_text
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
    if (
        arrangement.type == "part_time"
        and arrangement.start_date
        and not (arrangement.end_date and arrangement.review_date)
    ):
        errors.setdefault(
            "end_date" if not arrangement.end_date else "review_date",
            "A part-time timetable must have an end date and a review date.",
        )
    if (
        arrangement.review_date
        and arrangement.start_date
        and arrangement.review_date < arrangement.start_date
    ):
        errors["review_date"] = "The review date is before the start date."
    if arrangement.type == "ehe" and not arrangement.reasons:
        errors["reasons"] = 'Record the reasons for home education, or "Unknown / no reason given".'
    unknown = [r for r in arrangement.reasons if r not in codes.EHE_REASON]
    if unknown:
        errors["reasons"] = f"Unknown reason code: {', '.join(unknown)}."
    possible, missed = arrangement.sessions_possible, arrangement.sessions_missed
    if possible is not None and possible < 0:
        errors["sessions_possible"] = "Sessions possible cannot be negative."
    if missed is not None and missed < 0:
        errors["sessions_missed"] = "Sessions missed cannot be negative."
    elif missed is not None and possible is not None and missed > possible:
        errors["sessions_missed"] = f"More sessions missed ({missed}) than possible ({possible})."
    return errors


@checks_text
def validate_visit_draft(visit: Visit) -> FieldErrors:
    """Problems worth showing while typing; a draft is still saved with them."""
    errors: FieldErrors = {}
    if problem := _hours_problem(visit.hours_per_week):
        errors["hours_per_week"] = problem
    if visit.child_seen_alone and not visit.child_seen:
        errors["child_seen_alone"] = "The child cannot be seen alone without being seen."
    if visit.actual_date and visit.next_contact_date and visit.next_contact_date <= visit.actual_date:
        errors["next_contact_date"] = "The next contact must be after the visit date."
    for i, action in enumerate(visit.actions, start=1):
        if action.due and visit.actual_date and action.due < visit.actual_date:
            errors[f"actions.{i}"] = f"Action {i} is due before the visit took place."
    unknown = [name for name in visit.restricted_fields if name not in RESTRICTABLE_FIELDS]
    if unknown:
        errors["restricted_fields"] = f"These cannot be marked restricted: {', '.join(unknown)}."
    if (
        visit.summary_sent_to_parent
        and visit.actual_date
        and visit.summary_sent_to_parent < visit.actual_date
    ):
        errors["summary_sent_to_parent"] = "The summary was sent before the visit took place."
    return errors


@checks_text
def validate_visit_final(visit: Visit, today: date, contact_interval: Timescale | None = None) -> FieldErrors:
    """Everything a finalised visit must hold; finalising is refused until these are met.
    `contact_interval`: the authority's interval between home-education contacts (its
    settings' "ehe_contact"; 12 months by default)."""
    errors = validate_visit_draft(visit)
    if visit.visit_type not in codes.VISIT_TYPE:
        errors["visit_type"] = "Choose the visit type."
    if visit.actual_date is None:
        errors["actual_date"] = "Enter the date the visit took place."
    elif visit.actual_date > today:
        errors["actual_date"] = "A visit cannot be finalised before it has taken place."
    if judges_suitability(visit.visit_type) and visit.judgement not in codes.JUDGEMENT:
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
    elif judges_suitability(visit.visit_type) and visit.actual_date is not None:
        interval = contact_interval or timescale("ehe_contact")
        latest = interval.after(visit.actual_date)
        if visit.next_contact_date > latest and not visit.next_contact_reason.strip():
            errors["next_contact_reason"] = (
                f"The next contact is after {latest:%d/%m/%Y}, beyond the authority's "
                f"{interval.describe()} between contacts: say why."
            )
    for i, action in enumerate(visit.actions, start=1):
        if not (action.what.strip() and action.who.strip() and action.due):
            errors.setdefault(f"actions.{i}", f"Action {i} needs what, who and a due date.")
    return errors


# --- EOTAS ------------------------------------------------------------------------------

MINUTES_IN_A_DAY = 24 * 60


# The provider register is shared by every caseload and exported to spreadsheets, so its
# text is bounded, plain, and never starts like a formula a spreadsheet would run.
PROVIDER_TEXT_LIMITS = {"name": 200, "address": 500, "contact": 300, "qualifications": 1000}
FORMULA_START = ("=", "+", "-", "@")


def _text_problem(value: str, limit: int) -> str | None:
    if len(value) > limit:
        return f"Keep this to {limit} characters or fewer."
    if any((ch < " " and ch not in "\n\r\t") or "\x7f" <= ch <= "\x9f" for ch in value):
        return "Remove the control characters (pasted from another program?)."
    return None


def validate_provider_fields(fields: dict[str, Any]) -> FieldErrors:
    """A provider's fields in stored form, whole or as a field-level edit: the laptop checks
    every save with this and the hub every change it is sent."""
    from .eotas import Provider

    known = {f.name: str(f.type) for f in dataclasses.fields(Provider)}
    errors: FieldErrors = {}
    for name, value in fields.items():
        kind = known.get(name)
        if kind is None:
            errors[name] = "A provider has no such field."
        elif kind == "bool":
            if not isinstance(value, bool):
                errors[name] = "Yes or no."
        elif kind.startswith("date"):
            if value not in (None, "") and not _is_iso_date(value):
                errors[name] = "Enter a date."
        elif not isinstance(value, str):
            errors[name] = "Enter text."
        elif problem := _text_problem(value, PROVIDER_TEXT_LIMITS.get(name, 1000)):
            errors[name] = problem
    if "name" in fields and "name" not in errors:
        if not str(fields["name"]).strip():
            errors["name"] = "Enter the provider's name."
        elif str(fields["name"]).lstrip().startswith(FORMULA_START):
            errors["name"] = (
                "A provider's name cannot start with =, +, - or @ (a spreadsheet would run it as a formula)."
            )
    return errors


def _is_iso_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


@checks_text
def validate_provider(provider: Provider) -> FieldErrors:
    errors = validate_provider_fields(to_fields(provider))
    if provider.dbs_seen_date and provider.dbs_expiry and provider.dbs_expiry < provider.dbs_seen_date:
        errors["dbs_expiry"] = "The DBS expiry is before the date it was seen."
    return errors


@checks_text
def validate_package(package: EotasPackage) -> FieldErrors:
    errors: FieldErrors = {}
    if package.start_date is None:
        errors["start_date"] = "Enter the date the package starts."
    elif package.end_date and package.end_date < package.start_date:
        errors["end_date"] = "The end date is before the start date."
    if package.start_date and package.review_date and package.review_date < package.start_date:
        errors["review_date"] = "The review date is before the package starts."
    return errors


@checks_text
def validate_component(component: Component) -> FieldErrors:
    errors: FieldErrors = {}
    if not component.name.strip():
        errors["name"] = "Name the component, e.g. 'Maths tutoring'."
    if component.activity_type not in codes.ACTIVITY_TYPE:
        errors["activity_type"] = "Choose an activity type from the list."
    if problem := _hours_problem(component.planned_hours_per_week):
        errors["planned_hours_per_week"] = problem
    if not component.days:
        errors["days"] = "Choose the days the activity runs."
    elif any(d not in codes.WEEKDAY for d in component.days):
        errors["days"] = "Unknown day."
    if component.cost_per_week is not None and component.cost_per_week < 0:
        errors["cost_per_week"] = "A cost cannot be negative."
    if component.funding_route not in codes.FUNDING_ROUTE:
        errors["funding_route"] = "Choose a funding route."
    if component.funding_route in ("personal_budget", "direct_payment") and not (
        component.budget_manager.strip()
    ):
        errors["budget_manager"] = "Say who manages the personal budget or direct payment."
    return errors


@checks_text
def validate_entry(entry: ActivityEntry, package: EotasPackage, other_minutes_that_day: int) -> FieldErrors:
    """`other_minutes_that_day`: the child's other delivered minutes on the same date."""
    errors: FieldErrors = {}
    if entry.entry_date is None:
        errors["entry_date"] = "Enter the date of the session."
    elif not package.covers(entry.entry_date):
        errors["entry_date"] = (
            f"{entry.entry_date:%d/%m/%Y} is outside the package "
            f"({_day(package.start_date)} to {_day(package.end_date) or 'open'})."
        )
    if entry.status not in codes.ACTIVITY_STATUS:
        errors["status"] = (
            "Choose a status: delivered, cancelled by provider or family, did not attend, or rescheduled."
        )
    for name in ("planned_minutes", "actual_minutes"):
        value = getattr(entry, name)
        if not 0 <= value <= MINUTES_IN_A_DAY:
            errors[name] = "Minutes must be between 0 and 1,440 (24 hours)."
    if (
        "actual_minutes" not in errors
        and entry.status == "delivered"
        and (entry.actual_minutes + other_minutes_that_day > MINUTES_IN_A_DAY)
    ):
        errors["actual_minutes"] = (
            f"That makes {entry.actual_minutes + other_minutes_that_day} minutes on one day; a day has 1,440."
        )
    if entry.status != "delivered" and entry.actual_minutes:
        errors["actual_minutes"] = "Only a delivered session has minutes delivered."
    return errors


@checks_text
def validate_qa_visit(visit: QaVisit, today: date) -> FieldErrors:
    errors: FieldErrors = {}
    if not visit.provider_id:
        errors["provider_id"] = "Choose the provider visited."
    if visit.visit_date is None:
        errors["visit_date"] = "Enter the date of the visit."
    elif visit.visit_date > today:
        errors["visit_date"] = "A QA visit is recorded after it has taken place."
    if visit.rating not in codes.QA_RATING:
        errors["rating"] = "Choose a rating."
    unknown = [c for c in visit.checks_met if c not in codes.QA_CHECK]
    if unknown:
        errors["checks_met"] = f"Unknown check: {', '.join(unknown)}."
    for i, action in enumerate(visit.actions, start=1):
        if not (action.what.strip() and action.who.strip() and action.due):
            errors[f"actions.{i}"] = f"Action {i} needs what, who and a due date."
    if visit.rating in ("requires_improvement", "inadequate") and not visit.actions:
        errors["actions"] = "A rating below good needs at least one action."
    return errors


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


# --- children's views, EHC plans and reviews --------------------------------------------------


@checks_text
def validate_views_draft(record: ViewsRecord) -> FieldErrors:
    errors: FieldErrors = {}
    if "interpreter" in record.communication_support and not record.interpreter_language.strip():
        errors["interpreter_language"] = "Say which language the interpreter used."
    for scale in record.scales:
        if scale.value is not None and not 0 <= scale.value <= 10:
            errors["scales"] = "Scale answers run from 0 to 10."
    if any(c.pile and c.pile not in codes.SORT_PILE for c in record.cards):
        errors["cards"] = "Unknown pile for a card."
    if record.consent_to_share and not record.share_with.strip():
        errors["share_with"] = "Say who the child agreed their views can be shared with."
    if record.unsafe_raised_at and not record.unsafe_details.strip():
        errors["unsafe_details"] = "Record what the child said about feeling unsafe."
    return errors


@checks_text
def validate_views_final(record: ViewsRecord, today: date) -> FieldErrors:
    errors = validate_views_draft(record)
    if record.purpose not in codes.VIEWS_PURPOSE:
        errors["purpose"] = "Choose what the views are for."
    if record.method not in codes.VIEWS_METHOD:
        errors["method"] = "Choose the method used."
    if record.gathered_on is None:
        errors["gathered_on"] = "Enter the date the views were gathered."
    elif record.gathered_on > today:
        errors["gathered_on"] = "Views are finalised after they have been gathered."
    if not record.gathered_by.strip():
        errors["gathered_by"] = "Say who gathered the views."
    has_content = (
        any(s.text.strip() for s in record.statements)
        or any(s.value is not None for s in record.scales)
        or any(c.pile for c in record.cards)
    )
    if not has_content:
        errors["statements"] = "Record at least one thing the child said, chose or showed."
    if not record.read_back and record.method != "observation":
        errors["read_back"] = "Read the record back to the child before finalising."
    return errors


def _in_order(
    errors: FieldErrors, later_name: str, later: date | None, earlier: date | None, message: str
) -> None:
    if later is not None and earlier is not None and later < earlier:
        errors[later_name] = message


@checks_text
def validate_plan(plan: EhcPlan) -> FieldErrors:
    errors: FieldErrors = {}
    _in_order(
        errors,
        "decision_date",
        plan.decision_date,
        plan.requested_date,
        "The decision is before the request.",
    )
    _in_order(
        errors,
        "draft_date",
        plan.draft_date,
        plan.decision_date or plan.requested_date,
        "The draft is before the decision to assess.",
    )
    _in_order(
        errors,
        "final_date",
        plan.final_date,
        plan.draft_date or plan.requested_date,
        "The final plan is before the draft.",
    )
    _in_order(
        errors,
        "last_review_date",
        plan.last_review_date,
        plan.final_date,
        "The last review is before the plan was finalised.",
    )
    return errors


@checks_text
def validate_outcome(outcome: Outcome) -> FieldErrors:
    return {} if outcome.text.strip() else {"text": "Write the outcome."}


@checks_text
def validate_progress(entry: ProgressEntry, today: date) -> FieldErrors:
    errors: FieldErrors = {}
    if entry.recorded_on is None:
        errors["recorded_on"] = "Enter the date."
    elif entry.recorded_on > today:
        errors["recorded_on"] = "Progress is recorded after it is seen."
    if entry.rating not in codes.PROGRESS_RATING:
        errors["rating"] = "Choose how much progress."
    if not entry.note.strip():
        errors["note"] = "Say what progress was seen."
    return errors


@checks_text
def validate_review(review: AnnualReview) -> FieldErrors:
    errors: FieldErrors = {}
    if review.decision and review.decision not in codes.REVIEW_DECISION:
        errors["decision"] = "Choose the authority's decision."
    if review.decision_date and not review.decision:
        errors["decision"] = "Record what was decided."
    for name in ("report_sent", "decision_date", "amendments_proposed"):
        _in_order(
            errors, name, getattr(review, name), review.meeting_date, "This is before the review meeting."
        )
    _in_order(
        errors,
        "amended_plan_issued",
        review.amended_plan_issued,
        review.amendments_proposed,
        "The amended plan is before the proposed amendments.",
    )
    if review.invitations_sent and review.meeting_date and review.invitations_sent > review.meeting_date:
        errors["invitations_sent"] = "Invitations are sent before the meeting."
    if review.recommendation and review.recommendation not in codes.REVIEW_DECISION:
        errors["recommendation"] = "Choose what the meeting recommended."
    for i, person in enumerate(review.invitees, start=1):
        if not person.name.strip():
            errors["invitees"] = f"Invitee {i} needs a name."
    for i, advice in enumerate(review.advice, start=1):
        if not advice.source.strip():
            errors["advice"] = f"Advice {i}: say who gave it."
        elif advice.received_on and advice.requested_on and advice.received_on < advice.requested_on:
            errors["advice"] = f"Advice {i} was received before it was asked for."
    return errors


# --- Oversight -------------------------------------------------------------------------


@checks_text
def validate_notification(n: Notification) -> FieldErrors:
    errors: FieldErrors = {}
    if n.partner not in codes.PARTNER:
        errors["partner"] = "Choose the partner told."
    if n.shared_on is None:
        errors["shared_on"] = "Enter the date the partner was told."
    if n.method not in codes.SHARE_METHOD:
        errors["method"] = "Choose how they were told."
    if n.acknowledged_on and n.shared_on and n.acknowledged_on < n.shared_on:
        errors["acknowledged_on"] = "The acknowledgement is before the notification."
    return errors


@checks_text
def validate_sao(case: SaoCase) -> FieldErrors:
    errors: FieldErrors = {}
    order = [
        ("notice_served", case.notice_served),
        ("notice_of_intention", case.notice_of_intention),
        ("order_served", case.order_served),
        ("outcome_date", case.outcome_date),
    ]
    last: date | None = None
    for name, value in order:
        if value is not None:
            if last is not None and value < last:
                errors[name] = "This step is dated before the step it follows."
            last = value
    if case.notice_of_intention and not case.notice_served:
        errors["notice_served"] = "A notice of intention follows a s437(1) notice."
    if case.outcome not in codes.SAO_OUTCOME:
        errors["outcome"] = "Choose an outcome."
    return errors
