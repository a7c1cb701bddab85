"""The EHC plan, its Section E outcomes with progress, and the annual review; deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .timescales import Timescale, timescale

SECTION_FIELDS = ("section_a", "section_b", "section_c", "section_d", "section_e", "section_f",
                  "section_g", "section_h1", "section_h2", "section_i", "section_j", "section_k")


@dataclass
class EhcPlan:
    """Mutable: dates of the assessment and plan, and short summaries of sections A–K."""

    child_id: str = ""
    requested_date: date | None = None
    decision_date: date | None = None
    draft_date: date | None = None
    final_date: date | None = None
    last_review_date: date | None = None
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


@dataclass
class AnnualReview:
    """Mutable: one review cycle's dates and the authority's decision."""

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


@dataclass(frozen=True)
class Deadline:
    name: str
    due: date
    done: date | None = None

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


def annual_review_due(plan: EhcPlan, overrides: dict[str, Timescale] | None = None) -> date | None:
    """12 months from the last review, or from the final plan if there has been none."""
    base = plan.last_review_date or plan.final_date
    return timescale("annual_review", overrides).after(base) if base else None


def assessment_deadlines(plan: EhcPlan,
                         overrides: dict[str, Timescale] | None = None) -> list[Deadline]:
    if plan.requested_date is None:
        return []
    req = plan.requested_date
    found = [Deadline("Decision whether to assess",
                      timescale("ehc_decision_to_assess", overrides).after(req),
                      plan.decision_date)]
    if plan.draft_date:
        found.append(Deadline("Parents' comments on the draft plan",
                              timescale("ehc_draft_comments", overrides).after(plan.draft_date)))
    found.append(Deadline("Final plan issued", timescale("ehc_final_plan", overrides).after(req),
                          plan.final_date))
    return found


def review_deadlines(plan: EhcPlan, review: AnnualReview | None,
                     overrides: dict[str, Timescale] | None = None) -> list[Deadline]:
    """The review cycle: the meeting, the notice and advice before it, the report and the
    decision after it, and an amended plan after proposed amendments."""
    due = annual_review_due(plan, overrides)
    found: list[Deadline] = []
    if due is not None:
        found.append(Deadline("Annual review meeting", due, review.meeting_date if review else None))
    if review is None:
        return found
    meeting = review.meeting_date or due
    if meeting is not None:
        found.append(Deadline("Invitations sent (2 weeks' notice)",
                              timescale("review_notice", overrides).before(meeting),
                              review.invitations_sent))
        found.append(Deadline("Advice circulated before the meeting",
                              timescale("review_advice_circulated", overrides).before(meeting),
                              review.advice_circulated))
    if review.meeting_date is not None:
        found.append(Deadline("Review report sent",
                              timescale("review_report", overrides).after(review.meeting_date),
                              review.report_sent))
        found.append(Deadline("Authority's decision",
                              timescale("review_decision", overrides).after(review.meeting_date),
                              review.decision_date))
    if review.amendments_proposed is not None:
        found.append(Deadline("Amended final plan issued",
                              timescale("review_amended_plan", overrides)
                              .after(review.amendments_proposed),
                              review.amended_plan_issued))
    return found
