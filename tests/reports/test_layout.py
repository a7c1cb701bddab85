"""Page layout shared by the documents: headings stay with what follows them, and a
paragraph laid out twice at one width is laid out the same."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from cnis_desktop.reports.layout import PageFurniture, Para, build_pdf, styles

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FURNITURE = PageFurniture("Test Child", "Layout test", date(2026, 11, 23))
# A4 less the margins leaves about 255 mm for the story; this leaves room for a heading and
# a line or two at the foot of page 1.
FILLER = 238 * mm


def pages(pdf: bytes) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return text.split("\f")


def page_of(text_pages: list[str], needle: str) -> int:
    return next(i for i, page in enumerate(text_pages, start=1) if needle in page)


def test_a_heading_goes_over_with_a_block_that_must_stay_together() -> None:
    s = styles()
    block = KeepTogether([Para(f"Block line {i}.", s.body) for i in range(12)])
    story = [Spacer(1, FILLER), Para("Orphan-prone heading", s.heading), block]
    text = pages(build_pdf(story, FURNITURE, "test"))
    assert page_of(text, "Orphan-prone heading") == page_of(text, "Block line 0.") == 2


def test_a_block_taller_than_a_page_starts_under_its_heading() -> None:
    s = styles()
    block = KeepTogether([Para(f"Tall block line {i}.", s.body) for i in range(60)])
    story = [Para("Heading over a tall block", s.heading), block]
    text = pages(build_pdf(story, FURNITURE, "test"))
    assert page_of(text, "Heading over a tall block") == page_of(text, "Tall block line 0.") == 1
    assert page_of(text, "Tall block line 59.") == 2


def test_a_heading_stays_with_the_first_lines_of_a_long_paragraph() -> None:
    s = styles()
    long_text = " ".join(f"word{i}" for i in range(300))
    story = [Spacer(1, FILLER - 10 * mm), Para("Heading before prose", s.heading), Para(long_text, s.body)]
    text = pages(build_pdf(story, FURNITURE, "test"))
    assert page_of(text, "Heading before prose") == page_of(text, "word0 ") == 1
    assert page_of(text, "word299") == 2


def test_a_heading_with_no_room_below_it_moves_to_the_next_page() -> None:
    s = styles()
    story = [
        Spacer(1, FILLER + 8 * mm),
        Para("Late heading", s.heading),
        Para("The paragraph under it.", s.body),
    ]
    text = pages(build_pdf(story, FURNITURE, "test"))
    assert page_of(text, "Late heading") == page_of(text, "The paragraph under it.") == 2


def test_wrapping_again_at_the_same_width_gives_the_same_lines() -> None:
    s = styles()
    para = Para("Some words that will wrap across a narrow column of text. " * 5, s.body)
    first = para.wrap(60 * mm, 500)
    lines = [line for line in para.blPara.lines]
    assert para.wrap(60 * mm, 500) == first
    assert para.blPara.lines == lines
    narrower = para.wrap(40 * mm, 500)
    assert narrower[1] > first[1]  # a new width is laid out again


def word_left(pdf: bytes, word: str) -> float:
    """Where `word` starts across the page, in points (pdftotext's word boxes)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    found = re.search(rf'<word xMin="([0-9.]+)"[^>]*>{re.escape(word)}</word>', html)
    assert found, word
    return float(found.group(1))


def test_what_follows_a_heading_keeps_its_own_alignment() -> None:
    s = styles()
    centred = Table([["Centred"]], colWidths=[40 * mm])  # a table's default: centred
    story = [Para("Heading over a centred table", s.heading), centred]
    left = word_left(build_pdf(story, FURNITURE, "test"), "Centred")
    page_middle = A4[0] / 2
    assert page_middle - 20 * mm < left < page_middle
