"""EHC needs assessment, the annual review cycle, and appeals to the Tribunal.

Sources: Children and Families Act 2014 (CFA) ss36, 44, 55; the SEND Regulations 2014
regs 5, 8, 10, 13, 20, 22; the SEND Code of Practice 2015 ch. 9; R (L, M and P) v Devon CC
[2022] EWHC 493 (Admin) - the proposed amendments go with the decision, within 4 weeks of
the review meeting, so an amended plan is due within 12 weeks of the meeting; the Tribunal
Procedure (HESC) Rules 2008 rr 12 and 20.
"""

from __future__ import annotations

from datetime import date, timedelta

from .dates import format_user_date as d
from .schoolage import age_on
from .timeline import InputProblems, Inputs, Rules, Step, Timeline, timeline
from .timescales import next_working_day

DEVON = "Devon [2022] EWHC 493"


def tribunal_deadline(day: date) -> tuple[date, str]:
    """HESC Rules r.12: in a special educational needs case 25 December to 1 January and
    August are not counted, so a time limit ending in them runs to the next working day
    after; one ending on any other day that is not a working day runs to the next one."""
    moved = day
    if (day.month, day.day) >= (12, 25):
        moved = date(day.year + 1, 1, 2)
    elif (day.month, day.day) == (1, 1):
        moved = date(day.year, 1, 2)
    elif day.month == 8:
        moved = date(day.year, 9, 1)
    moved = next_working_day(moved)
    if moved == day:
        return day, ""
    return moved, f"the limit ends on {d(day)}, which does not count, so it runs to {d(moved)}"


def appeal_steps(decision_sent: date, certificate: date | None, rules: Rules) -> list[Step]:
    """The appeal after a decision: 2 months after it was sent, or 1 month after a mediation
    certificate if that is later (HESC Rules r.20(1)(c))."""
    by_decision = rules.period("ehc_appeal").after(decision_sent)
    last, how = by_decision, f"{rules.period('ehc_appeal').describe()} after the decision was sent"
    steps: list[Step] = []
    if certificate is not None:
        by_certificate = rules.period("ehc_appeal_after_certificate").after(certificate)
        steps.append(Step(certificate, "Mediation certificate issued", "CFA 2014 s.55"))
        if by_certificate > by_decision:
            last = by_certificate
            how = (
                f"{rules.period('ehc_appeal_after_certificate').describe()} after the mediation "
                f"certificate, later than {d(by_decision)}"
            )
        else:
            how += f", later than a month after the certificate ({d(by_certificate)})"
    moved, why = tribunal_deadline(last)
    note = (
        how
        + (f"; {why}" if why else "")
        + (
            ". Before appealing a parent must contact a mediation adviser (CFA 2014 s.55) unless the "
            "appeal is only about the school named."
        )
    )
    steps.append(
        Step(
            moved,
            "Appeal to the Tribunal: last day",
            "HESC Rules 2008 r.20(1)(c), r.12",
            note=note,
            key="appeal",
        )
    )
    return steps


def ehc_assessment(inputs: Inputs, rules: Rules) -> Timeline:
    requested = inputs.required_date("requested")
    agreed = inputs.text("agreed_to_assess")
    decision_due = rules.period("ehc_decision_to_assess").after(requested)
    steps = [Step(requested, "Request for an EHC needs assessment received", "CFA 2014 s.36(1)")]
    decision_note = (
        ""
        if agreed
        else "A refusal ends the 20-week clock and starts the appeal dates "
        "instead: give whether the authority agreed to assess to see them."
    )
    steps.append(
        Step(
            decision_due,
            "Decision whether to assess notified (at the latest)",
            "SEND Regs 2014 r.5(1)",
            note=decision_note,
            key="decision_to_assess",
        )
    )
    if agreed == "no":
        sent = inputs.optional_date("decision_sent") or decision_due
        late = f"notified after the 6-week limit ({d(decision_due)})" if sent > decision_due else ""
        steps.append(
            Step(
                sent,
                "Refusal to assess notified, with the right of appeal and mediation",
                "SEND Regs 2014 r.5(3)",
                note="The refusal ends the 20-week clock.",
                warning=late.capitalize(),
            )
        )
        steps += appeal_steps(sent, inputs.optional_date("certificate"), rules)
        return timeline("ehc-assessment", steps, [("agreed to assess", "no")])

    final_due = rules.period("ehc_final_plan").after(requested)
    asked = inputs.optional_date("advice_requested")
    steps.append(
        Step(
            rules.period("ehc_advice").after(asked or decision_due),
            "Advice and information returned (6 weeks from the request for it)",
            "SEND Regs 2014 r.8(1)",
            note=""
            if asked
            else "Counted from the latest decision date; give the date advice was "
            "requested for the real one.",
            key="advice",
        )
    )
    steps.append(
        Step(
            rules.period("ehc_notice_not_issuing").after(requested),
            "Notice that no plan will be issued, if so decided (at the latest)",
            "SEND Regs 2014 r.10(1)",
            key="notice_not_issuing",
        )
    )
    comments = rules.period("ehc_draft_comments")
    # The draft must leave the parent's whole comment period before the final date.
    latest_draft = final_due - (comments.last_day(final_due) - final_due) - timedelta(days=1)
    served = inputs.optional_date("draft_served")
    steps.append(
        Step(
            latest_draft,
            "Latest day to serve the draft plan (leaves the 15 days to comment)",
            "SEND Regs 2014 r.13(1)(a)",
        )
    )
    if served is not None:
        steps.append(
            Step(
                comments.last_day(served),
                "Parent's comments on the draft plan and request for a school: last day "
                "(15 days beginning with the day it was served)",
                "SEND Regs 2014 r.13(1)(a)",
                key="draft_comments",
                warning=f"The draft was served after {d(latest_draft)}: the 20-week date "
                "cannot be met with the full 15 days."
                if served > latest_draft
                else "",
            )
        )
    steps.append(
        Step(
            final_due,
            "Final EHC plan issued (at the latest)",
            "SEND Regs 2014 r.13(2)",
            key="final_plan",
            note="Regs 10(4) and 13(3) excuse the limits only where meeting them is "
            "impractical for the reasons they list.",
        )
    )
    return timeline("ehc-assessment", steps, [("agreed to assess", agreed or "not yet known")])


