"""Caseload scoping under attack: a laptop may change a record only as part of the child it
belongs to, by the hub's own link, and only for a child on its user's caseload. Two enrolled
laptops and a real hub on loopback (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from cnis_desktop.domain.model import to_fields
from cnis_desktop.hub.storage import HubStore
from cnis_desktop.sync.client import HubClient, InsecureHubAddress, hub_address_problem
from cnis_desktop.sync.engine import client_for, enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement, finalisable_visit
from tests.hub.conftest import RunningHub


def laptop_for(hub: RunningHub, tmp_path: Path, name: str, role: str = "ehe_officer") -> tuple[Vault, str]:
    user = hub.store.add_user(name, role)
    vault = Vault.create(tmp_path / name / "cnis.vault", PASSPHRASE, name, role, kdf=FAST_KDF)
    enrol(vault, hub.url, hub.store.new_code(user))
    return vault, user


def change(
    record_type: str,
    record_id: str,
    child_id: str,
    payload: dict[str, Any],
    op: str = "update",
    base_version: int | None = 1,
) -> dict[str, Any]:
    return {
        "change_id": f"attack.{uuid.uuid4().hex}",
        "record_type": record_type,
        "record_id": record_id,
        "child_id": child_id,
        "op": op,
        "base_version": base_version,
        "payload": payload,
    }


def arrangement_of(vault: Vault, child_id: str) -> str:
    return str(
        vault.conn.execute("SELECT id FROM arrangements WHERE child_id = ?", (child_id,)).fetchone()[0]
    )


@pytest.fixture
def two_caseloads(hub: RunningHub, tmp_path: Path) -> dict[str, Any]:
    """Alex and Sam, each with a laptop and a child (with an arrangement and a finalised
    visit) synced to the hub."""
    alex, alex_user = laptop_for(hub, tmp_path, "alex")
    sam, sam_user = laptop_for(hub, tmp_path, "sam")
    alex_child = add_child_with_arrangement(alex, legal_first_name="Ottoline")
    sam_child = add_child_with_arrangement(sam, legal_first_name="Peregrine")
    sam_visit = sam.visits.start(finalisable_visit(sam_child)).id
    sam.visits.finalise(sam_visit)
    sync_once(alex)
    sync_once(sam)
    return {
        "alex": alex,
        "sam": sam,
        "alex_user": alex_user,
        "sam_user": sam_user,
        "alex_child": alex_child,
        "sam_child": sam_child,
        "sam_visit": sam_visit,
    }


def test_the_reported_attack_is_refused_audited_and_leaves_the_child_alone(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    s = two_caseloads
    alex, sam = s["alex"], s["sam"]
    client = client_for(alex)
    sam_arrangement = arrangement_of(sam, s["sam_child"])
    attacks = {
        # Sam's child's record, claimed to be about Alex's child
        "child": change(
            "child",
            s["sam_child"],
            s["alex_child"],
            {"version": 2, "changes": {"legal_first_name": "Mallory"}},
        ),
        # Sam's child's arrangement, claimed to be about Alex's child
        "arrangement": change(
            "arrangement",
            sam_arrangement,
            s["alex_child"],
            {"version": 2, "changes": {"notes": "Mallory was here"}},
        ),
        # about Sam's child, naming no child at all
        "empty": change(
            "arrangement", sam_arrangement, "", {"version": 2, "changes": {"notes": "Mallory was here"}}
        ),
        # a new amendment of Sam's visit, filed under Alex's child
        "amendment": change(
            "amendment",
            str(uuid.uuid4()),
            s["alex_child"],
            {"visit_id": s["sam_visit"], "reason": "Mallory", "changes": {"child_views": "Mallory was here"}},
            op="create",
            base_version=None,
        ),
        # a new visit for Alex's child whose own fields say it is Sam's child's
        "payload": change(
            "visit",
            str(uuid.uuid4()),
            s["alex_child"],
            {**to_fields(finalisable_visit(s["sam_child"])), "child_views": "Mallory was here"},
            op="create",
            base_version=None,
        ),
    }
    result = client.push(list(attacks.values()))
    client.close()
    assert result["accepted"] == [] and result["duplicates"] == []
    reasons = {r["change_id"]: r["reason"] for r in result["refused"]}
    assert reasons == {
        attacks["child"]["change_id"]: "a child's record must name that child",
        attacks["arrangement"]["change_id"]: "this record belongs to another child",
        attacks["empty"]["change_id"]: "the change names no child",
        attacks["amendment"]["change_id"]: "visit_id refers to another child's record",
        attacks["payload"]["change_id"]: "the record names a different child from the change",
    }
    device = alex.conn.execute("SELECT value FROM meta WHERE key = 'hub_device_id'").fetchone()[0]
    refusals = [e for e in hub.store.audit_trail() if e["action"] == "push_refused"]
    assert len(refusals) == 5
    assert all(e["device_id"] == device and e["actor"] == s["alex_user"] for e in refusals)
    assert any(sam_arrangement in e["detail"] for e in refusals)
    stored = hub.store.conn.execute(
        "SELECT count(*) AS n FROM changes WHERE change_id LIKE ?", ("attack.%",)
    ).fetchone()["n"]
    assert stored == 0
    # Alex's child goes to Sam: Sam's laptop pulls its history, and Sam's own child is
    # exactly as Sam left it.
    hub.store.assign(s["alex_child"], s["sam_user"])
    sync_once(sam)
    assert sam.children.count() == 2
    own = sam.children.get(s["sam_child"]).record
    assert own.legal_first_name == "Peregrine"
    assert sam.arrangements.get(sam_arrangement).record.notes == ""
    assert [a for v in sam.visits.for_child(s["sam_child"]) for a in sam.visits.get(v.id).amendments] == []
    assert "Mallory" not in json.dumps(
        [
            dict(r)
            for r in sam.conn.execute(
                "SELECT data FROM visits UNION ALL SELECT data FROM arrangements"
                " UNION ALL SELECT data FROM children"
            )
        ]
    )


def test_a_record_keeps_its_child_whatever_a_later_push_says(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    """Sam's laptop itself cannot move its arrangement to another child of Sam's."""
    s = two_caseloads
    sam = s["sam"]
    second = add_child_with_arrangement(sam, legal_first_name="Wilhelmina")
    sync_once(sam)
    client = client_for(sam)
    moved = change(
        "arrangement",
        arrangement_of(sam, s["sam_child"]),
        second,
        {"version": 2, "changes": {"child_id": second}},
    )
    [refusal] = client.push([moved])["refused"]
    client.close()
    assert refusal["reason"] == "this record belongs to another child"


def test_a_removal_naming_no_child_is_checked_against_the_hubs_own_link(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    """The hub takes a removal's child from its own link (older laptops queued a session's
    removal with none): Alex's removal of Sam's record, naming no child, is refused as about
    a child off Alex's caseload, and a removal of a record the hub does not hold as naming
    none; nothing is stored."""
    s = two_caseloads
    client = client_for(s["alex"])
    sams = change("arrangement", arrangement_of(s["sam"], s["sam_child"]), "", {}, op="delete")
    unknown = change("activity_entry", str(uuid.uuid4()), "", {}, op="delete")
    result = client.push([sams, unknown])
    client.close()
    assert result["accepted"] == []
    assert {r["change_id"]: r["reason"] for r in result["refused"]} == {
        sams["change_id"]: "this child is not on your caseload",
        unknown["change_id"]: "the change names no child",
    }
    stored = hub.store.conn.execute(
        "SELECT count(*) AS n FROM changes WHERE change_id LIKE ?", ("attack.%",)
    ).fetchone()["n"]
    assert stored == 0


def test_a_child_taken_off_every_caseload_cannot_be_claimed(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    s = two_caseloads
    hub.store.conn.execute("DELETE FROM caseload WHERE child_id = ?", (s["sam_child"],))
    client = client_for(s["alex"])
    claim = change(
        "child",
        s["sam_child"],
        s["sam_child"],
        {"version": 1, "changes": {"legal_first_name": "Mallory"}},
        op="create",
        base_version=0,
    )
    [refusal] = client.push([claim])["refused"]
    client.close()
    assert refusal["reason"] == "this child is not on your caseload"
    holders = hub.store.conn.execute(
        "SELECT user_id FROM caseload WHERE child_id = ?", (s["sam_child"],)
    ).fetchall()
    assert holders == []


def test_kinds_and_operations_the_hub_does_not_know_are_refused(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    s = two_caseloads
    client = client_for(s["alex"])
    odd = [
        change("mystery", str(uuid.uuid4()), s["alex_child"], {}),
        change(
            "arrangement",
            arrangement_of(s["alex"], s["alex_child"]),
            s["alex_child"],
            {"changes": {}},
            op="rename",
        ),
        change("audit", str(uuid.uuid4()), s["sam_child"], {"action": "view"}),
        change(
            "arrangement",
            arrangement_of(s["alex"], s["alex_child"]),
            s["alex_child"],
            {"changes": ["not", "a", "mapping"]},
        ),
    ]
    reasons = [r["reason"] for r in client.push(odd)["refused"]]
    client.close()
    assert reasons == [
        "unknown kind of record",
        "unknown operation",
        "this kind of record belongs to no one child",
        "the change's fields are not a mapping",
    ]


def test_the_provider_register_is_changed_only_by_roles_allowed_and_only_validly(
    hub: RunningHub, tmp_path: Path
) -> None:
    officer, _ = laptop_for(hub, tmp_path, "officer")
    staff, _ = laptop_for(hub, tmp_path, "staff", role="virtual_school")

    def provider(name: str, child: str = "") -> dict[str, Any]:
        return change(
            "provider",
            str(uuid.uuid4()),
            child,
            {"version": 1, "changes": {"name": name, "registered": True}},
            op="create",
            base_version=0,
        )

    officer_client, staff_client = client_for(officer), client_for(staff)
    [refusal] = officer_client.push([provider("Hilltop Tutors (fictional)")])["refused"]
    assert refusal["reason"] == "your role may not change the provider register"
    good = provider("Hilltop Tutors (fictional)")
    result = staff_client.push(
        [
            good,
            provider('=HYPERLINK("x")'),
            provider("A" * 201),
            provider("Bell\x07 Tutors"),
            provider("Fine", child="c"),
        ]
    )
    assert result["accepted"] == [good["change_id"]]
    reasons = [r["reason"] for r in result["refused"]]
    assert "formula" in reasons[0] and "200 characters" in reasons[1]
    assert "control characters" in reasons[2]
    assert reasons[3] == "this kind of record belongs to no one child"
    unknown = change("provider", good["record_id"], "", {"version": 2, "changes": {"secret_field": "x"}})
    assert "no such field" in staff_client.push([unknown])["refused"][0]["reason"]
    officer_client.close()
    staff_client.close()
    changed = [e for e in hub.store.audit_trail() if e["action"] == "shared_register_change"]
    assert [e["detail"] for e in changed] == [f"provider {good['record_id']}"]


def test_a_pulled_change_about_another_child_is_set_aside_by_the_laptop(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    """Defence in depth: a change already in the hub's log (written before the hub checked,
    say) that names Alex's child but is about Sam's is never applied on Sam's laptop."""
    s = two_caseloads
    sam = s["sam"]
    bad = change(
        "arrangement",
        arrangement_of(sam, s["sam_child"]),
        s["alex_child"],
        {"version": 2, "changes": {"notes": "Mallory was here"}},
    )
    with hub.store.db() as conn:
        conn.execute(
            "INSERT INTO changes (change_id, payload_hash, device_id, user_id, record_type,"
            " record_id, child_id, op, base_version, payload, received_at) VALUES"
            " (?, 'x', 'old-hub', ?, ?, ?, ?, ?, ?, ?, '2026-01-01')",
            (
                bad["change_id"],
                s["alex_user"],
                bad["record_type"],
                bad["record_id"],
                bad["child_id"],
                bad["op"],
                bad["base_version"],
                json.dumps(bad["payload"]),
            ),
        )
    hub.store.assign(s["alex_child"], s["sam_user"])
    report = sync_once(sam)
    assert report.set_aside == 1
    assert sam.arrangements.get(bad["record_id"]).record.notes == ""
    [problem] = sam.conn.execute(
        "SELECT reason FROM sync_problems WHERE change_id = ?", (bad["change_id"],)
    ).fetchall()
    assert problem[0] == "set aside: this record belongs to another child on this laptop"
    assert sam.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == 0
    assert sync_once(sam).set_aside == 0  # judged once, not every sync


