"""`read --db` and `ingest` store the same things: facts, publications, MinHashes, clusters, rejects, incidents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from faultlines.cli import app
from tests.ingest_corpus import GERMAN, article

runner = CliRunner()
SKIP_COLUMNS = {"ingested_at", "at"}  # when it was stored, not what


def tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (timestamps left out) in a stable order; FTS shadow tables are the FTS' own."""
    c = sqlite3.connect(db)
    try:
        names = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND name NOT LIKE '%fts%' AND name != '_migrations'")]
        out = {}
        for name in names:
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({name})") if r[1] not in SKIP_COLUMNS]
            rows = c.execute(f"SELECT {', '.join(repr(x) for x in cols)} FROM {name}").fetchall()
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        c.close()


def test_read_db_and_ingest_store_the_same_tables(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article(1))
    (corpus / "b.txt").write_text(article(2))
    (corpus / "a-again.txt").write_text(article(1))  # the same text elsewhere: one document, two publications
    (corpus / "a-wire.txt").write_text(article(1) + "Copyright the wire agency.\n")  # a near-duplicate
    (corpus / "de.txt").write_text(GERMAN)  # rejected (language), recorded with its reason
    read_db, ingest_db = tmp_path / "read.db", tmp_path / "ingest.db"
    got = runner.invoke(app, ["read", str(corpus), "--db", str(read_db), "--format", "json"])
    assert got.exit_code == 1, got.output  # the German file
    got = runner.invoke(app, ["ingest", str(corpus), "--db", str(ingest_db), "--quiet"])
    assert got.exit_code == 3, got.output
    by_read, by_ingest = tables(read_db), tables(ingest_db)
    assert set(by_read) == set(by_ingest)
    for name in by_ingest:
        assert by_read[name] == by_ingest[name], name
    assert len(by_ingest["documents"]) == 3 and by_ingest["events"] and by_ingest["incident_reports"]
    assert len(by_ingest["publications"]) == 4
    assert len(by_ingest["minhashes"]) == 3
    assert len(by_ingest["rejects"]) == 1
    assert len(by_ingest["clusters"]) == 2  # the article and its wire copy
