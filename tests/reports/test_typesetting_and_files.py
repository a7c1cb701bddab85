"""Typesetting checked from where pdftotext finds each word (no split date, no word broken
but at a space or a real hyphen, a cell in capitals inside its column), and the files'
metadata (real dates, a document id each, no child's name, author, language)."""

from __future__ import annotations

import io
import re
import shutil
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from cnis_desktop.demo import populate
from cnis_desktop.documents import review_pack, review_pack_pdf, visit_summary_pdf
from cnis_desktop.domain.audience import copy_for
from cnis_desktop.reports.document import Document, Heading, Table, Together
from cnis_desktop.reports.pack_options import PackOptions
from cnis_desktop.reports.pdf_render import render_pdf
from cnis_desktop.reports.typeset import lower_first
from cnis_desktop.vault import Vault
from tests.reports.docs_helpers import flat, new_vault, text_of, words_of, year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    vault = new_vault(tmp_path_factory.mktemp("typeset"))
    populate(vault)
    return vault


def source_words(document: Document) -> set[str]:
    """Every word the document was given, split only where a line may break."""
    texts: list[str] = [
        document.title,
        document.child_name,
        document.page_notice,
        document.document_id,
        "OFFICIAL-SENSITIVE",
        "Page",
        "of",
        "Document",
        "Contents",
        "Left",
        "out",
        "this",
        "copy:",
        f"{document.document_date:%B}",
    ]

    def walk(blocks: object) -> None:
        for block in blocks:  # type: ignore[attr-defined]
            if isinstance(block, Together):
                walk(block.blocks)
            for name in ("text", "caption", "planned_label", "description"):
                value = getattr(block, name, None)
                if isinstance(value, str):
                    texts.append(value)
                elif isinstance(value, tuple):
                    texts.append("".join(s.text for s in value))
            if isinstance(block, Table):
                texts.extend(block.header or ())
                texts.extend(cell for row in block.rows for cell in row)
            for entry in getattr(block, "entries", ()):
                texts.extend((entry.title, entry.left_out))

    walk(document.blocks)
    texts += ["Delivered (logged sessions)", "Full time for the key stage"]
    return {w for t in texts for w in re.split(r"[\s\u00a0]+", t) if w}


def test_no_word_is_broken_but_at_a_space_or_a_hyphen(demo: Vault) -> None:
    for search in ("mira", "toby", "amani"):
        child_id = demo.children.caseload(search)[0].id
        options = PackOptions(*year(), audience="record")
        document = review_pack(demo, child_id, options)
        known = source_words(document)
        pdf = render_pdf(document)
        for word in words_of(pdf):
            text = word.text
            if not re.search(r"[A-Za-z]{2}", text) or set(text) <= {"."}:
                continue  # figures, dates and the contents' leaders
            hyphen_part = any(
                text in w.split("-") or f"{text}" in [p + "-" for p in w.split("-")]
                for w in known
                if "-" in w
            )
            assert text in known or hyphen_part, (search, text)


def test_dates_never_split(demo: Vault) -> None:
    child_id = demo.children.caseload("toby")[0].id
    pdf = review_pack_pdf(demo, child_id, PackOptions(*year(), audience="record"))
    for word in words_of(pdf):
        # A date is one word, whole: never 28/11/ on one line and 2026 on the next.
        assert not re.fullmatch(r"\d{1,2}/\d{1,2}/?|/?\d{2}/\d{4}", word.text), word.text
    for line in text_of(pdf).splitlines():
        for month in re.finditer(MONTHS, line):
            before, after = line[: month.start()], line[month.end() :]
            assert re.search(r"\d{1,2}[ \u00a0]$", before) and re.match(r"[ \u00a0]\d{4}", after), line


