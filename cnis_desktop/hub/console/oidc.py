"""Signing in to the console with the authority's identity provider (OpenID Connect; the
authorities use Microsoft Entra ID): the authorization code flow with PKCE, state and nonce.

The provider is found by its discovery document; the id_token's signature is checked against
the provider's published keys (JWKS), and its issuer, audience, expiry and nonce against
what this sign-in expects. The provider's groups decide the console roles (the settings map
a group to roles); someone in no mapped group is refused. The second factor is the
provider's, so a sign-in here makes a console session at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from ...sync.client import hub_address_problem
from ..storage import HubStore, _now
from .accounts import ROLES

PENDING_SECONDS = 600  # from leaving for the provider to coming back
LEEWAY = 60  # seconds of clock difference allowed between the hub and the provider
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "ES256", "ES384")
DISCOVERY_SECONDS = 3600

SCHEMA = """
CREATE TABLE IF NOT EXISTS console_oidc_pending (state_hash TEXT PRIMARY KEY,
    nonce TEXT NOT NULL, verifier TEXT NOT NULL, created_at TEXT NOT NULL, expires INTEGER NOT NULL)
"""


class OidcRefused(Exception):
    """A sign-in refused; the message is for the person signing in (and the audit)."""


@dataclass(frozen=True)
class OidcSettings:
    issuer: str
    client_id: str
    client_secret: str
    redirect_url: str  # this hub's /console/oidc/callback, as registered with the provider
    group_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group id -> roles
    groups_claim: str = "groups"
    provider_name: str = "your organisation's account"

    def problems(self) -> list[str]:
        found = []
        for name in ("issuer", "redirect_url"):
            problem = hub_address_problem(getattr(self, name))
            if problem:
                found.append(f"{name}: {problem}")
        if not self.client_id:
            found.append("client_id: give the client (application) id registered with the provider")
        for group, roles in self.group_roles.items():
            unknown = [r for r in roles if r not in ROLES]
            if unknown:
                found.append(f"group {group}: unknown role {', '.join(unknown)}")
        return found


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def code_challenge(verifier: str) -> str:
    """PKCE S256 (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class Pending:
    state: str
    nonce: str
    verifier: str


class OidcProvider:
    """The provider's discovery document and keys (cached), and the flow's two legs."""

    def __init__(self, settings: OidcSettings, store: HubStore, http: httpx.Client | None = None) -> None:
        self.settings = settings
        self.store = store
        self.http = http or httpx.Client(timeout=10, follow_redirects=False)
        self._lock = threading.Lock()
        self._discovery: dict[str, Any] | None = None
        self._discovered_at = 0.0
        self._keys: KeySet | None = None
        with store.db() as conn:
            conn.executescript(SCHEMA)

    # --- the provider's documents ------------------------------------------------------------

    def _get_json(self, url: str) -> dict[str, Any]:
        problem = hub_address_problem(url)
        if problem:
            raise OidcRefused(f"The identity provider's address is not safe to use: {problem}")
        try:
            response = self.http.get(url)
            response.raise_for_status()
            found = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise OidcRefused("The identity provider could not be reached: try again shortly.") from exc
        if not isinstance(found, dict):
            raise OidcRefused("The identity provider answered with something unexpected.")
        return found

    def discovery(self) -> dict[str, Any]:
        with self._lock:
            if self._discovery is None or time.monotonic() - self._discovered_at > DISCOVERY_SECONDS:
                issuer = self.settings.issuer.rstrip("/")
                found = self._get_json(f"{issuer}/.well-known/openid-configuration")
                if found.get("issuer") != self.settings.issuer:
                    raise OidcRefused("The identity provider's discovery document names another issuer.")
                self._discovery, self._discovered_at, self._keys = found, time.monotonic(), None
            return self._discovery

    def keys(self, refresh: bool = False) -> KeySet:
        jwks_uri = str(self.discovery().get("jwks_uri") or "")
        with self._lock:
            if self._keys is None or refresh:
                try:
                    self._keys = KeySet.import_key_set(self._get_json(jwks_uri))  # type: ignore[arg-type]
                except (JoseError, ValueError, TypeError) as exc:
                    raise OidcRefused("The identity provider's keys could not be read.") from exc
            return self._keys

    # --- leaving for the provider --------------------------------------------------------------

    def begin(self) -> tuple[Pending, str]:
        """A new sign-in's state, nonce and PKCE verifier (kept here until it comes back),
        and the provider's address to send the browser to."""
        pending = Pending(secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(48))
        endpoint = str(self.discovery().get("authorization_endpoint") or "")
        if hub_address_problem(endpoint):
            raise OidcRefused("The identity provider's sign-in address is not safe to use.")
        with self.store.db() as conn:
            conn.execute("DELETE FROM console_oidc_pending WHERE expires < ?", (int(time.time()),))
            conn.execute(
                "INSERT INTO console_oidc_pending VALUES (?, ?, ?, ?, ?)",
                (
                    _sha(pending.state),
                    pending.nonce,
                    pending.verifier,
                    _now(),
                    int(time.time()) + PENDING_SECONDS,
                ),
            )
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.settings.client_id,
                "redirect_uri": self.settings.redirect_url,
                "scope": "openid profile email",
                "state": pending.state,
                "nonce": pending.nonce,
                "code_challenge": code_challenge(pending.verifier),
                "code_challenge_method": "S256",
            }
        )
        return pending, f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"

    # --- coming back -------------------------------------------------------------------------

    def take_pending(self, state: str, browser_state: str) -> Pending:
        """The sign-in this state began, once (and only in the browser that began it)."""
        if not state or not hmac.compare_digest(state.encode(), browser_state.encode()):
            raise OidcRefused("This sign-in did not begin in this browser: start again.")
        with self.store.db() as conn:
            row = conn.execute(
                "SELECT nonce, verifier, expires FROM console_oidc_pending WHERE state_hash = ?",
                (_sha(state),),
            ).fetchone()
            conn.execute("DELETE FROM console_oidc_pending WHERE state_hash = ?", (_sha(state),))
        if row is None or int(row["expires"]) < time.time():
            raise OidcRefused("This sign-in has expired or was used already: start again.")
        return Pending(state, row["nonce"], row["verifier"])

    def exchange(self, code: str, pending: Pending) -> str:
        """The authorization code (with the PKCE verifier) for an id_token."""
        endpoint = str(self.discovery().get("token_endpoint") or "")
        if hub_address_problem(endpoint):
            raise OidcRefused("The identity provider's token address is not safe to use.")
        try:
            response = self.http.post(
                endpoint,
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "redirect_uri": self.settings.redirect_url,
                    "code_verifier": pending.verifier,
                },
                auth=(self.settings.client_id, self.settings.client_secret),
            )
            answer = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise OidcRefused("The identity provider could not be reached: try again shortly.") from exc
        if response.status_code != 200 or not isinstance(answer, dict) or not answer.get("id_token"):
            raise OidcRefused("The identity provider did not accept this sign-in: start again.")
        return str(answer["id_token"])

    def verify(self, id_token: str, nonce: str) -> dict[str, Any]:
        """The id_token's claims, once its signature, issuer, audience, time and nonce are
        right (OpenID Connect Core 1.0, 3.1.3.7)."""
        try:
            try:
                token = jwt.decode(id_token, self.keys(), algorithms=list(ALGORITHMS))
            except (JoseError, ValueError) as first:
                if "kid" not in str(first).lower() and "key" not in str(first).lower():
                    raise
                token = jwt.decode(id_token, self.keys(refresh=True), algorithms=list(ALGORITHMS))
        except (JoseError, ValueError) as exc:
            raise OidcRefused("The sign-in token's signature is not the identity provider's.") from exc
        claims = dict(token.claims)
        now = time.time()
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if claims.get("iss") != self.settings.issuer:
            raise OidcRefused("The sign-in token is from another issuer.")
        if self.settings.client_id not in audiences or (
            len(audiences) > 1 and claims.get("azp") != self.settings.client_id
        ):
            raise OidcRefused("The sign-in token is for another application.")
        if not isinstance(claims.get("exp"), int | float) or claims["exp"] + LEEWAY < now:
            raise OidcRefused("The sign-in token has expired: start again.")
        if isinstance(claims.get("iat"), int | float) and claims["iat"] - LEEWAY > now:
            raise OidcRefused("The sign-in token was issued in the future: check the hub's clock.")
        if not hmac.compare_digest(str(claims.get("nonce") or "").encode(), nonce.encode()):
            raise OidcRefused("The sign-in token is not for this sign-in (its nonce differs).")
        if not claims.get("sub"):
            raise OidcRefused("The sign-in token names no one.")
        return claims

    def roles(self, claims: dict[str, Any]) -> frozenset[str]:
        groups = claims.get(self.settings.groups_claim) or []
        if isinstance(groups, str):
            groups = [groups]
        return frozenset(
            role
            for group in groups
            if isinstance(group, str)
            for role in self.settings.group_roles.get(group, ())
        )