def test_a_child_reassigned_away_and_back_comes_back_whole(
    hub: RunningHub, two_caseloads: dict[str, Any]
) -> None:
    """The hub leaves a laptop's own changes out of its pulls; a laptop that purged a child
    it had pushed gets them back when the child is on its caseload again."""
    s = two_caseloads
    sam = s["sam"]
    stored = sam.children.get(s["sam_child"])
    renamed = stored.record
    renamed.legal_first_name = "Perpetua"
    sam.children.update(s["sam_child"], stored.meta.version, renamed, today=date(2026, 11, 1))
    renamed.legal_first_name = "Philippa"
    sam.children.update(s["sam_child"], stored.meta.version + 1, renamed, today=date(2026, 11, 1))
    sync_once(sam)
    hub.store.assign(s["sam_child"], s["alex_user"])
    assert sync_once(sam).purged == 1 and sam.children.count() == 0
    hub.store.assign(s["sam_child"], s["sam_user"])
    sync_once(sam)
    back = sam.children.get(s["sam_child"]).record
    assert back.legal_first_name == "Philippa"
    assert len(sam.visits.for_child(s["sam_child"])) == 1
    assert sam.arrangements.current(s["sam_child"]) is not None
    assert sam.conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 0
    assert sync_once(sam).checked


