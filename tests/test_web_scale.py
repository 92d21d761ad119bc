"""The explorer at scale: generation-stamped caches, the explorer's indexes, and bench/make_store.py."""

from __future__ import annotations

import importlib.util
import json
import re
import time
from pathlib import Path

from fastapi.testclient import TestClient

from faultlines.records import Document, Event, Facts
from faultlines.store import Store
from faultlines.values.dates import event_span
from faultlines.web import create_app
from faultlines.web.db import Reader
from tests.web_fixtures import build_store

REPO = Path(__file__).resolve().parent.parent
HASHD = "hashd militia"


def _grow(db: Path, n: int) -> None:
    text = "The Hashd militia threatened the State Department."
    with Store(db) as store:
        store.add(Facts(document=Document(f"grown-{n}", text, title="New"),
                        events=(Event("e1", "THREATEN", HASHD, "state department", 0, len(text), text, sign=-1),)))


def test_small_store_recomputes_at_once(tmp_path):
    db = build_store(tmp_path / "s.db")
    r = Reader(db)
    calls: list[int] = []
    assert r.cached("k", lambda: calls.append(r.generation()) or len(calls)) == 1
    assert r.cached("k", lambda: calls.append(r.generation()) or len(calls)) == 1  # same generation: cached
    _grow(db, 1)
    assert r.cached("k", lambda: calls.append(r.generation()) or len(calls)) == 2
    assert calls[1] > calls[0]


def test_large_store_serves_stale_value_while_refreshing(tmp_path):
    """Past `stale_from`, a costly value is answered at once from the old generation and refreshed behind."""
    db = build_store(tmp_path / "l.db")
    r = Reader(db, stale_from=0, sync_cost=0.0, min_refresh=0.0, refresh_factor=0.0)
    before = r.generation()

    def make() -> int:
        time.sleep(0.05)
        return r.generation()

    assert r.cached("gen", make) == before
    _grow(db, 2)
    assert r.cached("gen", make) == before  # stale, but no wait
    deadline = time.monotonic() + 10
    while r.cached("gen", make) == before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert r.cached("gen", make) == r.generation() > before


def test_refresh_recomputes_what_the_value_reads(tmp_path):
    """A refreshed value built on another cached value must not be built on that one's stale copy."""
    db = build_store(tmp_path / "d.db")
    r = Reader(db, stale_from=0, sync_cost=0.0, min_refresh=0.0, refresh_factor=0.0)

    def inner() -> int:
        return r.generation()

    def outer() -> int:
        return r.cached("inner", inner) * 10

    first = r.cached("outer", outer)
    _grow(db, 3)
    deadline = time.monotonic() + 10
    while r.cached("outer", outer) == first and time.monotonic() < deadline:
        time.sleep(0.02)
    assert r.cached("outer", outer) == r.generation() * 10


def test_fixed_values_are_not_recomputed(tmp_path):
    db = build_store(tmp_path / "f.db")
    r = Reader(db)
    calls: list[int] = []
    r.cached("fixed", lambda: calls.append(1) or "x", fixed=True)
    _grow(db, 4)
    assert r.cached("fixed", lambda: calls.append(1) or "y", fixed=True) == "x"
    assert len(calls) == 1


def _plan(conn, sql: str, params: tuple) -> str:
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_pages_queries_use_the_explorer_indexes(tmp_path):
    db = build_store(tmp_path / "i.db")
    with Store(db, readonly=True) as s:
        assert "006_explorer_indexes" in s.migrations()
        c = s.conn
        assert "events_place" in _plan(c, "SELECT doc_id, id FROM events WHERE place = ?", ("x",))
        assert "COVERING INDEX events_source_cover" in _plan(
            c, "SELECT target, type, count(*), sum(sign) FROM events WHERE source = ? AND target IS NOT NULL "
               "GROUP BY target, type", ("x",))
        assert "counts_place" in _plan(c, "SELECT * FROM counts WHERE place = ?", ("x",))
        assert "quotes_outlet" in _plan(c, "SELECT * FROM quotes WHERE speaker = ? OR outlet = ?", ("x", "x"))
        assert "SCAN" not in _plan(c, "SELECT count(DISTINCT doc_id) FROM mentions WHERE actor_id = ?", ("x",))


