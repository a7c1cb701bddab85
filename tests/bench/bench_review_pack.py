"""The review pack for a year of data (24 visits, 200 activity entries, 10 views records)
against bare ReportLab drawing the same number of pages of plain paragraphs, same run.
Targets: under 1.5 s, and at most 3x the bare document; the accessible version (ODT) of
the same pack under 2 s. Also: capture forms open < 100 ms."""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parents[2]))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from cnis_desktop.documents import review_pack_data
from cnis_desktop.reports.odt_render import render_odt
from cnis_desktop.reports.pdf_render import render_pdf
from cnis_desktop.reports.review_pack import review_pack_document
from tests.bench.common import encrypted_vault
from tests.reports.test_review_pack import YEAR, year_of_data


def bare(pages: int) -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for _ in range(pages):
        story += [Paragraph("Plain paragraph text for the baseline. " * 12, style) for _ in range(8)]
        story.append(PageBreak())
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def forms_open_ms(vault: object, child_id: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from cnis_desktop.domain.views import ViewsRecord
    from cnis_desktop.gui.views_page import ViewsPage

    app = QApplication.instance() or QApplication([])
    results = {}
    page = ViewsPage(vault, 1.5, "procedure")  # type: ignore[arg-type]
    page.resize(1280, 720)
    page.show()
    for method in ("conversation", "three_houses", "one_page_profile", "scaling", "sorting", "observation"):
        stored = vault.ehc.views.start(ViewsRecord(child_id=child_id, method=method))  # type: ignore[attr-defined]
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            page.show_record(stored.id)
            app.processEvents()
            times.append(time.perf_counter() - t0)
        results[method] = statistics.median(times) * 1000
    page.close()
    return results


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault = encrypted_vault(Path(tmp) / "pack.vault")
        child_id = year_of_data(vault)
        gather, render, base, accessible = [], [], [], []
        pdf = b""
        for _ in range(5):
            t0 = time.perf_counter()
            data = review_pack_data(vault, child_id, YEAR)
            t1 = time.perf_counter()
            pdf = render_pdf(review_pack_document(data, YEAR))
            t2 = time.perf_counter()
            gather.append(t1 - t0)
            render.append(t2 - t1)
            t3 = time.perf_counter()
            render_odt(review_pack_document(review_pack_data(vault, child_id, YEAR), YEAR))
            accessible.append(time.perf_counter() - t3)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        for _ in range(5):
            t0 = time.perf_counter()
            bare(pages)
            base.append(time.perf_counter() - t0)
        g, r, b = (statistics.median(x) for x in (gather, render, base))
        print(f"review pack: {pages} pages, {len(pdf) / 1024:.0f} KiB")
        print(
            f"  gather from the vault {g * 1000:.0f} ms + render {r * 1000:.0f} ms "
            f"= {(g + r) * 1000:.0f} ms (target < 1500 ms)"
        )
        print(
            f"  bare ReportLab, {pages} pages of paragraphs: {b * 1000:.0f} ms; "
            f"render ratio {r / b:.2f}x, whole ratio {(g + r) / b:.2f}x (target <= 3x)"
        )
        print(
            f"  accessible version (ODT), gathered and written: "
            f"{statistics.median(accessible) * 1000:.0f} ms (target < 2000 ms)"
        )
        for method, ms in forms_open_ms(vault, child_id).items():
            print(f"  capture form '{method}' opens in {ms:.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
