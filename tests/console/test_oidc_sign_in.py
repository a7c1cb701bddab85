"""Sign-in with the authority's identity provider (OpenID Connect, code flow with PKCE, state
and nonce) against a small OpenID provider on loopback (tests/console/oidc_provider.py): over
HTTP and in headless Chromium; a token with the wrong nonce, audience or signature, an
expired one, someone in no mapped group and a state from another browser are refused."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from joserfc.jwk import RSAKey

from cnis_desktop.hub.app import create_app
from cnis_desktop.hub.console.oidc import OidcSettings
from cnis_desktop.hub.console.routes import ConsoleSettings
from cnis_desktop.hub.storage import HubStore
from tests.console.oidc_provider import CLIENT_ID, CLIENT_SECRET, LoopbackProvider, serve
from tests.console.test_console_browser import browser, check_page
from tests.hub.conftest import hub_location

browser = browser  # the browser tests' Chromium, launched once for this module too

GROUPS = {"grp-send-lead": ("send_lead",), "grp-admins": ("administrator", "auditor")}


@dataclass
class OidcHub:
    url: str
    store: HubStore
    provider: LoopbackProvider


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def oidc_hub(tmp_path: Path) -> Iterator[OidcHub]:
    provider = LoopbackProvider()
    with serve(provider.app()) as provider_url:
        provider.url = provider_url
        port = free_port()
        provider.redirect_url = f"http://127.0.0.1:{port}/console/oidc/callback"
        settings = OidcSettings(
            issuer=provider_url,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_url=provider.redirect_url,
            group_roles=GROUPS,
            provider_name="Fictional Entra ID",
        )
        assert settings.problems() == []
        store = HubStore(hub_location(tmp_path))
        app = create_app(store, 0.0, ConsoleSettings(failure_delay=0.0, oidc=settings))
        with serve(app, port) as hub_url:
            yield OidcHub(hub_url, store, provider)
        store.close()


def sign_in_through_provider(hub: OidcHub) -> tuple[httpx.Client, httpx.Response]:
    """What a browser does: the hub's start, the provider's authorize, back to the hub."""
    client = httpx.Client(base_url=hub.url, follow_redirects=False, timeout=30)
    start = client.get("/console/oidc/start")
    assert start.status_code == 303 and start.headers["location"].startswith(f"{hub.provider.url}/authorize?")
    assert "code_challenge_method=S256" in start.headers["location"]
    at_provider = client.get(start.headers["location"])
    assert at_provider.status_code == 302, at_provider.text
    back = client.get(at_provider.headers["location"])
    return client, back


def test_sign_in_through_the_provider_makes_a_session_with_the_groups_roles(oidc_hub: OidcHub) -> None:
    client, back = sign_in_through_provider(oidc_hub)
    assert back.status_code == 200 and 'http-equiv="refresh"' in back.text
    assert "samesite=strict" in back.headers["set-cookie"].lower()
    assert client.get("/console/picture").status_code == 200
    assert client.get("/console/users").status_code == 403  # the group gives the lead's role only
    row = oidc_hub.store.conn.execute(
        "SELECT username, roles, password_hash, oidc_subject FROM console_accounts"
    ).fetchone()
    assert dict(row) == {
        "username": "lee.lead@fictional.example",
        "roles": "send_lead",
        "password_hash": None,
        "oidc_subject": f"{oidc_hub.provider.url}|entra-0001",
    }
    # Moved to the administrators' group at the provider: the next sign-in has its roles.
    oidc_hub.provider.person["groups"] = ["grp-admins"]
    again, _ = sign_in_through_provider(oidc_hub)
    assert again.get("/console/users").status_code == 200
    assert again.get("/console/picture").status_code == 403
    assert len(oidc_hub.store.conn.execute("SELECT * FROM console_accounts").fetchall()) == 1
    actions = [e["action"] for e in oidc_hub.store.audit_trail()]
    assert actions.count("console_sign_in") == 2 and "console_set_roles" in actions


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        ({"nonce": "another sign-in's nonce"}, "its nonce differs"),
        ({"aud": "another-application"}, "for another application"),
        ({"exp": 1_700_000_000, "iat": 1_699_999_000}, "has expired"),
        ({"iss": "https://login.example/other"}, "from another issuer"),
        ({"groups": ["grp-cleaners"]}, "in no group that has a role"),
    ],
)
def test_a_bad_token_is_refused(oidc_hub: OidcHub, claims: dict[str, Any], message: str) -> None:
    oidc_hub.provider.next_claims = claims
    client, back = sign_in_through_provider(oidc_hub)
    assert back.status_code == 403 and message in back.text
    assert client.get("/console/picture").status_code == 303  # no session: back to sign-in
    assert oidc_hub.store.conn.execute("SELECT count(*) AS n FROM console_sessions").fetchone()["n"] == 0
    assert any(e["action"] == "console_oidc_refused" for e in oidc_hub.store.audit_trail())


def test_a_token_signed_with_another_key_is_refused(oidc_hub: OidcHub) -> None:
    oidc_hub.provider.sign_with = RSAKey.generate_key(2048, parameters={"kid": "test-1"})
    _, back = sign_in_through_provider(oidc_hub)
    assert back.status_code == 403 and "signature is not the identity provider" in back.text


def test_a_state_from_another_browser_or_used_twice_is_refused(oidc_hub: OidcHub) -> None:
    victim = httpx.Client(base_url=oidc_hub.url, follow_redirects=False)
    at_provider = victim.get(victim.get("/console/oidc/start").headers["location"])
    callback = at_provider.headers["location"]
    # The attacker's browser, sent the victim's callback (login CSRF): no state cookie.
    attacker = httpx.Client(follow_redirects=False)
    refused = attacker.get(callback)
    assert refused.status_code == 403 and "did not begin in this browser" in refused.text
    # The victim's own browser: once, not twice.
    assert victim.get(callback).status_code == 200
    victim.cookies.set("cnis_console_oidc", callback.split("state=", 1)[1], path="/console/oidc")
    assert victim.get(callback).status_code == 403


def test_the_sign_in_page_offers_the_provider_only_when_set_up(oidc_hub: OidcHub, tmp_path: Path) -> None:
    page = httpx.get(f"{oidc_hub.url}/console/sign-in").text
    assert 'href="/console/oidc/start"' in page and "Sign in with Fictional Entra ID" in page
    plain = HubStore(tmp_path / "plain.sqlite3")
    with serve(create_app(plain, 0.0)) as url:
        assert "oidc/start" not in httpx.get(f"{url}/console/sign-in").text
        assert httpx.get(f"{url}/console/oidc/start").status_code == 404
    plain.close()


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Chromium: apt-get install -y chromium")
def test_sign_in_through_the_provider_in_the_browser(oidc_hub: OidcHub, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{oidc_hub.url}/console/sign-in")
    check_page(page, "sign-in-with-provider")
    page.get_by_role("link", name="Sign in with Fictional Entra ID").click()
    page.wait_for_url(f"{oidc_hub.url}/console/")
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Authority picture").click()
    assert page.get_by_role("heading", name="The authority picture").is_visible()
    # A refused sign-in says why, above the provider's button, in the browser too.
    context.clear_cookies()
    oidc_hub.provider.next_claims = {"groups": ["grp-cleaners"]}
    page.goto(f"{oidc_hub.url}/console/sign-in")
    page.get_by_role("link", name="Sign in with Fictional Entra ID").click()
    page.wait_for_url(f"{oidc_hub.url}/console/oidc/callback*")
    assert page.get_by_text("in no group that has a role").is_visible()
    check_page(page, "sign-in-with-provider-refused")
    context.close()
