"""Attachments in documents: the child's drawing in the views section of the review pack (an
image on that page, its caption as its text), restricted ones only in the record copy, the
accessible version with the caption as the picture's title; the visit summary's record copy
lists the work samples."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from cnis_desktop import cli
from cnis_desktop.documents import renderer, review_pack, visit_summary
from cnis_desktop.domain.audience import copy_for
from cnis_desktop.domain.views import Statement, ViewsRecord
from cnis_desktop.reports.pack_options import PackOptions
from cnis_desktop.reports.pdf_render import render_pdf
from cnis_desktop.vault import Vault
from tests.attachment_samples import drawing_png, phone_photo
from tests.conftest import PASSPHRASE, add_child_with_arrangement, finalisable_visit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
TODAY = date(2026, 11, 23)
DRAWING = "My three houses: the good house has my dog in it"
SECRET_PHOTO = "Bruise photographed at the door (restricted)"


def page_texts(pdf: bytes) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return [re.sub(r"\s+", " ", page) for page in done.stdout.decode().split("\f")]


def views_with_drawing(vault: Vault) -> str:
    child = add_child_with_arrangement(vault)
    draft = vault.ehc.views.start(
        ViewsRecord(
            child_id=child,
            method="three_houses",
            gathered_on=TODAY,
            gathered_by="Alex",
            read_back=True,
            consent_to_share=True,
            share_with="the review meeting",
            statements=[Statement("good", "I like drawing my dog", True)],
        )
    )
    vault.attachments.add(child, "views", draft.id, drawing_png(), "houses.png", caption=DRAWING)
    vault.attachments.add(
        child, "views", draft.id, phone_photo(800, 600), "door.jpg", caption=SECRET_PHOTO, restricted=True
    )
    vault.ehc.views.finalise(draft.id, today=TODAY)
    return child


def test_drawing_is_on_the_views_page_with_its_caption(vault: Vault) -> None:
    child = views_with_drawing(vault)
    options = PackOptions(TODAY.replace(month=1, day=1), TODAY, audience="family")
    pdf = render_pdf(review_pack(vault, child, options, today=TODAY))
    pages = page_texts(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    with_images = [n for n, page in enumerate(reader.pages) if len(page.images) > 0]
    assert len(with_images) == 1
    [page] = with_images
    assert DRAWING in pages[page] and "three houses" in pages[page].lower()
    assert len(reader.pages[page].images) == 1  # the restricted photo is not in a family copy
    assert all(SECRET_PHOTO not in text for text in pages)

    record = render_pdf(
        review_pack(vault, child, PackOptions(options.start, TODAY, audience="record"), today=TODAY)
    )
    record_reader = PdfReader(io.BytesIO(record))
    assert sum(len(p.images) for p in record_reader.pages) == 2
    assert any(SECRET_PHOTO in text for text in page_texts(record))


def _files_lost(vault: Vault, child: str) -> None:
    """As on a laptop that has the records but not yet the bytes (or lost them)."""
    for path in vault.attachments.files.path.iterdir():
        path.unlink()
    assert all(vault.attachments.data(a.sha256) is None for a in vault.attachments.list_for_child(child))


def test_a_drawing_not_on_this_laptop_is_said_where_it_goes(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never left out without a word: the reader would take the child's drawing for missing.
    The restricted photo stays unmentioned in a family copy, here too."""
    child = views_with_drawing(vault)
    _files_lost(vault, child)
    options = PackOptions(TODAY.replace(month=1, day=1), TODAY, audience="family")
    pdf = render_pdf(review_pack(vault, child, options, today=TODAY))
    assert sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages) == 0
    text = " ".join(page_texts(pdf))
    assert f"Picture not included: {DRAWING}. It was not on this laptop when this document was made" in text
    assert "three houses" in text.lower() and SECRET_PHOTO not in text
    record = " ".join(
        page_texts(
            render_pdf(
                review_pack(vault, child, PackOptions(options.start, TODAY, audience="record"), today=TODAY)
            )
        )
    )
    assert f"Picture not included: {SECRET_PHOTO}. It was not on this laptop" in record

    # From the command line, the same pack, and a line saying so.
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    out = vault_path.parent / "pack.pdf"
    argv = ["print", "review-pack", child, "--from", "01/01/2026", "--to", "23/11/2026", "--out", str(out)]
    assert cli.main([*argv, "--vault", str(vault_path), "--passphrase-stdin"]) == 0
    said = capsys.readouterr().err
    assert "1 picture attached to the child's views is not on this laptop yet" in said
    assert "Sync, then make it again to include it." in said
    assert f"Picture not included: {DRAWING}." in " ".join(page_texts(out.read_bytes()))


def test_accessible_version_carries_the_caption(vault: Vault) -> None:
    child = views_with_drawing(vault)
    options = PackOptions(TODAY.replace(month=1, day=1), TODAY, audience="professional")
    odt = renderer("odt")(review_pack(vault, child, options, today=TODAY))
    with zipfile.ZipFile(io.BytesIO(odt)) as package:
        content = package.read("content.xml").decode()
        names = package.namelist()
        manifest = package.read("META-INF/manifest.xml").decode()
    assert f"<svg:title>{DRAWING}</svg:title>" in content and f"Picture: {DRAWING}" in content
    assert SECRET_PHOTO not in content
    [picture] = [n for n in names if n.startswith("Pictures/attachment")]
    assert picture.endswith(".png") and f'full-path="{picture}" manifest:media-type="image/png"' in manifest


def test_visit_summary_lists_work_samples_in_the_record_copy_only(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    draft = vault.visits.start(finalisable_visit(child))
    vault.attachments.add(
        child, "visit", draft.id, phone_photo(800, 600), "maths.jpg", caption="Fractions workbook"
    )
    vault.visits.finalise(draft.id, today=date(2026, 11, 1))
    record = " ".join(page_texts(render_pdf(visit_summary(vault, draft.id, copy_for("record")))))
    family = " ".join(page_texts(render_pdf(visit_summary(vault, draft.id, copy_for("family")))))
    assert "Work samples and attachments" in record and "Fractions workbook" in record
    assert "Fractions workbook" not in family and "Work samples and attachments" not in family
