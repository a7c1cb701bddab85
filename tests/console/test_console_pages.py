"""The console's pages over HTTP against a real hub and real laptops' vaults: users,
devices (code -> enrol -> revoke -> wipe), caseloads (reassign -> purge), audit search and
CSV, the authority picture against the vaults' own numbers, role boundaries by URL, and
escaping (SQLite; PostgreSQL in CI)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import httpx
import pytest

from cnis_desktop.domain.model import Arrangement
from cnis_desktop.hub.console.csv_safe import neutral
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement, make_child
from tests.console.conftest import make_user, post, sign_in
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for

PAGES = {
    "/console/users": "administrator",
    "/console/devices": "administrator",
    "/console/caseloads": "team_manager",
    "/console/picture": "send_lead",
    "/console/audit": "auditor",
    "/console/audit.csv": "auditor",
    "/console/picture/arrangement.csv": "send_lead",
}


def test_each_role_reaches_its_own_pages_only(hub: RunningHub) -> None:
    anonymous = httpx.Client(base_url=hub.url)
    for path in PAGES:
        refused = anonymous.get(path)
        assert refused.status_code == 303 and refused.headers["location"] == "/console/sign-in"
    for role in ("administrator", "team_manager", "send_lead", "auditor"):
        client = sign_in(hub, make_user(hub, f"only.{role}", [role]))
        for path, needed in PAGES.items():
            status = client.get(path).status_code
            assert status == (200 if needed == role else 403), (role, path, status)
        # and what it may not do, it may not post either
        if role != "administrator":
            assert post(client, "/console/", "/console/codes", {"user_id": "x"}).status_code == 403
    assert any(e["action"] == "console_refused" for e in hub.store.audit_trail())


def test_users_add_validate_disable_and_reset(hub: RunningHub, admin: httpx.Client, tmp_path: Path) -> None:
    bad = post(
        admin,
        "/console/users",
        "/console/users",
        {"name": "", "role": "wizard", "username": "x y", "password": "short"},
    )
    assert bad.status_code == 400
    for message in (
        "Enter the person&#39;s name",
        "Choose a role.",
        "Enter a sign-in name",
        "at least 12 characters",
        "Choose at least one role.",
    ):
        assert message in bad.text
    added = post(
        admin,
        "/console/users",
        "/console/users",
        {
            "name": "<script>alert(1)</script> Vee",
            "role": "team_manager",
            "username": "vee",
            "password": "a good long password",
            "console_roles": ["team_manager", "auditor"],
        },
    )
    assert added.status_code == 200 and "was added" in added.text
    assert "<script>alert(1)</script>" not in added.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Vee" in added.text
    vee = hub.store.conn.execute(
        "SELECT user_id, roles FROM console_accounts WHERE username = 'vee'"
    ).fetchone()
    assert vee["roles"] == "auditor,team_manager"
    # Disabled: the laptop's sync is refused (not wiped), and enabled again it syncs.
    vault = Vault.create(tmp_path / "vee.vault", PASSPHRASE, "vee", "team_manager", kdf=FAST_KDF)
    enrol(vault, hub.url, hub.store.new_code(vee["user_id"]))
    add_child_with_arrangement(vault)
    post(admin, "/console/users", f"/console/users/{vee['user_id']}/disable", {})
    with pytest.raises(Exception, match="disabled"):
        sync_once(vault)
    assert vault.path.exists()
    post(admin, "/console/users", f"/console/users/{vee['user_id']}/enable", {})
    assert sync_once(vault).pushed > 0
    reset = post(admin, "/console/users", f"/console/users/{vee['user_id']}/reset-second-factor", {})
    assert "second factor was reset" in reset.text
    fresh = httpx.Client(base_url=hub.url)
    token = re.search(r'name="csrf" value="([^"]+)"', fresh.get("/console/sign-in").text)
    assert token
    fresh.post(
        "/console/sign-in",
        data={"csrf": token.group(1), "username": "vee", "password": "a good long password"},
    )
    setup = fresh.get("/console/second-factor")
    assert "Set up your second factor" in setup.text and "<svg" in setup.text
    actions = {e["action"] for e in hub.store.audit_trail()}
    assert {
        "console_user_add",
        "user_disable",
        "user_enable",
        "console_reset_second_factor",
        "disabled_user",
    } <= actions


def test_code_enrol_device_listed_revoke_wipes(hub: RunningHub, admin: httpx.Client, tmp_path: Path) -> None:
    user = hub.store.add_user("Kit Officer", "ehe_officer")
    issued = post(admin, "/console/devices", "/console/codes", {"user_id": user})
    code = re.search(r'id="enrol-code">([A-Z0-9-]{14})<', issued.text)
    assert code and 'role="img" aria-label="QR code of the enrolment code' in issued.text
    assert "It works once, until" in issued.text
    vault = Vault.create(tmp_path / "kit.vault", PASSPHRASE, "kit", "ehe_officer", kdf=FAST_KDF)
    device = enrol(vault, hub.url, code.group(1))
    sync_once(vault)
    listed = admin.get("/console/devices").text
    assert "Kit Officer" in listed and f"/console/devices/{device}/revoke" in listed
    assert "never" not in listed.split("Kit Officer", 1)[1].split("</tr>", 1)[0]
    post(admin, "/console/devices", f"/console/devices/{device}/revoke", {})
    assert "Revoked" in admin.get("/console/devices").text
    assert sync_once(vault).wiped and not vault.path.exists()


def test_hand_a_whole_caseload_over_and_the_old_laptop_purges(hub: RunningHub, tmp_path: Path) -> None:
    alex, alex_user = laptop_for(hub, tmp_path, "alex")
    sam, sam_user = laptop_for(hub, tmp_path, "sam")
    ids = [add_child_with_arrangement(alex, legal_first_name=name) for name in ("Ottoline", "<b>Bold</b>")]
    sync_once(alex)
    manager = sign_in(hub, make_user(hub, "tess", ["team_manager"]))
    shown = manager.get(f"/console/caseloads?worker={alex_user}").text
    assert "Ottoline" in shown and "&lt;b&gt;Bold&lt;/b&gt;" in shown and "<b>Bold" not in shown
    nothing = post(
        manager,
        f"/console/caseloads?worker={alex_user}",
        "/console/caseloads/assign",
        {"worker": alex_user, "to": sam_user},
    )
    assert nothing.status_code == 400 and "Choose at least one child" in nothing.text
    moved = post(
        manager,
        f"/console/caseloads?worker={alex_user}",
        "/console/caseloads/assign",
        {"worker": alex_user, "to": sam_user, "whole": "yes"},
    )
    assert moved.status_code == 200 and "2 moved" in moved.text
    assert sync_once(alex).purged == 2 and alex.children.count() == 0
    sync_once(sam)
    assert {c.id for c in sam.children.caseload()} == set(ids)
    # one child back, chosen by tick
    post(
        manager,
        f"/console/caseloads?worker={sam_user}",
        "/console/caseloads/assign",
        {"worker": sam_user, "to": alex_user, "child": [ids[0]]},
    )
    assert sync_once(sam).purged == 1
    assert any(e["action"] == "console_assign" for e in hub.store.audit_trail())


def test_audit_search_and_csv_neutralise_formulas(
    hub: RunningHub, admin: httpx.Client, tmp_path: Path
) -> None:
    alex, alex_user = laptop_for(hub, tmp_path, "alex")
    child = add_child_with_arrangement(alex)
    sync_once(alex)
    hub.store.refused(None, "enrol_refused", "=cmd|' /C calc'!A0")
    hub.store.assign(child, hub.store.add_user("Sam", "ehe_officer"))  # names the child
    auditor = sign_in(hub, make_user(hub, "aud", ["auditor"]))
    found = auditor.get("/console/audit", params={"user": alex_user}).text
    assert "enrol" in found and "console_sign_in" not in found
    by_child = auditor.get("/console/audit", params={"child": child[:8]}).text
    assert child in by_child
    bad = auditor.get("/console/audit", params={"from": "yesterday"})
    assert bad.status_code == 400 and "Enter a date as YYYY-MM-DD." in bad.text
    exported = auditor.get("/console/audit.csv", params={"action": "enrol_refused"})
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[0] == ["at", "who", "device", "action", "detail"]
    assert rows[1][4] == "'=cmd|' /C calc'!A0"
    # The laptop's rule: a plain negative number stays a number, a formula never does.
    assert [neutral(v) for v in ("+1", "-1", "-1+2", "@x", "\tx", "\rx", "ok")] == [
        "'+1",
        "-1",
        "'-1+2",
        "'@x",
        "'\tx",
        "'\rx",
        "ok",
    ]


def vault_counts(vaults: list[Vault], today: date) -> dict[str, int]:
    """The same numbers worked out from the laptops' own vaults."""
    by_type: dict[str, int] = {}
    for vault in vaults:
        for child in vault.children.caseload():
            record = vault.children.get(child.id).record
            if record.send_status not in ("sen_support", "ehc_assessment", "ehc_plan"):
                continue
            open_ones = [
                a.record
                for a in vault.arrangements.for_child(child.id)
                if a.record.end_date is None or a.record.end_date >= today
            ]
            if open_ones:
                latest = max(open_ones, key=lambda a: str(a.start_date))
                by_type[latest.type] = by_type.get(latest.type, 0) + 1
    return by_type


