"""Signing in to the console: password (Argon2id) and TOTP, recovery codes, lock-out, the
session cookie's flags, CSRF, sign-out, and `cnis-hub admin-add` (SQLite; PostgreSQL in CI)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pyotp

from tests.console.conftest import csrf_of, make_user, post, sign_in
from tests.hub.conftest import RunningHub

ROOT = Path(__file__).parents[2]


def test_password_then_totp_signs_in_and_the_cookie_is_strict(hub: RunningHub) -> None:
    user = make_user(hub, "mo", ["auditor"])
    client = httpx.Client(base_url=hub.url)
    form = client.get("/console/sign-in")
    assert form.headers["content-security-policy"].startswith("default-src 'none'")
    first = client.post(
        "/console/sign-in", data={"csrf": csrf_of(form.text), "username": "MO", "password": user.password}
    )
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/console" in cookie
    # Half signed in is not signed in.
    assert client.get("/console/audit").status_code == 303
    second = client.get("/console/second-factor")
    wrong = client.post("/console/second-factor", data={"csrf": csrf_of(second.text), "code": "000000"})
    assert wrong.status_code == 400 and "That code is not right" in wrong.text
    done = client.post(
        "/console/second-factor", data={"csrf": csrf_of(second.text), "code": pyotp.TOTP(user.secret).now()}
    )
    assert done.status_code == 303
    assert done.cookies.get("cnis_console") != first.cookies.get("cnis_console")
    assert client.get("/console/audit").status_code == 200
    # The session id is kept only as a hash.
    stored = [r["id_hash"] for r in hub.store.conn.execute("SELECT id_hash FROM console_sessions")]
    assert client.cookies.get("cnis_console") not in stored
    out = post(client, "/console/", "/console/sign-out", {})
    assert out.status_code == 303
    assert client.get("/console/audit").status_code == 303
    actions = [e["action"] for e in hub.store.audit_trail()]
    assert "console_sign_in" in actions and "console_sign_out" in actions


def test_a_recovery_code_works_once(hub: RunningHub) -> None:
    user = make_user(hub, "rae", ["auditor"])
    sign_in(hub, user, code=user.recovery[0]).close()
    client = httpx.Client(base_url=hub.url)
    form = client.get("/console/sign-in")
    client.post(
        "/console/sign-in", data={"csrf": csrf_of(form.text), "username": "rae", "password": user.password}
    )
    again = client.post(
        "/console/second-factor",
        data={"csrf": csrf_of(client.get("/console/second-factor").text), "code": user.recovery[0]},
    )
    assert again.status_code == 400


def test_repeated_failures_lock_the_account_out(hub: RunningHub) -> None:
    user = make_user(hub, "lou", ["auditor"])
    client = httpx.Client(base_url=hub.url)
    token = csrf_of(client.get("/console/sign-in").text)
    statuses = [
        client.post(
            "/console/sign-in", data={"csrf": token, "username": "lou", "password": f"wrong {i} password"}
        ).status_code
        for i in range(10)
    ]
    assert statuses[:9] == [400] * 9 and statuses[9] == 429
    right = client.post(
        "/console/sign-in", data={"csrf": token, "username": "lou", "password": user.password}
    )
    assert right.status_code == 429 and "Too many failed attempts" in right.text
    assert any(e["action"] == "console_account_locked" for e in hub.store.audit_trail())


def test_forms_without_the_csrf_token_are_refused(hub: RunningHub) -> None:
    user = make_user(hub, "cy", ["administrator"], role="administrator")
    client = httpx.Client(base_url=hub.url)
    bare = client.post("/console/sign-in", data={"username": "cy", "password": user.password})
    assert bare.status_code == 403
    signed = sign_in(hub, user)
    forged = signed.post(
        "/console/users", data={"name": "Mallory", "role": "ehe_officer", "csrf": "not-the-token"}
    )
    assert forged.status_code == 403
    assert (
        hub.store.conn.execute("SELECT count(*) AS n FROM users WHERE name = 'Mallory'").fetchone()["n"] == 0
    )


def test_admin_add_from_the_command_line_then_sign_in(hub: RunningHub) -> None:
    url = (
        hub.store.pool.conninfo
        if hub.store.postgres
        else str(hub.store.conn.execute("PRAGMA database_list").fetchone()["file"])
    )
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "cnis_desktop.hub.cli",
            "--db",
            url,
            "admin-add",
            "Ada Admin",
            "--password-stdin",
        ],
        input="a long enough password\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    secret = re.search(r"Authenticator key \(TOTP\): (\w+)", made.stdout)
    assert secret and "otpauth://totp/" in made.stdout
    assert "as: ada.admin" in made.stdout
    from tests.console.conftest import ConsoleUser

    client = sign_in(hub, ConsoleUser("", "ada.admin", "a long enough password", secret.group(1), []))
    assert "Users" in client.get("/console/").text
    short = subprocess.run(
        [sys.executable, "-m", "cnis_desktop.hub.cli", "--db", url, "admin-add", "Bo", "--password-stdin"],
        input="short\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=120,
    )
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
