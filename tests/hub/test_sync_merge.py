"""Two laptops of one user, offline edits, a real hub: merges, conflicts, convergence,
append-only records arriving once, purge on reassignment."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from cnis_desktop.sync import merge
from cnis_desktop.sync.engine import SyncReport, client_for, enrol, pull, sync_once
from cnis_desktop.sync.merge import conflicts
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement, finalisable_visit
from tests.hub.conftest import RunningHub


def pair(hub: RunningHub, tmp_path: Path, role: str = "ehe_officer") -> tuple[Vault, Vault, str]:
    user = hub.store.add_user("alex", role)
    laptops = []
    for name in ("office", "home"):
        vault = Vault.create(tmp_path / name / "cnis.vault", PASSPHRASE, "Alex", role, kdf=FAST_KDF)
        enrol(vault, hub.url, hub.store.new_code(user))
        laptops.append(vault)
    return laptops[0], laptops[1], user


def edit(vault: Vault, child_id: str, **fields: object) -> None:
    stored = vault.children.get(child_id)
    vault.children.update(
        child_id, stored.meta.version, dataclasses.replace(stored.record, **fields), today=date(2026, 11, 1)
    )


def settle(*laptops: Vault) -> None:
    for _ in range(2):
        for vault in laptops:
            sync_once(vault)


def test_edits_to_different_fields_merge(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    settle(office, home)
    edit(office, child, preferred_name="Zeph")
    edit(home, child, ethnicity="Mixed")
    settle(office, home)
    for vault in (office, home):
        record = vault.children.get(child).record
        assert (record.preferred_name, record.ethnicity) == ("Zeph", "Mixed")
    assert conflicts(office) == [] and conflicts(home) == []


def test_same_field_conflict_is_surfaced_and_laptops_converge(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    settle(office, home)
    edit(office, child, preferred_name="Zeph")
    edit(home, child, preferred_name="Rine")
    settle(office, home)
    names = {vault.children.get(child).record.preferred_name for vault in (office, home)}
    assert len(names) == 1  # one value everywhere, in hub order
    surfaced = conflicts(office) + conflicts(home)
    assert surfaced and {surfaced[0]["local_value"], surfaced[0]["remote_value"]} == {'"Zeph"', '"Rine"'}


def test_finalised_visit_arrives_once(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    draft = office.visits.start(finalisable_visit(child))
    office.visits.finalise(draft.id)
    office.visits.amend(
        draft.id, "date typed wrongly", finalisable_visit(child, next_contact_date=date(2027, 2, 1))
    )
    settle(office, home)
    settle(office, home)
    [visit] = home.visits.for_child(child)
    assert visit.is_final and visit.effective().next_contact_date == date(2027, 2, 1)
    assert home.children.caseload()[0].next_contact_due == date(2027, 2, 1)


def test_reassigned_child_is_purged_after_its_changes_are_pushed(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    draft = office.visits.start(finalisable_visit(child))
    office.visits.finalise(draft.id)
    settle(office, home)
    other = hub.store.add_user("sam", "ehe_officer")
    edit(home, child, preferred_name="Zeph")  # recorded offline before the reassignment
    hub.store.assign(child, other)
    report = sync_once(home)
    assert report.refused  # the hub no longer takes changes about this child from Alex
    assert report.purged == 1 and home.children.count() == 0
    assert sync_once(office).purged == 1 and office.children.count() == 0
    assert office.integrity_check() == "ok"


def test_check_passes_and_a_newly_assigned_childs_history_arrives(hub: RunningHub, tmp_path: Path) -> None:
    office, _, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    draft = office.visits.start(finalisable_visit(child))
    office.visits.finalise(draft.id)
    assert sync_once(office).checked
    # a colleague on another caseload, enrolled later, is given the child
    sam = hub.store.add_user("sam", "ehe_officer")
    colleague = Vault.create(tmp_path / "sam" / "cnis.vault", PASSPHRASE, "Sam", "ehe_officer", kdf=FAST_KDF)
    enrol(colleague, hub.url, hub.store.new_code(sam))
    # Sam's other laptop adds a child of Sam's own, after the office's changes: pulling it
    # moves the colleague's cursor past the history of the child about to be reassigned.
    sams_other = Vault.create(
        tmp_path / "sam2" / "cnis.vault", PASSPHRASE, "Sam", "ehe_officer", kdf=FAST_KDF
    )
    enrol(sams_other, hub.url, hub.store.new_code(sam))
    add_child_with_arrangement(sams_other, legal_first_name="Idris")
    sync_once(sams_other)
    assert sync_once(colleague).checked and colleague.children.count() == 1
    hub.store.assign(child, sam)
    report = sync_once(colleague)
    assert not report.checked  # the digest showed history before the cursor: pulled again
    assert colleague.children.count() == 2 and len(colleague.visits.for_child(child)) == 1
    assert sync_once(colleague).checked
    sams_other.close()


def test_every_kind_of_record_reaches_the_other_laptop(hub: RunningHub, tmp_path: Path) -> None:
    from cnis_desktop.demo import populate

    # virtual school staff: the provider register is theirs to change
    office, home, _ = pair(hub, tmp_path, role="virtual_school")
    populate(office, children=12)
    office_entry = office.conn.execute(
        "SELECT id, child_id, entry_date FROM activity_entries LIMIT 1"
    ).fetchone()
    settle(office, home)
    assert home.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == 0
    tables = (
        "children",
        "arrangements",
        "visits",
        "amendments",
        "providers",
        "eotas_packages",
        "eotas_components",
        "activity_entries",
        "eotas_closed_weeks",
        "qa_visits",
        "ehc_plans",
        "ehc_outcomes",
        "ehc_progress",
        "annual_reviews",
        "views_records",
        "notifications",
        "sao_cases",
    )

    def canon(text: str) -> str:
        """The record's values (15 and 15.0 are the same number of hours)."""

        def norm(value: object) -> object:
            if isinstance(value, dict):
                return {k: norm(v) for k, v in value.items()}
            if isinstance(value, list):
                return [norm(v) for v in value]
            if isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            return value

        return json.dumps(norm(json.loads(text)), sort_keys=True)

    for table in tables:
        # drafts stay on the laptop they were typed on
        where = " WHERE status = 'final'" if table in ("visits", "views_records") else ""
        column = {
            "eotas_closed_weeks": "json_object('child', child_id, 'week', week_start)",
            "amendments": "json_object('visit', visit_id, 'reason', reason, 'changes', changes)",
        }.get(table, "data")
        query = f"SELECT {column} FROM {table}{where}"
        mine = sorted(canon(r[0]) for r in office.conn.execute(query))
        theirs = sorted(canon(r[0]) for r in home.conn.execute(query))
        assert mine == theirs, table
        assert mine or table == "amendments", f"the demo should have {table}"
    # and the screens built on them agree
    assert len(home.oversight.dashboard()) == len(office.oversight.dashboard())
    child = office_entry[1]
    day = date.fromisoformat(office_entry[2])
    assert [w.delivered_minutes for w in home.eotas.weekly(child, day, day)] == [
        w.delivered_minutes for w in office.eotas.weekly(child, day, day)
    ]


