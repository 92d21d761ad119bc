"""`faultlines serve` binds loopback unless told otherwise; `faultlines report --html` writes one offline file."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import subprocess
import sys
import time
from html import unescape

import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.cli.web_cmd import bind_address, is_loopback
from tests.web_fixtures import build_store

runner = CliRunner()


def test_help_lists_serve_and_report():
    out = runner.invoke(app, ["--help"]).output
    assert "serve" in out and "report" in out
    assert "127.0.0.1" in runner.invoke(app, ["serve", "--help"]).output


def test_bind_address_defaults_to_loopback():
    assert bind_address(None) == ("127.0.0.1", ["127.0.0.1", "localhost", "::1"])
    assert bind_address("localhost")[1] is not None and bind_address("::1")[1] is not None
    address, hosts = bind_address("0.0.0.0")
    assert address == "0.0.0.0" and hosts is None  # only when asked for by name
    with pytest.raises(ValueError):
        bind_address("  ")
    assert is_loopback("127.0.0.2") and not is_loopback("10.1.2.3") and not is_loopback("0.0.0.0")


def test_serve_missing_store_is_a_one_line_error(tmp_path):
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no such database" in r.output and "Traceback" not in r.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for a UDP connect
            ip = s.getsockname()[0]
        except OSError:
            return None
    return None if ip.startswith("127.") else ip


def _raw_get(port: int, target: str, host: str = "127.0.0.1") -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_serve_listens_on_loopback_only_and_guards_requests(tmp_path):
    db = build_store(tmp_path / "web.db")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from faultlines.cli import main; main()", "serve", "--db", str(db),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                reply = _raw_get(port, "/network.json")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert reply.startswith(b"HTTP/1.1 200") and b"content-security-policy" in reply.lower()
        assert b"server: uvicorn" not in reply.lower()
        other = _non_loopback_address()
        if other is not None:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=2).close()
        # traversal as the raw request line carries it, without a client tidying the path
        for target in ["/static/../web/app.py", "/static/../../store/db.py", "/static/%2e%2e/app.py",
                       "/document/../../etc/passwd"]:
            head = _raw_get(port, target).split(b"\r\n", 1)[0]
            assert head.split()[1] in (b"400", b"404"), (target, head)
        assert _raw_get(port, "/network.json", host="attacker.example").startswith(b"HTTP/1.1 400")
        # oversized headers are refused before any route runs
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(f"GET /network.json HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: {'a' * 40_000}\r\n\r\n".encode())
            head = s.recv(100)
        assert head == b"" or head.split()[1] in (b"400", b"431"), head
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_report_html_is_self_contained_and_pins_its_scripts(tmp_path):
    db = build_store(tmp_path / "web.db")
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["report", "--db", str(db), "--html", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched from anywhere
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned" in html
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data and "\\u003cb\\u003e" in data  # "Hashd militia <b>" travels escaped
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(inline) == 2
    for body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "blowback" in html and "Hashd militia</span> from 2014 to 2018." in html


def test_report_at_state_level(tmp_path):
    db = build_store(tmp_path / "web.db")
    out = tmp_path / "state.html"
    assert runner.invoke(app, ["report", "--db", str(db), "--html", str(out), "--level", "state"]).exit_code == 0
    assert "State Department →" not in out.read_text()  # folded into the United States at that level
    assert runner.invoke(app, ["report", "--db", str(db), "--html", str(out), "--level", "galaxy"]).exit_code == 2


def test_report_unwritable_path_is_a_one_line_error(tmp_path):
    db = build_store(tmp_path / "web.db")
    r = runner.invoke(app, ["report", "--db", str(db), "--html", str(tmp_path / "no" / "such" / "dir" / "r.html")])
    assert r.exit_code == 1 and "cannot write" in r.output


def test_serve_reads_while_an_ingest_writes(tmp_path):
    """WAL: the explorer keeps answering, and its pages only grow, while another process adds documents."""
    from faultlines.store import Store

    db = build_store(tmp_path / "busy.db")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from faultlines.cli import main; main()", "serve", "--db", str(db),
                             "--port", str(port), "--rate-limit", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    writer = subprocess.Popen([sys.executable, "-c", f"""
import time
from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
with Store({str(db)!r}) as store:
    for i in range(150):
        text = f"Group {{i}} attacked the Hashd militia in battle number {{i}}."
        a = Actor(f"group-{{i}}", f"Group {{i}}", "armed_group")
        store.add(Facts(document=Document(f"busy-{{i}}", text, title=f"Busy {{i}}"), actors=(a,),
                        events=(Event("e1", "ASSAULT", a.id, "hashd militia", 0, len(text), text, sign=-1),)))
        time.sleep(0.01)
"""])
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _raw_get(port, "/tensions.json")
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "serve did not start"
                time.sleep(0.2)
        seen_edges, seen_docs, rounds = 0, 0, 0
        while writer.poll() is None or rounds < 2:
            if writer.poll() is not None:
                rounds += 1
            net = _raw_get(port, "/network.json?limit=2000")
            docs = _raw_get(port, "/search.json?q=battle&page=1")
            doc = _raw_get(port, "/document/busy-0")
            for reply in (net, docs, doc):
                assert reply.startswith(b"HTTP/1.1 200") or b"404" in reply.split(b"\r\n", 1)[0], reply[:200]
            edges = len(json.loads(net.split(b"\r\n\r\n", 1)[1])["edges"])
            assert edges >= seen_edges
            seen_edges = edges
            hits = len(json.loads(docs.split(b"\r\n\r\n", 1)[1])["documents"])
            assert hits >= seen_docs
            seen_docs = hits
        assert writer.returncode == 0
        assert seen_edges >= 150 and seen_docs == 20
        with Store(db, readonly=True) as s:
            assert s.count("documents") == 152
    finally:
        writer.kill()
        proc.terminate()
        proc.wait(timeout=10)
