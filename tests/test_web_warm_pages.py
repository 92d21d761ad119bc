"""serve's warm-up makes the pages the busiest actors and places open on: the same bytes a first visit makes, and
made again once the store has grown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from faultlines.records import Actor, Document, Event, Facts, Place
from faultlines.store import Store
from faultlines.web import create_app
from faultlines.web.app import WARM_PLACES
from faultlines.web.network import View

HILLS = Place("geonames:7001", "Hill Fort", 33.0, 44.0, "ZZ", 7001)
FORD = Place("geonames:7002", "Old Ford", 33.5, 44.5, "ZZ", 7002)
ACTORS = (Actor("red", "Red Company", "armed_group"), Actor("blue", "Blue Council", "government"),
          Actor("grey", "Grey Traders", "other"))


def _facts(n: int) -> Facts:
    text = f"Red Company raided the Blue Council's depot at the ford, and the council fined Grey Traders (item {n})."
    place = (HILLS, FORD)[n % 2]
    events = (Event("e1", "ASSAULT", "red", "blue", 0, 52, text[:52], place=place.id, date=f"2019-0{1 + n % 9}",
                    sign=-1),
              Event("e2", "SANCTION", "blue", "grey", 54, len(text), text[54:], place=HILLS.id,
                    polarity="negated" if n % 3 == 0 else "asserted", sign=-1))
    return Facts(document=Document(f"doc-{n:02d}", text, published=f"2019-1{n % 3}-01"), actors=ACTORS,
                 events=events, places=(HILLS, FORD))


def _store(path: Path, n: int = 12) -> Path:
    with Store(path) as s:
        for k in range(n):
            s.add(_facts(k))
    return path


def _inner(app: Any) -> Any:
    while not hasattr(app, "state"):  # the guard and the response cache wrap the FastAPI app
        app = app.app
    return app


def _boom() -> object:
    raise AssertionError("not made by the warm-up")


def test_warmed_pages_are_the_bytes_of_a_first_visit(tmp_path: Path) -> None:
    db = _store(tmp_path / "w.db")
    warm = _inner(create_app(db, rate=0))
    warm.state.first_visits()
    reader = warm.state.reader
    cold = TestClient(create_app(db, rate=0))
    for a in ACTORS:
        page = cold.get("/actor", params={"id": a.id})
        assert page.status_code == 200 and a.name in page.text
        assert reader.cached(("actor.html", a.id, 0), _boom, page=True) == page.content
        assert reader.cached(("actor.json", a.id, 0), _boom, page=True) == cold.get("/actor.json",
                                                                                   params={"id": a.id}).content
    assert WARM_PLACES >= 2
    for place in (HILLS, FORD):
        body = cold.get("/place.json", params={"id": place.id})
        assert body.status_code == 200 and body.json()["events"]
        assert reader.cached(("place.json", place.id, View().key(), 1), _boom, page=True) == body.content
    assert cold.get("/actor", params={"id": "nobody"}).status_code == 404
    assert cold.get("/place.json", params={"id": "geonames:1"}).status_code == 404


def test_a_warmed_page_is_made_again_when_the_store_grows(tmp_path: Path) -> None:
    db = _store(tmp_path / "g.db")
    app = create_app(db, rate=0)
    _inner(app).state.first_visits()
    client = TestClient(app)
    before = client.get("/actor.json", params={"id": "red"}).json()
    assert before["out"][0]["n"] == 12
    hill = client.get("/place.json", params={"id": HILLS.id}).json()
    with Store(db) as s:
        s.add(_facts(12))
        s.add(_facts(13))
    after = client.get("/actor.json", params={"id": "red"}).json()
    assert after["out"][0]["n"] == 14
    assert len(client.get("/place.json", params={"id": HILLS.id}).json()["events"]) > len(hill["events"])


def test_the_warmed_tensions_page_is_the_template_response_of_a_visit(tmp_path: Path) -> None:
    from starlette.requests import Request

    from faultlines.web import pages
    from faultlines.web.network import actor_table
    from tests.web_fixtures import build_store, desk_facts

    db = build_store(tmp_path / "t.db", *desk_facts())
    warm = _inner(create_app(db, rate=0))
    warm.state.first_visits()
    reader = warm.state.reader
    kept = reader.cached(("tensions.html", None, 1), _boom)
    data = pages.tensions_page(reader, None, page=1, per_page=pages.HTML_TENSIONS)
    assert data["tensions"]
    known = actor_table(reader)
    request = Request({"type": "http", "method": "GET", "path": "/tensions", "headers": [], "query_string": b""})
    visit = warm.state.templates.TemplateResponse(request, "tensions.html", {  # how the page was made before
        "data": data, "known_actor": lambda aid: bool(aid) and aid in known})
    assert kept == visit.body == TestClient(create_app(db, rate=0)).get("/tensions").content


def test_the_default_networks_edges_are_warmed_as_a_visit_makes_them(tmp_path: Path) -> None:
    from faultlines.web.network import network

    db = _store(tmp_path / "e.db")
    warm = _inner(create_app(db, rate=0))
    warm.state.first_visits()
    reader = warm.state.reader
    cold = TestClient(create_app(db, rate=0))
    edges = network(reader, View())["edges"]
    assert len(edges) >= 2
    for e in edges:
        pair = {"source": e["source"], "target": e["target"]}
        page = cold.get("/edge", params=pair)
        twin = cold.get("/edge.json", params=pair)
        assert page.status_code == twin.status_code == 200 and twin.json()["events"]
        assert reader.cached(("edge.html", e["source"], e["target"], View(), 1, False), _boom, page=True) == page.content
        assert reader.cached(("edge.json", e["source"], e["target"], View(), 1, False), _boom, page=True) == twin.content
    with Store(db) as s:  # a new sentence for the busiest edge: counted and shown at once
        s.add(_facts(40))
    for client in (cold, TestClient(_inner(create_app(db, rate=0)))):
        first = client.get("/edge.json", params={"source": "red", "target": "blue"}).json()
        assert first["total"] == 13 and "doc-40" in [e["doc_id"] for e in first["events"]]
    assert reader.cached(("edge.json", "red", "blue", View(), 1, False), lambda: None, page=True) is None  # made again
