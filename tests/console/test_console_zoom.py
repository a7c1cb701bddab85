"""Every console page at 200%: a 1366x768 screen at 200% is 683x384 CSS pixels (device scale
factor 2), and a 1920x1080 one is 960x540. Nothing scrolls sideways (text reflows, wide tables
scroll in their own box), axe-core finds no WCAG 2.2 AA violation, and a screenshot of each
is kept to be looked at (CNIS_CONSOLE_SHOTS)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from cnis_desktop.domain.ehc import EhcPlan
from cnis_desktop.sync.engine import sync_once
from tests.conftest import add_child_with_arrangement, add_eotas_child
from tests.console.conftest import make_user
from tests.console.test_console_browser import CHROMIUM, browser, check_page, sign_in
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for

browser = browser  # the browser tests' Chromium, launched once for this module too
# The outermost elements reaching past the window's right edge (to say what to fix).
WIDER_THAN_THE_WINDOW = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll'))
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
PAGES = ("", "users", "devices", "caseloads", "picture", "audit")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Chromium")


@pytest.fixture(params=[(683, 384, 2), (960, 540, 1)], ids=["683x384@2", "960x540"])
def zoomed(browser: Any, request: Any) -> Iterator[tuple[Any, str]]:
    width, height, scale = request.param
    context = browser.new_context(
        viewport={"width": width, "height": height}, device_scale_factor=scale, bypass_csp=True
    )
    yield context.new_page(), f"{width}x{height}"
    context.close()


def test_every_page_reflows_at_200_percent(hub: RunningHub, zoomed: tuple[Any, str], tmp_path: Path) -> None:
    page, size = zoomed
    officer, officer_user = laptop_for(hub, tmp_path, "alex", role="virtual_school")
    for name in ("Ottoline", "Peregrine", "Quentin", "Rosalind", "Sebastian", "Tamsin"):
        child = add_child_with_arrangement(officer, legal_first_name=name, locality_team="North and Coastal")
        officer.ehc.plans.add(EhcPlan(child_id=child, requested_date=date.today() - timedelta(days=200)))
    add_eotas_child(officer, start=date.today() - timedelta(days=90), name="Umberto")
    sync_once(officer)
    boss = make_user(hub, "boss", ["administrator", "team_manager", "send_lead", "auditor"])
    sign_in(page, hub, boss)
    for path in PAGES:
        query = f"?worker={officer_user}" if path == "caseloads" else ""
        page.goto(f"{hub.url}/console/{path}{query}")
        check_page(page, f"zoom-{size}-{path or 'home'}")
        wide = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        culprits = page.evaluate(WIDER_THAN_THE_WINDOW) if wide > 0 else []
        assert wide <= 0, f"/console/{path} scrolls sideways by {wide} px at {size}: {culprits}"