def test_the_picture_equals_the_vaults_and_small_numbers_are_suppressed(
    hub: RunningHub, tmp_path: Path
) -> None:
    alex, _ = laptop_for(hub, tmp_path, "alex")
    sam, _ = laptop_for(hub, tmp_path, "sam")
    for i in range(6):
        add_child_with_arrangement(alex, legal_first_name=f"Ash{i}")
    for i, status in enumerate(("ehc_plan", "ehc_plan", "none")):
        child = sam.children.add(
            make_child(legal_first_name=f"Bea{i}", send_status=status), today=date(2026, 11, 1)
        )
        sam.arrangements.add(
            Arrangement(
                child_id=child.id,
                type="part_time",
                start_date=date(2026, 9, 1),
                hours_per_week=12,
                end_date=date(2099, 7, 1),
                review_date=date(2099, 1, 1),
                reasons=["unknown"],
            )
        )
    sync_once(alex)
    sync_once(sam)
    expected = vault_counts([alex, sam], date.today())
    assert expected == {"ehe": 6, "part_time": 2}
    manager = sign_in(hub, make_user(hub, "mags", ["send_lead", "team_manager"]))
    lead = sign_in(hub, make_user(hub, "lee", ["send_lead"]))
    full = manager.get("/console/picture/arrangement.csv").text
    rows = dict(list(csv.reader(io.StringIO(full)))[1:])
    assert rows == {"Elective home education": "6", "Part-time timetable": "2"}
    shown = dict(list(csv.reader(io.StringIO(lead.get("/console/picture/arrangement.csv").text)))[1:])
    assert shown == {"Elective home education": "6", "Part-time timetable": "fewer than 5"}
    page = lead.get("/console/picture").text
    assert "<strong>8</strong> children with SEND are not in school" in page
    assert "Part-time timetable: 2" not in page and "fewer than 5" in page
    assert "Bar chart: Children with SEND not in school, by arrangement" in page
    hours = dict(list(csv.reader(io.StringIO(manager.get("/console/picture/hours.csv").text)))[1:])
    assert hours["10 to 19 hours"] == "2" and hours["Not recorded"] == "6"
