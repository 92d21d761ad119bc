"""A real `kill -9` in the middle of `faultlines ingest --workers 2`, then a re-run: the store equals a clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest_corpus import write_bad, write_good
from tests.test_ingest import snapshot

N_DOCS = 40


def _stored(db: Path) -> int:
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            c.close()
    except sqlite3.Error:
        return 0


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.slow
def test_kill_9_then_rerun_equals_clean_run(tmp_path):
    corpus = write_good(tmp_path / "corpus", N_DOCS)
    bad = write_bad(tmp_path / "corpus" / "bad")
    bad["big"].unlink()  # keep this corpus quick to read
    cmd = [sys.executable, "-c", "from faultlines.cli import main; main()"]

    clean = tmp_path / "clean.db"
    first = _run([*cmd, "ingest", str(corpus), "--db", str(clean), "--workers", "2", "--batch-size", "2", "-q"])
    assert first.returncode == 3, first.stderr

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([*cmd, "ingest", str(corpus), "--db", str(killed), "--workers", "2",
                             "--batch-size", "2", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=_env(), start_new_session=True)
    deadline = time.monotonic() + 240
    while _stored(killed) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes, mid-run
    proc.wait()
    at_kill = _stored(killed)
    assert 0 < at_kill < N_DOCS + 4

    again = _run([*cmd, "ingest", str(corpus), "--db", str(killed), "--workers", "2", "--batch-size", "2", "-q"])
    assert again.returncode == 3, again.stderr
    assert snapshot(killed) == snapshot(clean)
    assert len(snapshot(clean)["documents"]) > N_DOCS
