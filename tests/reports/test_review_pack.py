"""The review pack, read back with pdftotext: the child's exact words verbatim, every section
in order, options honoured; built for the three scenarios and for a full year of data."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from cnis_desktop.demo import populate
from cnis_desktop.documents import review_pack_pdf
from cnis_desktop.domain.eotas import ActivityEntry
from cnis_desktop.domain.views import Statement, ViewsRecord
from cnis_desktop.reports.review_pack import SECTION_TITLES, SECTIONS, PackOptions
from cnis_desktop.vault import Vault
from tests.conftest import add_eotas_child, finalisable_visit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = date.today()
YEAR = PackOptions(TODAY - timedelta(days=365), TODAY)


def text_of(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def body_order(text: str, titles: list[str]) -> list[int]:
    """Where each section title appears after the contents page."""
    after_contents = text.split("\f", 2)[2]
    return [after_contents.find(t) for t in titles]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    from cnis_desktop.vault.keyfile import KdfParams

    path = tmp_path_factory.mktemp("pack") / "demo.vault"
    vault = Vault.create(
        path, "granite-orchid-lantern-42", "Alex Officer", "ehe_officer", kdf=KdfParams(1, 8192, 1)
    )
    populate(vault)
    return vault


@pytest.mark.parametrize(
    ("search", "exact_words"),
    [
        ("mira", ["Numbers make my head hurt and people shout.", "I want to be a marine biologist."]),
        (
            "toby",
            [
                "Quiet. My headphones. Knowing what happens next.",
                "Tell me before things change. Don't touch my stuff.",
            ],
        ),
        ("amani", ["I want to go to a school with my cousin."]),
    ],
)
def test_scenario_packs(demo: Vault, search: str, exact_words: list[str], tmp_path: Path) -> None:
    child_id = demo.children.caseload(search)[0].id
    pdf = review_pack_pdf(demo, child_id, YEAR)
    text = text_of(pdf)
    for words in exact_words:
        assert f"“{words}”" in flat(text), words
    present = [SECTION_TITLES[k] for k in SECTIONS if SECTION_TITLES[k] in text.split("\f", 2)[2]]
    positions = body_order(text, present)
    assert positions == sorted(positions) and all(p >= 0 for p in positions)
    assert "Contents" in text and "OFFICIAL-SENSITIVE" in text
    pages = text.split("\f")[:-1]
    assert all(f"of {len(pages)}" in page for page in pages)
    (tmp_path / f"{search}.pdf").write_bytes(pdf)


def test_child_chose_where_to_start(demo: Vault) -> None:
    text = flat(text_of(review_pack_pdf(demo, demo.children.caseload("mira")[0].id, YEAR)))
    # Mira started with her worries: that house comes first.
    assert text.index("House of worries") < text.index("House of good things")


def test_third_party_information_can_be_withheld(demo: Vault) -> None:
    child_id = demo.children.caseload("toby")[0].id
    options = PackOptions(YEAR.start, YEAR.end, third_party=False, audience="professional")
    text = flat(text_of(review_pack_pdf(demo, child_id, options)))
    assert "safeguarding and third-party information withheld" in text
    assert "15 hours is not enough" not in text  # the parent's words
    assert "Northgate Tutoring" not in text
    family = flat(text_of(review_pack_pdf(demo, child_id, YEAR)))  # the default copy
    assert "15 hours is not enough" not in family and "Northgate Tutoring" not in family
    full = flat(
        text_of(review_pack_pdf(demo, child_id, PackOptions(YEAR.start, YEAR.end, audience="professional")))
    )
    assert "15 hours is not enough" in full and "Northgate Tutoring" in full
    chosen = flat(
        text_of(review_pack_pdf(demo, child_id, PackOptions(YEAR.start, YEAR.end, third_party=True)))
    )
    assert "15 hours is not enough" in chosen
    assert "Family copy – safeguarding information withheld" in chosen


def test_sections_can_be_left_out(demo: Vault) -> None:
    child_id = demo.children.caseload("toby")[0].id
    options = PackOptions(YEAR.start, YEAR.end, frozenset({"views", "outcomes"}))
    body = text_of(review_pack_pdf(demo, child_id, options)).split("\f", 2)[2]
    assert "The child's views" in body and "Outcomes and progress" in body
    assert "Hours of education" not in body and "EOTAS delivery" not in body


def year_of_data(vault: Vault) -> str:
    child_id, (maths, riding) = add_eotas_child(vault, start=TODAY - timedelta(days=364))
    for i in range(24):
        day = TODAY - timedelta(days=15 * i + 3)
        draft = vault.visits.start(
            finalisable_visit(
                child_id,
                actual_date=day,
                next_contact_date=day + timedelta(days=30),
                child_views=f"Visit {i}: I read a chapter about volcanoes.",
                parent_views="Going well.",
                education_approach="Project work and reading.",
            )
        )
        vault.visits.finalise(draft.id)
    logged, day = 0, TODAY - timedelta(days=300)
    while logged < 200:
        for comp, weekday in ((maths, 0), (maths, 2), (riding, 4)):
            if day.weekday() == weekday and logged < 200:
                vault.eotas.log(
                    ActivityEntry(
                        child_id=child_id,
                        component_id=comp,
                        entry_date=day,
                        planned_minutes=150,
                        actual_minutes=120,
                        status="delivered",
                    )
                )
                logged += 1
        day += timedelta(days=1)
    for i in range(10):
        record = vault.ehc.views.start(
            ViewsRecord(
                child_id=child_id,
                purpose="annual_review",
                gathered_on=TODAY - timedelta(days=30 * i),
                gathered_by="Alex Officer",
                method="conversation",
                read_back=True,
                consent_to_share=True,
                share_with="the family and the review meeting",
                statements=[
                    Statement("said", f"Views {i}: I like the quiet room best.", True),
                    Statement("said", f"Summary {i} of what was discussed.", False),
                ],
            )
        )
        vault.ehc.views.finalise(record.id)
    return child_id


def test_a_year_of_data_renders(vault: Vault, tmp_path: Path) -> None:
    child_id = year_of_data(vault)
    pdf = review_pack_pdf(vault, child_id, YEAR)
    text = text_of(pdf)
    for i in range(10):
        assert f"“Views {i}: I like the quiet room best.”" in flat(text)
    for i in range(24):
        assert f"Visit {i}: I read a chapter about volcanoes." in flat(text)
    path = tmp_path / "year.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(text.split("\f")) - 1 >= 6


def test_contents_page_numbers_point_at_the_sections(vault: Vault) -> None:
    child_id = year_of_data(vault)
    pages = text_of(review_pack_pdf(vault, child_id, YEAR)).split("\f")
    listed = re.findall(r"^\s*([A-Z][A-Za-z' ]+?) [. ]+ (\d+)\s*$", pages[1], re.MULTILINE)
    assert len(listed) >= 6
    for title, number in listed:
        assert title.strip() in pages[int(number) - 1], title
