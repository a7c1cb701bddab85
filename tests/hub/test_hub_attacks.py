"""Hostile requests to a real hub on loopback: refused with a 4xx at a bounded cost, audited
without letting a flood grow the audit, and code guessing locked out."""

from __future__ import annotations

import gzip
import json
import resource
import socket
import time
import uuid
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from cnis_desktop.hub.app import MAX_PUSH_PLAIN, MAX_PUSH_WIRE, create_app
from cnis_desktop.hub.storage import MAX_CHANGE_BYTES, MAX_FAILURES, HubStore, audit_text
from tests.hub.conftest import RunningHub


def token_for(hub: RunningHub, name: str = "alex") -> str:
    user = hub.store.add_user(name, "ehe_officer")
    return hub.store.enrol(hub.store.new_code(user), f"{name}'s laptop")[1]


def child_change(payload: dict[str, Any]) -> dict[str, Any]:
    child = str(uuid.uuid4())
    return {
        "change_id": uuid.uuid4().hex,
        "record_type": "child",
        "record_id": child,
        "child_id": child,
        "op": "create",
        "base_version": 0,
        "payload": payload,
    }


def raw_request(url: str, head: bytes, body: bytes = b"") -> bytes:
    """Send `head` (and `body`, if any) on a plain socket; the response's status line."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + body)
        return sock.recv(200).split(b"\r\n", 1)[0]


def test_a_push_without_a_token_is_refused_before_its_body_is_read(hub: RunningHub) -> None:
    # Headers promise 7 MB that never come: the hub answers at once rather than waiting.
    head = (
        b"POST /v1/push HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
        b"Content-Length: 7000000\r\n\r\n"
    )
    started = time.monotonic()
    assert raw_request(hub.url, head) == b"HTTP/1.1 401 Unauthorized"
    assert time.monotonic() - started < 5


def test_bodies_over_the_caps_are_refused(hub: RunningHub) -> None:
    token = token_for(hub)
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    big = httpx.post(f"{hub.url}/v1/push", content=b" " * (MAX_PUSH_WIRE + 1), headers=auth)
    assert big.status_code == 413
    enrol = httpx.post(
        f"{hub.url}/v1/enrol",
        content=b"{" + b" " * 20_000 + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert enrol.status_code == 413
    # A small gzip that unpacks to far more than a batch: refused at the cap.
    bomb = gzip.compress(b"[" * 10 + b" " * (MAX_PUSH_PLAIN * 4), 9)
    assert len(bomb) < MAX_PUSH_WIRE
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(5):
        answer = httpx.post(f"{hub.url}/v1/push", content=bomb, headers={**auth, "Content-Encoding": "gzip"})
        assert answer.status_code == 413
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 150  # it unpacked no more than the cap, once at a time
    not_gzip = httpx.post(
        f"{hub.url}/v1/push", content=b"not gzip at all", headers={**auth, "Content-Encoding": "gzip"}
    )
    assert not_gzip.status_code == 400


def test_a_change_too_big_or_too_deep_is_refused(hub: RunningHub) -> None:
    token = token_for(hub)
    client = httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"})
    note = child_change({"changes": {"legal_first_name": "Ada", "notes": "x" * MAX_CHANGE_BYTES}})
    nested: Any = "x"
    for _ in range(20):
        nested = [nested]
    deep = child_change({"changes": {"legal_first_name": nested}})
    fine = child_change({"changes": {"legal_first_name": "Ada"}})
    result = client.post("/v1/push", json={"changes": [note, deep, fine]}).json()
    client.close()
    assert result["accepted"] == [fine["change_id"]]
    reasons = {r["change_id"]: r["reason"] for r in result["refused"]}
    assert "bytes" in reasons[note["change_id"]]
    assert "nest deeper" in reasons[deep["change_id"]]
    assert hub.store.conn.execute("SELECT count(*) AS n FROM changes").fetchone()["n"] == 1


def test_enrolment_codes_are_long_and_guessing_is_locked_out(hub: RunningHub) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    code = hub.store.new_code(user)
    assert len(code.replace("-", "")) == 12
    stored = hub.store.conn.execute("SELECT code_hash FROM enrol_codes").fetchone()["code_hash"]
    import hashlib

    assert stored != hashlib.sha256(code.encode()).hexdigest()  # keyed, not a bare hash
    for n in range(MAX_FAILURES):
        answer = httpx.post(f"{hub.url}/v1/enrol", json={"code": f"WRONG{n:04d}", "device_name": "guesser"})
        assert answer.status_code == 403
    # Locked: even the right code is refused from this address until the window passes.
    locked = httpx.post(f"{hub.url}/v1/enrol", json={"code": code, "device_name": "guesser"})
    assert locked.status_code == 429 and locked.headers["retry-after"] == "900"
    actions = [e["action"] for e in hub.store.audit_trail()]
    assert actions.count("enrol_refused") == 1 and actions.count("enrol_locked") == 1
    # The code itself is still good from elsewhere (a lock is per address): typed in lower
    # case with spaces, as a person might.
    assert hub.store.enrol(code.lower().replace("-", " "), "laptop")[0]


def test_a_flood_of_bad_tokens_does_not_grow_the_audit(hub: RunningHub) -> None:
    with httpx.Client(base_url=hub.url, headers={"Authorization": "Bearer nope"}) as client:
        statuses = [client.get("/v1/pull").status_code for _ in range(40)]
    assert statuses[: MAX_FAILURES - 1] == [401] * (MAX_FAILURES - 1)
    assert set(statuses[MAX_FAILURES:]) == {429}
    rows = hub.store.conn.execute(
        "SELECT count(*) AS n FROM audit WHERE action IN ('token_refused', 'token_locked')"
    ).fetchone()["n"]
    assert rows == 2  # the first refusal and the lock-out, not forty rows
    # a real token still works from the same address: a valid token is never locked out
    good = httpx.get(f"{hub.url}/v1/status", headers={"Authorization": f"Bearer {token_for(hub)}"})
    assert good.status_code == 200


def test_a_crafted_device_name_cannot_forge_an_audit_line(hub: RunningHub) -> None:
    user = hub.store.add_user("alex", "ehe_officer")
    forged = "laptop\n2026-01-01T00:00:00\tadmin\t\trevoke\tevery device\u202e"
    answer = httpx.post(f"{hub.url}/v1/enrol", json={"code": hub.store.new_code(user), "device_name": forged})
    assert answer.status_code == 200
    [event] = [e for e in hub.store.audit_trail() if e["action"] == "enrol"]
    assert "\n" not in event["detail"] and "\t" not in event["detail"]
    assert "\u202e" not in event["detail"] and "\\u000a" in event["detail"]
    assert audit_text("x" * 600).endswith("…") and len(audit_text("x" * 600)) == 501


def test_failures_are_answered_slowly(tmp_path: Any) -> None:
    store = HubStore(tmp_path / "hub.sqlite3")
    client = TestClient(create_app(store, failure_delay=0.3))
    started = time.monotonic()
    assert client.get("/v1/status", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert time.monotonic() - started >= 0.3
    store.close()


@pytest.mark.parametrize(
    "query", ["since=-1", "since=99999999999999999999", "limit=0", "limit=100000", "since=abc"]
)
def test_numeric_parameters_are_bounded(hub: RunningHub, query: str) -> None:
    answer = httpx.get(f"{hub.url}/v1/pull?{query}", headers={"Authorization": f"Bearer {token_for(hub)}"})
    assert answer.status_code == 422
    assert json.loads(answer.text)["detail"]


def test_a_device_revoked_after_a_push_is_refused_at_its_next(hub: RunningHub) -> None:
    """The token seen valid a moment ago is checked again with the work itself."""
    user = hub.store.add_user("alex", "ehe_officer")
    device_id, token = hub.store.enrol(hub.store.new_code(user), "laptop")
    with httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}) as client:
        assert client.post("/v1/push", json={"changes": []}).status_code == 200
        hub.store.revoke(device_id)
        refused = client.post("/v1/push", json={"changes": [child_change({"changes": {}})]})
    assert refused.status_code == 403 and refused.json()["wipe"] is True
    assert hub.store.conn.execute("SELECT count(*) AS n FROM changes").fetchone()["n"] == 0
