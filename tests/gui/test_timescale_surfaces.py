"""One timescale service: an authority's settings.json overrides, set to unusual values,
reach every surface that shows the deadline – Today (app and `cnis dashboard`), the child's
EHC and attendance-order tabs, the review pack PDF and `cnis timeline`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cnis_desktop import cli
from cnis_desktop.domain.dates import add_months
from cnis_desktop.domain.ehc import AnnualReview, EhcPlan
from cnis_desktop.domain.oversight import SaoCase
from cnis_desktop.domain.timescales import Timescale, last_day_of_period
from cnis_desktop.gui.child_page import ChildPage
from cnis_desktop.gui.ehc_page import EhcPage
from cnis_desktop.reports.pack_options import PackOptions
from cnis_desktop.settings import Settings, settings_path
from cnis_desktop.vault import Vault
from tests.conftest import PASSPHRASE, add_child_with_arrangement

TODAY = date.today()
# Dates that put each deadline within Today's 14 days.
PLAN_ISSUED = add_months(TODAY + timedelta(days=5), -7)
MEETING = TODAY - timedelta(days=3)
SERVED = TODAY - timedelta(days=15)
# Unusual on purpose: no default gives these dates.
OVERRIDES = {"annual_review": [7, "months"], "review_report": [3, "days"], "s437_response": [23, "days"]}


def expected() -> dict[str, str]:
    return {
        "annual_review": f"{last_day_of_period(PLAN_ISSUED, 7, 'months'):%d/%m/%Y}",
        "review_report": f"{MEETING + timedelta(days=3):%d/%m/%Y}",
        "s437_response": f"{SERVED + timedelta(days=22):%d/%m/%Y}",
    }


@pytest.fixture
def authority(vault: Vault) -> tuple[Vault, str, Settings]:
    settings = Settings(timescales=OVERRIDES)
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"timescales": OVERRIDES}), encoding="utf-8")
    child = add_child_with_arrangement(vault)
    plan = vault.ehc.plans.add(EhcPlan(child_id=child, final_date=PLAN_ISSUED))
    review = vault.ehc.start_review(child)
    vault.ehc.save_review(
        review.id, review.meta.version, AnnualReview(child_id=child, plan_id=plan.id, meeting_date=MEETING)
    )
    vault.oversight.sao.add(SaoCase(child_id=child, notice_served=SERVED))
    return vault, child, settings


def test_the_settings_are_read_as_given() -> None:
    overrides = Settings(timescales=OVERRIDES).timescale_overrides()
    assert overrides["annual_review"] == Timescale(7, "months", overrides["annual_review"].label)


def test_today_in_the_app_and_the_cli(
    authority: tuple[Vault, str, Settings],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, child, settings = authority
    items = vault.oversight.dashboard(TODAY, settings.timeline_rules())
    dates = {f"{i.due:%d/%m/%Y}" for i in items if i.child_id == child and i.due}
    want = expected()
    assert want["annual_review"] in dates and want["review_report"] in dates
    assert want["s437_response"] in dates
    vault.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["dashboard", "--vault", str(vault.path), "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    for name in ("annual_review", "review_report", "s437_response"):
        assert want[name] in out, name


def test_the_child_tabs(qtbot: QtBot, authority: tuple[Vault, str, Settings]) -> None:
    vault, child, settings = authority
    ehc = EhcPage(vault, None, settings.timeline_rules())
    qtbot.addWidget(ehc)
    ehc.show_child(child)
    table = ehc.ui.deadlinesTable
    shown = {table.item(r, 1).text() for r in range(table.rowCount())}
    want = expected()
    assert want["annual_review"] in ehc.ui.reviewDue.text()
    assert {want["annual_review"], want["review_report"]} <= shown
    page = ChildPage(vault, 0.2, None, settings.timeline_rules())
    qtbot.addWidget(page)
    page.show_child(child)
    assert want["s437_response"] in page.ui.saoDue.text()


def test_the_review_pack(authority: tuple[Vault, str, Settings], tmp_path: Path) -> None:
    from cnis_desktop.documents import review_pack_pdf

    vault, child, settings = authority
    pdf = review_pack_pdf(vault, child, PackOptions(PLAN_ISSUED, TODAY), rules=settings.timeline_rules())
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    want = expected()
    assert want["annual_review"] in text and want["review_report"] in text


def test_the_timeline_calculator(capsys: pytest.CaptureFixture[str]) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"timescales": OVERRIDES}), encoding="utf-8")
    assert (
        cli.main(
            [
                "timeline",
                "annual-review",
                "--plan-issued",
                f"{PLAN_ISSUED:%d/%m/%Y}",
                "--meeting",
                f"{MEETING:%d/%m/%Y}",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert expected()["annual_review"] in out and expected()["review_report"] in out
    assert cli.main(["timeline", "attendance-order", "--served", f"{SERVED:%d/%m/%Y}"]) == 0
    assert expected()["s437_response"] in capsys.readouterr().out