def annual_review(inputs: Inputs, rules: Rules) -> Timeline:
    issued, last = inputs.optional_date("plan_issued"), inputs.optional_date("last_decision")
    if (issued is None) == (last is None):
        raise InputProblems(
            {
                "plan_issued": "Give the date the plan was issued or the date the last "
                "review decision was notified (one of them)."
            }
        )
    base = last or issued
    assert base is not None
    steps = [Step(base, "Last review decision notified" if last else "EHC plan issued", "CFA 2014 s.44(1)")]
    review_by = rules.period("annual_review").last_day(base)
    decision_period = rules.period("review_decision")
    latest_meeting = decision_period.before(review_by)
    given = inputs.optional_date("meeting")
    if given is not None and given < base:
        raise InputProblems({"meeting": "The meeting is before the date the cycle starts."})
    meeting = given or latest_meeting
    decision = decision_period.after(meeting)
    warning = ""
    if decision > review_by:
        warning = (
            f"A meeting on {d(meeting)} leaves too little time for the 2-week report and the "
            f"4-week decision: the decision would be due on {d(decision)}, after the review "
            f"deadline {d(review_by)}. Hold the meeting by {d(latest_meeting)}."
        )
    steps += [
        Step(
            rules.period("review_notice").before(meeting),
            "Invitations sent (at least 2 weeks' notice of the meeting)",
            "SEND Regs 2014 r.20(3)",
            key="invitations",
        ),
        Step(
            rules.period("review_advice_circulated").before(meeting),
            "Advice and information circulated (2 weeks before the meeting)",
            "SEND Regs 2014 r.20(4)",
            key="advice_circulated",
        ),
        Step(
            meeting,
            "Review meeting" if given else "Review meeting: latest date that leaves time for the decision",
            "SEND Regs 2014 r.20(1)",
            warning=warning,
            note="" if given else "Planned back from the review deadline; give the meeting date.",
            key="meeting",
        ),
        Step(
            rules.period("review_report").after(meeting),
            "Review report sent (within 2 weeks)",
            "SEND Regs 2014 r.20(7)",
            key="report",
        ),
        Step(
            decision,
            "Decision notified - keep, amend or cease - with any proposed amendments (within 4 weeks)",
            f"SEND Regs 2014 r.20(10); {DEVON}",
            key="decision",
        ),
        Step(
            review_by,
            "Review concluded: decision notified within 12 months "
            f"({'of the last review' if last else 'of the plan'})",
            f"CFA 2014 s.44(1); CoP 9.176; {DEVON}",
            key="review_concluded",
        ),
    ]
    steps += _amendment_steps(inputs, rules, meeting, decision)
    steps.append(
        Step(
            rules.period("annual_review").last_day(decision),
            "Next review concluded (12 months from this decision)",
            "CFA 2014 s.44(1)(b)",
            note=f"If this review's decision is notified on {d(decision)}.",
        )
    )
    dob = inputs.optional_date("dob")
    if dob is not None and age_on(dob, base) < 5:
        steps += [
            Step(
                rules.period("review_under_five_from").after(base),
                "Under 5: review considered from (every 3 to 6 months)",
                "CoP 9.178",
            ),
            Step(
                rules.period("review_under_five_by").after(base),
                "Under 5: review considered by",
                "CoP 9.178",
                key="under_five_review",
            ),
        ]
    facts = [("cycle starts", d(base)), ("review deadline", d(review_by))]
    return timeline("annual-review", steps, facts)


def _amendment_steps(inputs: Inputs, rules: Rules, meeting: date, decision: date) -> list[Step]:
    proposed = inputs.optional_date("amendments_proposed")
    sent = proposed or decision
    by_reg22 = rules.period("review_amended_plan").after(sent)
    by_devon = rules.period("review_amendments_complete").after(meeting)
    late = ""
    if proposed is not None and proposed > decision:
        late = (
            f"The proposed amendments were sent after the decision date ({d(decision)}); "
            "they go with the decision (Devon)."
        )
    return [
        Step(
            rules.period("ehc_amendment_comments").last_day(sent),
            "Parent's comments on the proposed amendments: last day (15 days beginning with the day served)",
            "SEND Regs 2014 r.22(2)(c)",
            warning=late,
            key="amendment_comments",
            note="" if proposed else f"If amending, with the proposed amendments sent on {d(sent)}.",
        ),
        Step(
            min(by_reg22, by_devon),
            "Amended plan issued (if amending)",
            f"SEND Regs 2014 r.22(3); {DEVON}",
            key="amended_plan",
            note=f"{rules.period('review_amended_plan').describe()} after the proposed amendments "
            f"({d(by_reg22)}) and {rules.period('review_amendments_complete').describe()} after "
            f"the meeting ({d(by_devon)}), whichever is sooner.",
        ),
    ]
