"""Red-team reproducers (issue 18): the explorer under slow clients, HEAD, a port in use; --dask and --workers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.run.executors import RunError, cap_workers, dask_local_workers
from faultlines.web import create_app

from .web_fixtures import build_store

CLI = [sys.executable, "-c", "from faultlines.cli import main; main()"]
runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str = "/network.json") -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        head = s.recv(64)
    return int(head.split()[1]) if head.startswith(b"HTTP/1.1 ") else 0


def _wait_up(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            if _get(port) == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the explorer did not come up")


def test_head_answers_like_get_without_a_body(tmp_path):
    client = TestClient(create_app(build_store(tmp_path / "w.db")))
    for path in ("/", "/network", "/network.json", "/tensions.json", "/static/app.css", "/no-such-page"):
        head, get = client.head(path), client.get(path)
        assert head.status_code == get.status_code and head.status_code != 405, path
        assert head.content == b"" and head.headers["content-length"] == get.headers["content-length"], path
    assert client.post("/").status_code == 405
    limited = TestClient(create_app(build_store(tmp_path / "l.db"), rate=0.01, burst=1))
    assert limited.head("/network.json").status_code == 200
    refused = limited.head("/network.json")  # a refusal to HEAD carries no body either
    assert refused.status_code == 429 and refused.content == b""


def test_port_in_use_is_one_line_and_no_explorer_line(tmp_path):
    db = build_store(tmp_path / "w.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        p = subprocess.run([*CLI, "serve", "--db", str(db), "--port", str(port)], capture_output=True, text=True,
                           timeout=60)
    assert p.returncode == 1
    assert "explorer on" not in p.stdout, p.stdout
    assert p.stderr.startswith("error:") and "in use" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_clients_that_never_finish_their_headers_do_not_starve_the_others(tmp_path):
    db = build_store(tmp_path / "w.db")
    port = _free_port()
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port), "--header-timeout", "1",
                             "--rate-limit", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    slow: list[socket.socket] = []
    try:
        _wait_up(port, proc)
        for _ in range(300):  # more than the server's connection limit (256)
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(b"GET /network.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(s)
        time.sleep(2.5)  # the deadline for a request head (1 s) has passed: the server closed them
        assert _get(port) == 200
        for s in slow[:20]:  # and the half-open ones were closed, not merely ignored
            s.settimeout(5)
            assert s.recv(1024) == b""
    finally:
        for s in slow:
            s.close()
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize("address", ["local:abc", "bogus://x", "local:0", "local:-1", "tcp://", "local:"])
def test_bad_dask_address_is_a_usage_error_at_once(tmp_path, address):
    (tmp_path / "a.txt").write_text("Rebels shelled the airport in Tripoli on Monday.")
    start = time.monotonic()
    r = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--dask", address])
    assert time.monotonic() - start < 20
    assert r.exit_code == 2, r.output
    err = r.stderr.strip()
    assert err.startswith("error:") and address in err and len(err.splitlines()) == 1, err
    assert not (tmp_path / "s.db").exists()


def test_dask_addresses():
    assert dask_local_workers("local") == 2 and dask_local_workers("local:3") == 3
    assert dask_local_workers("tcp://10.0.0.5:8786") is None
    with pytest.raises(RunError):
        dask_local_workers("10.0.0.5:8786")


def test_workers_are_capped_by_cores_and_memory(tmp_path):
    n, note = cap_workers(1000)
    assert 1 <= n < 1000 and note is not None and "capped" in note
    assert cap_workers(1) == (1, None)
    (tmp_path / "a.txt").write_text("Rebels shelled the airport in Tripoli on Monday.")
    r = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--workers", "1000",
                            "-q"])
    assert r.exit_code == 0, r.output
    assert "1000 workers capped at" in r.stderr
