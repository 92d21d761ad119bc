"""The SQLite store: migrations recorded in order, idempotent writes, facts read back unchanged."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.records import Actor, Document, Event, Facts, Mention, Voice
from faultlines.store import Store
from faultlines.store.migrations import MIGRATIONS


def _facts(text: str, n_events: int = 1) -> Facts:
    doc = Document(id=f"id-{abs(hash(text))}", text=text, title="t")
    a = Actor("A", "Alpha", "state", "AAA", mentions=(Mention(0, 1, text[:1]),))
    b = Actor("B", "Beta", "armed_group")
    events = tuple(Event(id=f"e{i}", type="AID", source="A", target="B", start=0, end=len(text), text=text,
                         mode="military", voice=Voice("author"), sign=1) for i in range(n_events))
    return Facts(document=doc, actors=(a, b), events=events)


def test_migrations_recorded_in_order(tmp_path):
    s = Store(tmp_path / "f.db")
    assert s.migrations() == [name for name, _ in MIGRATIONS]
    assert s.migrate() == []
    s.close()
    raw = sqlite3.connect(tmp_path / "f.db")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_document_twice_is_stored_once(tmp_path, article_facts):
    with Store(tmp_path / "f.db") as s:
        assert s.add(article_facts) is True
        n = {t: s.count(t) for t in ("documents", "events", "mentions", "quotes", "counts", "segments")}
        assert s.add(article_facts) is False
        assert {t: s.count(t) for t in n} == n
        assert n["documents"] == 1 and n["segments"] == len(article_facts.segments)
        assert s.facts(article_facts.document.id) == article_facts


def test_reopen_keeps_data_and_reject_dedup(tmp_path):
    with Store(tmp_path / "f.db") as s:
        s.add(_facts("x text"))
        s.add_reject("a.jsonl:3", "invalid JSON")
        s.add_reject("a.jsonl:3", "invalid JSON")
    with Store(tmp_path / "f.db", readonly=True) as s:
        assert s.count("documents") == 1 and s.count("rejects") == 1
        assert s.count("events") == 1


def test_search_index_follows_inserts(tmp_path):
    with Store(tmp_path / "f.db") as s:
        s.add(_facts("militias near Fallujah"))
        hits = s.conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'fallujah'").fetchall()
        assert len(hits) == 1


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=6), st.integers(0, 3))
def test_round_trip_every_fact(tmp_path_factory, texts, n_events):
    path = tmp_path_factory.mktemp("s") / "f.db"
    many = [_facts(t, n_events) for t in texts]
    with Store(path) as s:
        new = s.add_many(many)
        assert new == len({f.document.id for f in many})
        for f in many:
            assert s.facts(f.document.id) == f
        assert s.count("events") == n_events * new
