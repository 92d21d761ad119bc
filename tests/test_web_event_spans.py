"""An event's trigger and actor spans read from its columns mark the same words as read from its own JSON."""

from __future__ import annotations

from pathlib import Path

from faultlines.store import relations as sql
from faultlines.web.db import Reader
from faultlines.web.network import actor_table, event_view

from .web_fixtures import build_store, desk_facts


def test_spans_from_columns_equal_spans_from_the_json(tmp_path: Path) -> None:
    reader = Reader(build_store(tmp_path / "s.db", *desk_facts()))
    conn, actors = reader.conn, actor_table(reader)
    refs = [tuple(r) for r in conn.execute("SELECT doc_id, id FROM events ORDER BY rowid")]
    assert sql.has_span_columns(conn)
    by_columns = sql.events_by_ref(conn, refs)
    marked = 0
    for ref in refs:
        row = dict(conn.execute(f"SELECT {sql.EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.doc_id "
                                "WHERE e.doc_id = ? AND e.id = ?", ref).fetchone())
        from_json = {k: v for k, v in row.items() if not k.startswith(("trigger_", "source_mention_", "target_mention_"))}
        assert "ev_json" not in by_columns[ref]
        new, old = event_view(reader, by_columns[ref], actors), event_view(reader, from_json, actors)
        assert new == old, ref
        marked += any("trigger" in p["classes"] for p in new["pieces"])
    assert marked >= 3  # the fixtures' triggers are marked, so the comparison is not of empty spans
