"""Red-team reproducers (issue 18, bad stores): each is refused in one line with a non-zero exit, by every
command, and `serve` refuses it at start instead of answering 500 later."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.records import Document, Facts
from faultlines.store import Store, StoreError

runner = CliRunner()
CLI = [sys.executable, "-c", "from faultlines.cli import main; main()"]
COMMANDS = [["tensions"], ["network", "--format", "json"], ["actors"], ["events"], ["export"]]


def _good(path: Path, n: int = 40) -> Path:
    with Store(path) as s:
        for i in range(n):
            text = f"Report {i}. " + "Government forces shelled the rebel-held town overnight, officials said. " * 30
            s.add(Facts(document=Document(id=f"d{i}", text=text)))
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _bad(tmp: Path, kind: str) -> Path:
    path = tmp / f"{kind}.db"
    if kind == "not-sqlite":
        path.write_bytes(b"id,title\n1,not a database\n" * 200)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        data = _good(tmp / "src.db").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "corrupt-page":
        _garble(_good(path), "sqlite_master")
    elif kind == "future":
        _good(path)
        with sqlite3.connect(path) as conn:
            conn.execute("INSERT INTO _migrations(name) VALUES ('099_from_the_future')")
    elif kind == "not-faultlines":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (x)")
    if kind in ("future", "not-faultlines"):
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return path


def _garble(path: Path, table: str) -> Path:
    """Overwrite the body of a table's root page (page 1 for the schema itself) with noise."""
    conn = sqlite3.connect(path)
    root = 1 if table == "sqlite_master" else conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * size + (100 if root == 1 else 0))
        fh.write(b"\x0d\xff" * ((size - 100) // 2))
    return path


KINDS = ["not-sqlite", "empty", "truncated", "corrupt-page", "future", "not-faultlines"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_reading_command_refuses_a_bad_store_in_one_line(tmp_path, kind):
    db = _bad(tmp_path, kind)
    for cmd in [*COMMANDS, ["report", "--html", str(tmp_path / "r.html")]]:
        r = runner.invoke(app, [*cmd, "--db", str(db)])
        assert r.exit_code == 1, (kind, cmd, r.output)
        assert r.exception is None or isinstance(r.exception, SystemExit), (kind, cmd, repr(r.exception))
        err = r.stderr.strip()
        assert err.startswith("error:") and len(err.splitlines()) == 1, (kind, cmd, err)
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("kind", ["not-sqlite", "truncated", "corrupt-page", "future", "not-faultlines"])
def test_writing_commands_refuse_a_bad_store(tmp_path, kind):
    db = _bad(tmp_path, kind)
    before = db.read_bytes()
    doc = tmp_path / "a.txt"
    doc.write_text("Government forces shelled the rebel-held town overnight, officials said.")
    for cmd in (["read", str(doc), "--format", "json"], ["ingest", str(doc), "-q"]):
        r = runner.invoke(app, [*cmd, "--db", str(db)])
        assert r.exit_code == 1 and r.stdout == "", (kind, cmd, r.output)
        err = r.stderr.strip()
        assert err.startswith("error:") and len(err.splitlines()) == 1, (kind, cmd, err)
    assert db.read_bytes() == before  # nothing was written to it


@pytest.mark.parametrize("cmd", COMMANDS)
def test_a_corrupt_table_page_met_mid_command_is_one_line(tmp_path, cmd):
    db = _good(tmp_path / "s.db")
    runner.invoke(app, ["ingest", "-", "-q", "--db", str(db)], input="Rebels shelled the airport in Tripoli.\n")
    for table in ("documents", "events", "actors", "tensions"):
        _garble(db, table)
    r = runner.invoke(app, [*cmd, "--db", str(db)])
    assert r.exit_code == 1, (cmd, r.output)
    err = r.stderr.strip()
    assert err.startswith("error:") and "corrupt" in err and len(err.splitlines()) == 1, (cmd, err)


def test_newer_schema_message_names_both_versions(tmp_path):
    db = _bad(tmp_path, "future")
    with pytest.raises(StoreError, match=r"version 99 \(099_from_the_future\) is newer .*version \d+"):
        Store(db)
    with pytest.raises(StoreError, match="newer"):
        Store(db, readonly=True)


def test_an_empty_file_becomes_a_new_store_for_writing(tmp_path):
    db = _bad(tmp_path, "empty")
    with Store(db) as s:
        assert s.count("documents") == 0


def test_corrupt_page_deep_in_a_table_is_found_by_verify(tmp_path):
    db = _garble(_good(tmp_path / "s.db"), "events")
    Store(db, readonly=True).close()  # a cheap open does not read every page ...
    with pytest.raises(StoreError, match="corrupt"):
        Store(db, readonly=True, verify=True)  # ... `serve` and `ingest` do


@pytest.mark.parametrize("kind", ["not-sqlite", "truncated", "corrupt-page", "future"])
def test_serve_refuses_a_bad_store_at_start(tmp_path, kind):
    db = _bad(tmp_path, kind)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.run([*CLI, "serve", "--db", str(db), "--port", str(port)], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 1, p.stdout + p.stderr
    assert p.stderr.startswith("error:") and len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert "explorer on" not in p.stdout


def _as_nobody(fn) -> int:
    """Run fn in a forked child as `nobody` when root (root ignores permissions); return its exit code."""
    pid = os.fork()
    if pid == 0:  # child
        code = 99
        try:
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            code = fn()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_store_in_a_read_only_directory(tmp_path):
    top = Path(tempfile.mkdtemp(prefix="fl-ro-"))
    try:
        top.chmod(0o755)
        d = top / "ro"
        d.mkdir()
        shutil.copy(_good(tmp_path / "s.db"), d / "s.db")
        d.chmod(0o555)

        def read() -> int:  # readable as it is (immutable: no WAL to merge)
            with Store(d / "s.db", readonly=True) as s:
                return 0 if s.count("documents") == 40 else 2

        def write() -> int:
            try:
                Store(d / "s.db")
            except StoreError as e:
                return 0 if "cannot write here" in str(e) and "\n" not in str(e) else 3
            return 4

        def cli_read() -> int:
            r = runner.invoke(app, ["actors", "--db", str(d / "s.db"), "--format", "json"])
            return 0 if r.exit_code == 0 else 5

        assert _as_nobody(read) == 0
        assert _as_nobody(write) == 0
        assert _as_nobody(cli_read) == 0
        assert sorted(os.listdir(d)) == ["s.db"]
    finally:
        for p in (top / "ro", top):
            if p.exists():
                p.chmod(0o755)
        shutil.rmtree(top)


def test_a_concurrent_ingest_leaves_no_document_unaccounted(tmp_path):
    """Another run stores a document between this run's check and its write: it counts as already there."""
    from faultlines.read import document_from_text
    from faultlines.run import Ingest, WorkerConfig
    from faultlines.run.executors import InProcess

    db = tmp_path / "s.db"
    texts = [f"Rebels shelled the airport in Tripoli on day {i}, officials said." for i in range(4)]

    class RacedByAnotherRun(InProcess):
        def result(self, future):
            outcomes = future.result()
            with Store(db) as other:  # the other process wins the race for the first document
                other.add(outcomes[0].facts)
            return outcomes

    docs = [document_from_text(t, guess_title=False) for t in texts]
    with Store(db) as store:
        summary = Ingest(store, RacedByAnotherRun(WorkerConfig()), batch_size=8).run(docs)
        assert store.count("documents") == 4
    assert summary.read == 4 and summary.stored == 3 and summary.duplicates == 1
    assert summary.read == summary.stored + summary.duplicates + summary.n_rejected


@pytest.mark.parametrize("cmd", [["network", "--format", "png"], ["network", "--format", "graphml"],
                                 ["export", "--format", "csv"]])
def test_an_output_path_in_a_missing_directory_is_one_line(tmp_path, cmd):
    db = _good(tmp_path / "s.db", n=2)
    r = runner.invoke(app, [*cmd, "--db", str(db), "-o", str(tmp_path / "missing" / "out")])
    assert r.exit_code == 1, r.output
    err = r.stderr.strip()
    assert err.startswith("error:") and "No such file or directory" in err and len(err.splitlines()) == 1, err


def test_store_check_reads_the_ends_of_each_table_and_deep_reads_every_page(tmp_path):
    db = _garble(_good(tmp_path / "s.db", n=400), "events")
    with Store(db, readonly=True) as s:
        with pytest.raises(StoreError, match="corrupt"):
            s.check()  # the events table's root page is read by the cheap check
    good = _good(tmp_path / "g.db")
    with Store(good, readonly=True) as s:
        s.check()
        s.check(deep=True)


def test_serve_check_reads_every_page_and_plain_serve_does_not(tmp_path):
    db = _good(tmp_path / "s.db", n=400)
    conn = sqlite3.connect(db)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'documents' AND pagetype = 'leaf'")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db.open("r+b") as fh:  # a leaf in the middle of the documents table: no first or last row is on it
        fh.seek((pages[len(pages) // 2] - 1) * size)
        fh.write(b"\x0d\xff" * (size // 2))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.run([*CLI, "serve", "--check", "--db", str(db), "--port", str(port)], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 1 and "corrupt" in p.stderr and "explorer on" not in p.stdout, p.stdout + p.stderr
    proc = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert "explorer on" in proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
