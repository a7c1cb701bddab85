"""The hub's endpoints for attachment bytes (issue 19): a laptop sends a blob in chunks with
PUT, asks how much the hub holds with HEAD (to resume after a cut), and fetches a blob
(or the rest of one, with Range) with GET, or several whole ones at once with POST
/v1/fetch-blobs. See blob_store.py for who may.

Included in the app by create_app; the body cap for PUT (one chunk) is RequestLimits'.
"""

# No "from __future__ import annotations": FastAPI reads these annotations at runtime.

import asyncio
import json
import os
import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, Request, Response
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from starlette.concurrency import run_in_threadpool
from starlette.types import Receive, Scope, Send

from ..sync.wire import (
    FETCHED_MEDIA_TYPE,
    MAX_BLOB_CHUNK,
    MAX_FETCH_BLOBS,
    MAX_FETCH_BYTES,
    BlobStatus,
    FetchedBlob,
)
from .blob_store import DEFAULT_MAX_SIZE, BlobAnswer, BlobRefused, BlobState, BlobStore
from .storage import Device, HubStore

Sha256 = Annotated[
    str, Path(pattern="^[0-9a-f]{64}$", description="The sha256 of the blob, in lower-case hex")
]
CONTENT_RANGE = re.compile(r"^bytes (\d{1,12})-(\d{1,12})/(\d{1,12})$")
ALLOWED = frozenset({"GET", "HEAD", "PUT"})
RANGE = re.compile(r"^(?:bytes=(\d{1,12})-(\d{0,12}))?$")  # empty: the whole blob

_DETAIL = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}
# 422: FastAPI's list of what is malformed, or the hub's sentence when the bytes did not match.
_DETAIL_OR_ERRORS = {
    "application/json": {
        "schema": {
            "type": "object",
            "properties": {
                "detail": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "object"}}]}
            },
        }
    }
}
_OFFSET_HEADERS = {
    "Upload-Offset": {"description": "Bytes the hub holds so far", "schema": {"type": "integer"}},
    "Upload-Length": {"description": "Bytes the attachment record declares", "schema": {"type": "integer"}},
    "Blob-Complete": {"description": "1 when held whole and verified, else 0", "schema": {"type": "string"}},
}
_DEVICE: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid token", "content": _DETAIL},
    403: {
        "description": "This device has been revoked (wipe it), or no attachment on its user's"
        " caseload names this sha256 (refusals are audited)",
        "content": _DETAIL,
    },
    429: {"description": "Too many failed tokens from this address", "content": _DETAIL},
}
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


class FetchBody(BaseModel):
    """The body of POST /v1/fetch-blobs: wire.FetchRequest, with the pattern of a sha256 that
    a TypedDict cannot carry (so that the OpenAPI description says it too)."""

    model_config = ConfigDict(extra="forbid")
    blobs: list[Annotated[str, StringConstraints(pattern="^[0-9a-f]{64}$")]] = Field(
        min_length=1, max_length=MAX_FETCH_BLOBS
    )


def _state_headers(state: BlobState) -> dict[str, str]:
    return {
        "Upload-Offset": str(state.held),
        "Upload-Length": str(state.size),
        "Blob-Complete": "1" if state.complete else "0",
    }


def _refused(exc: BlobRefused) -> HTTPException:
    headers = {"Upload-Offset": str(exc.held)} if exc.held is not None else None
    return HTTPException(exc.status, exc.detail, headers=headers)


