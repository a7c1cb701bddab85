"""Children, arrangements and visits: versions, merges, immutability, outbox and audit."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from cnis_desktop.domain.model import Arrangement, Visit
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.vault import RecordFinalised, Vault, VersionConflict
from cnis_desktop.vault.migrations import SCHEMA_VERSION, schema_version
from tests.conftest import add_child_with_arrangement, finalisable_visit, make_child

TODAY = date(2026, 11, 1)


def outbox(vault: Vault) -> list[tuple[str, str]]:
    rows = vault.conn.execute("SELECT record_type, op FROM outbox ORDER BY seq").fetchall()
    return [(r[0], r[1]) for r in rows]


def test_schema_is_current(vault: Vault) -> None:
    assert schema_version(vault.conn) == SCHEMA_VERSION


def test_every_record_is_sync_ready(vault: Vault) -> None:
    stored = vault.children.add(make_child(), today=TODAY)
    assert len(stored.id) == 36 and stored.meta.version == 1
    assert stored.meta.created_by == "Alex Officer"
    assert stored.meta.device_id == vault.profile.device_id
    assert ("child", "create") in outbox(vault)


def test_edits_to_different_fields_merge(vault: Vault) -> None:
    stored = vault.children.add(make_child(), today=TODAY)
    one = dataclasses.replace(stored.record, preferred_name="Zeph")
    two = dataclasses.replace(stored.record, upn="")
    two.ethnicity = "White British"
    vault.children.update(stored.id, 1, one, today=TODAY)
    merged = vault.children.update(stored.id, 1, two, today=TODAY)
    assert merged.record.preferred_name == "Zeph"
    assert merged.record.ethnicity == "White British"
    assert merged.meta.version == 3


def test_edits_to_the_same_field_conflict(vault: Vault) -> None:
    stored = vault.children.add(make_child(), today=TODAY)
    vault.children.update(
        stored.id, 1, dataclasses.replace(stored.record, preferred_name="Zeph"), today=TODAY
    )
    with pytest.raises(VersionConflict):
        vault.children.update(
            stored.id, 1, dataclasses.replace(stored.record, preferred_name="Rine"), today=TODAY
        )
    assert vault.children.get(stored.id).record.preferred_name == "Zeph"


def test_every_version_is_kept(vault: Vault) -> None:
    stored = vault.children.add(make_child(), today=TODAY)
    for version, name in enumerate(("A", "B", "C"), start=1):
        vault.children.update(
            stored.id, version, dataclasses.replace(stored.record, preferred_name=name), today=TODAY
        )
    rows = vault.conn.execute(
        "SELECT version, changes FROM record_versions WHERE record_id = ? ORDER BY version", (stored.id,)
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2, 3, 4]
    assert [json.loads(r[1]).get("preferred_name") for r in rows[1:]] == ["A", "B", "C"]


def test_invalid_child_is_refused_and_nothing_is_written(vault: Vault) -> None:
    before = outbox(vault)
    with pytest.raises(ValidationFailed) as exc:
        vault.children.add(make_child(nhs_number="1234567890"), today=TODAY)
    assert "nhs_number" in exc.value.errors
    assert vault.children.count() == 0 and outbox(vault) == before


def test_arrangement_sets_caseload_columns(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    row = vault.children.caseload()[0]
    assert row.id == child_id and row.arrangement_type == "ehe"
    assert row.next_contact_due == date(2025, 9, 1)


def test_arrangement_dates_out_of_order_refused(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    with pytest.raises(ValidationFailed, match="before the start"):
        vault.arrangements.add(
            Arrangement(
                child_id=child_id, type="part_time", start_date=date(2026, 5, 1), end_date=date(2026, 1, 1)
            )
        )


def test_visit_draft_then_final_then_immutable(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    draft = vault.visits.start(Visit(child_id=child_id))
    assert ("visit", "create") not in outbox(vault)  # drafts stay on the laptop
    vault.visits.save_draft(draft.id, finalisable_visit(child_id))
    final = vault.visits.finalise(draft.id, today=TODAY)
    assert final.is_final and final.finalised_by == "Alex Officer"
    assert ("visit", "create") in outbox(vault)
    with pytest.raises(RecordFinalised):
        vault.visits.save_draft(draft.id, finalisable_visit(child_id, child_views="changed"))
    with pytest.raises(Exception, match="immutable"):
        vault.conn.execute("UPDATE visits SET data = '{}' WHERE id = ?", (draft.id,))
    with pytest.raises(Exception, match="immutable"):
        vault.conn.execute("DELETE FROM visits WHERE id = ?", (draft.id,))
    assert vault.children.caseload()[0].next_contact_due == date(2027, 4, 1)


def test_finalise_refuses_incomplete_visit(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    draft = vault.visits.start(Visit(child_id=child_id))
    with pytest.raises(ValidationFailed) as exc:
        vault.visits.finalise(draft.id, today=TODAY)
    assert "judgement" in exc.value.errors
    assert not vault.visits.get(draft.id).is_final


def test_amendment_needs_a_reason_and_keeps_the_original(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    draft = vault.visits.start(finalisable_visit(child_id))
    vault.visits.finalise(draft.id, today=TODAY)
    corrected = finalisable_visit(child_id, next_contact_date=date(2027, 1, 15))
    with pytest.raises(ValidationFailed, match="reason"):
        vault.visits.amend(draft.id, "  ", corrected, today=TODAY)
    vault.visits.amend(draft.id, "Wrong date typed", corrected, today=TODAY)
    stored = vault.visits.get(draft.id)
    assert stored.record.next_contact_date == date(2027, 4, 1)  # the original, unchanged
    assert stored.effective().next_contact_date == date(2027, 1, 15)
    assert stored.amendments[0].reason == "Wrong date typed"
    assert ("amendment", "create") in outbox(vault)
    assert vault.children.caseload()[0].next_contact_due == date(2027, 1, 15)


def test_audit_covers_the_journey(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    vault.children.view(child_id)
    draft = vault.visits.start(finalisable_visit(child_id))
    vault.visits.finalise(draft.id, today=TODAY)
    actions = {e["action"] for e in vault.audit_events()}
    assert {"create_vault", "create", "view", "finalise"} <= actions
    audit_outbox = vault.conn.execute("SELECT count(*) FROM outbox WHERE record_type = 'audit'").fetchone()[0]
    audit_rows = vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert audit_outbox == audit_rows


def test_a_failure_inside_atomic_leaves_nothing(vault: Vault) -> None:
    before = (vault.children.count(), len(outbox(vault)))
    with pytest.raises(RuntimeError), vault.atomic():
        vault.children.add(make_child(), today=TODAY)
        vault.children.add(make_child(legal_first_name="Other"), today=TODAY)
        raise RuntimeError("power cut")
    assert (vault.children.count(), len(outbox(vault))) == before


def test_search_by_name_dob_and_upn(vault: Vault) -> None:
    add_child_with_arrangement(vault, upn="U820200101001")
    add_child_with_arrangement(
        vault, legal_first_name="Bramwell", legal_last_name="Oakhurst", date_of_birth=date(2014, 6, 2)
    )
    assert [r.name for r in vault.children.caseload("zeph")] == ["Zephyrine Quillfeather"]
    assert [r.name for r in vault.children.caseload("02/06/2014")] == ["Bramwell Oakhurst"]
    assert len(vault.children.caseload("u8202001")) == 1
    assert len(vault.children.caseload("oak bram")) == 1
    assert vault.children.caseload("100%_") == []
    assert len(vault.children.caseload(send_status="sen_support")) == 2
    assert vault.children.caseload(arrangement_type="eotas") == []


def test_a_child_past_year_11_can_still_be_flagged(vault: Vault) -> None:
    """A safeguarding flag or a closing note must always be possible on an older record."""
    stored = vault.children.add(
        make_child(date_of_birth=date(2011, 3, 1)), today=date(2026, 11, 1)
    )  # Year 11 in 2026/27
    later = date(2028, 1, 10)  # past Year 11
    flagged = vault.children.update(
        stored.id,
        stored.meta.version,
        dataclasses.replace(stored.record, safeguarding_flag=True),
        today=later,
    )
    assert flagged.record.safeguarding_flag
    with pytest.raises(ValidationFailed, match="compulsory school age"):
        vault.children.update(
            stored.id,
            flagged.meta.version,
            dataclasses.replace(flagged.record, date_of_birth=date(2005, 3, 1)),
            today=later,
        )


def test_finalising_honours_the_authoritys_ehe_contact_interval(vault: Vault) -> None:
    from cnis_desktop.domain.timescales import Timescale

    child = add_child_with_arrangement(vault)
    draft = vault.visits.start(finalisable_visit(child))  # next contact six months on
    three = Timescale(3, "months", "At least quarterly EHE contact")
    with pytest.raises(ValidationFailed, match="3 months between contacts"):
        vault.visits.finalise(draft.id, contact_interval=three)
    assert vault.visits.finalise(draft.id).is_final  # the 12-month default is kept
