"""Several processes opening the same older store at once: each migration is applied once, none fails."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

from faultlines.store import Store
from faultlines.store.migrations import MIGRATIONS


def _open(path: str, go, out) -> None:
    go.wait()
    try:
        with Store(path) as s:
            out.put(("ok", s.migrations()))
    except Exception as exc:  # reported to the parent, which fails the test with it
        out.put(("error", repr(exc)))


def _old_store(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '')")
    for name, sql in MIGRATIONS[:7]:
        conn.executescript(sql)
        conn.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
    conn.commit()
    conn.close()


def test_concurrent_openers_of_an_older_store_all_succeed(tmp_path):
    path = tmp_path / "old.db"
    _old_store(path)
    ctx = mp.get_context("spawn")
    go, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_open, args=(str(path), go, out)) for _ in range(5)]
    for p in procs:
        p.start()
    go.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert [r[0] for r in results] == ["ok"] * 5, results
    names = [name for name, _ in MIGRATIONS]
    assert all(r[1] == names for r in results)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")] == names
    conn.close()
