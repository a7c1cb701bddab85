"""Laptops making random offline edits while syncs are cut at random points (the hub did
the work but the answer never arrived) and the hub is restarted: in the end every laptop
and the hub agree, nothing is lost or duplicated, and clashing edits are surfaced."""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cnis_desktop.sync.client import HubClient, HubUnavailable
from cnis_desktop.sync.engine import enrol, sync_once
from cnis_desktop.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, finalisable_visit, make_child
from tests.hub.conftest import LoopbackHub, hub_location

TODAY = date(2026, 11, 1)


class CutTransport(httpx.BaseTransport):
    """Lets the hub do the work, then loses the answer, when told to."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.cut_next = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.cut_next:
            self.cut_next = False
            response.read()
            raise httpx.ReadError("connection dropped", request=request)
        return response


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp())
        self.hub = LoopbackHub(hub_location(self.tmp))
        user = self.hub.store.add_user("alex", "ehe_officer")
        self.laptops: list[Vault] = []
        self.transports: list[CutTransport] = []
        for name in ("a", "b", "c"):
            vault = Vault.create(
                self.tmp / name / "cnis.vault", PASSPHRASE, name, "ehe_officer", kdf=FAST_KDF
            )
            enrol(vault, self.hub.url, self.hub.store.new_code(user))
            self.laptops.append(vault)
            self.transports.append(CutTransport())
        self.children: list[str] = []
        self.visits: set[str] = set()

    def teardown(self) -> None:
        """At the end of every run: sync everyone until quiet, then compare; then clean up."""
        if not hasattr(self, "hub"):
            return
        try:
            self.check_final()
        finally:
            for vault in self.laptops:
                if vault.is_open:
                    vault.release()
            self.hub.stop()

    def client(self, i: int) -> HubClient:
        token = self.laptops[i].conn.execute("SELECT value FROM meta WHERE key = 'hub_token'").fetchone()[0]
        return HubClient(self.hub.url, token, transport=self.transports[i])

    @rule(i=st.integers(0, 2), first=st.sampled_from(["Wren", "Ayla", "Corin"]))
    def add_child(self, i: int, first: str) -> None:
        stored = self.laptops[i].children.add(make_child(legal_first_name=first), today=TODAY)
        self.children.append(stored.id)

    @precondition(lambda self: self.children)
    @rule(
        i=st.integers(0, 2),
        pick=st.integers(0, 50),
        field=st.sampled_from(["preferred_name", "ethnicity", "locality_team"]),
        value=st.sampled_from(["North", "South", "Zeph", "Mixed"]),
    )
    def edit(self, i: int, pick: int, field: str, value: str) -> None:
        vault = self.laptops[i]
        child = self.children[pick % len(self.children)]
        if not vault.conn.execute("SELECT 1 FROM children WHERE id = ?", (child,)).fetchone():
            return  # this laptop has not received the child yet
        stored = vault.children.get(child)
        vault.children.update(
            child, stored.meta.version, dataclasses.replace(stored.record, **{field: value}), today=TODAY
        )

    @precondition(lambda self: self.children)
    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def visit(self, i: int, pick: int) -> None:
        vault = self.laptops[i]
        child = self.children[pick % len(self.children)]
        if not vault.conn.execute("SELECT 1 FROM children WHERE id = ?", (child,)).fetchone():
            return
        draft = vault.visits.start(finalisable_visit(child))
        vault.visits.finalise(draft.id, today=TODAY)
        self.visits.add(draft.id)

    @rule(i=st.integers(0, 2), cut=st.booleans())
    def sync(self, i: int, cut: bool) -> None:
        self.transports[i].cut_next = cut
        client = self.client(i)
        try:
            sync_once(self.laptops[i], client)
        except HubUnavailable:
            pass  # the laptop stays offline-safe: it simply tries again later
        finally:
            client.close()

    @rule()
    def restart_hub(self) -> None:
        self.hub.stop()
        self.hub.start()

    @invariant()
    def hub_holds_each_change_once(self) -> None:
        if hasattr(self, "hub"):
            dupes = self.hub.store.conn.execute(
                "SELECT change_id FROM changes GROUP BY change_id HAVING count(*) > 1"
            ).fetchall()
            assert dupes == []

    def converge(self) -> None:
        for _ in range(3):
            for i in range(3):
                client = self.client(i)
                try:
                    sync_once(self.laptops[i], client)
                finally:
                    client.close()

    def check_final(self) -> None:
        self.converge()
        states = []
        for vault in self.laptops:
            children = {
                c.id: dataclasses.asdict(vault.children.get(c.id).record) for c in vault.children.caseload()
            }
            visits = {v[0] for v in vault.conn.execute("SELECT id FROM visits")}
            states.append((children, visits))
            assert vault.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == len(visits)
        assert states[0] == states[1] == states[2], "laptops disagree"
        assert set(states[0][0]) == set(self.children), "a child was lost"
        assert states[0][1] == self.visits, "a finalised visit was lost"


SyncMachine.TestCase.settings = settings(
    max_examples=8, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestSyncUnderFaults = SyncMachine.TestCase
