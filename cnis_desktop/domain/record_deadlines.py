"""The deadlines on a child's own records – for Today, the EHC and attendance-order tabs and
the review pack – worked out by the same statutory timelines the calculator shows
(domain/timeline_*.py), with the authority's Rules, beside what the records say was done.

One computation for the calculator and every screen and document, so that none of them can
disagree with another about a date that decides a child's school.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .ehc import AnnualReview, Deadline, EhcPlan
from .oversight import SaoCase
from .schoolage import age_on, nc_year
from .schooldays import school_year_of
from .timeline import InputProblems, Inputs, Rules, Timeline, Value
from .timeline_attendance import attendance_order
from .timeline_ehc import annual_review, ehc_assessment
from .timeline_school import POST16_MOVE, TRANSFERS, phase_transfer

NO_TRANSFER = "none"  # a plan's transfer choice: this child makes no phase transfer


def _inputs(today: date, **values: Value) -> Inputs:
    return Inputs(values, today)


def _pick(found: Timeline, done: dict[str, date | None], keys: Iterable[str]) -> list[Deadline]:
    picked = []
    for key in keys:
        step = found.step(key)
        if step is not None:
            picked.append(Deadline(step.name, step.due, done.get(key), step.rule, step.warning, key))
    return picked


def assessment_deadlines(plan: EhcPlan, rules: Rules, today: date) -> list[Deadline]:
    """While the plan is being assessed for (no final plan yet)."""
    if plan.requested_date is None or plan.final_date is not None:
        return []
    served = plan.draft_served or plan.draft_date
    found = ehc_assessment(
        _inputs(
            today,
            requested=plan.requested_date,
            agreed_to_assess=plan.agreed_to_assess,
            decision_sent=plan.decision_date,
            draft_served=served,
        ),
        rules,
    )
    done = {
        "decision_to_assess": plan.decision_date,
        "final_plan": plan.final_date,
        "notice_not_issuing": served,
    }
    if plan.agreed_to_assess == "no":
        return _pick(found, done, ("decision_to_assess", "appeal"))
    return _pick(found, done, ("decision_to_assess", "notice_not_issuing", "draft_comments", "final_plan"))


def review_deadlines(
    plan: EhcPlan,
    review: AnnualReview | None,
    rules: Rules,
    today: date,
    dob: date | None = None,
    concluded: AnnualReview | None = None,
) -> list[Deadline]:
    """The open review cycle, counted from the last review decision (or the final plan), and
    an amended plan still owed from the last concluded review."""
    base = plan.last_review_date or plan.final_date
    if base is None:
        return []
    meeting = review.meeting_date if review else None
    proposed = review.amendments_proposed if review else None

    def cycle(meeting: date | None) -> Timeline:
        return annual_review(
            _inputs(
                today,
                plan_issued=None if plan.last_review_date else plan.final_date,
                last_decision=plan.last_review_date,
                meeting=meeting,
                amendments_proposed=proposed,
                dob=dob,
            ),
            rules,
        )

    try:
        found = cycle(meeting)
    except InputProblems:  # a meeting before the cycle began: plan from the deadline instead
        found = cycle(None)
    held = meeting if meeting is not None and meeting <= today else None
    done: dict[str, date | None] = {"meeting": held}
    if review is not None:
        done |= {
            "invitations": review.invitations_sent,
            "report": review.report_sent,
            "advice_circulated": review.advice_circulated,
            "decision": review.decision_date,
            "review_concluded": review.decision_date,
            "amended_plan": review.amended_plan_issued,
        }
    keys = ["invitations", "advice_circulated", "meeting", "report", "decision", "review_concluded"]
    if review is not None and (review.decision == "amend" or review.amendments_proposed):
        keys += ["amendment_comments", "amended_plan"]
    if dob is not None and age_on(dob, base) < 5:
        keys.append("under_five_review")
    found_deadlines = _pick(found, done, keys)
    if (
        concluded is not None
        and concluded.decision == "amend"
        and concluded.amended_plan_issued is None
        and concluded.meeting_date is not None
    ):
        owed = annual_review(
            _inputs(
                today,
                plan_issued=concluded.meeting_date,
                meeting=concluded.meeting_date,
                amendments_proposed=concluded.amendments_proposed,
            ),
            rules,
        )
        found_deadlines += _pick(owed, {}, ("amended_plan",))
    return found_deadlines


def review_concluded_by(plan: EhcPlan, rules: Rules, today: date) -> date | None:
    """The last day to conclude this cycle's review: 12 months starting with the plan's issue
    or the last review decision (CFA 2014 s.44(1))."""
    found = review_deadlines(plan, None, rules, today)
    return next((d.due for d in found if d.key == "review_concluded"), None)


def phase_transfer_deadline(plan: EhcPlan, dob: date | None, rules: Rules, today: date) -> Deadline | None:
    """The amended plan naming the next school, when the child transfers at the end of this
    school year (shown from the autumn before: the deadline is in February or March)."""
    if plan.final_date is None or dob is None or plan.transfer in (NO_TRANSFER, POST16_MOVE):
        return None
    chosen = plan.transfer
    if not chosen:
        # Only a transfer every child in the year makes is assumed (Year 6, Year 11); one
        # that depends on the school (infant, middle) is set on the child's plan.
        year = nc_year(dob, today)
        chosen = next((t.code for t in TRANSFERS if t.last_year == year and not t.condition), "")
        if not chosen:
            return None
    try:
        found = phase_transfer(_inputs(today, dob=dob, transfer=chosen), rules)
    except InputProblems:
        return None
    step = found.step("phase_transfer")
    if step is None or school_year_of(step.due) != school_year_of(today):
        return None
    return Deadline(
        step.name, step.due, plan.transfer_plan_amended, step.rule, step.warning, "phase_transfer"
    )


def sao_deadlines(case: SaoCase, rules: Rules, today: date) -> list[Deadline]:
    """The school attendance order steps after the first notice, in the authority's process."""
    if case.notice_served is None:
        return []
    found = attendance_order(
        _inputs(today, served=case.notice_served, second_notice=case.notice_of_intention), rules
    )
    done = {
        "period_ends": case.response_received,
        "may_act": case.notice_of_intention,
        "intention": case.notice_of_intention,
        "nomination": case.notice_of_intention,
        "order": case.order_served,
    }
    keys = ["period_ends", "may_act"]
    if case.notice_of_intention is not None:
        keys += ["select_ends", "order"]
    return _pick(found, done, keys)