def test_a_new_hub_database_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "hub-data"
    path = folder / "hub.sqlite3"
    store = HubStore(path)
    store.add_user("alex", "ehe_officer")  # something written, so the WAL exists
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert name.exists() and stat.S_IMODE(name.stat().st_mode) == 0o600, name
    finally:
        store.close()


def test_an_old_hub_database_is_made_private_and_its_links_built(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = HubStore(path)
    device = store.device_for(store.enrol(store.new_code(store.add_user("a", "ehe_officer")), "laptop")[1])
    assert device is not None
    child = str(uuid.uuid4())
    store.push(device, [change("child", child, child, {"changes": {}}, op="create")])
    store.conn.execute("DELETE FROM record_links")
    store.close()
    path.chmod(0o644)
    again = HubStore(path)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        links = again.conn.execute("SELECT record_id, child_id FROM record_links").fetchall()
        assert [(r["record_id"], r["child_id"]) for r in links] == [(child, child)]
    finally:
        again.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://hub.example",
        "http://10.0.0.5:8443",
        "http://localhost.example",
        "http://127.0.0.1.example",
        "ftp://hub.example",
        "hub.example",
    ],
)
def test_a_hub_address_in_clear_is_refused(url: str) -> None:
    assert hub_address_problem(url)
    with pytest.raises(InsecureHubAddress):
        HubClient(url, "token")


