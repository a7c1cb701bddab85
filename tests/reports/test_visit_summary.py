"""The visit summary PDF, read back by independent tools (poppler's pdftotext, pypdf)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from cnis_desktop.domain.model import Action, Amendment, Child, RecordMeta, StoredVisit, Visit
from cnis_desktop.reports.visit_summary import render_visit_summary

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is installed by ./dev and CI")

CHILD = Child(legal_first_name="Zephyrine", legal_last_name="Quillfeather", preferred_name="Zeph",
              date_of_birth=date(2016, 3, 4), upn="U820200101001", send_status="ehc_plan")


def _stored(visit: Visit, amendments: tuple[Amendment, ...] = ()) -> StoredVisit:
    now = datetime(2026, 10, 1, 15, 0, tzinfo=UTC)
    meta = RecordMeta("4b0c9f8e-0000-4000-8000-000000000001", 1, now, "Alex Officer", "dev", now)
    return StoredVisit(meta, visit, "final", now, "Alex Officer", amendments)


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def _pages(pdf: bytes) -> list[str]:
    return _text(pdf).split("\f")[:-1]


def test_summary_holds_the_visit_fields() -> None:
    visit = Visit(actual_date=date(2026, 10, 1), start_time="10:30", present="Zeph and her dad",
                  child_seen=True, child_seen_alone=True, education_approach="Project-based",
                  hours_per_week=18, child_views="I like <counting> the hens & ducks.",
                  parent_views="We use the library twice a week.", judgement="not_yet_shown",
                  actions=[Action("Send reading list", "EHE officer", date(2026, 10, 15))],
                  next_contact_date=date(2027, 1, 12))
    text = _text(render_visit_summary(CHILD, _stored(visit), date(2026, 10, 2)))
    for expected in ("Visit summary", "Zeph Quillfeather", "04/03/2016", "U820200101001",
                     "Project-based", "18 hours a week", "I like <counting> the hens & ducks.",
                     "We use the library twice a week.", "Not yet shown", "Send reading list",
                     "15/10/2026", "12/01/2027", "seen alone: Yes", "OFFICIAL-SENSITIVE",
                     "Finalised by Alex Officer"):
        assert expected in text, expected


def test_every_page_names_the_child_and_counts_pages() -> None:
    long_views = "\n".join(f"Paragraph {i}: " + "we read and count together. " * 12
                           for i in range(40))
    visit = Visit(actual_date=date(2026, 10, 1), parent_views=long_views, judgement="suitable")
    pdf = render_visit_summary(CHILD, _stored(visit), date(2026, 10, 2))
    pages = _pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Zeph Quillfeather" in page
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("OFFICIAL-SENSITIVE") == 2
        assert "02 October 2026" in page


def test_fonts_are_embedded() -> None:
    pdf = render_visit_summary(CHILD, _stored(Visit(judgement="suitable")), date(2026, 10, 2))
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            descriptor = obj.get("/FontDescriptor") or obj["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), obj["/BaseFont"]
            fonts.add(re.sub(r"^[A-Z]{6}\+", "", str(obj["/BaseFont"])))
    assert any("DejaVuSans" in f for f in fonts)


def test_amendments_are_listed_with_reasons_and_applied() -> None:
    original = Visit(actual_date=date(2026, 10, 1), judgement="suitable",
                     next_contact_date=date(2027, 4, 1))
    amendment = Amendment("a1", "v1", "Date typed wrongly", {"next_contact_date": "2027-01-15"},
                          datetime(2026, 10, 3, 9, 0), "Alex Officer")
    text = _text(render_visit_summary(CHILD, _stored(original, (amendment,)), date(2026, 10, 4)))
    assert "15/01/2027" in text and "Date typed wrongly" in text
    assert "01/04/2027" not in text


def test_draft_is_marked() -> None:
    visit = _stored(Visit())
    draft = StoredVisit(visit.meta, visit.record, "draft", None, "")
    assert "DRAFT" in _text(render_visit_summary(CHILD, draft, date(2026, 10, 2)))
