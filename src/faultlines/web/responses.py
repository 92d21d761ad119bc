"""Whole responses of the explorer's pages, kept per URL while the store stays as it was (ETag, 304).

A page is a function of its URL and the store, so a repeated request is answered with the bytes sent last
time, without routing, validation, queries or template rendering, as long as the store's stamp (last document,
last kept tensions) and the number of background refreshes (a stale value replaced) are unchanged. Only
successful GET answers under `max_body` bytes are kept, `max_bytes` in all (least recently used go first).
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from .guard import ASGIApp, Message, Scope

Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class Kept:
    stamp: Hashable
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    etag: bytes


class ResponseCache:
    """ASGI middleware: answer a repeated GET from the last response while `stamp()` returns what it did then."""

    def __init__(self, app: ASGIApp, stamp: Callable[[], Hashable], *, max_bytes: int = 64 << 20,
                 max_body: int = 4 << 20, pin: Callable[[], AbstractContextManager[object]] | None = None) -> None:
        self.app, self.stamp, self.pin = app, stamp, pin  # `pin`: a context in which the store's stamp is read once
        self.max_bytes, self.max_body = max_bytes, max_body
        self._kept: OrderedDict[tuple[str, bytes, bytes], Kept] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        if self.pin is None:
            await self._get(scope, receive, send)
            return
        with self.pin():
            await self._get(scope, receive, send)

    async def _get(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or [])
        key = (scope["path"], scope.get("query_string") or b"", headers.get(b"host", b""))
        stamp = self.stamp()
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept.stamp == stamp:
                self._kept.move_to_end(key)
                self.hits += 1
            else:
                kept = None
        if kept is not None:
            if headers.get(b"if-none-match") == kept.etag:
                await send({"type": "http.response.start", "status": 304,
                            "headers": [(k, v) for k, v in kept.headers if k in (b"etag", b"cache-control")]})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({"type": "http.response.start", "status": kept.status, "headers": list(kept.headers)})
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self._answer(scope, receive, send, key, stamp)

    async def _answer(self, scope: Scope, receive: Receive, send: Send, key: tuple[str, bytes, bytes],
                      stamp: Hashable) -> None:
        """Run the app; a whole successful answer is kept (and given an ETag), anything else passes through."""
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and message.get("status") == 200 and start is None:
                start = message
                return
            if start is not None and message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if message.get("more_body"):
                    return
                body = b"".join(chunks)
                etag = f'"{zlib.crc32(body):08x}-{len(body)}"'.encode()
                headers = tuple((k, v) for k, v in start.get("headers", []) if k.lower() != b"etag")
                headers += ((b"etag", etag), (b"cache-control", b"no-cache"))
                self._keep(key, Kept(stamp, 200, headers, body, etag))
                await send({**start, "headers": list(headers)})
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)
        await self.app(scope, receive, capture)

    def _keep(self, key: tuple[str, bytes, bytes], kept: Kept) -> None:
        if len(kept.body) > self.max_body:
            return
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self._size -= len(old.body)
            self._kept[key] = kept
            self._size += len(kept.body)
            while self._size > self.max_bytes and self._kept:
                _, gone = self._kept.popitem(last=False)
                self._size -= len(gone.body)
