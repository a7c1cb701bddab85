"""Visit summary PDF: our document against bare ReportLab drawing the same number of pages
of plain paragraphs, in the same run. Target: under 150 ms."""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cnis_desktop.domain.audience import copy_for, visit_for_copy
from cnis_desktop.domain.model import Action, Child, RecordMeta, StoredVisit, Visit
from cnis_desktop.reports.visit_summary import VisitSummaryData
from cnis_desktop.reports.visit_summary import render_visit_summary as render_data

CHILD = Child(
    legal_first_name="Zephyrine",
    legal_last_name="Quillfeather",
    preferred_name="Zeph",
    date_of_birth=date(2016, 3, 4),
    upn="U820200101001",
    send_status="ehc_plan",
)


def typical_visit() -> StoredVisit:
    now = datetime(2026, 10, 1, 15, 0, tzinfo=UTC)
    visit = Visit(
        actual_date=date(2026, 10, 1),
        present="Zeph, her father",
        child_seen=True,
        education_approach="Project-based learning with a weekly plan. " * 4,
        curriculum_areas="English, maths, science, art, PE",
        child_views="I like counting the hens and reading about rivers. " * 6,
        parent_views="We use the library and a tutor for maths twice a week. " * 8,
        send_needs="Speech and language needs; visual timetable helps. " * 3,
        wellbeing="Sleeping better since leaving school. " * 3,
        judgement="suitable",
        actions=[Action(f"Action {i}", "EHE officer", date(2026, 11, i + 1)) for i in range(4)],
        next_contact_date=date(2027, 4, 1),
    )
    meta = RecordMeta("id", 1, now, "Alex Officer", "dev", now)
    return StoredVisit(meta, visit, "final", now, "Alex Officer")


def render_visit_summary(child: Child, stored: StoredVisit) -> bytes:
    """The family copy, as the app prints by default (gathering is the vault's part)."""
    copy = copy_for("family")
    visit, withheld = visit_for_copy(stored.effective(), copy)
    return render_data(
        VisitSummaryData(
            child,
            visit,
            copy,
            stored.id,
            True,
            stored.finalised_at,
            stored.finalised_by,
            [],
            withheld,
            "CN-1",
            "doc",
            "Alex Officer (EHE officer)",
        )
    )


def bare(pages: int) -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph("Plain paragraph text for the baseline. " * 12, style) for _ in range(pages * 9)]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def main() -> None:
    stored = typical_visit()
    render_visit_summary(CHILD, stored)  # fonts registered once per process, as in the app
    pdf = render_visit_summary(CHILD, stored)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare(pages))).pages)
    ours, base = [], []
    for _ in range(15):
        t0 = time.perf_counter()
        render_visit_summary(CHILD, stored)
        t1 = time.perf_counter()
        bare(pages)
        t2 = time.perf_counter()
        ours.append(t1 - t0)
        base.append(t2 - t1)
    o, b = statistics.median(ours), statistics.median(base)
    print(f"visit summary: {pages} page(s), {len(pdf) / 1024:.0f} KiB, fonts embedded")
    print(f"bare ReportLab, {bare_pages} page(s) of plain paragraphs: median {b * 1000:.1f} ms")
    print(f"visit summary: median {o * 1000:.1f} ms (target < 150 ms), ratio {o / b:.2f}x")
    t0 = time.perf_counter()
    import subprocess

    subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.bench.bench_pdf import CHILD, typical_visit;"
            "from tests.bench.bench_pdf import render_visit_summary;"
            "render_visit_summary(CHILD, typical_visit())",
        ],
        check=True,
        cwd=Path(__file__).parents[2],
    )
    print(
        f"first summary in a fresh process (imports + font loading): "
        f"{(time.perf_counter() - t0) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
