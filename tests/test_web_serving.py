"""serve's HTTP layer: httptools when installed, a cap on a request head's size, HEAD and GET still answered."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from faultlines.web.serving import MAX_HEAD, HeaderTimeoutH11, protocol_class

from .web_fixtures import build_store

CLI = [sys.executable, "-c", "from faultlines.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status(port: int, extra: bytes = b"") -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /network.json HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + b"Connection: close\r\n\r\n")
        head = b""
        try:
            head = s.recv(64)
        except ConnectionResetError:
            pass
    return int(head.split()[1]) if head.startswith(b"HTTP/1.1 ") else 0


def test_the_protocol_is_httptools_when_installed():
    pytest.importorskip("httptools")
    cls = protocol_class()
    assert cls is not HeaderTimeoutH11
    assert any(base.__name__ == "HttpToolsProtocol" for base in cls.__mro__)


def test_a_head_over_the_cap_is_dropped_and_the_server_answers_others(tmp_path):
    db = build_store(tmp_path / "w.db")
    port = _free_port()
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port), "--rate-limit", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                if _status(port) == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the explorer did not come up"
            time.sleep(0.2)
        # many small headers, together over the head's cap, and the head never finished: closed at once,
        # not after the 10 s header deadline
        many = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 100) for i in range(MAX_HEAD // 100 + 10))
        with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
            s.sendall(b"GET /network.json HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many)
            try:
                assert s.recv(64) == b""
            except ConnectionResetError:
                pass
        assert _status(port, b"X-Small: yes\r\n") == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
