"""Copies for an audience: for every demo child and every visit, the family and professional
copies hold no text of the record copy's safeguarding section or of its restricted items
(read back with pdftotext), and every page says what the copy withheld."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

import pytest

from cnis_desktop.demo import populate
from cnis_desktop.documents import review_pack_pdf, visit_summary_pdf
from cnis_desktop.domain.audience import (
    WITHHELD,
    action_is_restricted,
    copy_for,
)
from cnis_desktop.domain.model import Action
from cnis_desktop.reports.pack_options import PackOptions
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement, finalisable_visit
from tests.reports.docs_helpers import flat, new_vault, pages_of, text_of, year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

NOTICES = {
    "family": "Family copy – safeguarding and third-party information withheld",
    "professional": "Professional copy – safeguarding information withheld",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    vault = new_vault(tmp_path_factory.mktemp("copies"))
    populate(vault)
    return vault


def record_only(vault: Vault, child_id: str, reasons: bool = True) -> list[str]:
    """Every text that only the record copy may hold, from the records themselves (with the
    reasons for amendments to safeguarding, which only a visit summary lists)."""
    found = []
    for stored in vault.visits.for_child(child_id):
        if not stored.is_final:
            continue
        visit = stored.effective()
        for version in (stored.record, visit):
            if version.safeguarding_details.strip():
                found.append(version.safeguarding_details)
            found += [getattr(version, name) for name in version.restricted_fields if getattr(version, name)]
            found += [
                a.what for a in version.actions if action_is_restricted(a, version.safeguarding_concern)
            ]
        for amendment in stored.amendments:
            if reasons and any(name.startswith("safeguarding") for name in amendment.changes):
                found.append(amendment.reason)
    for stored in vault.ehc.views.for_child(child_id):
        found += [text for text in (stored.record.unsafe_details, stored.record.unsafe_actions) if text]
    return [text for text in found if text.strip() and text != WITHHELD]


def section_lines(record_text: str, heading: str, ends: tuple[str, ...]) -> list[str]:
    """The lines of one section of the record copy, as pdftotext laid them out."""
    pages = record_text.split("\f")[:-1]
    # Page furniture (on every page) is not the section's text.
    furniture = set.intersection(*({flat(ln).strip() for ln in p.splitlines()} for p in pages))
    out, inside = [], False
    for line in record_text.splitlines():
        if flat(line).strip() in furniture:
            continue
        stripped = line.strip()
        if stripped == heading:
            inside = True
            continue
        if inside and (stripped in ends or stripped.startswith(ends)):
            break
        if (
            inside
            and len(stripped) > 15
            and "OFFICIAL-SENSITIVE" not in stripped
            and "copy –" not in stripped
            and "Page " not in stripped
        ):
            out.append(flat(stripped).strip())
    return out


def test_the_demo_has_what_the_rules_need(demo: Vault) -> None:
    mira = demo.children.caseload("mira")[0].id
    visits = [v for v in demo.visits.for_child(mira) if v.is_final]
    concern = [v for v in visits if v.effective().safeguarding_concern]
    assert concern and concern[0].amendments
    actions = concern[0].effective().actions
    assert any(a.restricted is None for a in actions)  # restricted by the concern
    assert any(a.restricted is True for a in actions)
    assert any(a.restricted is False for a in actions)
    assert any(v.amendments and not v.effective().safeguarding_concern for v in visits)
    toby = demo.children.caseload("toby")[0].id
    review = demo.ehc.current_review(toby)
    assert review is not None and review.record.invitees and review.record.advice
    mira_arrangement = demo.arrangements.current(mira)
    assert mira_arrangement is not None and mira_arrangement.record.type == "ehe"
    assert mira_arrangement.record.hours_per_week


def test_every_visit_of_every_demo_child(demo: Vault) -> None:
    checked = concern_visits = 0
    for row in demo.children.caseload():
        secrets = record_only(demo, row.id)
        for stored in demo.visits.for_child(row.id):
            record_text = text_of(visit_summary_pdf(demo, stored.id, copy=copy_for("record"))[1])
            concern = stored.effective().safeguarding_concern
            section = section_lines(
                record_text, "Safeguarding concern", ("Is the education suitable?", "Advice offered")
            )
            if concern:
                concern_visits += 1
                assert section, "the record copy shows the concern"
                assert flat(stored.effective().safeguarding_details) in flat(record_text)
            for audience, notice in NOTICES.items():
                pdf = visit_summary_pdf(demo, stored.id, copy=copy_for(audience))[1]
                text = flat(text_of(pdf))
                for secret in secrets + section:
                    assert flat(secret).strip() not in text, (audience, secret)
                pages = pages_of(pdf)
                assert all(notice in page for page in pages), audience
                assert "Safeguarding [withheld]" in text
            checked += 1
    assert checked >= 40 and concern_visits >= 1


def test_every_demo_childs_pack(demo: Vault) -> None:
    start, end = year()
    for row in demo.children.caseload():
        secrets = record_only(demo, row.id)
        record = text_of(review_pack_pdf(demo, row.id, PackOptions(start, end, audience="record")))
        section = section_lines(
            record, "Safeguarding", ("The authority's decision and your rights", "Prepared by")
        )
        for audience, notice in NOTICES.items():
            pdf = review_pack_pdf(demo, row.id, PackOptions(start, end, audience=audience))
            text = flat(text_of(pdf))
            for secret in secrets + section:
                assert flat(secret).strip() not in text, (row.name, audience, secret)
            assert all(notice in page for page in pages_of(pdf)), (row.name, audience)
        for secret in record_only(demo, row.id, reasons=False):
            assert flat(secret) in flat(record), (row.name, secret)


def test_a_copy_never_tells_whether_there_was_a_concern(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    quiet = vault.visits.start(finalisable_visit(child_id))
    vault.visits.finalise(quiet.id)
    worried = vault.visits.start(
        finalisable_visit(
            child_id,
            safeguarding_concern=True,
            safeguarding_details="Disclosure at the door.",
            safeguarding_procedure_shown_at=datetime(2026, 10, 1, 10, tzinfo=UTC),
        )
    )
    vault.visits.finalise(worried.id)
    for audience in NOTICES:
        texts = [
            flat(text_of(visit_summary_pdf(vault, v, copy=copy_for(audience))[1]))
            for v in (quiet.id, worried.id)
        ]
        sections = [t.split("Safeguarding", 1)[1].split("Is the education", 1)[0] for t in texts]
        assert sections[0] == sections[1] == " [withheld] "


def test_restricted_marks_and_third_party_choice(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)
    stored = vault.visits.start(
        finalisable_visit(
            child_id,
            parent_views="Dad works nights at the depot.",
            wellbeing="Sleeps badly.",
            restricted_fields=["wellbeing"],
            actions=[
                Action("Ask the GP about sleep", "EHE officer", date(2026, 10, 8), True),
                Action("Send a reading list", "EHE officer", date(2026, 10, 9)),
            ],
        )
    )
    vault.visits.finalise(stored.id)

    def text(audience: str, third_party: bool | None = None) -> str:
        return flat(text_of(visit_summary_pdf(vault, stored.id, copy=copy_for(audience, third_party))[1]))

    family, professional, record = text("family"), text("professional"), text("record")
    for words in ("Sleeps badly.", "Ask the GP about sleep"):
        assert words not in family and words not in professional and words in record
    assert "Send a reading list" in family  # not restricted, no concern: everyone sees it
    assert "Dad works nights" not in family and "Dad works nights" in professional
    assert "Dad works nights" in text("family", third_party=True)
    assert "Family copy – safeguarding information withheld" in text("family", third_party=True)
    assert "Record copy – complete" in record
    assert "[withheld]" in family and " – " not in family.split("Health and wellbeing")[1][:12]


def test_what_the_worker_did_after_an_unsafe_disclosure_is_in_the_record_copy_only(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from cnis_desktop.domain.views import Statement, ViewsRecord

    vault = new_vault(tmp_path_factory.mktemp("unsafe"))
    child = add_child_with_arrangement(vault)
    today = date.today()
    stored = vault.ehc.views.start(
        ViewsRecord(
            child_id=child,
            purpose="annual_review",
            gathered_on=today,
            gathered_by="Alex Officer",
            method="conversation",
            read_back=True,
            consent_to_share=True,
            share_with="the review meeting",
            statements=[Statement("said", "I like the quiet room.", True)],
            unsafe_raised_at=datetime.now(UTC),
            unsafe_details="Zephyrine said a neighbour frightens her",
            unsafe_actions="Told the DSL, Quentin Marsh, at 14:10; MASH referral agreed",
        )
    )
    vault.ehc.views.finalise(stored.id)
    period = PackOptions(today.replace(day=1), today, audience="record")
    record = flat(text_of(review_pack_pdf(vault, child, period)))
    assert "Told the DSL, Quentin Marsh, at 14:10" in record
    for audience in ("family", "professional"):
        options = PackOptions(today.replace(day=1), today, audience=audience)
        text = flat(text_of(review_pack_pdf(vault, child, options)))
        assert "Quentin Marsh" not in text and "neighbour frightens" not in text
        assert "I like the quiet room." in text
    vault.close()
