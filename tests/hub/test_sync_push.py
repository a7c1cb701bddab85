"""Laptops and a real hub on loopback: enrolment, push (idempotent, scoped), pull with a
saved cursor, refusals recorded on the laptop, revocation and wipe, tokens."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest

from cnis_desktop.sync.client import HubClient, HubRefused
from cnis_desktop.sync.engine import client_for, enrol, sync_once
from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import key_path_for
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement, finalisable_visit
from tests.hub.conftest import RunningHub


def laptop(tmp_path: Path, name: str) -> Vault:
    return Vault.create(tmp_path / name / "cnis.vault", PASSPHRASE, name, "ehe_officer", kdf=FAST_KDF)


def enrolled(hub: RunningHub, tmp_path: Path, name: str, user_id: str | None = None) -> Vault:
    vault = laptop(tmp_path, name)
    user = user_id or hub.store.add_user(name, "ehe_officer")
    enrol(vault, hub.url, hub.store.new_code(user))
    return vault


def hub_changes(hub: RunningHub) -> list[dict[str, object]]:
    return [dict(r) for r in hub.store.conn.execute("SELECT * FROM changes ORDER BY seq")]


def test_enrol_then_push_everything_once(hub: RunningHub, tmp_path: Path) -> None:
    vault = enrolled(hub, tmp_path, "alex")
    child = add_child_with_arrangement(vault)
    draft = vault.visits.start(finalisable_visit(child))
    vault.visits.finalise(draft.id)
    report = sync_once(vault)
    pending = vault.pending_outbox()
    assert report.pushed > 0 and report.refused == [] and pending <= 1  # the sync's own audit
    kinds = {(c["record_type"], c["child_id"]) for c in hub_changes(hub)}
    assert ("child", child) in kinds and ("visit", child) in kinds
    # the token lives only inside the vault
    assert b"hub_token" not in (tmp_path / "alex" / "cnis.vault").read_bytes()
    again = sync_once(vault)
    assert again.pushed <= 2 and len(hub_changes(hub)) == report.pushed + again.pushed


def test_a_resend_is_harmless_and_a_changed_resend_is_refused(hub: RunningHub, tmp_path: Path) -> None:
    vault = enrolled(hub, tmp_path, "alex")
    add_child_with_arrangement(vault)
    client = client_for(vault)
    rows = vault.conn.execute(
        "SELECT change_id, record_type, record_id, op, payload FROM outbox WHERE record_type = 'child'"
    ).fetchall()
    import json

    change = {
        "change_id": rows[0][0],
        "record_type": "child",
        "record_id": rows[0][2],
        "child_id": rows[0][2],
        "op": rows[0][3],
        "base_version": 0,
        "payload": json.loads(rows[0][4]),
    }
    assert client.push([change])["accepted"] == [change["change_id"]]
    assert client.push([change])["duplicates"] == [change["change_id"]]
    tampered = {**change, "payload": {**change["payload"], "version": 99}}
    [refusal] = client.push([tampered])["refused"]
    assert refusal["reason"] == "a different change has this id"
    client.close()
    assert len(hub_changes(hub)) == 1


def test_another_users_child_is_refused_and_recorded(hub: RunningHub, tmp_path: Path) -> None:
    alex = enrolled(hub, tmp_path, "alex")
    sam = enrolled(hub, tmp_path, "sam")
    child = add_child_with_arrangement(alex)
    sync_once(alex)
    # Sam's laptop makes an arrangement for Alex's child (say, from an old import)
    sam_child = dataclasses.replace(alex.children.get(child).record)
    sam.children.add(sam_child, child_id=child)
    report = sync_once(sam)
    assert report.refused and "not on your caseload" in report.refused[0][1]
    problems = sam.conn.execute("SELECT reason FROM sync_problems").fetchall()
    assert problems and "not on your caseload" in problems[0][0]
    assert any(e["action"] == "push_refused" for e in hub.store.audit_trail())


def test_pull_brings_a_colleagues_changes_and_resumes(hub: RunningHub, tmp_path: Path) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    office = laptop(tmp_path, "office")
    enrol(office, hub.url, hub.store.new_code(user))
    home = laptop(tmp_path, "home")
    enrol(home, hub.url, hub.store.new_code(user))
    for _ in range(3):
        add_child_with_arrangement(office)
    sync_once(office)
    about_children = [c for c in hub_changes(hub) if c["child_id"]]
    assert len(about_children) == 6  # three children, each with an arrangement
    report = sync_once(home)
    assert report.pulled == 6  # everything about the user's children, once (audit stays put)
    assert report.applied == 6 and home.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == 0
    assert sorted(r.name for r in home.children.caseload()) == sorted(
        r.name for r in office.children.caseload()
    )
    assert {r.arrangement_type for r in home.children.caseload()} == {"ehe"}
    seq = home.conn.execute("SELECT value FROM meta WHERE key = 'pull_seq'").fetchone()[0]
    assert int(seq) > 0
    assert sync_once(home).pulled == 0  # the cursor was saved with the batch


def test_revoked_laptop_wipes_itself(hub: RunningHub, tmp_path: Path) -> None:
    vault = enrolled(hub, tmp_path, "alex")
    add_child_with_arrangement(vault)
    device_id = vault.conn.execute("SELECT value FROM meta WHERE key = 'hub_device_id'").fetchone()[0]
    hub.store.revoke(device_id)
    report = sync_once(vault)
    assert report.wiped
    assert not vault.path.exists() and not key_path_for(vault.path).exists()
    assert hub_changes(hub) == []  # it pushed nothing more
    assert any(e["action"] == "revoked_device" for e in hub.store.audit_trail())


@pytest.mark.parametrize("token", ["", "not-a-token"])
def test_no_or_wrong_token_is_refused_and_audited(hub: RunningHub, token: str) -> None:
    client = HubClient(hub.url, token)
    with pytest.raises(HubRefused) as exc:
        client.pull(0)
    client.close()
    assert exc.value.status == 401
    assert any(e["action"] == "token_refused" for e in hub.store.audit_trail())


def test_enrolment_code_works_once(hub: RunningHub, tmp_path: Path) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    code = hub.store.new_code(user)
    enrol(laptop(tmp_path, "one"), hub.url, code)
    with pytest.raises(HubRefused, match="not valid"):
        enrol(laptop(tmp_path, "two"), hub.url, code)


def test_openapi_is_served(hub: RunningHub) -> None:
    spec = httpx.get(f"{hub.url}/openapi.json").json()
    assert {"/v1/enrol", "/v1/push", "/v1/pull", "/v1/status"} <= set(spec["paths"])


def test_the_caseload_comes_with_the_last_page_only(hub: RunningHub, tmp_path: Path) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    office = laptop(tmp_path, "office")
    enrol(office, hub.url, hub.store.new_code(user))
    home = laptop(tmp_path, "home")
    enrol(home, hub.url, hub.store.new_code(user))
    children = {add_child_with_arrangement(office) for _ in range(3)}
    sync_once(office)
    client = client_for(home)
    pages = []
    since = 0
    while True:
        page = client.pull(since, limit=2)
        pages.append(page)
        since = page["last_seq"]
        if not page["more"]:
            break
    assert len(pages) == 3  # six changes, two a page
    assert [p["caseload"] for p in pages[:-1]] == [None, None]
    assert set(pages[-1]["caseload"]) == children
    assert sum(len(p["changes"]) for p in pages) == 6
    assert all("change_id" in c for p in pages for c in p["changes"])


def test_a_batch_is_numbered_in_its_order_and_repeats_within_it_are_caught(
    hub: RunningHub, tmp_path: Path
) -> None:
    vault = enrolled(hub, tmp_path, "alex")
    client = client_for(vault)
    child = "c0ffee00-0000-4000-8000-000000000001"
    changes = [
        {
            "change_id": "batch.1",
            "record_type": "child",
            "record_id": child,
            "child_id": child,
            "op": "create",
            "base_version": 0,
            "payload": {"changes": {"legal_first_name": "Wren"}},
        }
    ]
    changes += [
        {
            "change_id": f"batch.{n}",
            "record_type": "visit",
            "record_id": f"visit-{n}",
            "child_id": child,
            "op": "create",
            "base_version": 0,
            "payload": {"child_id": child, "n": n},
        }
        for n in range(2, 30)
    ]
    again = dict(changes[5])
    altered = {**changes[6], "payload": {"child_id": child, "n": -1}}
    result = client.push([*changes, again, altered])
    order = [result["seqs"][c["change_id"]] for c in changes]
    assert order == sorted(order) and len(set(order)) == len(changes)
    assert result["accepted"] == [c["change_id"] for c in changes]
    assert result["duplicates"] == ["batch.6"]
    assert result["refused"] == [{"change_id": "batch.7", "reason": "a different change has this id"}]
    assert result["seqs"]["batch.6"] == order[5]


def test_warming_the_store_changes_nothing_and_it_serves(hub: RunningHub, tmp_path: Path) -> None:
    before = {
        t: hub.store.conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
        for t in ("changes", "caseload", "devices", "audit")
    }
    hub.store.warm()
    after = {
        t: hub.store.conn.execute(f"SELECT count(*) AS n FROM {t}").fetchone()["n"]
        for t in ("changes", "caseload", "devices", "audit")
    }
    assert after == before
    vault = enrolled(hub, tmp_path, "alex")
    add_child_with_arrangement(vault)
    assert sync_once(vault).pushed > 0
