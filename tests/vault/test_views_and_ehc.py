"""Views records (draft → final, append-only), EHC plans, outcomes, progress and reviews."""

from __future__ import annotations

from datetime import date

import pytest

from cnis_desktop.domain.ehc import AnnualReview, EhcPlan, Outcome, ProgressEntry
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.domain.views import CardSort, ScaleAnswer, Statement, ViewsRecord
from cnis_desktop.vault import RecordFinalised, Vault
from tests.conftest import add_child_with_arrangement

TODAY = date(2026, 11, 23)


def test_views_draft_then_final_then_immutable(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    draft = vault.ehc.views.start(
        ViewsRecord(child_id=child, method="sorting", gathered_on=TODAY, gathered_by="Alex")
    )
    record = draft.record
    record.cards = [CardSort("maths", "like"), CardSort("noise", "dont_like")]
    vault.ehc.views.save_draft(draft.id, record)
    with pytest.raises(ValidationFailed) as exc:
        vault.ehc.views.finalise(draft.id, today=TODAY)
    assert "read_back" in exc.value.errors
    record.read_back = True
    vault.ehc.views.save_draft(draft.id, record)
    final = vault.ehc.views.finalise(draft.id, today=TODAY)
    assert final.is_final and final.record.cards[1].pile == "dont_like"
    with pytest.raises(RecordFinalised):
        vault.ehc.views.save_draft(draft.id, record)
    with pytest.raises(Exception, match="immutable"):
        vault.conn.execute("UPDATE views_records SET data = '{}' WHERE id = ?", (draft.id,))
    kinds = [tuple(r) for r in vault.conn.execute("SELECT record_type, op FROM outbox")]
    assert ("views", "create") in kinds


def test_views_rules(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    record = ViewsRecord(
        child_id=child,
        gathered_on=TODAY,
        gathered_by="Alex",
        read_back=True,
        communication_support=["interpreter"],
        consent_to_share=True,
        scales=[ScaleAnswer("How is home learning?", 11)],
    )
    draft = vault.ehc.views.start(record)
    with pytest.raises(ValidationFailed) as exc:
        vault.ehc.views.finalise(draft.id, today=TODAY)
    assert {"interpreter_language", "share_with", "scales"} <= set(exc.value.errors)


def test_unsafe_is_audited_at_once(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    draft = vault.ehc.views.start(ViewsRecord(child_id=child))
    vault.ehc.views.note_unsafe(draft.id)
    assert any(e["action"] == "child_said_unsafe" for e in vault.audit_events())


def test_plan_outcomes_progress_and_review(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    with pytest.raises(ValidationFailed, match="before the draft"):
        vault.ehc.plans.add(EhcPlan(child_id=child, draft_date=date(2026, 5, 1), final_date=date(2026, 4, 1)))
    plan = vault.ehc.plans.add(
        EhcPlan(child_id=child, final_date=date(2025, 12, 1), section_a="Loves trains")
    )
    outcome = vault.ehc.add_outcome(Outcome(plan_id=plan.id, text="Reads independently"))
    with pytest.raises(ValidationFailed):
        vault.ehc.record_progress(
            ProgressEntry(outcome_id=outcome.id, recorded_on=TODAY, rating="some", note=""), today=TODAY
        )
    vault.ehc.record_progress(
        ProgressEntry(outcome_id=outcome.id, recorded_on=TODAY, rating="good", note="Read a whole chapter"),
        today=TODAY,
    )
    assert [p.rating for p in vault.ehc.progress(outcome.id)] == ["good"]
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE ehc_progress SET data = '{}'")
    review = vault.ehc.start_review(child)
    with pytest.raises(ValidationFailed, match="before the review meeting"):
        vault.ehc.reviews.update(
            review.id,
            1,
            AnnualReview(
                child_id=child,
                plan_id=plan.id,
                meeting_date=date(2026, 11, 20),
                report_sent=date(2026, 11, 1),
            ),
        )
    saved = vault.ehc.reviews.update(
        review.id,
        1,
        AnnualReview(
            child_id=child,
            plan_id=plan.id,
            meeting_date=date(2026, 11, 20),
            decision="maintain",
            decision_date=date(2026, 11, 22),
        ),
    )
    assert saved.meta.version == 2
    assert vault.ehc.current_review(child).id == review.id


def test_statement_round_trip(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    words = "I don't like the bus – it's “too loud” & smelly <really>"
    draft = vault.ehc.views.start(ViewsRecord(child_id=child, statements=[Statement("said", words, True)]))
    assert vault.ehc.views.get(draft.id).record.statements[0].text == words
