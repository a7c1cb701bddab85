"""HTTP to the hub. TLS is checked against the operating system's certificate store
(truststore), so an authority's own proxies and certificates work."""

from __future__ import annotations

import gzip
import ipaddress
import json
import ssl
from collections import deque
from collections.abc import Iterator
from itertools import chain
from typing import Any

import httpx
import truststore

from .. import __version__
from .wire import (
    MAX_MANIFEST_BYTES,
    BlobStatus,
    Change,
    DigestResult,
    EnrolRequest,
    EnrolResult,
    FetchedBlob,
    FetchRequest,
    PullResult,
    PushRequest,
    PushResult,
)

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class HubUnavailable(Exception):
    """No answer (offline, hub down): try again later; nothing is lost."""


class HubRefused(Exception):
    def __init__(self, status: int, detail: str, wipe: bool = False) -> None:
        super().__init__(detail)
        self.status = status
        self.wipe = wipe


class BlobCut(HubUnavailable):
    """The connection broke while a blob's bytes were arriving: `received` is what came
    before the cut, for the download to resume from."""

    def __init__(self, detail: str, received: bytes, sha256: str = "") -> None:
        super().__init__(detail)
        self.received = received
        self.sha256 = sha256  # of the blob it cut, when several were on their way


class InsecureHubAddress(ValueError):
    """A hub address this laptop will not send its token to."""