def test_a_capitalised_cell_stays_inside_its_column() -> None:
    header = ("CODE", "DESCRIPTION OF NEED", "REVIEW")
    rows = (
        ("SEMH-ASSESSMENT", "Social, emotional and mental health", "ANNUALLY"),
        ("SLCN", "SPEECH AND LANGUAGE THERAPY WITH A SPECIALIST", "TERMLY"),
        ("ASD", "Autism", "EVERY SIX WEEKS UNTIL SETTLED"),
    )
    document = Document(
        "Typesetting test",
        "Test Child",
        "CN-1",
        date(2026, 11, 23),
        copy_for("record"),
        "doc-t",
        "Alex Officer",
    )
    document.add(Heading("A table in capitals", 2), Table(header, rows, "test"))
    words = words_of(render_pdf(document))
    starts = []
    for title in header:
        first = title.split()[0]
        starts.append(min(w.x_min for w in words if w.text == first))
    assert starts == sorted(starts)
    for row in rows:
        for column, cell in enumerate(row[:-1]):
            for token in cell.split():
                boxes = [w for w in words if w.text == token.rstrip(",") or w.text == token]
                assert boxes, token
                for box in boxes:
                    if box.x_min >= starts[column] - 1 and (
                        column + 1 == len(starts) or box.x_min < starts[column + 1]
                    ):
                        assert box.x_max < starts[column + 1] - 1, (token, column)


def test_acronyms_keep_their_case() -> None:
    assert lower_first("EHC needs assessment") == "EHC needs assessment"
    assert lower_first("SEND needs not met") == "SEND needs not met"
    assert lower_first("Annual review") == "annual review"
    assert lower_first("Cancelled by provider") == "cancelled by provider"


def test_acronyms_in_the_pack(demo: Vault) -> None:
    child_id = demo.children.caseload("mira")[0].id
    text = flat(text_of(review_pack_pdf(demo, child_id, PackOptions(*year()))))
    assert "for EHC needs assessment" in text and "ehc needs" not in text


# --- files -------------------------------------------------------------------------------------


def test_metadata_ids_and_dates(demo: Vault) -> None:
    row = demo.children.caseload("toby")[0]
    child = demo.children.get(row.id).record
    visit_id = demo.visits.for_child(row.id)[0].id
    files = [
        visit_summary_pdf(
            demo, visit_id, copy=copy_for("family"), authority="Exampleshire Council (fictional)"
        )[1],
        visit_summary_pdf(demo, visit_id, copy=copy_for("family"))[1],
        review_pack_pdf(demo, row.id, PackOptions(*year())),
    ]
    ids, trailer_ids = set(), set()
    for pdf in files:
        reader = PdfReader(io.BytesIO(pdf))
        info = reader.metadata
        assert info is not None
        assert child.legal_first_name not in str(info.title)
        assert child.preferred_name not in str(info.title)
        assert child.legal_last_name not in str(info.title)
        assert re.search(r"case CNIS-[0-9A-F]{8}", str(info.title)), info.title
        assert "Demo Officer" in str(info.author) or "Alex Officer" in str(info.author)
        created = info.creation_date
        modified = info.modification_date
        assert created is not None and modified is not None
        for moment in (created, modified):  # the time of rendering (a run may cross midnight)
            assert abs((datetime.now(moment.tzinfo) - moment).total_seconds()) < 300
        keywords = str(info.get("/Keywords"))
        found = re.search(r"document-id:([0-9a-f-]{36})", keywords)
        assert found, keywords
        ids.add(found.group(1))
        trailer_ids.add(
            bytes(
                reader.trailer["/ID"][0].original_bytes
                if hasattr(reader.trailer["/ID"][0], "original_bytes")
                else str(reader.trailer["/ID"][0]).encode()
            )
        )
        assert reader.trailer["/Root"]["/Lang"] == "en-GB"
        assert found.group(1) in flat(text_of(pdf))  # and printed on the page
    assert len(ids) == 3 and len(trailer_ids) == 3
    first = PdfReader(io.BytesIO(files[0])).metadata
    assert first is not None and "Exampleshire Council (fictional)" in str(first.author)
