"""TOTP secrets are kept encrypted (AES-GCM) in the hub's database, under a key that is not
in it; a TOTP code is accepted once only; a secret kept in clear by an older hub still works
and is sealed when next used."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import httpx
import pyotp
import pytest
from cryptography.exceptions import InvalidTag

from cnis_desktop.hub.console.accounts import Accounts
from cnis_desktop.hub.console.secret_box import SecretBox, key_from_file, key_from_secret
from tests.console.conftest import csrf_of, make_user, sign_in
from tests.hub.conftest import RunningHub


def second_factor(hub: RunningHub, username: str, password: str, code: str) -> httpx.Response:
    client = httpx.Client(base_url=hub.url, timeout=30)
    first = client.post(
        "/console/sign-in",
        data={
            "csrf": csrf_of(client.get("/console/sign-in").text),
            "username": username,
            "password": password,
        },
    )
    assert first.status_code == 303
    token = csrf_of(client.get("/console/second-factor").text)
    return client.post("/console/second-factor", data={"csrf": token, "code": code})


def test_the_secret_is_sealed_and_its_key_kept_apart(hub: RunningHub) -> None:
    user = make_user(hub, "sealy", ["auditor"])
    stored = hub.store.conn.execute(
        "SELECT totp_secret FROM console_accounts WHERE user_id = ?", (user.user_id,)
    ).fetchone()["totp_secret"]
    assert stored.startswith("v1:") and user.secret not in stored
    if not hub.store.postgres:
        database = Path(hub.store.conn.execute("PRAGMA database_list").fetchone()["file"])
        key_file = database.with_name(database.name + ".totp-key")
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert key_file.read_text().strip() not in str(
            hub.store.conn.execute("SELECT * FROM hub_meta").fetchall()
        )
    # Sealed to its account: the same ciphertext moved to another row does not open.
    box = Accounts(hub.store).box
    with pytest.raises(InvalidTag):
        box.open(stored, "another-user")
    assert box.open(stored, user.user_id) == user.secret


def test_a_code_works_once(hub: RunningHub) -> None:
    user = make_user(hub, "once", ["auditor"])
    totp = pyotp.TOTP(user.secret)
    if time.time() % 30 > 27:
        time.sleep(3)  # not across a step's end: the test's two codes must be the same
    code = totp.now()
    sign_in(hub, user, code)
    again = second_factor(hub, "once", user.password, code)
    assert again.status_code == 400 and "That code is not right" in again.text
    # The next step's code (a clock a little ahead) is new, so it is taken...
    assert second_factor(hub, "once", user.password, totp.at(time.time() + 30)).status_code == 303
    # ...and then this step's, older than it, no longer is.
    assert second_factor(hub, "once", user.password, totp.now()).status_code == 400


def test_a_secret_from_before_encryption_is_sealed_when_used(hub: RunningHub) -> None:
    user = make_user(hub, "olden", ["auditor"])
    hub.store.conn.execute(
        "UPDATE console_accounts SET totp_secret = ? WHERE user_id = ?", (user.secret, user.user_id)
    )
    sign_in(hub, user)
    stored = hub.store.conn.execute(
        "SELECT totp_secret FROM console_accounts WHERE user_id = ?", (user.user_id,)
    ).fetchone()["totp_secret"]
    assert stored.startswith("v1:") and user.secret not in stored


def test_keys_from_the_secret_and_from_a_file(tmp_path: Path) -> None:
    one, two = key_from_secret(b"hub secret one"), key_from_secret(b"hub secret two")
    assert len(one) == 32 and one != two and one == key_from_secret(b"hub secret one")
    sealed = SecretBox(one).seal("JBSWY3DPEHPK3PXP", "u1")
    with pytest.raises(InvalidTag):
        SecretBox(two).open(sealed, "u1")
    path = tmp_path / "keys" / "totp.key"
    made = key_from_file(path)
    assert key_from_file(path) == made and stat.S_IMODE(path.stat().st_mode) == 0o600
    os.chmod(path, 0o644)
    with pytest.raises(PermissionError):
        key_from_file(path)
