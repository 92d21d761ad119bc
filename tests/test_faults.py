"""Faults around the store and the file system: full disk, read-only store, unreadable directories."""

from __future__ import annotations

import os
import sqlite3

import pytest

from faultlines.read import ReadError, read_one
from faultlines.records import Document, Facts
from faultlines.store import Store, StoreError


def _doc(i: int) -> Facts:
    text = f"Document number {i}. " + "The army shelled the town. " * 200
    return Facts(document=Document(id=f"d{i}", text=text))


def test_full_disk_gives_clear_error_and_store_stays_valid(tmp_path):
    path = tmp_path / "f.db"
    s = Store(path)
    s.add(_doc(0))
    pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
    s.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # the disk is now (nearly) full
    with pytest.raises(StoreError, match="full"):
        for i in range(1, 50):
            s.add(_doc(i))
    s.close()
    with Store(path) as again:
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in again.conn.execute("SELECT id FROM documents")]
        assert "d0" in ids
        for doc_id in ids:  # whatever was stored is whole: no half-written document
            assert again.facts(doc_id) is not None


def test_read_only_store_refuses_writes_clearly(tmp_path):
    path = tmp_path / "f.db"
    Store(path).close()
    with Store(path, readonly=True) as s, pytest.raises(StoreError, match="cannot write"):
        s.add(_doc(1))
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", readonly=True)


def test_not_a_database_is_one_line_error(tmp_path):
    path = tmp_path / "f.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)


def _as_nobody(fn) -> int:
    """Run fn in a forked child with the uid of `nobody` (root ignores file permissions); return its exit code."""
    pid = os.fork()
    if pid == 0:  # child
        code = 1
        try:
            os.setgid(65534)
            os.setuid(65534)
            code = fn()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.parametrize("depth", [0, 1])
def test_directory_without_permission(tmp_path, depth):
    """A locked directory, and a path inside one (stat itself is refused), give 'permission denied'."""
    top = tmp_path / "locked"
    top.mkdir()
    (top / "a.txt").write_text("Hidden story.\nText.")
    d = top if depth == 0 else top / "a.txt"
    top.chmod(0o000)
    for parent in tmp_path.parents:  # pytest's base temp dir is private to root
        if str(parent).startswith("/tmp/") and parent.stat().st_uid == os.geteuid():
            parent.chmod(0o755)
    tmp_path.chmod(0o755)

    def attempt() -> int:
        try:
            read_one(str(d))
        except ReadError as e:
            return 0 if "permission denied" in str(e) else 2
        return 3

    try:
        code = _as_nobody(attempt) if os.geteuid() == 0 else attempt()
    finally:
        top.chmod(0o755)
    assert code == 0


def test_sqlite_file_opens_with_plain_sqlite(tmp_path, article_facts):
    with Store(tmp_path / "f.db") as s:
        s.add(article_facts)
    conn = sqlite3.connect(tmp_path / "f.db")
    n = conn.execute("SELECT count(*) FROM events WHERE doc_id = ?", (article_facts.document.id,)).fetchone()[0]
    assert n == len(article_facts.events)
