"""`relation_pairs`: the per-pair aggregates the write path keeps equal what the analysis counts over every event."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from faultlines.analysis import Filters, build_network
from faultlines.analysis.relations import relations_from_store
from faultlines.corpus import Corpus
from faultlines.records import POLARITIES
from faultlines.store import Store, StoreError
from faultlines.store.pairs import MAX_REFS, PairRow, pair_rows, rebuild

FIRST = {
    "2021-03-03": "Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said. "
              "Russia attacked Ukraine again overnight. The United States sent weapons to Ukraine.",
    "2021-04-09": "Israel struck Hamas positions in Gaza. Hamas fired rockets at Israel. "
              "Egypt mediated between Israel and Hamas.",
    "2021-05": "The Kremlin denied that Russia attacked Ukraine. "
              "\"We will keep helping Ukraine,\" the U.S. secretary of state said.",
}
SECOND = {
    "2022-06-12": "Russia attacked Ukraine with missiles. The United States sent more weapons to "
              "Ukraine. Ukraine attacked Russian positions near Kherson.",
    "2022-07-20": "Israel struck Hamas in Gaza again. Qatar sent aid to Hamas, officials said.",
    "": "Russia threatened Ukraine. The European Union sanctioned Russia over the war.",
}


def _write(path: Path, texts: dict[str, str]) -> Path:
    """A JSONL feed: one article a line, published on the key's day (an empty key: no date)."""
    rows = [{"text": text, "title": text.split(".")[0], **({"published": day} if day else {}), "source": "wire"}
            for day, text in texts.items()]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pairs")
    db = tmp / "s.db"
    with Corpus(db) as corpus:  # two ingests: the second folds into the pairs the first wrote
        corpus.ingest([str(_write(tmp / "first.jsonl", FIRST))])
        corpus.ingest([str(_write(tmp / "second.jsonl", SECOND))])
    return db


def _from_relations(conn: sqlite3.Connection) -> list[PairRow]:
    """Today's count: every relation the analysis gathers, grouped by pair, in Python."""
    relations, _ = relations_from_store(conn)
    raw = {(d, e): (date or published) for d, e, date, published in conn.execute(
        "SELECT e.doc_id, e.id, e.date, d.published FROM events e JOIN documents d ON d.id = e.doc_id")}
    groups: dict[tuple[str, str, str, str, str], list] = defaultdict(list)
    for r in relations:
        groups[(r.source, r.target, r.type, r.polarity, r.voice_kind)].append(r)
    out = []
    for key, rs in groups.items():
        days = [x for r in rs if (x := raw[r.ref])]
        out.append(PairRow(*key, len(rs), len({r.doc_id for r in rs}), sum(r.sign > 0 for r in rs),
                           sum(r.sign < 0 for r in rs), min(days) if days else None, max(days) if days else None,
                           tuple(f"{r.doc_id}/{r.event_id}" for r in reversed(rs))[:MAX_REFS]))
    out.sort(key=lambda p: (-p.events, p.source, p.target, p.type, p.polarity, p.voice_kind))
    return out