def test_actor_timeline_matches_one_event_at_a_time(tmp_path):
    """The timeline grouped in SQL counts what parsing every event's date on its own counts."""
    db = build_store(tmp_path / "t.db")
    data = TestClient(create_app(db, rate=0)).get("/actor.json", params={"id": HASHD}).json()
    years: dict[str, list[int]] = {}
    with Store(db, readonly=True) as s:
        for date, published, sign in s.conn.execute(
                "SELECT e.date, d.published, e.sign FROM events e JOIN documents d ON d.id = e.doc_id "
                "WHERE e.source = ? OR e.target = ?", (HASHD, HASHD)):
            span = event_span(date, published)
            if lo := span.lo or span.hi:
                y = years.setdefault(lo[:4], [0, 0, 0])
                y[0] += 1
                y[1] += sign > 0
                y[2] += sign < 0
    assert years
    assert {t["year"]: [t["n"], t["positive"], t["negative"]] for t in data["timeline"]} == years


def _make_store_module():
    spec = importlib.util.spec_from_file_location("make_store", REPO / "bench" / "make_store.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_make_store_copies_real_facts_redated_and_replaced(tmp_path):
    source = build_store(tmp_path / "source.db")
    mk = _make_store_module()
    docs, events = mk.make_store(tmp_path / "big.db", 40, source, seed=3, batch=16)
    assert docs == 40
    with Store(source, readonly=True) as s:
        src = {json.loads(r[0])["document"]["title"]: json.loads(r[0]) for r in
               s.conn.execute("SELECT facts FROM documents")}
        src_kinds = {r[0]: r[1] for r in s.conn.execute("SELECT id, kind FROM actors")}
    with Store(tmp_path / "big.db", readonly=True) as s:
        c = s.conn
        assert c.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0] == 40
        assert events == c.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        assert c.execute("SELECT count(*) FROM events WHERE place IS NOT NULL AND place NOT IN "
                         "(SELECT id FROM places)").fetchone()[0] == 0
        published = {r[0] for r in c.execute("SELECT published FROM documents WHERE published IS NOT NULL")}
        src_published = {f["document"]["published"] for f in src.values()}
        assert published - src_published  # re-dated
        for (facts_json,) in c.execute("SELECT facts FROM documents"):
            f = Facts.from_json(facts_json)
            for a in f.actors:
                assert src_kinds.get(a.id, a.kind) == a.kind  # an actor is only swapped for one of its kind


def test_actor_focus_reads_the_index_and_keeps_the_same_edges(tmp_path):
    """The focused network from the per-actor index equals the one from filtering every relation."""
    from faultlines.analysis.network import network_of
    from faultlines.web.network import View, full_network, gathered, involving

    db = build_store(tmp_path / "a.db")
    r = Reader(db)
    relations, hierarchy = gathered(r)
    assert involving(r)[HASHD]
    for actors in ((HASHD,), ("state department",), (HASHD, "united states")):
        f = View(actors=actors, polarities=frozenset({"asserted", "negated"}))
        every = network_of(relations, hierarchy, level=f.level, filters=f)
        got = full_network(r, f)
        assert got.edges and [(e.source, e.target, e.type, e.weight) for e in got.edges] == \
            [(e.source, e.target, e.type, e.weight) for e in every.edges]


def test_a_tension_keeps_its_first_refs_and_says_how_many(tmp_path, monkeypatch):
    from faultlines.web import pages

    monkeypatch.setattr(pages, "MAX_EVIDENCE", 1)
    db = build_store(tmp_path / "x.db")
    c = TestClient(create_app(db, rate=0))
    every = c.get("/tensions.json").json()["tensions"]
    big = next(t for t in every if t["events_total"] > 1)
    assert len(big["events"]) == 1
    one = c.get("/tension.json", params={"id": big["id"]}).json()
    assert len(one["evidence"]) == 1 and one["evidence_total"] == big["events_total"]


def test_the_tensions_page_is_paged_and_its_json_twin_is_not(tmp_path, monkeypatch):
    from faultlines.web import pages

    monkeypatch.setattr(pages, "HTML_TENSIONS", 1)
    c = TestClient(create_app(build_store(tmp_path / "t.db"), rate=0))
    every = c.get("/tensions.json").json()["tensions"]
    assert len(every) >= 2
    first, second = c.get("/tensions").text, c.get("/tensions", params={"page": 2}).text
    one, two = (re.findall(r'href="(/tension\?id=[^"]+)"', html) for html in (first, second))
    assert len(one) == 1 and len(two) == 1 and one != two
    assert 'rel="next"' in first and 'rel="prev"' in second and f"page 2 of {len(every)}" in second
    assert c.get("/tensions", params={"page": 0}).status_code in (400, 422)
