"""`faultlines ingest`: rejects recorded with reasons and locations, idempotent re-runs, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from tests.ingest_corpus import write_bad, write_good

runner = CliRunner()


def snapshot(db: Path) -> dict[str, list]:
    """Everything an ingest writes, without timestamps, in a stable order."""
    c = sqlite3.connect(db)
    try:
        return {
            "documents": c.execute("SELECT id, origin, facts FROM documents ORDER BY id").fetchall(),
            "events": c.execute("SELECT doc_id, id, type, source, target FROM events ORDER BY doc_id, id").fetchall(),
            "rejects": c.execute("SELECT location, reason FROM rejects ORDER BY location, reason").fetchall(),
            "publications": c.execute("SELECT * FROM publications ORDER BY doc_id, origin").fetchall(),
            "minhashes": c.execute("SELECT doc_id, hashvalues FROM minhashes ORDER BY doc_id").fetchall(),
            "clusters": c.execute("SELECT * FROM clusters ORDER BY doc_id").fetchall(),
        }
    finally:
        c.close()


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    root = tmp_path_factory.mktemp("corpus")
    write_good(root / "good", 3)
    return root, write_bad(root / "bad")


@pytest.fixture(scope="module")
def ingested(bad_corpus, tmp_path_factory):
    root, _ = bad_corpus
    db = tmp_path_factory.mktemp("db") / "f.db"
    result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--quiet"])
    return db, result


def test_rejects_everything_bad_and_keeps_the_good(ingested, bad_corpus):
    db, result = ingested
    _, bad = bad_corpus
    assert result.exit_code == 3, result.output
    rejects = dict(snapshot(db)["rejects"])
    assert "invalid JSON" in rejects[f"{bad['jsonl']}:2"]  # the line number of the bad line
    assert rejects[f"{bad['jsonl']}:3"].startswith("language 'de'")
    assert "binary" in rejects[str(bad["binary"])]
    assert "too large" in rejects[str(bad["big"])]
    assert rejects[str(bad["german"])].startswith("language 'de'")
    assert "truncated" in rejects[str(bad["gzip"])]
    assert "truncated" in rejects[str(bad["warc"])]
    origins = {o for _, o, _ in snapshot(db)["documents"]}
    # good lines around the bad one, and the records before the cut of the gzip and WARC, are kept
    assert {f"{bad['jsonl']}:1", f"{bad['jsonl']}:4"} <= origins
    assert any(o.startswith(f"{bad['gzip']}:") for o in origins)
    assert any(o.startswith(f"{bad['warc']}#") for o in origins)
    assert sum(o.endswith(".txt") for o in origins) == 3
    assert "rejected" in result.output


def test_ingest_twice_gives_the_same_store(ingested, bad_corpus):
    db, _ = ingested
    root, _ = bad_corpus
    before = snapshot(db)
    again = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--quiet"])
    assert again.exit_code == 3
    assert snapshot(db) == before
    assert "stored" in again.output


def test_clean_corpus_exits_zero_and_counts_duplicates(tmp_path):
    root = write_good(tmp_path / "c", 2)
    (root / "copy.txt").write_text((root / "a000.txt").read_text())  # same text, another publication
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    snap = snapshot(db)
    assert len(snap["documents"]) == 2
    assert len(snap["publications"]) == 3
    assert snap["rejects"] == []


def test_max_chars_rejects_a_long_document(tmp_path):
    root = write_good(tmp_path / "c", 2)
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--quiet", "--max-chars", "200"])
    assert result.exit_code == 3
    reasons = [r for _, r in snapshot(db)["rejects"]]
    assert len(reasons) == 2 and all(r.startswith("too large") for r in reasons)


def test_help():
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0 and "--dask" in result.output and "--workers" in result.output


def test_missing_path_is_rejected_and_the_rest_ingested(tmp_path):
    root = write_good(tmp_path / "c", 1)
    db = tmp_path / "f.db"
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["ingest", str(missing), str(root), "--db", str(db), "--quiet"])
    assert result.exit_code == 3
    snap = snapshot(db)
    assert len(snap["documents"]) == 1
    assert snap["rejects"] == [(str(missing), "no such file or directory")]


def test_stdin_jsonl(tmp_path):
    from tests.ingest_corpus import article

    db = tmp_path / "f.db"
    lines = "\n".join(json.dumps({"text": article(k), "url": f"http://example.org/{k}"}) for k in range(2))
    result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--quiet"], input=lines + "\n")
    assert result.exit_code == 0, result.output
    assert {o for _, o, _ in snapshot(db)["documents"]} == {"<stdin>:1", "<stdin>:2"}


def test_unreachable_dask_scheduler_is_a_one_line_error(tmp_path):
    pytest.importorskip("distributed")
    root = write_good(tmp_path / "c", 1)
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "f.db"), "--quiet",
                                 "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output
