"""ASGI guard in front of the explorer: GET only, bounded requests, a per-client rate limit, security headers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
       "require-trusted-types-for 'script'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    (b"cache-control", b"no-store"),
]
MAX_PATH = 1024
MAX_QUERY = 4096
MAX_HEADERS = 16 * 1024


class RateLimiter:
    """A token bucket per client address: `rate` requests a second on average, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 if the request may go on, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                if len(self._buckets) > 10_000:  # forget idle clients
                    self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate


class Guard:
    """Wraps the app: refuses what a read-only explorer never needs before any route runs."""

    def __init__(self, app: ASGIApp, *, rate: float = 50.0, burst: int = 200,
                 allowed_hosts: list[str] | None = None) -> None:
        self.app = app
        self.limiter = RateLimiter(rate, burst) if rate > 0 else None
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        refusal = self._refuse(scope)
        if refusal is not None:
            status, message, extra = refusal
            await _send_error(send, status, message, extra, head=scope["method"] == "HEAD")
            return

        static = scope["path"].startswith("/static/")
        head = scope["method"] == "HEAD"
        if head:  # FastAPI routes answer GET only: serve HEAD as GET, with the headers and no body
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [(b"cache-control", b"public, max-age=3600")] if static else []
                names = {k.lower() for k, _ in [*message.get("headers", []), *extra]}
                message["headers"] = [*message.get("headers", []), *extra,
                                      *(h for h in HEADERS if h[0] not in names)]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)
        await self.app(scope, receive, send_with_headers)

    def _refuse(self, scope: Scope) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        raw_headers = scope.get("headers") or []
        if sum(len(k) + len(v) for k, v in raw_headers) > MAX_HEADERS or len(raw_headers) > 100:
            return 431, "request headers too large", []
        headers = dict(raw_headers)
        if scope["method"] not in ("GET", "HEAD"):
            return 405, "the explorer is read-only", [(b"allow", b"GET, HEAD")]
        if len(scope.get("raw_path") or scope["path"].encode()) > MAX_PATH:
            return 414, "path too long", []
        if len(scope.get("query_string") or b"") > MAX_QUERY:
            return 414, "query too long", []
        if headers.get(b"content-length", b"0") not in (b"0", b"") or b"transfer-encoding" in headers:
            return 413, "requests carry no body", []
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.strip("[]") not in self.allowed_hosts:
                return 400, "unexpected Host header", []
        if self.limiter is not None:
            client = (scope.get("client") or ("?", 0))[0]
            wait = self.limiter.allow(client)
            if wait > 0:
                return 429, "too many requests", [(b"retry-after", str(max(1, round(wait))).encode())]
        return None


async def _send_error(send: Callable[[Message], Awaitable[None]], status: int, message: str,
                      extra: list[tuple[bytes, bytes]], *, head: bool = False) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *extra, *HEADERS]})
    await send({"type": "http.response.body", "body": b"" if head else body})