def hub_address_problem(url: str) -> str | None:
    """Why this laptop will not talk to `url`, or None. Plain http would carry the device
    token (and children's records) in clear, so it is allowed only to this machine itself,
    where a hub under test or a local TLS proxy listens."""
    try:
        parts = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        return "That is not a web address; the hub's address starts https://"
    if parts.scheme == "https" and parts.host:
        return None
    if parts.scheme == "http" and _is_loopback(parts.host):
        return None
    if parts.scheme == "http":
        return "The hub's address must start https:// (plain http would send this laptop's token in clear)."
    return "The hub's address starts https://"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _ssl_context() -> ssl.SSLContext:
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class HubClient:
    def __init__(self, base_url: str, token: str = "", transport: httpx.BaseTransport | None = None) -> None:
        problem = hub_address_problem(base_url)
        if problem:
            raise InsecureHubAddress(problem)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        headers["User-Agent"] = f"cnis-desktop/{__version__}"  # the Devices page shows it
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers=headers,
            timeout=TIMEOUT,
            verify=_ssl_context(),
            transport=transport,
        )
        self.fetch_many = True  # until a hub without POST /v1/fetch-blobs says otherwise

    def close(self) -> None:
        self.http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise HubUnavailable(f"The hub could not be reached ({exc.__class__.__name__}).") from exc
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = {}
            detail = body.get("detail") if isinstance(body, dict) else None
            raise HubRefused(
                response.status_code,
                str(detail or response.reason_phrase),
                wipe=bool(isinstance(body, dict) and body.get("wipe")),
            )
        return response.json()

    def enrol(self, code: str, device_name: str) -> tuple[str, str]:
        request: EnrolRequest = {"code": code, "device_name": device_name}
        body: EnrolResult = self._call("POST", "/v1/enrol", json=request)
        return str(body["device_id"]), str(body["token"])

    def push(self, changes: list[Change]) -> PushResult:
        request: PushRequest = {"changes": changes}
        body = gzip.compress(json.dumps(request, separators=(",", ":")).encode(), 6)
        result: PushResult = self._call(
            "POST",
            "/v1/push",
            content=body,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        return result

    def digest(self, upto: int) -> DigestResult:
        result: DigestResult = self._call("GET", "/v1/digest", params={"upto": upto})
        return result

    def pull(self, since: int, limit: int = 500, own: bool = False) -> PullResult:
        params: dict[str, Any] = {"since": since, "limit": limit}
        if own:
            params["own"] = "true"
        result: PullResult = self._call("GET", "/v1/pull", params=params)
        return result

    # --- attachments' bytes ----------------------------------------------------------------

    def blob_status(self, sha256: str) -> BlobStatus:
        """How much of a blob the hub holds (HEAD, answered in headers)."""
        try:
            response = self.http.head(f"/v1/blobs/{sha256}")
        except httpx.TransportError as exc:
            raise HubUnavailable(f"The hub could not be reached ({exc.__class__.__name__}).") from exc
        if response.status_code >= 400:
            raise HubRefused(response.status_code, response.reason_phrase)
        return {
            "sha256": sha256,
            "size": int(response.headers.get("Upload-Length", "0")),
            "held": int(response.headers.get("Upload-Offset", "0")),
            "complete": response.headers.get("Blob-Complete") == "1",
        }

    def put_blob_chunk(self, sha256: str, start: int, total: int, data: bytes) -> BlobStatus:
        """Send bytes `start`.. of a blob of `total` bytes. A chunk that starts after what the
        hub holds is not an error here: the answer says where to send from."""
        headers = {
            "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}",
            "Content-Type": "application/octet-stream",
        }
        try:
            result: BlobStatus = self._call("PUT", f"/v1/blobs/{sha256}", content=data, headers=headers)
        except HubRefused as exc:
            if exc.status != 409:
                raise
            return self.blob_status(sha256)
        return result

    def fetch_blobs(self, shas: list[str]) -> Iterator[tuple[FetchedBlob, bytes]]:
        """Several whole blobs in one request, each yielded with its bytes as they complete
        (a refused one with none), in the order the hub lists them; one asked for and not
        listed was left for another request. A cut raises BlobCut naming the blob it cut,
        with what came of it. A hub from before this request is asked a blob at a time."""
        if not self.fetch_many:
            for sha256 in shas:
                yield from self._one_by_one(sha256)
            return
        request: FetchRequest = {"blobs": shas}
        try:
            with self.http.stream(
                "POST", "/v1/fetch-blobs", json=request, headers={"Accept-Encoding": "identity"}
            ) as response:
                if response.status_code in (404, 405):
                    self.fetch_many = False  # no such endpoint: a hub from before it
                else:
                    _refuse_on_error(response)
                    arriving = response.iter_raw()
                    manifest, rest = _manifest(arriving, shas)
                    yield from _split(manifest, chain(rest, arriving))
                    return
        except httpx.TransportError as exc:
            raise HubUnavailable(f"The hub could not be reached ({exc.__class__.__name__}).") from exc
        yield from self.fetch_blobs(shas)

    def _one_by_one(self, sha256: str) -> Iterator[tuple[FetchedBlob, bytes]]:
        try:
            data = self.get_blob(sha256, 0, 0)
        except HubRefused as exc:
            if exc.wipe or exc.status not in (403, 404):
                raise  # not about this blob: about the hub, the token or the laptop
            yield {"sha256": sha256, "status": exc.status, "detail": str(exc)}, b""
            return
        except BlobCut as cut:
            raise BlobCut(str(cut), cut.received, sha256) from cut
        yield {"sha256": sha256, "status": 200, "size": len(data)}, data

    def get_blob(self, sha256: str, start: int, size: int) -> bytes:
        """Bytes `start`.. of a blob of `size` bytes, read as they arrive: a cut raises
        BlobCut with what came before it. Not gzipped (photos and PDFs are compressed
        already; gzip would only cost time)."""
        headers = {"Accept-Encoding": "identity"}
        if start:
            headers["Range"] = f"bytes={start}-{size - 1}"
        received: list[bytes] = []  # joined once at the end: one copy of the blob, not several
        try:
            with self.http.stream("GET", f"/v1/blobs/{sha256}", headers=headers) as response:
                _refuse_on_error(response)
                for part in response.iter_raw():
                    received.append(part)
        except httpx.TransportError as exc:
            raise BlobCut(f"The connection broke ({exc.__class__.__name__}).", b"".join(received)) from exc
        return b"".join(received)


def _refuse_on_error(response: httpx.Response) -> None:
    """HubRefused for an error answer to a streamed request (its body read first)."""
    if response.status_code < 400:
        return
    response.read()
    try:
        body = response.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    raise HubRefused(
        response.status_code,
        str(body.get("detail") or response.reason_phrase),
        wipe=bool(body.get("wipe")),
    )


def _manifest(arriving: Iterator[bytes], asked: list[str]) -> tuple[list[FetchedBlob], list[bytes]]:
    """The answer's first line, the manifest, and the bytes that came after it with it. An
    answer that lists nothing asked for (or something not asked for) is refused: taken as
    'nothing yet', it would have the laptop ask again for ever."""
    head = b""
    for part in arriving:
        head += part
        if b"\n" in head or len(head) > MAX_MANIFEST_BYTES:
            break
    line, newline, rest = head.partition(b"\n")
    try:
        manifest = json.loads(line) if newline else None
    except ValueError:
        manifest = None
    if (
        not isinstance(manifest, list)
        or not manifest
        or not all(isinstance(e, dict) and e.get("sha256") in asked and "status" in e for e in manifest)
    ):
        raise HubRefused(502, "The hub's answer does not say which of the attachments asked for it holds.")
    return manifest, [rest] if rest else []


def _split(manifest: list[FetchedBlob], arriving: Iterator[bytes]) -> Iterator[tuple[FetchedBlob, bytes]]:
    """The manifest's entries, each with its bytes cut from the body as they arrive (parts
    joined once a blob; the part that straddles two blobs is the only one sliced)."""
    parts: deque[bytes] = deque()
    held = 0
    for entry in manifest:
        size = int(entry.get("size", 0)) if entry["status"] == 200 else 0
        try:
            while held < size:
                part = next(arriving)
                parts.append(part)
                held += len(part)
        except StopIteration:
            raise BlobCut("The answer ended early.", b"".join(parts), entry["sha256"]) from None
        except httpx.TransportError as exc:
            raise BlobCut(
                f"The connection broke ({exc.__class__.__name__}).", b"".join(parts), entry["sha256"]
            ) from exc
        blob: list[bytes] = []
        need = size
        while need:
            part = parts.popleft()
            if len(part) > need:
                parts.appendleft(part[need:])
                part = part[:need]
            blob.append(part)
            need -= len(part)
        held -= size
        yield entry, b"".join(blob)
