"""HTTP to the hub. TLS is checked against the operating system's certificate store
(truststore), so an authority's own proxies and certificates work."""

from __future__ import annotations

import gzip
import json
import ssl
from typing import Any

import httpx
import truststore

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class HubUnavailable(Exception):
    """No answer (offline, hub down): try again later; nothing is lost."""


class HubRefused(Exception):
    def __init__(self, status: int, detail: str, wipe: bool = False) -> None:
        super().__init__(detail)
        self.status = status
        self.wipe = wipe


def _ssl_context() -> ssl.SSLContext:
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class HubClient:
    def __init__(self, base_url: str, token: str = "", transport: httpx.BaseTransport | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=TIMEOUT,
                                 verify=_ssl_context(), transport=transport)

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
            raise HubRefused(response.status_code, str(detail or response.reason_phrase),
                             wipe=bool(isinstance(body, dict) and body.get("wipe")))
        return response.json()

    def enrol(self, code: str, device_name: str) -> tuple[str, str]:
        body = self._call("POST", "/v1/enrol", json={"code": code, "device_name": device_name})
        return str(body["device_id"]), str(body["token"])

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        body = gzip.compress(json.dumps({"changes": changes}, separators=(",", ":")).encode(), 6)
        result: dict[str, Any] = self._call(
            "POST", "/v1/push", content=body,
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
        return result

    def digest(self, upto: int) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/v1/digest", params={"upto": upto})
        return result

    def pull(self, since: int, limit: int = 500) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/v1/pull",
                                            params={"since": since, "limit": limit})
        return result
