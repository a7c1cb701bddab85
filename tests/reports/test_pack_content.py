"""What the review pack says: the child's words from every record first, a left-out section
named with its reason, honest hours, and the statutory review content and a title that fit
the child."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from cnis_desktop.demo import populate
from cnis_desktop.documents import review_pack, review_pack_pdf
from cnis_desktop.domain.eotas import ActivityEntry
from cnis_desktop.domain.hours import Week
from cnis_desktop.domain.model import Arrangement
from cnis_desktop.reports.document import Chart
from cnis_desktop.reports.hours_chart import HoursChartFlowable, chart_geometry
from cnis_desktop.reports.pack_options import SECTIONS, PackOptions
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement, add_eotas_child, finalisable_visit
from tests.reports.docs_helpers import TODAY, flat, new_vault, text_of, year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    vault = new_vault(tmp_path_factory.mktemp("content"))
    populate(vault)
    return vault


def pack_text(vault: Vault, child_id: str, **options: object) -> str:
    start, end = year()
    return flat(text_of(review_pack_pdf(vault, child_id, PackOptions(start, end, **options))))


def views_section(text: str) -> str:
    body = text.split("Contents", 1)[1]
    return body.split("The child's views", 2)[2].split("Parent and carer views", 1)[0]


# --- the child's voice ---------------------------------------------------------------------


def test_the_childs_words_from_visits_views_and_sessions_lead_the_views(vault: Vault) -> None:
    child_id, (maths, _) = add_eotas_child(vault, start=TODAY - timedelta(days=60))
    visit = vault.visits.start(
        finalisable_visit(
            child_id,
            actual_date=TODAY - timedelta(days=20),
            next_contact_date=TODAY + timedelta(days=60),
            child_views="Fractions are like pizza.",
        )
    )
    vault.visits.finalise(visit.id)
    vault.eotas.log(
        ActivityEntry(
            child_id=child_id,
            component_id=maths,
            entry_date=TODAY - timedelta(days=10),
            planned_minutes=150,
            actual_minutes=150,
            child_words="I did the whole page myself!",
        )
    )
    section = views_section(pack_text(vault, child_id))
    assert section.index("“Fractions are like pizza.”") < section.index(
        "“I did the whole page myself!”"
    )  # in date order, each with source and date
    assert f"Visit (EHE annual check), {TODAY - timedelta(days=20):%d/%m/%Y}" in section
    assert f"EOTAS session (Maths tutoring), {TODAY - timedelta(days=10):%d/%m/%Y}" in section
    assert "No views were recorded" not in section


def test_the_visit_words_are_in_the_demo_packs(demo: Vault) -> None:
    for search in ("mira", "toby", "amani"):
        child_id = demo.children.caseload(search)[0].id
        section = views_section(pack_text(demo, child_id))
        start, _ = year()
        for stored in demo.visits.for_child(child_id):
            visit = stored.effective()
            if visit.actual_date and visit.actual_date >= start and visit.child_views:
                assert f"“{visit.child_views}”" in section, (search, visit.child_views)


def test_a_left_out_section_is_named_with_its_reason(demo: Vault) -> None:
    child_id = demo.children.caseload("toby")[0].id
    reason = "The parents will share their views in person at the meeting"
    start, end = year()
    options = PackOptions(
        start, end, frozenset(SECTIONS) - {"parent_views"}, left_out_reasons={"parent_views": reason}
    )
    pages = text_of(review_pack_pdf(demo, child_id, options)).split("\f")
    contents = flat(pages[1])
    assert f"Parent and carer views Left out of this copy: {reason}" in contents
    body = flat(" ".join(pages[2:]))
    assert "Parent and carer views" not in body


# --- honest hours --------------------------------------------------------------------------


def test_arrangement_hours_are_never_delivered(vault: Vault) -> None:
    child_id = add_child_with_arrangement(vault)  # home educated from 01/09/2025
    arrangement = vault.arrangements.current(child_id)
    assert arrangement is not None
    vault.arrangements.update(
        arrangement.id,
        arrangement.meta.version,
        Arrangement(**{**arrangement.record.__dict__, "hours_per_week": 12.0}),
    )
    document = review_pack(vault, child_id, PackOptions(*year()))
    charts = [
        b for block in document.blocks for b in getattr(block, "blocks", (block,)) if isinstance(b, Chart)
    ]
    assert len(charts) == 1 and not charts[0].delivered and not charts[0].full_time
    geometry = chart_geometry(charts[0])
    assert not [r for r in geometry.rects if r.kind in ("delivered", "zero")]
    text = pack_text(vault, child_id)
    hours = text.split("Hours of education", 2)[2].split("Actions", 1)[0]
    assert "Reported by the parent: " in hours
    assert "Delivered (logged sessions)" not in hours and "% of plan" not in hours
    assert "no hours are shown as delivered" in hours
    assert "not measured against a school's full time" in hours
    assert "Full time for the key stage" not in hours


def test_planned_hours_of_a_part_time_timetable_against_full_time(vault: Vault) -> None:
    child = vault.children.add(__import__("tests.conftest").conftest.make_child(), today=date(2026, 11, 1))
    vault.arrangements.add(
        Arrangement(
            child_id=child.id,
            type="part_time",
            start_date=TODAY - timedelta(days=200),
            hours_per_week=10,
            end_date=TODAY + timedelta(days=30),
            review_date=TODAY + timedelta(days=10),
        )
    )
    hours = pack_text(vault, child.id).split("Hours of education", 2)[2]
    assert "Planned (stated for the arrangement): " in hours
    assert "of full time" in hours and "Delivered (logged" not in hours


def test_eotas_totals_under_the_chart(vault: Vault) -> None:
    child_id, (maths, _) = add_eotas_child(vault, start=TODAY - timedelta(days=30))
    vault.eotas.log(
        ActivityEntry(
            child_id=child_id,
            component_id=maths,
            entry_date=TODAY - timedelta(days=7),
            planned_minutes=150,
            actual_minutes=150,
        )
    )
    hours = pack_text(vault, child_id).split("Hours of education", 2)[2].split("EOTAS delivery")[0]
    for expected in (
        "Planned (EOTAS package):",
        "Delivered (logged sessions): 2.5 h",
        "% of plan",
        "weeks with nothing delivered",
        "% of full time",
    ):
        assert expected in hours, expected
    # Week labels carry the year.
    assert f"{TODAY.year}" in hours.split("Planned (EOTAS package):")[0]


def test_greyscale_keeps_planned_and_delivered_apart(tmp_path: Path) -> None:
    """Drawn with the real flowable, printed in greyscale: planned bars are striped, delivered
    bars solid, each at 3:1 or more against the page, and a zero week shows a mark."""
    weeks = tuple(
        Week(
            date(2026, 1, 5) + timedelta(weeks=i),
            planned_minutes=600,
            delivered_minutes=(0 if i == 3 else 420),
            threshold_minutes=1440,
        )
        for i in range(12)
    )
    chart = Chart(weeks, True, "Planned (EOTAS package)", True, "test")
    x0, y0, dpi = 20 * mm, 100 * mm, 200
    path = tmp_path / "chart.pdf"
    page = rl_canvas.Canvas(str(path), pagesize=(210 * mm, 297 * mm))
    flowable = HoursChartFlowable(chart)
    flowable.wrapOn(page, 170 * mm, 72 * mm)
    flowable.drawOn(page, x0, y0)
    page.save()
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-png", str(path), str(tmp_path / "grey")], check=True
    )
    png = next(tmp_path.glob("grey*.png"))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    height_pt = 297 * mm

    def pixels(rect: object, inset: float = 1.2) -> list[int]:
        left = int((x0 + rect.x + inset) * dpi / 72)  # type: ignore[attr-defined]
        right = int((x0 + rect.x + rect.w - inset) * dpi / 72)  # type: ignore[attr-defined]
        top = int((height_pt - y0 - rect.y - rect.h + inset) * dpi / 72)  # type: ignore[attr-defined]
        bottom = int((height_pt - y0 - rect.y - inset) * dpi / 72)  # type: ignore[attr-defined]
        return [
            image.pixelColor(x, y).value() for x in range(left, right + 1) for y in range(top, bottom + 1)
        ]

    def contrast(grey: float) -> float:
        lum = (grey / 255) ** 2.2
        return 1.05 / (lum + 0.05)

    geometry = chart_geometry(chart)
    planned = [r for r in geometry.rects if r.kind == "planned" and r.h > 20]
    delivered = [r for r in geometry.rects if r.kind == "delivered" and r.h > 20]
    assert planned and delivered
    for rect in delivered:
        values = pixels(rect)
        assert max(values) - min(values) < 40  # solid
        assert contrast(sum(values) / len(values)) >= 3
    for rect in planned:
        values = pixels(rect)
        dark = [v for v in values if contrast(v) >= 3]
        light = [v for v in values if v > 200]
        assert dark and light  # striped: both ink and paper inside the bar
        assert 0.1 < len(dark) / len(values) < 0.7
    zero = [r for r in geometry.rects if r.kind == "zero"]
    assert len(zero) == 1
    mark = pixels(zero[0], inset=0.2)
    assert min(mark) < 120  # the zero week is drawn, not left blank


# --- statutory content and titles ------------------------------------------------------------


def test_titles_fit_the_child(demo: Vault, vault: Vault) -> None:
    toby = pack_text(demo, demo.children.caseload("toby")[0].id)
    assert "EHC annual review" in toby
    mira = pack_text(demo, demo.children.caseload("mira")[0].id)  # assessment under way
    assert "EHC needs assessment pack" in mira and "EHC annual review" not in mira
    ehe = add_child_with_arrangement(vault)
    text = pack_text(vault, ehe)
    assert "Elective home education review" in text and "EHC annual review" not in text
    assert "The review meeting" not in text and "your rights" not in text
    child = vault.children.add(
        __import__("tests.conftest").conftest.make_child(legal_first_name="Orrin"), today=date(2026, 11, 1)
    )
    vault.arrangements.add(Arrangement(child_id=child.id, type="s19", start_date=TODAY - timedelta(days=100)))
    assert "Education review" in pack_text(vault, child.id)


def test_the_annual_review_holds_what_the_regulations_ask(demo: Vault) -> None:
    text = pack_text(demo, demo.children.caseload("toby")[0].id, audience="professional")
    meeting = text.split("The review meeting", 2)[2]
    for expected in (
        "Who was invited and who came",
        "Imogen Ashcombe",
        "Key worker, SEND team",
        "Dr Aurelio Brackenridge",
        "of the 5 people invited came",
        "Advice and information",
        "Educational psychologist",
        "CAMHS clinician",
        "Not received",
        "at least two weeks before the meeting",
    ):
        assert expected in meeting, expected
    for expected in (
        "Outcomes and progress",
        "Outcome 1:",
        "Preparing for adulthood",
        "transport museum",
        "Health and social care",
        "short breaks",
        "Personal budget",
        "No personal budget is requested",
        "Recommendations",
        "Amend the plan",
        "Proposed amendments",
        "science tutoring",
        "Differences of opinion",
        "20 hours a week",
        "The authority's decision and your rights",
        "First-tier Tribunal",
        "mediation",
        "within 2 months",
        "3 working days",
        "Prepared by Alex Officer (EHE officer)",
        "The review report was written by Imogen Ashcombe",
    ):
        assert expected in text, expected
