"""A tiny OpenID provider for the tests, served on loopback: discovery, authorize (it signs
the one person in at once), token (client secret and PKCE checked) and JWKS; id_tokens signed
with an RSA key made by the test. `next_claims` changes the next token's claims, and
`sign_with` the key it is signed with, to make the tokens a hub must refuse."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import uvicorn
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

CLIENT_ID = "cnis-console-test"
CLIENT_SECRET = "a client secret for the tests"


@dataclass
class LoopbackProvider:
    redirect_url: str = ""
    url: str = ""
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "test-1"}))
    person: dict[str, Any] = field(
        default_factory=lambda: {
            "sub": "entra-0001",
            "name": "Lee Lead",
            "preferred_username": "lee.lead@fictional.example",
            "groups": ["grp-send-lead"],
        }
    )
    next_claims: dict[str, Any] = field(default_factory=dict)
    sign_with: RSAKey | None = None
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    tokens_issued: int = 0

    def app(self) -> Starlette:
        async def discovery(_request: Request) -> Response:
            return JSONResponse(
                {
                    "issuer": self.url,
                    "authorization_endpoint": f"{self.url}/authorize",
                    "token_endpoint": f"{self.url}/token",
                    "jwks_uri": f"{self.url}/jwks",
                    "response_types_supported": ["code"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                    "code_challenge_methods_supported": ["S256"],
                }
            )

        async def jwks(_request: Request) -> Response:
            return JSONResponse(KeySet([self.key]).as_dict(private=False))

        async def authorize(request: Request) -> Response:
            q = request.query_params
            if q.get("client_id") != CLIENT_ID or q.get("redirect_uri") != self.redirect_url:
                return Response("unknown client or redirect", 400)
            if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
                return Response("PKCE required", 400)
            code = secrets.token_urlsafe(16)
            self.codes[code] = {"nonce": q.get("nonce", ""), "challenge": q.get("code_challenge", "")}
            return RedirectResponse(
                f"{self.redirect_url}?{urlencode({'code': code, 'state': q.get('state', '')})}", 302
            )

        async def token(request: Request) -> Response:
            form = await request.form()
            expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
            if request.headers.get("authorization") != f"Basic {expected}":
                return JSONResponse({"error": "invalid_client"}, 401)
            issued = self.codes.pop(str(form.get("code")), None)
            if issued is None or form.get("redirect_uri") != self.redirect_url:
                return JSONResponse({"error": "invalid_grant"}, 400)
            digest = hashlib.sha256(str(form.get("code_verifier")).encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != issued["challenge"]:
                return JSONResponse({"error": "invalid_grant", "error_description": "PKCE"}, 400)
            now = int(time.time())
            claims = {
                "iss": self.url,
                "aud": CLIENT_ID,
                "iat": now,
                "exp": now + 300,
                "nonce": issued["nonce"],
                **self.person,
                **self.next_claims,
            }
            self.next_claims = {}
            key = self.sign_with or self.key
            self.tokens_issued += 1
            id_token = jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)
            return JSONResponse({"access_token": "unused", "token_type": "Bearer", "id_token": id_token})

        return Starlette(
            routes=[
                Route("/.well-known/openid-configuration", discovery),
                Route("/jwks", jwks),
                Route("/authorize", authorize),
                Route("/token", token, methods=["POST"]),
            ]
        )


@contextmanager
def serve(app: Any, port: int = 0) -> Iterator[str]:
    """`app` on loopback in a thread, for the length of the block: its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
