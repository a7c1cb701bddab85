"""The console in headless Chromium (Playwright for Python driving the system browser):
sign-in with password + TOTP, lock-out, every page checked with axe-core (WCAG 2.2 AA) and
photographed at 1366x768, code -> enrol -> revoke -> wipe, reassign -> purge, CSV export,
role boundaries by URL and a tampered CSRF token (SQLite; PostgreSQL in CI).

Needs the Debian package `chromium` and the PyPI packages playwright and
axe-playwright-python; skipped, saying so, without the browser."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest

from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement
from tests.console.conftest import ConsoleUser, make_user
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(os.environ.get("CNIS_CONSOLE_SHOTS", "/tmp/cnis-console-shots"))
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason="the console's browser tests need Chromium: apt-get install -y chromium",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    # bypass_csp: the console allows no script at all; axe is put in by the test.
    context = browser.new_context(
        viewport={"width": 1366, "height": 768}, bypass_csp=True, accept_downloads=True
    )
    opened = context.new_page()
    yield opened
    context.close()


def check_page(page: Any, name: str) -> None:
    """No axe-core violation of WCAG 2.2 A/AA, and a screenshot to look at."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def sign_in(page: Any, hub: RunningHub, user: ConsoleUser, check: bool = False) -> None:
    page.goto(f"{hub.url}/console/sign-in")
    if check:
        check_page(page, "01-sign-in")
    page.get_by_label("Sign-in name").fill(user.username)
    page.get_by_label("Password").fill(user.password)
    page.get_by_role("button", name="Continue").click()
    if check:
        check_page(page, "02-second-factor")
    page.get_by_label("The 6-digit code").fill(pyotp.TOTP(user.secret).now())
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{hub.url}/console/")


def test_every_page_signed_in_accessible_and_working(hub: RunningHub, page: Any, tmp_path: Path) -> None:
    boss = make_user(hub, "boss", ["administrator", "team_manager", "send_lead", "auditor"])
    alex, alex_user = laptop_for(hub, tmp_path, "alex")
    sam, sam_user = laptop_for(hub, tmp_path, "sam")
    for name in ("<script>alert('x')</script>", "Ottoline", "Peregrine", "Quentin", "Rosalind", "Sebastian"):
        add_child_with_arrangement(alex, legal_first_name=name)
    sync_once(alex)
    sync_once(sam)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, hub, boss, check=True)
    check_page(page, "03-home")
    # Keyboard: the skip link is the first stop, and it is visible when focused.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"

    # Users
    page.get_by_role("navigation").get_by_role("link", name="Users").click()
    check_page(page, "04-users")
    page.get_by_role("button", name="Add the user").click()
    assert page.locator("#name-error").inner_text().startswith("Error: Enter the person")
    check_page(page, "05-users-errors")

    # Devices: a code, shown as text and QR, enrols a real laptop; revoke wipes it.
    page.get_by_role("navigation").get_by_role("link", name="Devices").click()
    kit = hub.store.add_user("Kit Officer", "ehe_officer")
    page.reload()
    page.get_by_label("For whose laptop").select_option(kit)
    page.get_by_role("button", name="Issue a code").click()
    code = page.locator("#enrol-code").inner_text()
    assert page.get_by_role("img", name=f"QR code of the enrolment code {code}").is_visible()
    check_page(page, "06-devices-code")
    laptop = Vault.create(tmp_path / "kit.vault", PASSPHRASE, "kit", "ehe_officer", kdf=FAST_KDF)
    device = enrol(laptop, hub.url, code)
    sync_once(laptop)
    page.get_by_role("navigation").get_by_role("link", name="Devices").click()
    row = page.get_by_role("row").filter(has_text="Kit Officer")
    assert "Active" in row.inner_text()
    row.get_by_role("button", name="Revoke").click()
    assert "Revoked" in page.get_by_role("row").filter(has_text="Kit Officer").inner_text()
    assert sync_once(laptop).wiped and not laptop.path.exists()
    assert device

    # Caseloads: Alex's whole caseload to Sam; Alex's laptop purges, Sam's pulls.
    page.get_by_role("navigation").get_by_role("link", name="Caseloads").click()
    page.get_by_label("Worker").select_option(alex_user)
    page.get_by_role("button", name="Show their children").click()
    assert page.get_by_text("<script>alert('x')</script>").is_visible()
    check_page(page, "07-caseloads")
    page.get_by_label("Move the whole caseload").check()
    page.get_by_label("Give them to").select_option(sam_user)
    page.get_by_role("button", name="Move").click()
    assert "6 moved" in page.get_by_role("status").inner_text()
    assert sync_once(alex).purged == 6 and alex.children.count() == 0
    sync_once(sam)
    assert sam.children.count() == 6

    # The authority picture, its numbers those of the vaults, and a CSV.
    page.get_by_role("navigation").get_by_role("link", name="Authority picture").click()
    assert page.locator(".lead-figure").inner_text().startswith(f"{sam.children.count()} ")
    check_page(page, "08-picture")
    with page.expect_download() as download:
        page.get_by_role("link", name="by arrangement").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows == [["Arrangement", "Children"], ["Elective home education", "6"]]

    # Audit, searched and exported.
    page.get_by_role("navigation").get_by_role("link", name="Audit").click()
    page.get_by_label("Action").fill("console_assign")
    page.get_by_role("button", name="Search").click()
    assert page.get_by_role("cell", name="console_assign").count() == 1
    check_page(page, "09-audit")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these events as CSV").click()
    exported = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert len(exported) == 2 and exported[1][3] == "console_assign"

    # A tampered CSRF token is refused, and nothing ran: no alert from the child's name.
    page.get_by_role("navigation").get_by_role("link", name="Users").click()
    page.locator("form[action='/console/users'] input[name=csrf]").evaluate("e => e.value = 'forged'")
    page.get_by_label("Name", exact=True).fill("Mallory")
    page.get_by_role("button", name="Add the user").click()
    assert "403" in page.locator("h1").inner_text()
    check_page(page, "10-refused")
    assert dialogs == []


def test_a_lead_cannot_reach_other_pages_by_url(hub: RunningHub, page: Any) -> None:
    lead = make_user(hub, "lee", ["send_lead"])
    sign_in(page, hub, lead)
    nav = page.get_by_role("navigation").inner_text()
    assert "Authority picture" in nav and "Users" not in nav
    for path in ("users", "devices", "caseloads", "audit", "audit.csv"):
        response = page.goto(f"{hub.url}/console/{path}")
        assert response.status == 403, path
    assert page.goto(f"{hub.url}/console/picture").status == 200


def test_lockout_in_the_browser(hub: RunningHub, page: Any) -> None:
    user = make_user(hub, "lou", ["auditor"])
    page.goto(f"{hub.url}/console/sign-in")
    for attempt in range(10):
        page.get_by_label("Sign-in name").fill("lou")
        page.get_by_label("Password").fill(f"wrong password {attempt}")
        page.get_by_role("button", name="Continue").click()
    assert "Too many failed attempts" in page.locator("#password-error").inner_text()
    page.get_by_label("Sign-in name").fill("lou")
    page.get_by_label("Password").fill(user.password)
    page.get_by_role("button", name="Continue").click()
    assert "Too many failed attempts" in page.locator("#password-error").inner_text()
    check_page(page, "11-locked")
