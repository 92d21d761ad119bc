"""Serving the explorer: bind the port before saying so, and drop clients that never finish their headers.

uvicorn counts every open connection against `limit_concurrency`, and its HTTP protocols have no deadline
for the request line and headers; a few hundred connections that send half a header would make every
other request answer 503. `HeadDeadline` closes a connection that has not sent a whole request head
within `header_timeout` seconds of opening (or of its previous response), however slowly it trickles,
and one whose head passes `MAX_HEAD` bytes. It wraps httptools' protocol (a C parser, about twice h11's
speed) when httptools is installed, else h11's; uvicorn runs on uvloop when that is installed.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import os
import socket
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
GC_THRESHOLDS = (10_000, 20, 20)  # `serve`'s collector: see `run`
MAX_HEAD = 16 * 1024


class HeadDeadline:
    """A deadline and a size cap for each request's head (slowloris defence); mixed into a uvicorn protocol."""

    header_timeout = HEADER_TIMEOUT
    max_head = MAX_HEAD
    cycle: Any
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.Transport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._head_timer: asyncio.TimerHandle | None = None
        self._head_bytes = 0
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timeout)

    def _disarm(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _waiting_for_head(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _head_timeout(self) -> None:
        self._head_timer = None
        if self._waiting_for_head() and not self.transport.is_closing():
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._waiting_for_head():
            self._head_bytes += len(data)
            if self._head_bytes > self.max_head:
                self.transport.close()
                return
        super().data_received(data)  # type: ignore[misc]
        if not self._waiting_for_head():
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._head_bytes = 0
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]


class HeaderTimeoutH11(HeadDeadline, H11Protocol):  # type: ignore[misc]
    """uvicorn's h11 protocol with a deadline and a size cap for each request's head."""


def protocol_class() -> type[asyncio.Protocol]:
    """httptools' protocol with the head deadline when httptools is installed, else h11's (or FAULTLINES_HTTP=h11)."""
    if os.environ.get("FAULTLINES_HTTP") == "h11":
        return HeaderTimeoutH11
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return HeaderTimeoutH11
    return type("HeaderTimeoutHttpTools", (HeadDeadline, HttpToolsProtocol), {})


def bind(address: str, port: int) -> socket.socket:
    """A listening socket on address:port; OSError with a one-line reason when the port cannot be had."""
    try:
        infos = socket.getaddrinfo(address.strip("[]"), port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise OSError(f"cannot resolve {address} ({e.strerror})") from None
    family, _, _, _, sockaddr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(sockaddr)
        sock.listen(2048)
    except OSError as e:
        sock.close()
        shown = f"[{address}]" if ":" in address else address
        if e.errno == errno.EADDRINUSE:
            raise OSError(f"port {port} on {shown} is already in use; choose another with --port") from None
        if e.errno == errno.EACCES:
            raise OSError(f"no permission to bind port {port} on {shown}; choose a port above 1023") from None
        raise OSError(f"cannot bind {shown}:{port} ({e.strerror or e})") from None
    sock.set_inheritable(True)
    return sock


def run(app: Any, sock: socket.socket, *, header_timeout: float = HEADER_TIMEOUT) -> None:
    """Serve `app` on the bound socket (uvicorn, httptools or h11, bounded headers and concurrency)."""
    import sys

    import uvicorn

    sys.setswitchinterval(0.001)  # a request waits at most ~1 ms for the GIL while the network is rebuilt
    # Collect young objects every 10,000 allocations rather than 700: on a 100,000-document store the default
    # paused every request in flight 283 times in 600 requests (two full collections of 40-56 ms); this, 16 times.
    gc.set_threshold(*GC_THRESHOLDS)

    protocol = type("HeaderTimeout", (protocol_class(),), {"header_timeout": header_timeout})
    config = uvicorn.Config(app, log_level="warning", server_header=False, http=protocol,
                            h11_max_incomplete_event_size=16 * 1024, limit_concurrency=256)
    uvicorn.Server(config).run(sockets=[sock])
