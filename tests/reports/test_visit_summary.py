"""The visit summary PDF, read back by independent tools (poppler's pdftotext, pypdf): its
fields, sections by visit type, the child's views first, amendments as old → new, a draft
marked on every page, no page of stray lines."""

from __future__ import annotations

import io
import re
import shutil
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from cnis_desktop.domain.audience import copy_for, visit_for_copy
from cnis_desktop.domain.model import Action, Amendment, Child, RecordMeta, StoredVisit, Visit
from cnis_desktop.reports.visit_summary import (
    AmendmentLine,
    VisitSummaryData,
    render_visit_summary,
)
from tests.reports.docs_helpers import flat, pages_of, text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is installed by ./dev and CI"
)

CHILD = Child(
    legal_first_name="Zephyrine",
    legal_last_name="Quillfeather",
    preferred_name="Zeph",
    date_of_birth=date(2016, 3, 4),
    upn="U820200101001",
    send_status="ehc_plan",
)


def _stored(visit: Visit, amendments: tuple[Amendment, ...] = (), final: bool = True) -> StoredVisit:
    now = datetime(2026, 10, 1, 15, 0, tzinfo=UTC)
    meta = RecordMeta("4b0c9f8e-0000-4000-8000-000000000001", 1, now, "Alex Officer", "dev", now)
    return StoredVisit(
        meta,
        visit,
        "final" if final else "draft",
        now if final else None,
        "Alex Officer" if final else "",
        amendments,
    )


def render(
    stored: StoredVisit,
    audience: str = "record",
    today: date = date(2026, 10, 2),
    amendments: list[AmendmentLine] | None = None,
) -> bytes:
    copy = copy_for(audience)
    visit, withheld = visit_for_copy(stored.effective(), copy)
    return render_visit_summary(
        VisitSummaryData(
            CHILD,
            visit,
            copy,
            stored.id,
            stored.is_final,
            stored.finalised_at,
            stored.finalised_by,
            amendments or [],
            withheld,
            "CN-0001",
            "doc-1",
            "Alex Officer (EHE officer)",
            today,
        )
    )


def test_summary_holds_the_visit_fields() -> None:
    visit = Visit(
        actual_date=date(2026, 10, 1),
        start_time="10:30",
        present="Zeph and her dad",
        child_seen=True,
        child_seen_alone=True,
        education_approach="Project-based",
        hours_per_week=18,
        child_views="I like <counting> the hens & ducks.",
        parent_views="We use the library twice a week.",
        judgement="not_yet_shown",
        judgement_reasons="No maths seen yet.",
        advice_given="Try the maths club.",
        next_steps="Visit again in spring.",
        parent_comments="Dad agreed.",
        summary_sent_to_parent=date(2026, 10, 3),
        actions=[Action("Send reading list", "EHE officer", date(2026, 10, 15))],
        next_contact_date=date(2027, 1, 12),
    )
    text = flat(text_of(render(_stored(visit))))
    for expected in (
        "Visit summary",
        "Zeph Quillfeather",
        "04/03/2016",
        "U820200101001",
        "Project-based",
        "18 hours a week",
        "I like <counting> the hens & ducks.",
        "We use the library twice a week.",
        "Not yet shown",
        "Send reading list",
        "15/10/2026",
        "12/01/2027",
        "seen alone: Yes",
        "OFFICIAL-SENSITIVE",
        "Finalised by Alex Officer",
        "No maths seen yet.",
        "Try the maths club.",
        "Visit again in spring.",
        "Dad agreed.",
        "Sent to the parent on 03/10/2026",
        "Record copy – complete",
    ):
        assert expected in text, expected


def test_the_childs_views_come_first() -> None:
    visit = Visit(
        visit_type="social_worker",
        actual_date=date(2026, 10, 1),
        child_views="I want to see my cousin.",
        family_circumstances="Moved house.",
        judgement="suitable",
    )
    text = flat(text_of(render(_stored(visit))))
    assert text.index("“I want to see my cousin.”") < text.index("The visit")
    assert text.index("The child's views") < text.index("Parents' and carers' views")


