"""Checks made when a store is opened: fail early, in one line, on a file that is not a usable store.

A file that is not SQLite, an empty or truncated file, a corrupt page, a store in a read-only directory,
or a store written by a newer faultlines: each is refused with a message that names the problem, as the
sqlite3 shell does, instead of failing later in the middle of a command.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

HEADER = b"SQLite format 3\x00"


def check_file(path: Path, *, readonly: bool) -> None:
    """Refuse an existing file that is not a whole SQLite database (header and size); `StoreError` if not."""
    from .db import StoreError

    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database")
    size = path.stat().st_size
    if size == 0:
        if readonly:
            raise StoreError(f"{path}: empty file, not a faultlines store (run `faultlines ingest` first)")
        return  # SQLite (and the sqlite3 shell) start a new database in an empty file
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as e:
        raise StoreError(f"{path}: cannot read ({e.strerror or e})") from None
    if len(head) < 100 or not head.startswith(HEADER):
        raise StoreError(f"{path}: not a SQLite database")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]  # the in-header page count is trusted only then (SQLite's rule)
    wal = Path(f"{path}-wal")
    wal_busy = wal.exists() and wal.stat().st_size > 0  # pages may still live in the WAL
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError(f"{path}: corrupt database header (page size {page_size})")
    if not wal_busy and (size % page_size or (header_valid and size < pages * page_size)):
        raise StoreError(f"{path}: truncated database ({size:,} bytes of {pages * page_size:,}); "
                         "restore it from a copy")


def readonly_uri(path: Path) -> str:
    """The URI that opens the store read-only; `immutable` when its directory cannot hold the WAL index.

    A WAL database needs a `-shm` file beside it even to be read; in a read-only directory without one,
    SQLite can read it only as immutable, which is safe when no WAL with unmerged changes exists.
    """
    from urllib.parse import quote

    from .db import StoreError

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    directory = path.resolve().parent
    shm, wal = Path(f"{path}-shm"), Path(f"{path}-wal")
    if not os.access(directory, os.W_OK) and not shm.exists():
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(f"{path}: read-only directory and the store has unmerged changes in {wal.name}; "
                             "copy the store and its -wal file somewhere writable")
        uri += "&immutable=1"
    return uri


def _version(name: str) -> int:
    m = re.match(r"(\d+)", name)
    return int(m.group(1)) if m else 0


def check_schema(conn: sqlite3.Connection, path: Path, known: list[str], *, readonly: bool) -> None:
    """Refuse a file that SQLite cannot read, that is not a faultlines store, or that a newer faultlines wrote."""
    from .db import StoreError

    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: {describe(e)}") from None
    if not tables and not readonly:
        return  # a new store: the migrations create it
    if "_migrations" not in tables or "documents" not in tables:
        raise StoreError(f"{path}: a SQLite database, but not a faultlines store (no documents table)")
    try:
        done = [r[0] for r in conn.execute("SELECT name FROM _migrations")]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: {describe(e)}") from None
    unknown = sorted(set(done) - set(known), key=_version)
    if unknown:
        newest, ours = unknown[-1], known[-1]
        raise StoreError(f"{path}: store schema version {_version(newest)} ({newest}) is newer than this faultlines "
                         f"knows (version {_version(ours)}, {ours}); upgrade faultlines to use it")


def probe_tables(conn: sqlite3.Connection, path: Path, tables: tuple[str, ...] = (
        "documents", "events", "actors", "mentions", "quotes", "places", "tensions")) -> None:
    """Read each fact table's first and last row (a few pages, whatever the store's size): a damaged root page
    or schema is refused at start; a page deep inside a table is found only by `quick_check` (`serve --check`)."""
    from .db import StoreError

    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    try:
        for table in tables:
            if table in present:
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT 1").fetchall()
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1").fetchall()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: {describe(e)}") from None


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's `PRAGMA quick_check` (every page read once): corrupt pages are found before a long run."""
    from .db import StoreError

    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: {describe(e)}") from None
    if rows != ["ok"]:
        raise StoreError(f"{path}: corrupt database ({'; '.join(rows)[:200]}); restore it from a copy")


def describe(e: sqlite3.DatabaseError) -> str:
    """A user's words for SQLite's errors on a damaged or foreign file."""
    msg = str(e)
    if "file is not a database" in msg:
        return "not a SQLite database (or an encrypted one)"
    if "malformed" in msg or "corrupt" in msg:
        return f"corrupt database ({msg}); restore it from a copy"
    if "readonly" in msg or "read-only" in msg:
        return "cannot write here (read-only file or directory); use a --db in a writable place"
    if "unable to open" in msg:
        return "cannot open the database file (missing directory or no permission)"
    return f"cannot use database ({msg})"
