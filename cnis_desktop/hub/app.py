"""The hub's HTTP API (FastAPI, so its OpenAPI description is served at /openapi.json)."""

# No "from __future__ import annotations": FastAPI reads these annotations at runtime,
# and the dependencies they name are local to create_app.

import asyncio
import hashlib
import json
import time
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse as StarletteJSONResponse
from pydantic import BeforeValidator
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..sync.wire import (
    MAX_BATCH,
    MAX_SEQ,
    DigestResult,
    EnrolRequest,
    EnrolResult,
    PullResult,
    PushRequest,
    PushResult,
    StatusResult,
)
from .blobs import blob_router
from .config import HubSettings, load_settings
from .console.routes import ConsoleSettings
from .console.routes import install as install_console
from .storage import Device, HubError, HubStore, audit_text

# What a request may cost before the hub looks at it. A push of the laptop's largest batch
# (200 changes) is well under a megabyte gzipped and a few megabytes as JSON; the caps leave
# room for long visit notes, and stop a huge body or a small gzip that expands to gigabytes.
MAX_PUSH_WIRE = 8 * 1024 * 1024
MAX_PUSH_PLAIN = 24 * 1024 * 1024
MAX_OTHER = 16 * 1024  # enrolment and every other request
MAX_BLOB_CHUNK_WIRE = 1024 * 1024  # one chunk of an attachment's bytes (blob_store.MAX_CHUNK)
MAX_CONSOLE = 256 * 1024  # a console form moving a few thousand children at once
FAILURE_DELAY = 0.5  # seconds before a failed enrolment or token is answered
LOCKED = "Too many failed attempts from this address: try again in 15 minutes."
RETRY_AFTER = "900"
DISABLED = "This user's account is disabled: ask the hub's administrator."


# What the hub answers besides success, as its OpenAPI description says (every status an
# endpoint can give is documented; 422 is FastAPI's own for a body or query out of bounds).
_DETAIL = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body is not valid JSON, or not valid gzip", "content": _DETAIL},
    413: {"description": "The body is over the hub's bounds", "content": _DETAIL},
}
DEVICE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid token", "content": _DETAIL},
    403: {"description": "This device has been revoked: wipe it", "content": _DETAIL},
    429: {"description": "Too many failed tokens from this address", "content": _DETAIL},
}


