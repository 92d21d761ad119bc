"""The write path: insert columns come from the records' fields, every field has its column, and migration
008 (and 010, comment dates) fill the new columns of rows an older faultlines wrote."""

from __future__ import annotations

import sqlite3

from faultlines.records import Document, Facts, Mention, Voice
from faultlines.store import Store
from faultlines.store.migrations import MIGRATIONS
from faultlines.store.write import ELSEWHERE, TABLES, columns

KEYS = {"segments": {"doc_id"}, "events": {"doc_id"}, "quotes": {"doc_id"}, "counts": {"doc_id"},
        "tensions": {"doc_id"}, "documents": {"n_words", "facts", "ingested_at"}, "actors": set(), "places": set()}


def _table(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def test_every_field_has_its_column_and_every_column_its_field(tmp_path):
    with Store(tmp_path / "f.db") as s:
        for cls, table in TABLES.items():
            assert set(columns(cls)) | KEYS[table] == _table(s.conn, table), table
        mention = set(columns(Mention))
        assert _table(s.conn, "mentions") == {"doc_id", "actor_id"} | mention
        assert _table(s.conn, "place_mentions") == {"doc_id", "place_id"} | mention
    assert columns(Voice) == ("kind", "name")
    assert "hints" in ELSEWHERE[Document] and "hints" not in columns(Document)


def test_rows_carry_the_records_fields(tmp_path, article_facts):
    f = article_facts
    with Store(tmp_path / "f.db") as s:
        s.add(f)
        rows = {r["id"]: r for r in s.conn.execute("SELECT * FROM events")}
        assert len(rows) == len(f.events)
        for e in f.events:
            r = rows[e.id]
            assert (r["type"], r["polarity"], r["voice_kind"], r["voice_name"], r["segment"]) == \
                (e.type, e.polarity, e.voice.kind, e.voice.name, e.segment)
            for name in ("trigger", "source_mention", "target_mention"):
                m = getattr(e, name)
                got = (r[f"{name}_start"], r[f"{name}_end"], r[f"{name}_text"])
                assert got == ((m.start, m.end, m.text) if m is not None else (None, None, None)), (e.id, name)
            toll = e.fatalities
            assert r["fatalities"] == (toll.value if toll else None)
        assert any(r["trigger_text"] for r in rows.values()) and any(r["segment"] for r in rows.values())
        quotes = {r["id"]: r for r in s.conn.execute("SELECT * FROM quotes")}
        for q in f.quotes:
            assert (quotes[q.id]["voice_kind"], quotes[q.id]["cue_text"]) == (q.voice.kind, q.cue.text if q.cue else None)
        assert s.facts(f.document.id) == f


def test_migration_fills_columns_of_rows_written_before(tmp_path, article_facts):
    """A store written by the previous faultlines (migrations up to 007, its positional insert) gains the
    trigger, segment, mention, voice and feature columns from its facts JSON on open."""
    f, path = article_facts, tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '')")
    for name, sql in MIGRATIONS[:7]:
        conn.executescript(sql)
        conn.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
    d = f.document
    conn.execute("INSERT INTO documents(id, title, published, source, url, origin, text, n_words, facts) "
                 "VALUES (?,?,?,?,?,?,?,?,?)", (d.id, d.title, d.published, d.source, d.url, d.origin, d.text, 1,
                                                f.to_json()))
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     [(d.id, e.id, e.type, e.mode, e.source, e.target, e.place, e.date, e.polarity, e.voice.kind,
                       e.voice.name, e.sign, e.start, e.end, e.text, None, None, None) for e in f.events])
    conn.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
                     [(d.id, q.id, q.text, q.start, q.end, q.speaker, q.speaker_name, q.outlet) for q in f.quotes])
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?)",
                     [(p.id, p.name, p.lat, p.lon, p.country, p.geonameid) for p in f.places])
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.migrations() == [name for name, _ in MIGRATIONS]
        events = {r["id"]: r for r in s.conn.execute("SELECT * FROM events")}
        for e in f.events:
            t = e.trigger
            assert (events[e.id]["trigger_start"], events[e.id]["trigger_text"]) == \
                ((t.start, t.text) if t else (None, None))
            assert events[e.id]["segment"] == e.segment
        quotes = {r["id"]: r for r in s.conn.execute("SELECT * FROM quotes")}
        assert all(quotes[q.id]["voice_kind"] == q.voice.kind for q in f.quotes)
        features = dict(s.conn.execute("SELECT id, feature FROM places").fetchall())
        assert features == {p.id: p.feature for p in f.places}
        assert s.facts(d.id) == Facts.from_json(f.to_json())


def test_segment_dates_stored_and_filled_for_older_stores(tmp_path):
    """A comment's date lands in segments.date; a store from before migration 010 gets it from its facts JSON."""
    from faultlines.pipeline import default_pipeline
    from faultlines.read.base import document_from_text

    text = "Talks stall\n\nThe article.\n\nAmira wrote on 3 May 2024:\nGood piece."
    start = text.index("Amira")
    doc = document_from_text(text, hints=(("comment", start, len(text), "Amira", None, "3 May 2024"),))
    f = default_pipeline().extract(doc)
    dated = [g for g in f.segments if g.kind == "comment"]
    assert dated and dated[0].date == "3 May 2024"
    with Store(tmp_path / "new.db") as s:
        s.add(f)
        assert [r[0] for r in s.conn.execute("SELECT date FROM segments WHERE kind = 'comment'")] == ["3 May 2024"]
        s.conn.execute("UPDATE segments SET date = NULL")
        s.conn.execute("DELETE FROM _migrations WHERE name = '010_segment_dates'")
        s.conn.execute("ALTER TABLE segments DROP COLUMN date")
        s.conn.commit()
    with Store(tmp_path / "new.db") as s:
        assert [r[0] for r in s.conn.execute("SELECT date FROM segments WHERE kind = 'comment'")] == ["3 May 2024"]