@pytest.mark.parametrize(
    ("visit_type", "has", "has_not"),
    [
        (
            "ehe_annual",
            ["Education seen", "Is the education suitable?"],
            ["Findings on the provision", "Family circumstances"],
        ),
        (
            "eotas_qa",
            ["Education seen", "Provision observed", "Findings on the provision"],
            ["Is the education suitable?", "Family circumstances"],
        ),
        (
            "social_worker",
            ["Family circumstances", "The child's plan and support"],
            ["Is the education suitable?", "Education seen"],
        ),
        ("cme_enquiry", ["Enquiries made"], ["Is the education suitable?", "Education seen"]),
    ],
)
def test_sections_fit_the_visit_type(visit_type: str, has: list[str], has_not: list[str]) -> None:
    visit = Visit(visit_type=visit_type, actual_date=date(2026, 10, 1), judgement="suitable")
    text = flat(text_of(render(_stored(visit))))
    for title in has:
        assert title in text, title
    for title in has_not:
        assert title not in text, title


def test_every_page_names_the_child_and_counts_pages() -> None:
    long_views = "\n".join(f"Paragraph {i}: " + "we read and count together. " * 12 for i in range(40))
    visit = Visit(actual_date=date(2026, 10, 1), parent_views=long_views, judgement="suitable")
    pages = pages_of(render(_stored(visit)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Zeph Quillfeather" in page
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("OFFICIAL-SENSITIVE") == 2
        assert "2 October 2026" in flat(page)
        assert "Document doc-1" in page


def test_no_page_holds_a_few_stray_lines() -> None:
    furniture = ("OFFICIAL-SENSITIVE", "Record copy – complete", "Page ", "Visit summary ·")
    for lines in range(0, 60, 2):
        visit = Visit(
            actual_date=date(2026, 10, 1),
            judgement="suitable",
            parent_views="\n".join(f"Line {i} of what the parent said." for i in range(lines)),
        )
        for page in pages_of(render(_stored(visit)))[1:]:
            body = [ln for ln in page.splitlines() if ln.strip() and not any(f in ln for f in furniture)]
            assert len(body) >= 7, (lines, body)


def test_fonts_are_embedded() -> None:
    pdf = render(_stored(Visit(judgement="suitable")))
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            descriptor = (
                obj.get("/FontDescriptor") or obj["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            assert "/FontFile2" in descriptor.get_object(), obj["/BaseFont"]
            fonts.add(re.sub(r"^[A-Z]{6}\+", "", str(obj["/BaseFont"])))
    assert any("DejaVuSans" in f for f in fonts)


def test_amendments_show_old_and_new_with_reason_who_and_when() -> None:
    original = Visit(actual_date=date(2026, 10, 1), judgement="suitable", next_contact_date=date(2027, 4, 1))
    amendment = Amendment(
        "a1",
        "v1",
        "Date typed wrongly",
        {"next_contact_date": "2027-01-15"},
        datetime(2026, 10, 3, 9, 0),
        "Alex Officer",
    )
    stored = _stored(original, (amendment,))
    from cnis_desktop.documents import amendment_lines

    text = flat(
        text_of(
            render(stored, today=date(2026, 10, 4), amendments=amendment_lines(stored, copy_for("record")))
        )
    )
    section = text.split("Amendments", 1)[1]
    for expected in (
        "Next contact",
        "01/04/2027",
        "15/01/2027",
        "Date typed wrongly",
        "Alex Officer, 03/10/2026 09:00",
    ):
        assert expected in section, expected
    assert section.index("01/04/2027") < section.index("15/01/2027")  # was, then now


def test_a_draft_says_draft_on_every_page() -> None:
    long_views = "\n".join(f"Paragraph {i}: " + "we read together. " * 12 for i in range(40))
    pdf = render(_stored(Visit(parent_views=long_views), final=False))
    pages = pages_of(pdf)
    assert len(pages) >= 2
    assert all("DRAFT – not finalised" in page for page in pages)
