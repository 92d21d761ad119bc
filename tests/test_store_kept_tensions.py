"""`kept_tensions`: the tensions the writer keeps after a run are the ones the explorer computed in its process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from faultlines.actors import load_dictionary
from faultlines.analysis.tensions import keep_tensions
from faultlines.records import Document, Event, Facts
from faultlines.store import Store, kept_tensions, views
from faultlines.web import pages
from faultlines.web.db import Reader
from tests.web_fixtures import build_store, desk_facts


def _kept_store(path: Path) -> Path:
    db = build_store(path, *desk_facts())
    with Store(db) as store:
        keep_tensions(store, load_dictionary())
    return db


def _computed_copy(db: Path, tmp: Path) -> Path:
    """The same store with nothing kept: the explorer computes the tensions itself, as before."""
    other = tmp / "computed.db"
    other.unlink(missing_ok=True)
    with sqlite3.connect(db) as src, sqlite3.connect(other) as dst:
        src.backup(dst)  # with what is still in the write-ahead log
        dst.execute("DELETE FROM kept_state")
    return other


def test_kept_tensions_equal_what_the_explorer_computes(tmp_path):
    db = _kept_store(tmp_path / "k.db")
    kept, computed = Reader(db), Reader(_computed_copy(db, tmp_path))
    assert pages.kept(kept) and not pages.kept(computed)
    every = pages.tensions(kept, limit=1_000_000)
    assert len({t["kind"] for t in every}) >= 2
    assert every == pages.tensions(computed, limit=1_000_000)
    assert pages.tensions(kept, limit=2) == every[:2]
    for kind in [None, *sorted({t["kind"] for t in every})]:
        for n in (1, 2, 3):
            assert pages.tensions_page(kept, kind, page=n, per_page=1) == \
                pages.tensions_page(computed, kind, page=n, per_page=1)
    for t in every:
        assert pages.tension(kept, t["id"]) == pages.tension(computed, t["id"])
    assert pages.tension(kept, "blowback:nobody") is None


def test_kept_tensions_are_stamped_and_used_while_current(tmp_path):
    db = _kept_store(tmp_path / "s.db")
    before = pages.tensions(Reader(db), limit=1_000_000)
    with Store(db) as store:
        made = kept_tensions.state(store.conn)
        assert made is not None and made["generation"] == views.generation(store.conn)
        text = "The Hashd militia attacked the State Department."
        store.add(Facts(document=Document("late", text, title="Late"),
                        events=(Event("e1", "ASSAULT", "hashd militia", "state department", 0, len(text), text,
                                      sign=-1),)))
    small, large = Reader(db), Reader(db, stale_from=0)
    assert not pages.kept(small)  # a small store past its kept state computes at once, as before
    assert pages.tensions(small, limit=1_000_000) == pages.tensions(Reader(_computed_copy(db, tmp_path)),
                                                                    limit=1_000_000)
    assert pages.kept(large)  # a large one serves the kept state, as it serves a stale cached value
    assert pages.tensions(large, limit=1_000_000) == before


def test_upgrade_leaves_the_table_empty_and_the_explorer_computes(tmp_path):
    db = build_store(tmp_path / "u.db")
    with sqlite3.connect(db) as conn:
        conn.executescript("DROP TABLE kept_tensions; DROP TABLE kept_state;"
                           "DELETE FROM _migrations WHERE name = '013_kept_tensions';")
    with Store(db) as store:
        assert kept_tensions.state(store.conn) is None
        assert kept_tensions.kind_counts(store.conn) == {}
    r = Reader(db)
    assert not pages.kept(r) and pages.tensions(r)


def test_ingest_keeps_the_tensions_of_what_it_read(tmp_path):
    from faultlines.corpus import Corpus

    feed = tmp_path / "feed.jsonl"
    rows = ['{"text": "The United States armed the Kurdish fighters in Syria. The Kurdish fighters attacked '
            'American troops near Raqqa last year.", "published": "2019-05-02"}',
            '{"text": "Turkey shelled the Kurdish fighters. The United States sent weapons to Turkey.", '
            '"published": "2019-06-10"}']
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "i.db"
    with Corpus(db) as corpus:
        corpus.ingest([str(feed)])
        made = kept_tensions.state(corpus.conn)
        assert made is not None and made["generation"] == views.generation(corpus.conn)
        corpus.ingest([str(feed)])  # nothing new: the kept tensions are not computed again
        assert kept_tensions.state(corpus.conn) == made
        assert keep_tensions(corpus, corpus.dictionary) is None
        assert keep_tensions(corpus, corpus.dictionary, force=True)
    kept = Reader(db)
    assert pages.kept(kept)
    assert pages.tensions(kept, limit=1_000_000) == pages.tensions(Reader(_computed_copy(db, tmp_path)),
                                                                   limit=1_000_000)


def test_a_tensions_evidence_comes_a_page_at_a_time(tmp_path):
    from fastapi.testclient import TestClient

    from faultlines.web import create_app

    db = _kept_store(tmp_path / "p.db")
    r = Reader(db)
    big = next(t for t in pages.tensions(r, limit=1_000_000) if t["events_total"] > 1)
    shown = [pages.tension(r, big["id"], page=n, per_page=1) for n in range(1, big["events_total"] + 1)]
    assert all(s is not None and len(s["evidence"]) == 1 and s["pages"] == big["events_total"] for s in shown)
    assert [[e["doc_id"], e["id"]] for s in shown if s for e in s["evidence"]] == big["events"]
    c = TestClient(create_app(db, rate=0))
    assert c.get("/tension.json", params={"id": big["id"], "page": 2}).json()["evidence"] == []
    assert c.get("/tension", params={"id": big["id"], "page": 0}).status_code in (400, 422)
