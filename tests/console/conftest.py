"""The console on a real hub on loopback (tests/hub/conftest.py's `hub`: SQLite, or
PostgreSQL with CNIS_TEST_PG_URL), signed in over HTTP as a browser would."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pyotp
import pytest

from cnis_desktop.hub.console.accounts import Accounts
from tests.hub import conftest as hub_conftest
from tests.hub.conftest import RunningHub

hub = hub_conftest.hub  # the running hub fixture, for these tests too

PASSWORD = "correct horse battery staple"


@dataclass
class ConsoleUser:
    user_id: str
    username: str
    password: str
    secret: str
    recovery: list[str]


def make_user(hub: RunningHub, username: str, roles: list[str], role: str = "team_manager") -> ConsoleUser:
    """A hub user with a console account and a second factor already set up."""
    accounts = Accounts(hub.store)
    user_id = hub.store.add_user(username.title(), role)
    accounts.create("test", user_id, username, roles, PASSWORD)
    new = accounts.new_second_factor(user_id, username)
    return ConsoleUser(user_id, username, PASSWORD, new.secret, new.recovery_codes)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def sign_in(hub: RunningHub, user: ConsoleUser, code: str | None = None) -> httpx.Client:
    client = httpx.Client(base_url=hub.url, follow_redirects=False, timeout=30)
    form = client.get("/console/sign-in")
    first = client.post(
        "/console/sign-in",
        data={"csrf": csrf_of(form.text), "username": user.username, "password": user.password},
    )
    assert first.status_code == 303, first.text
    second_page = client.get("/console/second-factor")
    done = client.post(
        "/console/second-factor",
        data={"csrf": csrf_of(second_page.text), "code": code or pyotp.TOTP(user.secret).now()},
    )
    assert done.status_code == 303 and done.headers["location"] == "/console/", done.text
    return client


@pytest.fixture
def admin(hub: RunningHub) -> Iterator[httpx.Client]:
    client = sign_in(hub, make_user(hub, "ada", ["administrator"], role="administrator"))
    yield client
    client.close()


def post(client: httpx.Client, page: str, action: str, data: dict[str, object]) -> httpx.Response:
    """Post a form as the page would: with the CSRF token the page carries."""
    token = csrf_of(client.get(page).text)
    return client.post(action, data={"csrf": token, **data})  # type: ignore[arg-type]