@pytest.mark.parametrize(
    "url", ["https://hub.example", "http://127.0.0.1:8443", "http://localhost:8443", "http://[::1]:8443"]
)
def test_https_and_loopback_addresses_are_allowed(url: str) -> None:
    assert hub_address_problem(url) is None


def test_enrolling_over_http_says_so_in_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "cnis.vault"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cnis_desktop.cli",
            "enrol",
            "--vault",
            str(vault),
            "--passphrase-stdin",
            "--hub",
            "http://hub.example",
            "--code",
            "ABCD1234",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "https://" in result.stderr
    assert result.stdout == ""


def test_a_raw_token_without_the_bearer_scheme_is_refused(hub: RunningHub, tmp_path: Path) -> None:
    vault, _ = laptop_for(hub, tmp_path, "alex")
    token = vault.conn.execute("SELECT value FROM meta WHERE key = 'hub_token'").fetchone()[0]
    raw = httpx.get(f"{hub.url}/v1/status", headers={"Authorization": token})
    assert raw.status_code == 401
    assert httpx.get(f"{hub.url}/v1/status", headers={"Authorization": f"Basic {token}"}).status_code == 401
    ok = httpx.get(f"{hub.url}/v1/status", headers={"Authorization": f"bearer {token}"})
    assert ok.status_code == 200