def test_pairs_written_incrementally_equal_the_relations_counted_over_every_event(store_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        pairs, expected = pair_rows(s.conn), _from_relations(s.conn)
    assert len(pairs) >= 5 and any(p.documents >= 2 for p in pairs), pairs  # merged across documents
    assert any(p.positive for p in pairs) and any(p.negative for p in pairs)
    assert any(p.first and p.last and p.first < p.last for p in pairs) and any(p.first is None for p in pairs)
    assert pairs == expected


def test_rebuilding_from_the_events_gives_the_same_pairs(store_path: Path, tmp_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        before = pair_rows(s.conn)
    copy = tmp_path / "c.db"
    with sqlite3.connect(store_path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with Store(copy) as s, s.conn:
        rebuild(s.conn)
        assert pair_rows(s.conn) == before


def test_the_network_edges_are_the_pairs(store_path: Path) -> None:
    """Every (source, target, type) edge of the unfiltered group network holds exactly its pairs' events."""
    with Store(store_path, readonly=True) as s:
        pairs = pair_rows(s.conn)
        net = build_network(s, filters=Filters(polarities=frozenset(POLARITIES), undated=True))
    events: dict[tuple[str, str, str], int] = defaultdict(int)
    for p in pairs:
        events[(p.source, p.target, p.type)] += p.events
    assert {(e.source, e.target, e.type): len(e.evidence) for e in net.edges} == dict(events)


def test_focused_pairs_are_those_of_the_actor(store_path: Path) -> None:
    with Store(store_path, readonly=True) as s:
        every = pair_rows(s.conn)
        actor = every[0].source
        mine = pair_rows(s.conn, actor=actor)
    assert mine and sorted(mine, key=repr) == sorted([p for p in every if actor in (p.source, p.target)], key=repr)


def test_the_corpus_reads_the_pairs_and_an_older_store_is_told_how_to_add_them(store_path: Path,
                                                                                 tmp_path: Path) -> None:
    with Corpus(store_path, readonly=True) as corpus:
        assert corpus.pairs() and corpus.pairs(actor="RUS")
        assert all("RUS" in (p.source, p.target) for p in corpus.pairs(actor="RUS"))
    old = tmp_path / "old.db"
    with sqlite3.connect(store_path) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
        dst.execute("DROP TABLE relation_pairs")
        dst.execute("DELETE FROM _migrations WHERE name = '009_relation_pairs'")
    with Corpus(old, readonly=True) as corpus, pytest.raises(StoreError, match="migration 009"):
        corpus.pairs()
    with Corpus(old) as corpus:  # opened for writing: migrated and filled from the events
        fresh = corpus.pairs()
    with Corpus(store_path, readonly=True) as corpus:
        assert fresh == corpus.pairs()


def _years(conn: sqlite3.Connection) -> list[tuple[str, str, int, int, int]]:
    return [tuple(r) for r in conn.execute("SELECT actor, year, events, positive, negative FROM actor_years "
                                           "ORDER BY actor, year")]


def test_actor_years_written_incrementally_equal_the_timeline_counted_over_every_event(store_path: Path) -> None:
    from faultlines.store import views
    from faultlines.store.actor_years import timeline
    from faultlines.web.pages import _timeline

    with Store(store_path, readonly=True) as s:
        actors = [r[0] for r in s.conn.execute("SELECT DISTINCT x FROM (SELECT source AS x FROM events UNION "
                                               "SELECT target FROM events) WHERE x IS NOT NULL")]
        kept = {a: timeline(s.conn, a) for a in actors}
        counted = {a: _timeline(views.dated_events(s.conn, a)) for a in actors}
    assert len(actors) >= 5 and any(len(t or ()) >= 2 for t in kept.values())  # several years, merged per year
    assert any(row["positive"] for t in kept.values() for row in t or ())
    assert any(row["negative"] for t in kept.values() for row in t or ())
    assert kept == counted


def test_actor_years_rebuilt_from_the_events_and_an_older_store_falls_back(store_path: Path, tmp_path: Path) -> None:
    from faultlines.store.actor_years import rebuild, timeline

    with Store(store_path, readonly=True) as s:
        before = _years(s.conn)
    copy = tmp_path / "c.db"
    with sqlite3.connect(store_path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with Store(copy) as s, s.conn:
        rebuild(s.conn)
        assert _years(s.conn) == before
    with sqlite3.connect(copy) as dst:
        dst.execute("DROP TABLE actor_years")
        dst.execute("DELETE FROM _migrations WHERE name = '012_actor_years'")
    with Store(copy, readonly=True) as s:
        assert timeline(s.conn, "RUS") is None  # not migrated: the page counts from the events
    with Store(copy) as s:  # opened for writing: migrated and filled
        assert _years(s.conn) == before


def test_actor_years_count_a_loose_date_at_its_start_and_an_undated_event_in_its_article_year(
        store_path: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from faultlines.store import views
    from faultlines.store.actor_years import timeline
    from faultlines.web.pages import _timeline

    with Store(store_path, readonly=True) as s:
        f = next(x for x in s.iter_facts() if len([e for e in x.events if e.source and e.target]) >= 2)
    dates = ["2014-2018", None, "2019-03-04"]
    events = [replace(e, date=dates[i % 3]) for i, e in enumerate(f.events)]
    mine = replace(f, document=replace(f.document, id="loose", published="2020-05-06"), events=events)
    with Store(tmp_path / "l.db") as s:
        s.add(mine)
        actor = next(e.source for e in events if e.source)
        kept = timeline(s.conn, actor)
        assert kept == _timeline(views.dated_events(s.conn, actor))
    years = {row["year"] for row in kept or ()}
    assert "2014" in years and "2018" not in years
