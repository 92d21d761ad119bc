"""The explorer treats every document as hostile: escaped output, strict CSP, bounded and validated requests."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from faultlines.web import create_app
from faultlines.web.db import Reader
from tests.web_fixtures import build_store

PAGES = ["/network", "/edge?source=united+states&target=hashd+militia", "/actor?id=hashd+militia", "/tensions", "/incidents",
         "/document/doc-blowback", "/document/doc-script", "/map", "/search?q=script", "/search?q=hashd"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("websec") / "web.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, rate=0))


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Tags()
    p.feed(html)
    return p.tags


@pytest.mark.parametrize("url", PAGES)
def test_pages_have_no_injected_markup(client, url):
    r = client.get(url)
    assert r.status_code == 200
    html = r.text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html and "<b>" not in html
    for tag, attrs in tags(html):
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "style" not in attrs, (tag, attrs)  # CSP forbids inline styles too
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs  # no inline scripts
        if tag == "img":
            pytest.fail(f"unexpected <img> {attrs}")
        for k in ("href", "src", "action"):
            v = attrs.get(k)
            assert v is None or v.startswith(("/", "#", "?")), (tag, k, v)


def test_script_document_renders_as_text(client):
    html = client.get("/document/doc-script").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert 'href="javascript' not in client.get("/document/doc-blowback").text
    # the JSON twin carries the text as data, unchanged
    assert client.get("/document/doc-script.json").json()["document"]["title"].startswith("Title <script>")


def test_security_headers_everywhere(client):
    for url in ["/network", "/network.json", "/static/app.css", "/nowhere", "/actor?id=nobody"]:
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"
    assert client.get("/network.json").headers["content-type"].startswith("application/json")


def test_read_only_methods_and_no_bodies(client):
    assert client.post("/network.json").status_code == 405
    assert client.delete("/document/doc-blowback").status_code == 405
    r = client.request("GET", "/network.json", content=b"x" * 10)
    assert r.status_code == 413
    assert client.get("/search.json", params={"q": "a" * 5000}).status_code == 414
    assert client.get("/" + "a" * 2000).status_code == 414
    assert client.get("/network.json", headers={"x-pad": "a" * 20_000}).status_code == 431


@pytest.mark.parametrize("url", [
    "/network.json?level=nation", "/network.json?from=yesterday", "/network.json?type=DANCE",
    "/network.json?voice=everyone", "/network.json?limit=100000", "/network.json?min_weight=0",
    "/edge.json?source=a", "/edge.json?source=a&target=b&page=0", "/actor.json?id=",
    "/actor.json?id=a%00b", "/search.json?q=" + "x" * 201, "/search.json?q=x&page=-1", "/tension.json",
])
def test_parameters_are_validated(client, url):
    assert client.get(url).status_code == 422


def test_sql_stays_data(client):
    for evil in ["x' OR '1'='1", "1; DROP TABLE events; --", '" OR 1=1 --']:
        assert client.get("/actor.json", params={"id": evil}).status_code == 404
        assert client.get("/edge.json", params={"source": evil, "target": evil}).json()["total"] == 0
    assert client.get("/network.json").json()["edges"]  # still there


@pytest.mark.parametrize("path", [
    "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fweb.db", "/static/vendor/%2e%2e/%2e%2e/db.py",
    "/document/..%2f..%2fetc%2fpasswd", "/document/%2e%2e", "/static//etc/passwd", "/static/%00",
])
def test_no_path_traversal(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert b"import" not in r.content and b"root:" not in r.content


def test_rate_limit_per_client(db):
    c = TestClient(create_app(db, rate=1, burst=3))
    codes = [c.get("/network.json").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[-1] == 429
    r = c.get("/network.json")
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert "content-security-policy" in r.headers


def test_host_header_checked_when_bound_to_loopback(db):
    c = TestClient(create_app(db, rate=0, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:8000")
    assert c.get("/network.json").status_code == 200
    assert c.get("/network.json", headers={"host": "localhost:8000"}).status_code == 200
    assert c.get("/network.json", headers={"host": "evil.example"}).status_code == 400


def test_reader_cannot_write(db):
    reader = Reader(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("DELETE FROM events")
    reader.close()


def test_all_static_javascript_avoids_innerhtml():
    from faultlines.web.app import HERE

    for js in (HERE / "static").glob("*.js"):
        text = js.read_text()
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", text), js