class _BlobRoute(APIRoute):
    """Each method of /v1/blobs/{sha256} is a route of its own, and a route answers an
    unknown method with only its own method in Allow; this names all of them (RFC 9110
    15.5.6: Allow lists every method the resource supports)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ALLOWED:
            raise HTTPException(405, "Method Not Allowed", headers={"Allow": ", ".join(sorted(ALLOWED))})
        await super().handle(scope, receive, send)


def max_size_from_env(default: int) -> int:
    """CNIS_HUB_ATTACHMENT_MAX_MB, as the laptops' attachment_max_mb setting (the hub's other
    settings share its prefix; set both alike)."""
    raw = os.environ.get("CNIS_HUB_ATTACHMENT_MAX_MB", "")
    try:
        megabytes = float(raw)
    except ValueError:
        return default
    return int(megabytes * 1024 * 1024) if 0 < megabytes <= 500 else default


def blob_router(
    store: HubStore,
    authenticate: Callable[[str, str], Device],
    failure_delay: float,
    max_size: int = DEFAULT_MAX_SIZE,
) -> APIRouter:
    """`authenticate`: create_app's check of a bearer token (revocation and disabled users
    included), so that these endpoints refuse exactly as the others do."""
    blobs = BlobStore(store, max_size_from_env(max_size))
    router = APIRouter(route_class=_BlobRoute)

    async def as_device(request: Request, work: Callable[[Device], Any]) -> Any:
        # The token check and the work in one trip to a worker thread, as create_app's Caller.
        scheme, _, token = (request.headers.get("authorization") or "").strip().partition(" ")
        token = token.strip() if scheme.lower() == "bearer" else ""
        address = request.client.host if request.client else ""

        def run() -> Any:
            device = authenticate(token, address)
            try:
                return work(device)
            except BlobRefused as exc:
                raise _refused(exc) from exc

        try:
            return await run_in_threadpool(run)
        except HTTPException as exc:
            if exc.status_code in (401, 429):
                await asyncio.sleep(failure_delay)  # guessing is slowed as well as counted
            raise

    @router.put(
        "/v1/blobs/{sha256}",
        response_model=BlobStatus,
        responses={
            200: {"description": "The chunk is held (or was already)"},
            400: {
                "description": "The Content-Range does not fit the body or the declared size",
                "content": _DETAIL,
            },
            **_DEVICE,
            409: {
                "description": "The chunk starts after what the hub holds: send from Upload-Offset",
                "content": _DETAIL,
                "headers": {"Upload-Offset": _OFFSET_HEADERS["Upload-Offset"]},
            },
            413: {
                "description": "Over the chunk size, the attachment limit or the declared size",
                "content": _DETAIL,
            },
            422: {
                "description": "The request is malformed, or the completed bytes did not match their"
                " sha256 (discarded: send them again)",
                "content": _DETAIL_OR_ERRORS,
            },
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {
                        "schema": {"type": "string", "format": "binary", "maxLength": MAX_BLOB_CHUNK}
                    }
                },
            }
        },
    )
    async def put_chunk(
        sha256: Sha256,
        request: Request,
        content_range: Annotated[
            str,
            Header(
                pattern=CONTENT_RANGE.pattern,
                description="bytes FIRST-LAST/TOTAL: where this chunk goes, and the blob's size",
            ),
        ],
    ) -> JSONResponse:
        data = await request.body()  # bounded by RequestLimits (one chunk)
        first, last, total = (int(part) for part in CONTENT_RANGE.match(content_range).groups())  # type: ignore[union-attr]

        return JSONResponse(
            await as_device(request, lambda me: blobs.put(me, sha256, first, last, total, data).as_json())
        )

    @router.head(
        "/v1/blobs/{sha256}",
        responses={
            200: {"description": "How much of the blob the hub holds", "headers": _OFFSET_HEADERS},
            **_DEVICE,
        },
    )
    async def head_blob(sha256: Sha256, request: Request) -> Response:
        state: BlobState = await as_device(request, lambda me: blobs.state(me, sha256))
        return Response(status_code=200, headers=_state_headers(state))

    @router.get(
        "/v1/blobs/{sha256}",
        response_class=Response,
        responses={
            200: {"description": "The whole blob", "content": _BINARY},
            206: {
                "description": "The range asked for",
                "content": _BINARY,
                "headers": {
                    "Content-Range": {"description": "bytes FIRST-LAST/SIZE", "schema": {"type": "string"}}
                },
            },
            **_DEVICE,
            404: {"description": "The blob has not all reached the hub yet", "content": _DETAIL},
            416: {"description": "The range starts past the blob's end", "content": _DETAIL},
        },
    )
    async def get_blob(
        sha256: Sha256,
        request: Request,
        range_: Annotated[
            str,
            Header(alias="Range", pattern=RANGE.pattern, description="bytes=FIRST- or bytes=FIRST-LAST"),
        ] = "",
    ) -> Response:
        first, last = 0, None
        found = RANGE.match(range_)
        if found is not None and found.group(1):
            first = int(found.group(1))
            last = int(found.group(2)) if found.group(2) else None
            if last is not None and last < first:
                first, last = 0, None  # an invalid range is ignored (RFC 9110 14.2)
        data, size = await as_device(request, lambda me: blobs.read(me, sha256, first, last))
        if not range_ or (first == 0 and len(data) == size):
            return Response(data, 200, media_type="application/octet-stream")
        end = first + len(data) - 1
        return Response(
            data,
            206,
            media_type="application/octet-stream",
            headers={"Content-Range": f"bytes {first}-{end}/{size}"},
        )

    async def fetch_blobs(body: FetchBody, request: Request) -> Response:
        answers: list[BlobAnswer] = await as_device(
            request, lambda me: blobs.read_many(me, body.blobs, MAX_FETCH_BYTES)
        )
        manifest: list[FetchedBlob] = [
            {"sha256": a.sha256, "status": 200, "size": len(a.data)}
            if a.status == 200
            else {"sha256": a.sha256, "status": a.status, "detail": a.detail}
            for a in answers
        ]
        # The manifest is the body's first line (compact JSON, ASCII: no newline within it),
        # not a header: a proxy in front of the hub may refuse headers of a few KiB.
        head = json.dumps(manifest, separators=(",", ":")).encode() + b"\n"
        return Response(b"".join([head, *(a.data for a in answers)]), 200, media_type=FETCHED_MEDIA_TYPE)

    router.add_api_route(
        "/v1/fetch-blobs",
        fetch_blobs,
        methods=["POST"],
        response_class=Response,
        route_class_override=APIRoute,  # a path of its own, answering POST only
        responses={
            200: {
                "description": "A line of JSON, the manifest: a list, in the order asked, of sha256"
                " and status with size (200) or detail (refused, as GET /v1/blobs/{sha256} would"
                " refuse it); then the bytes of the blobs listed with status 200, one after another"
                " in its order. Blobs asked for and not listed are for the next request",
                "content": {FETCHED_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
            },
            400: {"description": "The body is not JSON", "content": _DETAIL},
            **_DEVICE,
            413: {"description": "The request body is over the hub's bound", "content": _DETAIL},
            422: {"description": "The request is malformed", "content": _DETAIL_OR_ERRORS},
        },
    )
    return router
