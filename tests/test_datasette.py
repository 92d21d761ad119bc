"""The store opens in Datasette (its own test client): full-text search is detected, ids are links, and the
`events_named` view names each event's actors and article; migration 007 keeps an older store's rows."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest

from faultlines.read import read_one
from faultlines.store import Store
from faultlines.store.migrations import MIGRATIONS

from .conftest import EXAMPLE

datasette_app = pytest.importorskip("datasette.app")


def ask(db: str, *paths: str) -> list[Any]:
    """GET each path from Datasette serving `db` (as database "store"); the JSON of each."""

    async def run() -> list[Any]:
        ds = datasette_app.Datasette([db])
        await ds.invoke_startup()
        out = []
        for path in paths:
            r = await ds.client.get(path)
            assert r.status_code == 200, (path, r.text[:300])
            out.append(r.json())
        return out

    return asyncio.run(run())


@pytest.fixture(scope="module")
def store(tmp_path_factory, pipeline) -> str:
    path = tmp_path_factory.mktemp("ds") / "store.db"
    with Store(path) as s:
        s.add(pipeline.extract(read_one(str(EXAMPLE))[0]))
    return str(path)


def test_full_text_search_is_detected_and_filters(store):
    hits, misses, actors = ask(store, "/store/documents.json?_search=Euphrates&_shape=array",
                               "/store/documents.json?_search=zeppelin&_shape=array",
                               "/store/actors.json?_search=Turkey&_shape=array")
    assert [d["title"] for d in hits] == ["Allies at odds along the Euphrates"]
    assert misses == []
    assert [a["id"] for a in actors] == ["TUR"]


def test_mentions_link_to_actors_and_documents(store):
    (rows,) = ask(store, "/store/mentions.json?_shape=array&_labels=on&_size=max")
    usa = [r for r in rows if r["actor_id"]["value"] == "USA"]
    assert usa and usa[0]["actor_id"]["label"] == "United States"
    assert usa[0]["doc_id"]["label"] == "Allies at odds along the Euphrates"
    (places,) = ask(store, "/store/place_mentions.json?_shape=array&_labels=on&_size=max")
    assert places and all(isinstance(r["place_id"], dict) and r["place_id"]["label"] for r in places)


def test_events_named_view(store):
    (rows,) = ask(store, "/store/events_named.json?_shape=array&_size=max")
    conn = sqlite3.connect(store)
    assert len(rows) == conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    names = dict(conn.execute("SELECT id, name FROM actors"))
    aid = [r for r in rows if r["type"] == "AID" and r["source"] == "USA"]
    assert aid and aid[0]["source_name"] == "United States" and aid[0]["target_name"] == names[aid[0]["target"]]
    assert {r["document_title"] for r in rows} == {"Allies at odds along the Euphrates"}
    assert {"document_url", "document_outlet", "document_published", "event_id", "doc_id"} <= set(rows[0])


def _before_007(path: str) -> sqlite3.Connection:
    """A store as faultlines wrote it before migration 007 (the migrations up to it, applied as Store does)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT 'x')")
    names = [n for n, _ in MIGRATIONS]
    for name, sql in MIGRATIONS[: names.index("007_datasette")]:
        conn.executescript("BEGIN;" + sql + f"; INSERT INTO _migrations(name) VALUES ('{name}'); COMMIT;")
    return conn


def test_migration_keeps_an_older_stores_rows_and_indexes(tmp_path):
    path = str(tmp_path / "old.db")
    conn = _before_007(path)
    conn.execute("INSERT INTO documents(id, title, text, n_words, facts) VALUES "
                 "('d1', 'Pipeline talks stall', 'Gazprom and Naftogaz met in Vienna.', 6, '{}')")
    conn.execute("INSERT INTO actors VALUES ('GAZ', 'Gazprom', 'business', 'RUS', NULL)")
    conn.execute("INSERT INTO places VALUES ('P1', 'Vienna', 48.2, 16.37, 'AUT', 2761369)")
    conn.executemany("INSERT INTO mentions VALUES ('d1', ?, ?, ?, ?)",
                     [("GAZ", 0, 7, "Gazprom"), ("NAFTO", 12, 20, "Naftogaz")])  # NAFTO: an orphan
    conn.executemany("INSERT INTO place_mentions VALUES ('d1', ?, 29, 35, 'Vienna')", [("P1",), ("P-GONE",)])
    conn.commit()
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    conn.close()

    with Store(path) as s:
        assert "007_datasette" in s.migrations()
    conn = sqlite3.connect(path)
    assert [tuple(r) for r in conn.execute("SELECT actor_id, text FROM mentions ORDER BY rowid")] == \
        [("GAZ", "Gazprom"), ("NAFTO", "Naftogaz")]
    assert conn.execute("SELECT name, kind FROM actors WHERE id = 'NAFTO'").fetchone() == ("NAFTO", "other")
    assert [r[0] for r in conn.execute("SELECT place_id FROM place_mentions")] == ["P1"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    after = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert indexes <= after
    assert conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Vienna'").fetchall() == [(1,)]
    assert conn.execute("SELECT id FROM actors_fts WHERE actors_fts MATCH 'Gazprom'").fetchall() == [("GAZ",)]
    (found,) = ask(path, "/old/documents.json?_search=Vienna&_shape=array")
    assert [d["id"] for d in found] == ["d1"]


def test_a_store_before_007_is_not_searchable_in_datasette(tmp_path):
    """What 007 fixes: the single-quoted `content='documents'` of 002 is not detected (search returned all rows)."""
    path = str(tmp_path / "old.db")
    conn = _before_007(path)
    conn.executemany("INSERT INTO documents(id, title, text, n_words, facts) VALUES (?, ?, ?, 1, '{}')",
                     [("d1", "a", "Vienna"), ("d2", "b", "Kyiv")])
    conn.commit()
    conn.close()
    (rows,) = ask(path, "/old/documents.json?_search=Vienna&_shape=array")
    assert len(rows) == 2
