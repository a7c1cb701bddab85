"""The hub's HTTP API (FastAPI, so its OpenAPI description is served at /openapi.json)."""

# No "from __future__ import annotations": FastAPI reads these annotations at runtime,
# and the dependencies they name are local to create_app.

import os
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from .storage import Device, HubError, HubStore, default_location

MAX_BATCH = 500
MAX_SEQ = 2**62  # sequence numbers are 64-bit in both databases


class EnrolRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=200)


class EnrolResponse(BaseModel):
    device_id: str
    token: str


class Change(BaseModel):
    change_id: str = Field(min_length=1, max_length=64)
    record_type: str = Field(min_length=1, max_length=64)
    record_id: str = Field(min_length=1, max_length=200)
    child_id: str = Field(default="", max_length=64)
    op: str = Field(min_length=1, max_length=32)
    base_version: int | None = Field(default=None, ge=0, le=MAX_SEQ)
    payload: dict[str, Any]


class PushRequest(BaseModel):
    changes: list[Change] = Field(max_length=MAX_BATCH)


class Refusal(BaseModel):
    change_id: str
    reason: str


class PushResponse(BaseModel):
    accepted: list[str]
    duplicates: list[str]
    refused: list[Refusal]
    seqs: dict[str, int]


class PulledChange(Change):
    seq: int


class PullResponse(BaseModel):
    changes: list[PulledChange]
    last_seq: int
    more: bool
    caseload: list[str] | None = Field(
        description="The child ids on the user's caseload; with the last page only (null "
                    "while more is true).")


class DigestResponse(BaseModel):
    count: int
    hash: str


class StatusResponse(BaseModel):
    device_id: str
    version: str


MAX_BODY = 64 * 1024 * 1024


class GzipRequestMiddleware:
    """Accept request bodies sent with Content-Encoding: gzip (bounded when unpacked)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or [])
        if scope["type"] != "http" or headers.get(b"content-encoding") != b"gzip":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            plain = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, MAX_BODY)
        except zlib.error:
            response = JSONResponse({"detail": "The request body is not valid gzip."}, 400)
            await response(scope, receive, send)
            return
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in scope["headers"]
                            if k not in (b"content-encoding", b"content-length")]
        scope["headers"].append((b"content-length", str(len(plain)).encode()))
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": plain, "more_body": False}

        await self.app(scope, replay, send)


class Revoked(Exception):
    def __init__(self, device: Device) -> None:
        self.device = device


def app_from_env() -> FastAPI:
    """For `uvicorn --factory cnis_desktop.hub.app:app_from_env` (several worker processes
    share one PostgreSQL database named by CNIS_HUB_DB)."""
    store = HubStore(os.environ.get("CNIS_HUB_DB") or default_location())
    store.warm()
    return create_app(store)


@asynccontextmanager
async def _ready(_app: FastAPI) -> AsyncIterator[None]:
    # Before the first request: the worker-thread machinery loads its event-loop backend on
    # first use (13 ms, which a morning's first syncs all waited behind).
    await run_in_threadpool(lambda: None)
    yield


def create_app(store: HubStore) -> FastAPI:
    app = FastAPI(title="CNIS hub", version=__version__,
                  description="Sync hub for CNIS Desktop laptops.", lifespan=_ready)
    # Both directions are gzipped: laptops often sync over poor mobile connections.
    # Level 6, not Starlette's 9: nearly the same bytes for a third of the CPU.
    app.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=6)
    app.add_middleware(GzipRequestMiddleware)

    @app.exception_handler(Revoked)
    def revoked(_request: Any, exc: Revoked) -> JSONResponse:
        # The device is told to wipe itself; it will push nothing more.
        return JSONResponse({"detail": "This device has been revoked.", "wipe": True},
                            status_code=403)

    def authenticate(token: str) -> Device:
        found = store.device_for(token) if token else None
        if found is None:
            store.refused(None, "bad_token", "no token" if not token else "unknown token")
            raise HTTPException(401, "Not enrolled: enrol this laptop with a code.")
        if found.revoked:
            store.refused(found, "revoked_device", found.id)
            raise Revoked(found)
        return found

    async def bearer(authorization: Annotated[str | None, Header()] = None) -> str:
        # Only "Authorization: Bearer <token>" (the scheme's name in any case, RFC 9110
        # 11.1); a bare token is no token.
        scheme, _, token = (authorization or "").strip().partition(" ")
        return token.strip() if scheme.lower() == "bearer" else ""

    Token = Annotated[str, Depends(bearer)]

    async def as_device(token: str, work: Callable[[Device], Any]) -> Any:
        """Check the token and do the work in one trip to a worker thread (the database
        calls block): a blocking dependency and a blocking endpoint took two."""
        return await run_in_threadpool(lambda: work(authenticate(token)))

    @app.post("/v1/enrol", response_model=EnrolResponse)
    def enrol(request: EnrolRequest) -> EnrolResponse:
        try:
            device_id, token = store.enrol(request.code, request.device_name)
        except HubError as exc:
            raise HTTPException(400, str(exc)) from exc
        return EnrolResponse(device_id=device_id, token=token)

    # Push and pull answer with the store's result as it is: it has the documented shape
    # (the schema tests check every answer), and checking it again field by field was a
    # tenth of the hub's work on a busy morning.
    @app.post("/v1/push", response_model=PushResponse)
    async def push(request: PushRequest, token: Token) -> JSONResponse:
        changes = [c.model_dump() for c in request.changes]
        return JSONResponse(await as_device(token, lambda me: store.push(me, changes)))

    @app.get("/v1/pull", response_model=PullResponse)
    async def pull(token: Token, since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
                   limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = 200,
                   own: Annotated[bool, Query(description="include this device's own changes"
                                              )] = False) -> JSONResponse:
        return JSONResponse(await as_device(token,
                                            lambda me: store.pull(me, since, limit, own)))

    @app.get("/v1/digest", response_model=DigestResponse)
    async def digest(token: Token,
                     upto: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0) -> dict[str, Any]:
        result: dict[str, Any] = await as_device(token, lambda me: store.digest(me, upto))
        return result

    @app.get("/v1/status", response_model=StatusResponse)
    async def status(token: Token) -> StatusResponse:
        me = await as_device(token, lambda me: me)
        return StatusResponse(device_id=me.id, version=__version__)

    return app
