"""Consent to home educate (s434A EA 1996, inserted by the Children's Wellbeing and Schools
Act 2026): a child at a special school under arrangements the authority made, or subject to
s47 enquiries or a child protection plan, may be removed from roll for education at home
only with the authority's consent. Each request is a record: the request, the decision, the
reasons and the dates, with a deadline of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import codes
from .timescales import Timescale, timescale
from .validation import FieldErrors, checks_text


@dataclass
class ConsentRequest:
    child_id: str = ""
    grounds: list[str] = field(default_factory=list)  # codes.CONSENT_GROUNDS
    school: str = ""  # the school the child would leave
    requested_on: date | None = None
    requested_by: str = ""  # the parent who asked
    decision: str = ""  # codes.CONSENT_DECISION; "" while undecided
    decided_on: date | None = None
    decided_by: str = ""
    reasons: str = ""  # for the decision
    notified_on: date | None = None  # the parent and school told of the decision
    notes: str = ""

    @property
    def undecided(self) -> bool:
        return not self.decision

    def decision_due(self, overrides: dict[str, Timescale] | None = None) -> date | None:
        if self.requested_on is None:
            return None
        # The Act leaves the period to regulations; until they exist it is the authority's
        # practice ("consent_decision" in the timescales, which an authority may set).
        return timescale("consent_decision", overrides).after(self.requested_on)


def needs_consent(social_care_status: str) -> list[str]:
    """The grounds a child's social-care status gives on its own (a special school placement
    is known only from the request)."""
    return [g for g in ("s47", "cp_plan") if g == social_care_status]


@checks_text
def validate_consent(request: ConsentRequest, today: date) -> FieldErrors:
    errors: FieldErrors = {}
    if not request.grounds:
        errors["grounds"] = "Tick why the authority's consent is needed."
    elif any(g not in codes.CONSENT_GROUNDS for g in request.grounds):
        errors["grounds"] = "Unknown grounds for consent."
    if request.requested_on is None:
        errors["requested_on"] = "Enter the date the parent asked for consent."
    elif request.requested_on > today:
        errors["requested_on"] = "The request date is in the future."
    if request.decision not in codes.CONSENT_DECISION:
        errors["decision"] = "Choose a decision from the list."
    if request.decision:
        if request.decided_on is None:
            errors["decided_on"] = "Enter the date of the decision."
        elif request.requested_on and request.decided_on < request.requested_on:
            errors["decided_on"] = "The decision is dated before the request."
        elif request.decided_on > today:
            errors["decided_on"] = "The decision date is in the future."
        if request.decision in ("granted", "refused") and not request.reasons.strip():
            errors["reasons"] = "Record the reasons for the decision."
    elif request.decided_on is not None:
        errors["decision"] = "Choose the decision made on that date."
    if request.notified_on and request.decided_on and request.notified_on < request.decided_on:
        errors["notified_on"] = "The parent cannot be told before the decision."
    return errors