class JSONResponse(StarletteJSONResponse):
    """JSON with every character beyond ASCII escaped: a lone surrogate a client sent (which
    JSON allows and UTF-8 cannot carry) is answered as it came, never a server error."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode("ascii")


def _whole_versions(value: Any) -> Any:
    """Refuses a base_version of true or "3" (pydantic's lax integers take them; JSON
    Schema's integer does not, though it does take 3.0)."""
    if isinstance(value, dict) and isinstance(value.get("changes"), list):
        for change in value["changes"]:
            version = change.get("base_version") if isinstance(change, dict) else None
            if isinstance(version, bool | str):
                raise ValueError("base_version must be a whole number or null")
    return value


def _json_error(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status)


class RequestLimits:
    """Bounds every request body as it is read, and for a push checks the device's token
    before reading the body at all; bodies sent with Content-Encoding: gzip are unpacked
    here, within their own bound.

    A token this worker has seen to be valid in the last minute is not looked up again here
    (the push itself checks it, revocation included, in its one trip to a worker thread): a
    second trip for every push made a busy morning's pushes queue for the thread pool."""

    KNOWN_FOR = 60.0  # seconds
    KNOWN_MAX = 10_000

    def __init__(
        self, app: ASGIApp, authenticate: Callable[[str, str], Device], failure_delay: float
    ) -> None:
        self.app = app
        self.authenticate = authenticate
        self.failure_delay = failure_delay
        self.known: dict[str, float] = {}  # a valid token's hash -> until when

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        push = scope["path"] == "/v1/push" and scope["method"] == "POST"
        # One chunk of an attachment's bytes (blobs.py): a mebibyte, read before the token is
        # checked (as for every request but a push, whose body can be far larger).
        chunk = scope["path"].startswith("/v1/blobs/") and scope["method"] == "PUT"
        cap = MAX_PUSH_WIRE if push else (MAX_CONSOLE if scope["path"].startswith("/console/") else MAX_OTHER)
        cap = MAX_BLOB_CHUNK_WIRE if chunk else cap
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > cap:
            await _json_error(413, f"The request body is over {cap:,} bytes.")(scope, receive, send)
            return
        if push:
            token = _bearer(headers)
            seen = hashlib.sha256(token.encode()).hexdigest()
            if self.known.get(seen, 0.0) < time.monotonic():
                client = scope.get("client")
                try:
                    await run_in_threadpool(self.authenticate, token, client[0] if client else "")
                except HTTPException as exc:
                    await asyncio.sleep(self.failure_delay)
                    response = _json_error(exc.status_code, str(exc.detail))
                    response.headers.update(exc.headers or {})
                    await response(scope, receive, send)
                    return
                except Revoked:
                    await _revoked_response()(scope, receive, send)
                    return
                if len(self.known) >= self.KNOWN_MAX:
                    self.known.clear()
                self.known[seen] = time.monotonic() + self.KNOWN_FOR
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > cap:
                await _json_error(413, f"The request body is over {cap:,} bytes.")(scope, receive, send)
                return
            if not message.get("more_body"):
                break
        if headers.get(b"content-encoding") == b"gzip":
            unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                plain = unpacker.decompress(bytes(body), MAX_PUSH_PLAIN if push else MAX_OTHER)
            except zlib.error:
                await _json_error(400, "The request body is not valid gzip.")(scope, receive, send)
                return
            if unpacker.unconsumed_tail or not unpacker.eof:
                await _json_error(
                    413, "The request body unpacks to more than the hub accepts, or is cut short."
                )(scope, receive, send)
                return
            body = bytearray(plain)
            scope = dict(scope)
            scope["headers"] = [
                (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
            ]
            scope["headers"].append((b"content-length", str(len(body)).encode()))
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # what the server sends next: a disconnect
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


def _bearer(headers: dict[bytes, bytes]) -> str:
    """Only "Authorization: Bearer <token>" (the scheme's name in any case, RFC 9110 11.1);
    a bare token is no token."""
    scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _revoked_response() -> JSONResponse:
    # The device is told to wipe itself; it will push nothing more.
    return JSONResponse({"detail": "This device has been revoked.", "wipe": True}, status_code=403)


class Revoked(Exception):
    def __init__(self, device: Device) -> None:
        self.device = device


def app_from_env() -> FastAPI:
    """For `uvicorn --factory cnis_desktop.hub.app:app_from_env` (several worker processes
    share one PostgreSQL database): configured by the environment or CNIS_HUB_CONFIG."""
    return app_from_settings(load_settings())


def app_from_settings(settings: HubSettings) -> FastAPI:
    store = HubStore(
        settings.db,
        settings.secret.get_secret_value() if settings.secret else None,
        keep_state=settings.keep_state,
    )
    store.warm()
    return create_app(store, settings.failure_delay, settings.console())


@asynccontextmanager
async def _ready(_app: FastAPI) -> AsyncIterator[None]:
    # Before the first request: the worker-thread machinery loads its event-loop backend on
    # first use (13 ms, which a morning's first syncs all waited behind).
    await run_in_threadpool(lambda: None)
    yield


def create_app(
    store: HubStore, failure_delay: float = FAILURE_DELAY, console: ConsoleSettings | None = None
) -> FastAPI:
    """`failure_delay`: seconds before a failed enrolment or token is answered (tests of
    other things set 0); `console`: the web console's settings (its defaults without)."""
    app = FastAPI(
        title="CNIS hub",
        version=__version__,
        default_response_class=JSONResponse,
        description="Sync hub for CNIS Desktop laptops.",
        lifespan=_ready,
    )

    @app.exception_handler(RequestValidationError)
    def invalid(_request: Any, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own answer, in the hub's JSON (it echoes the input, which may hold text
        # UTF-8 cannot carry).
        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, 422)

    @app.exception_handler(Revoked)
    def revoked(_request: Any, exc: Revoked) -> JSONResponse:
        return _revoked_response()

    def authenticate(token: str, address: str) -> Device:
        # A valid token is looked up first (a morning's syncs pay nothing more); failures
        # are counted by address, and an address that keeps failing is refused for a while.
        found = store.device_for(token) if token else None
        if found is None:
            if store.failed("token", address, "no token" if not token else "unknown token"):
                raise HTTPException(429, LOCKED, headers={"Retry-After": RETRY_AFTER})
            raise HTTPException(401, "Not enrolled: enrol this laptop with a code.")
        if found.revoked:
            store.refused(found, "revoked_device", found.id)
            raise Revoked(found)
        if found.disabled:
            store.refused(found, "disabled_user", found.id)
            raise HTTPException(403, DISABLED)
        return found

    class Caller:
        """The device behind a request's bearer token, given to the work it asks for: the
        token is checked and the work done in one trip to a worker thread (the database
        calls block; a blocking dependency and a blocking endpoint took two, and a busy
        morning's requests queued for the thread pool)."""

        def __init__(self, token: str, address: str) -> None:
            self.token = token
            self.address = address

        async def __call__(self, work: Callable[[Device], Any]) -> Any:
            try:
                return await run_in_threadpool(lambda: work(authenticate(self.token, self.address)))
            except HTTPException as exc:
                if exc.status_code in (401, 429):
                    await asyncio.sleep(failure_delay)  # guessing is slowed as well as counted
                raise

    async def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
        """Authentication, as a dependency of every device endpoint."""
        token = _bearer({b"authorization": (authorization or "").encode("latin-1", "replace")})
        return Caller(token, request.client.host if request.client else "")

    AsDevice = Annotated[Caller, Depends(caller)]

    # Outermost last: the caps and the push's token check see the request first; responses
    # are gzipped (laptops often sync over poor mobile connections; level 6, not Starlette's
    # 9: nearly the same bytes for a third of the CPU).
    app.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=6)
    app.add_middleware(RequestLimits, authenticate=authenticate, failure_delay=failure_delay)

    @app.post(
        "/v1/enrol",
        response_model=EnrolResult,
        responses={
            **BODY_ERRORS,
            403: {"description": "The code is not valid, used or expired"},
            429: {"description": "Too many failed attempts from this address"},
        },
    )
    async def enrol(request: EnrolRequest, raw: Request) -> EnrolResult:
        address = raw.client.host if raw.client else ""

        def attempt() -> tuple[str, str]:
            # Locked before the code is even looked at: codes can be guessed, tokens not.
            if store.locked("enrol", address):
                raise HTTPException(429, LOCKED, headers={"Retry-After": RETRY_AFTER})
            try:
                return store.enrol(request["code"], request["device_name"])
            except HubError as exc:
                store.failed("enrol", address, audit_text(request["device_name"], 100))
                raise HTTPException(403, str(exc)) from exc

        try:
            device_id, token = await run_in_threadpool(attempt)
        except HTTPException:
            await asyncio.sleep(failure_delay)
            raise
        return {"device_id": device_id, "token": token}

    # Push and pull answer with the store's result as it is: it has the documented shape
    # (the schema tests check every answer), and checking it again field by field was a
    # tenth of the hub's work on a busy morning.
    @app.post("/v1/push", response_model=PushResult, responses={**BODY_ERRORS, **DEVICE_ERRORS})
    async def push(
        request: Annotated[PushRequest, BeforeValidator(_whole_versions)], device: AsDevice
    ) -> JSONResponse:
        # An unknown token was refused before the body was read (RequestLimits); the token
        # is checked again here, with the work, so a revoked device is refused at once.
        changes = request["changes"]
        return JSONResponse(await device(lambda me: store.push(me, changes)))

    @app.get("/v1/pull", response_model=PullResult, responses=DEVICE_ERRORS)
    async def pull(
        device: AsDevice,
        since: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = 200,
        own: Annotated[bool, Query(description="include this device's own changes")] = False,
    ) -> JSONResponse:
        return JSONResponse(await device(lambda me: store.pull(me, since, limit, own)))

    @app.get("/v1/digest", response_model=DigestResult, responses=DEVICE_ERRORS)
    async def digest(
        device: AsDevice, raw: Request, upto: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0
    ) -> DigestResult:
        # A sync ends with its digest: the console's "last sync" is kept here.
        agent = raw.headers.get("user-agent", "")
        version = agent.split("/", 1)[1] if agent.startswith("cnis-desktop/") else ""

        def work(me: Device) -> DigestResult:
            store.seen(me, version)
            return store.digest(me, upto)

        result: DigestResult = await device(work)
        return result

    @app.get("/v1/status", response_model=StatusResult, responses=DEVICE_ERRORS)
    async def status(device: AsDevice) -> StatusResult:
        me: Device = await device(lambda me: me)
        return {"device_id": me.id, "version": __version__}

    app.include_router(blob_router(store, authenticate, failure_delay))
    install_console(app, store, console or ConsoleSettings(failure_delay=failure_delay))
    return app
