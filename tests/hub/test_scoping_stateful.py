"""Three users with a laptop each, a real hub on loopback, and an attacker: a second device
of the first user that pushes changes made of any record ids and child ids it has seen (its
own, other users', empty), while children are reassigned and honest edits go on.

At the end no laptop holds a value the attacker wrote into a child who was never on the
attacker's user's caseload, and every honest edit has reached the laptop of the child's
current holder."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from cnis_desktop.domain.model import to_fields
from cnis_desktop.sync.engine import client_for, enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_child_with_arrangement, finalisable_visit
from tests.hub.conftest import RunningHub

MARK = "Mallory"  # what the attacker writes; honest edits never contain it
USERS = 3
NAMES = ("Ada", "Bea", "Cai", "Dov", "Eli")


class Scoping(RuleBasedStateMachine):
    hub: RunningHub
    root: Path

    def __init__(self) -> None:
        super().__init__()
        run = uuid.uuid4().hex[:8]
        self.users = [self.hub.store.add_user(f"user{i}-{run}", "ehe_officer") for i in range(USERS)]
        self.laptops: list[Vault] = []
        self.first_name: dict[str, str] = {}  # child -> the last honest first name
        self.ever_had: dict[str, set[str]] = {u: set() for u in self.users}
        for i, user in enumerate(self.users):
            vault = Vault.create(
                self.root / run / f"laptop{i}" / "cnis.vault",
                PASSPHRASE,
                f"user{i}",
                "ehe_officer",
                kdf=FAST_KDF,
            )
            enrol(vault, self.hub.url, self.hub.store.new_code(user))
            child = add_child_with_arrangement(vault, legal_first_name=NAMES[i])
            visit = vault.visits.start(finalisable_visit(child)).id
            vault.visits.finalise(visit)
            sync_once(vault)
            self.first_name[child] = NAMES[i]
            self.laptops.append(vault)
        self.attacker = client_for(self.laptops[0])
        # The attacker's own device: enrolled for user 0 like laptop 0.
        self.attacker.http.headers["Authorization"] = (
            "Bearer " + self.hub.store.enrol(self.hub.store.new_code(self.users[0]), "attacker")[1]
        )
        self.seen: list[tuple[str, str, str]] = []  # (kind, record id, child id)
        for vault in self.laptops:
            self._remember(vault)
        self._caseloads()

    def _remember(self, vault: Vault) -> None:
        for kind, table in (("child", "children"), ("arrangement", "arrangements"), ("visit", "visits")):
            column = "id" if kind == "child" else "child_id"
            for record_id, child_id in vault.conn.execute(f"SELECT id, {column} FROM {table}"):
                if (kind, record_id, child_id) not in self.seen:
                    self.seen.append((kind, record_id, child_id))

    def _caseloads(self) -> dict[str, str]:
        rows = self.hub.store.conn.execute("SELECT child_id, user_id FROM caseload").fetchall()
        holder = {r["child_id"]: r["user_id"] for r in rows}
        for child, user in holder.items():
            if user in self.ever_had:
                self.ever_had[user].add(child)
        return holder

    def _holder_laptop(self, child: str) -> Vault | None:
        user = self._caseloads().get(child)
        return self.laptops[self.users.index(user)] if user in self.users else None

    @rule(data=st.data(), name=st.sampled_from(NAMES))
    def honest_edit(self, data: st.DataObject, name: str) -> None:
        child = data.draw(st.sampled_from(list(self.first_name)))
        vault = self._holder_laptop(child)
        if vault is None:
            return
        sync_once(vault)  # the child's history is here before it is edited
        if not vault.conn.execute("SELECT 1 FROM children WHERE id = ?", (child,)).fetchone():
            return
        stored = vault.children.get(child)
        record = stored.record
        record.legal_first_name = name
        vault.children.update(child, stored.meta.version, record, today=date(2026, 11, 1))
        sync_once(vault)
        self.first_name[child] = name
        self._remember(vault)

    @rule(i=st.integers(0, USERS - 1))
    def honest_sync(self, i: int) -> None:
        sync_once(self.laptops[i])
        self._remember(self.laptops[i])

    @rule(data=st.data(), to=st.integers(0, USERS - 1))
    def reassign(self, data: st.DataObject, to: int) -> None:
        child = data.draw(st.sampled_from(list(self.first_name)))
        self.hub.store.assign(child, self.users[to])
        self._caseloads()

    @rule(
        data=st.data(),
        kind=st.sampled_from(["child", "arrangement", "visit", "amendment", "notification"]),
        new_record=st.booleans(),
    )
    def attack(self, data: st.DataObject, kind: str, new_record: bool) -> None:
        children = [*dict.fromkeys(c for _, _, c in self.seen), ""]
        named = data.draw(st.sampled_from(children), label="child_id")
        inside = data.draw(st.sampled_from(children), label="child id in the fields")
        records = [r for _, r, _ in self.seen]
        record = str(uuid.uuid4()) if new_record else data.draw(st.sampled_from(records))
        other = data.draw(st.sampled_from(records), label="referenced record")
        payload: dict[str, Any]
        if kind == "child":
            payload = {"version": 9, "changes": {"legal_last_name": MARK, "child_id": inside}}
        elif kind == "arrangement":
            payload = {"version": 9, "changes": {"notes": MARK, "child_id": inside}}
        elif kind == "visit":
            payload = {**to_fields(finalisable_visit(inside)), "child_views": MARK}
        elif kind == "amendment":
            payload = {"visit_id": other, "reason": MARK, "changes": {"child_views": MARK}}
        else:
            payload = {
                "version": 1,
                "changes": {
                    "child_id": inside,
                    "arrangement_id": other,
                    "partner": "health_visitor",
                    "notes": MARK,
                },
            }
        if data.draw(st.booleans(), label="drop the child id from the fields"):
            payload.get("changes", payload).pop("child_id", None)
        op = "create" if new_record or kind in ("visit", "amendment") else "update"
        self.attacker.push(
            [
                {
                    "change_id": f"evil.{uuid.uuid4().hex}",
                    "record_type": kind,
                    "record_id": record,
                    "child_id": named,
                    "op": op,
                    "base_version": 0 if op == "create" else 1,
                    "payload": payload,
                }
            ]
        )
        self._caseloads()

    @invariant()
    def nothing_written_into_a_child_the_attacker_never_had(self) -> None:
        allowed = self.ever_had.get(self.users[0], set()) if hasattr(self, "users") else set()
        for vault in getattr(self, "laptops", []):
            for child, where in _marked(vault):
                assert child in allowed, f"{MARK} reached {where} of {child}"

    def teardown(self) -> None:
        self.attacker.close()
        for _ in range(2):
            for vault in self.laptops:
                sync_once(vault)
        holder = self._caseloads()
        for i, vault in enumerate(self.laptops):
            held = {r[0] for r in vault.conn.execute("SELECT id FROM children")}
            assert held == {c for c, u in holder.items() if u == self.users[i]}
            for child in held & set(self.first_name):
                assert vault.children.get(child).record.legal_first_name == self.first_name[child]
            # honest edits are made on the holder's laptop and synced at once: none clash
            assert vault.conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 0
        self.nothing_written_into_a_child_the_attacker_never_had()
        for vault in self.laptops:
            vault.close()


def _marked(vault: Vault) -> list[tuple[str, str]]:
    """(child, table) for each record on the laptop that carries the attacker's mark."""
    like = f"%{MARK}%"
    return [
        (str(child), table)
        for table, sql in (
            ("children", "SELECT id FROM children WHERE data LIKE ?"),
            ("arrangements", "SELECT child_id FROM arrangements WHERE data LIKE ?"),
            ("visits", "SELECT child_id FROM visits WHERE data LIKE ?"),
            (
                "amendments",
                "SELECT v.child_id FROM amendments a JOIN visits v ON v.id = a.visit_id"
                " WHERE a.reason LIKE ? OR a.changes LIKE ?",
            ),
            ("notifications", "SELECT child_id FROM notifications WHERE data LIKE ?"),
        )
        for (child,) in vault.conn.execute(sql, (like,) * sql.count("?"))
    ]


def test_an_attacker_device_never_writes_into_another_caseload(hub: RunningHub, tmp_path: Path) -> None:
    Scoping.hub = hub
    Scoping.root = tmp_path
    run_state_machine_as_test(
        Scoping,
        settings=settings(
            max_examples=12,
            stateful_step_count=12,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
