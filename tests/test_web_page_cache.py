"""The cache of whole page bodies: one body per page whatever the parameters it does not read, no room taken by
pages of nothing (made-up ids), and a bound on the bytes kept as well as on their count."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from faultlines.records import Actor, Document, Event, Facts
from faultlines.store import Store
from faultlines.web import create_app
from faultlines.web.db import Reader
from faultlines.web.network import View
from tests.test_web_warm_pages import ACTORS, HILLS, _boom, _inner, _store


def _client(db: Path) -> tuple[TestClient, Reader]:
    app = create_app(db, rate=0)
    return TestClient(app), _inner(app).state.reader


def _kept(reader: Reader, key: tuple[object, ...]) -> bytes:
    """The body kept under `key` (raises if it is not kept for the store as it is)."""
    body: bytes = reader.cached(key, _boom, page=True)
    return body


def test_an_edge_page_is_one_body_whatever_limit_and_min_weight(tmp_path: Path) -> None:
    client, reader = _client(_store(tmp_path / "e.db"))
    reader.pages_size = 2
    pair = {"source": "red", "target": "blue"}
    page, twin = client.get("/edge", params=pair).content, client.get("/edge.json", params=pair).content
    for n in range(1, 8):  # the network's parameters: how much of it is drawn, not which sentences an edge has
        assert client.get("/edge", params={**pair, "limit": n, "min_weight": n}).content == page
        assert client.get("/edge.json", params={**pair, "limit": 300 + n}).content == twin
    assert _kept(reader, ("edge.html", "red", "blue", View(), 1, False)) == page
    assert _kept(reader, ("edge.json", "red", "blue", View(), 1, False)) == twin
    # what the page does read still makes another body: the filters (shown in its links) and the level
    voiced = client.get("/edge", params={**pair, "voice": "author", "limit": 5})
    assert voiced.status_code == 200 and voiced.content != page and "voice=author" in voiced.text


def test_a_place_page_is_one_body_whatever_the_level(tmp_path: Path) -> None:
    client, reader = _client(_store(tmp_path / "p.db"))
    reader.pages_size = 1
    body = client.get("/place.json", params={"id": HILLS.id}).content
    assert b'"events":[{' in body
    for level in ("group", "state", "parent"):
        assert client.get("/place.json", params={"id": HILLS.id, "level": level, "limit": 9}).content == body
    assert _kept(reader, ("place.json", HILLS.id, View().key(), 1)) == body


def test_pages_of_nothing_never_push_warmed_bodies_out(tmp_path: Path) -> None:
    db = _store(tmp_path / "n.db")
    client, reader = _client(db)
    reader.pages_size = 3
    red = client.get("/actor", params={"id": "red"}).content
    blue = client.get("/actor.json", params={"id": "blue"}).content
    edge = client.get("/edge.json", params={"source": "red", "target": "blue"}).content
    for n in range(80):  # made-up ids, and an edge page past its last sentence
        assert client.get("/actor", params={"id": f"nobody-{n}"}).status_code == 404
        assert client.get("/actor.json", params={"id": f"nobody-{n}"}).status_code == 404
        assert client.get("/place.json", params={"id": f"geonames:{n}"}).status_code == 404
        empty = client.get("/edge.json", params={"source": f"made-up-{n}", "target": "blue"})
        assert empty.status_code == 200 and empty.json()["events"] == []
        assert client.get("/edge", params={"source": "red", "target": "blue", "page": 50 + n}).status_code == 200
    assert _kept(reader, ("actor.html", "red", 0)) == red
    assert _kept(reader, ("actor.json", "blue", 0)) == blue
    assert _kept(reader, ("edge.json", "red", "blue", View(), 1, False)) == edge
    # an id made up before the store knew it is found once the store has it
    with Store(db) as s:
        text = "Green Front shelled the Blue Council's post."
        s.add(Facts(document=Document("doc-green", text), actors=(*ACTORS, Actor("green", "Green Front", "armed_group")),
                    events=(Event("e1", "ASSAULT", "green", "blue", 0, len(text), text, sign=-1),)))
    assert client.get("/actor", params={"id": "nobody-79"}).status_code == 404
    assert "Green Front" in client.get("/actor", params={"id": "green"}).text
    assert client.get("/edge.json", params={"source": "green", "target": "blue"}).json()["total"] == 1


def test_page_bodies_are_bounded_by_bytes_as_well_as_by_count(tmp_path: Path) -> None:
    db = _store(tmp_path / "b.db")
    client, reader = _client(db)
    bodies = {a.id: client.get("/actor.json", params={"id": a.id}).content for a in ACTORS}
    assert reader.pages_held == sum(map(len, bodies.values()))
    client, reader = _client(db)
    assert reader.pages_size > len(ACTORS)  # the count alone would keep them all
    reader.pages_bytes = len(bodies["red"]) + len(bodies["blue"])
    for a in ACTORS:  # the least recently used go first until the bodies fit
        assert client.get("/actor.json", params={"id": a.id}).content == bodies[a.id]
    assert client.get("/actor.json", params={"id": "nobody"}).status_code == 404  # a miss is no body
    assert 0 < reader.pages_held <= reader.pages_bytes
    assert _kept(reader, ("actor.json", "grey", 0)) == bodies["grey"]  # the newest is kept, the oldest made again
    assert reader.cached(("actor.json", "red", 0), lambda: b"made again", page=True) == b"made again"


def test_a_body_over_the_whole_budget_is_served_but_never_flushes_the_others(tmp_path: Path) -> None:
    db = _store(tmp_path / "r.db")
    reader = Reader(db, pages_bytes=100)
    kept = reader.cached("small", lambda: b"x" * 60, page=True)
    big = reader.cached("big", lambda: b"y" * 500, page=True)
    assert big == b"y" * 500 and reader.cached("small", _boom, page=True) == kept
    assert reader.pages_held == 60
    assert reader.cached("big", lambda: b"z" * 200, page=True) == b"z" * 200  # not kept: made again
    reader.cached("more", lambda: b"w" * 50, page=True)  # 60 + 50 > 100: the older one goes
    assert reader.pages_held == 50 and reader.cached("small", lambda: b"made again", page=True) == b"made again"


def test_made_up_documents_actors_and_pairs_never_push_documents_facts_out(tmp_path: Path) -> None:
    from faultlines.web import pages
    from faultlines.web.network import group_pair_refs

    reader = Reader(_store(tmp_path / "f.db"), facts_cache_size=3, absent_size=8)  # doc-00, red, its designations
    facts = reader.facts("doc-00")
    assert facts is not None and facts.events
    actor = pages.actor(reader, "red")
    assert actor is not None and actor["out"]
    voiced = View(voices=frozenset({"author"}))
    for n in range(40):
        assert reader.facts(f"no-such-doc-{n}") is None
        assert pages.actor(reader, f"no-such-actor-{n}") is None
        assert group_pair_refs(reader, voiced, (f"made-up-{n}", "blue")) == []
    assert reader.cached(("facts", "doc-00"), _boom, small=True, fixed=True) is facts
    assert reader.cached(("actor", "red"), _boom, small=True)["out"] == actor["out"]
