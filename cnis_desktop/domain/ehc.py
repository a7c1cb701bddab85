"""The EHC plan, its Section E outcomes with progress, and the annual review; deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .model import nested

SECTION_FIELDS = (
    "section_a",
    "section_b",
    "section_c",
    "section_d",
    "section_e",
    "section_f",
    "section_g",
    "section_h1",
    "section_h2",
    "section_i",
    "section_j",
    "section_k",
)


@dataclass
class EhcPlan:
    """Mutable: dates of the assessment and plan, and short summaries of sections A–K."""

    child_id: str = ""
    requested_date: date | None = None
    agreed_to_assess: str = ""  # "" not yet decided, "yes", or "no" (a refusal)
    decision_date: date | None = None
    draft_date: date | None = None
    draft_served: date | None = None  # the parent's 15 days begin with this day
    final_date: date | None = None
    last_review_date: date | None = None  # the last review's decision, notified
    transfer: str = ""  # phase transfer: "" worked out from the NC year, a code, or "none"
    transfer_plan_amended: date | None = None  # the plan naming the next school issued
    section_a: str = ""
    section_b: str = ""
    section_c: str = ""
    section_d: str = ""
    section_e: str = ""
    section_f: str = ""
    section_g: str = ""
    section_h1: str = ""
    section_h2: str = ""
    section_i: str = ""
    section_j: str = ""
    section_k: str = ""


@dataclass
class Outcome:
    """A Section E outcome (mutable); progress is recorded against it as dated entries."""

    plan_id: str = ""
    child_id: str = ""
    text: str = ""
    provision: str = ""  # the Section F provision that serves it
    target_date: date | None = None


@dataclass
class ProgressEntry:
    """Append-only."""

    outcome_id: str = ""
    child_id: str = ""
    recorded_on: date | None = None
    rating: str = "some"
    note: str = ""


@nested
@dataclass
class Invitee:
    """Someone invited to the review meeting (SEND Regs 2014 r.20(3))."""

    name: str = ""
    role: str = ""  # role and organisation, e.g. "SENCo, Hillcrest Academy"
    invited_on: date | None = None
    attended: bool = False
    family: bool = False  # the child, a parent or a carer


@nested
@dataclass
class AdviceReceived:
    """Advice and information asked for before the meeting (r.20(4)–(5))."""

    source: str = ""  # who gave it, and their role
    requested_on: date | None = None
    received_on: date | None = None
    circulated_on: date | None = None  # sent to everyone invited


@dataclass
class AnnualReview:
    """Mutable: one review cycle's dates and the authority's decision, and the meeting:
    who was invited and came, the advice received, and what the meeting recommended."""

    child_id: str = ""
    plan_id: str = ""
    meeting_date: date | None = None
    invitations_sent: date | None = None
    advice_requested: date | None = None
    advice_circulated: date | None = None
    report_sent: date | None = None
    decision_date: date | None = None
    decision: str = ""
    amendments_proposed: date | None = None
    amended_plan_issued: date | None = None
    invitees: list[Invitee] = field(default_factory=list)
    advice: list[AdviceReceived] = field(default_factory=list)
    recommendation: str = ""  # the meeting's: maintain, amend or cease (REVIEW_DECISION)
    proposed_amendments: str = ""
    differences_of_opinion: str = ""
    preparing_for_adulthood: str = ""  # from Year 9 (r.20(6))
    health_social_care: str = ""  # the review of the health and social care provision
    personal_budget: str = ""
    report_author: str = ""  # who wrote the review report, and their role


@dataclass(frozen=True)
class Deadline:
    name: str
    due: date
    done: date | None = None
    rule: str = ""  # the statutory reference, e.g. "SEND Regs 2014 r.20(10)"
    warning: str = ""
    key: str = ""  # which step of its process (domain/record_deadlines.py)

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def status(self, today: date) -> str:
        if self.done is not None:
            return "done on time" if self.done <= self.due else "done late"
        left = self.days_left(today)
        if left < 0:
            return "overdue"
        return "due soon" if left <= 14 else "upcoming"

    def describe(self, today: date) -> str:
        if self.done is not None:
            return f"{self.status(today)} ({self.done:%d/%m/%Y})"
        left = self.days_left(today)
        if left < 0:
            return f"{-left} day{'s' if left != -1 else ''} overdue"
        if left == 0:
            return "due today"
        return f"{left} day{'s' if left != 1 else ''} left"