def test_a_change_that_fails_to_apply_waits_and_the_rest_of_its_batch_lands(
    hub: RunningHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pulled changes are applied a batch to a transaction, each in a savepoint: one that
    fails is rolled back alone, kept in the inbox with its reason, and applied next time."""
    office, home, _ = pair(hub, tmp_path)
    children = [add_child_with_arrangement(office) for _ in range(3)]
    sync_once(office)
    broken = children[1]
    real_apply_child = merge._apply_child

    def failing(vault: Vault, change: dict[str, object]) -> bool:
        if change["record_id"] == broken:
            raise ValueError("a change this laptop cannot apply yet")
        return real_apply_child(vault, change)

    monkeypatch.setattr(merge, "_apply_child", failing)
    pull_only(home)
    commits: list[str] = []
    home.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    report = merge.apply_inbox(home)
    home.conn.set_trace_callback(None)
    # The other two children and their arrangements land; the broken child's arrangement
    # waits for its child.
    assert (report.applied, report.waiting) == (4, 2)
    assert commits == ["COMMIT"]  # the whole batch in one transaction
    assert {r[0] for r in home.conn.execute("SELECT id FROM children")} == {children[0], children[2]}
    problem = home.conn.execute("SELECT reason FROM sync_problems WHERE record_id = ?", (broken,)).fetchone()
    assert problem is not None and "not applied: a change this laptop cannot apply yet" in problem[0]
    assert home.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] >= 1
    monkeypatch.setattr(merge, "_apply_child", real_apply_child)
    sync_once(home)
    assert {r[0] for r in home.conn.execute("SELECT id FROM children")} == set(children)
    assert home.conn.execute("SELECT count(*) FROM sync_problems").fetchone()[0] == 0


def pull_only(vault: Vault) -> None:
    """Pull into the inbox without applying (the engine's first step for pulled changes)."""
    client = client_for(vault)
    try:
        pull(vault, client, SyncReport())
    finally:
        client.close()
