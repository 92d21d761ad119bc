"""`Store`: open (and migrate) a faultlines SQLite file, write facts idempotently, read them back."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..records import Facts
from . import validate, write
from .actor_mentions import rebuild as rebuild_actor_mentions
from .actor_relations import rebuild as rebuild_actor_relations
from .actor_years import rebuild as rebuild_actor_years
from .edges import rebuild as rebuild_edges
from .migrations import MIGRATIONS
from .pairs import rebuild as rebuild_pairs

# Migrations whose new tables are filled from the existing rows in Python (after their SQL has run).
FILLS = {"009_relation_pairs": rebuild_pairs, "012_actor_years": rebuild_actor_years, "014_edge_days": rebuild_edges,
         "017_actor_mentions": rebuild_actor_mentions, "019_actor_relations": rebuild_actor_relations}


class StoreError(Exception):
    """The store cannot be opened or written; the message is one line for the user."""


def _patiently(step: Callable[[], object], tries: int = 8) -> None:
    """Run a schema step, again after a pause when SQLite says the file is locked: SQLite answers some lock
    conflicts at once, without its busy timeout (switching a rollback-journal file to WAL while another
    process reads it, a read snapshot another opener's migration made stale)."""
    for attempt in range(tries):
        try:
            step()
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or attempt == tries - 1:
                raise
            time.sleep(0.05 * 2 ** attempt)


class Store:
    """A faultlines database. Plain SQLite (WAL): Datasette, `sqlite3` and DuckDB open it as it is."""

    def __init__(self, path: str | Path = "faultlines.db", *, readonly: bool = False, verify: bool = False) -> None:
        """Open (and, for writing, migrate) the store; `verify` also reads every page (`ingest`).

        Refused in one line (`StoreError`): not SQLite, empty (read-only) or truncated, corrupt, not writable,
        or written by a newer faultlines (see `validate`)."""
        self.path = Path(path)
        self.readonly = readonly
        if readonly and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `faultlines ingest` first)")
        validate.check_file(self.path, readonly=readonly)
        try:
            if readonly:
                self.conn = sqlite3.connect(validate.readonly_uri(self.path), uri=True, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout=10000")
            validate.check_schema(self.conn, self.path, [name for name, _ in MIGRATIONS], readonly=readonly)
            if verify:
                validate.quick_check(self.conn, self.path)
            if not readonly:
                _patiently(lambda: self.conn.execute("PRAGMA journal_mode=WAL"))
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.row_factory = sqlite3.Row
            if not readonly:
                _patiently(self.migrate)
        except sqlite3.DatabaseError as e:
            self._close_quietly()
            raise StoreError(f"{self.path}: {validate.describe(e)}") from None
        except StoreError:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()

    # -- schema -------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns their names."""
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL "
                  "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
        applied = []
        for name, sql in MIGRATIONS:
            if self._recorded(name):
                continue
            try:
                # The schema change, its fill and its record commit together; IMMEDIATE takes the write lock
                # (waiting out busy_timeout) before anything is read, so no opener works on a stale schema.
                with c:
                    c.executescript("BEGIN IMMEDIATE;" + sql + ";")
                    if name in FILLS:
                        FILLS[name](c)
                    c.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
            except (sqlite3.OperationalError, sqlite3.IntegrityError):
                if self._recorded(name):  # another process opening the same older store applied it meanwhile
                    continue
                raise
            applied.append(name)
        return applied

    def _recorded(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone() is not None

    def check(self, *, deep: bool = False) -> None:
        """Refuse (`StoreError`) a store whose tables cannot be read: their first and last rows (milliseconds on
        any size), and with `deep` every page (SQLite's quick_check, minutes on a large store)."""
        validate.probe_tables(self.conn, self.path)
        if deep:
            validate.quick_check(self.conn, self.path)

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY name")]

    # -- writing ------------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, facts: Facts) -> bool:
        """Store one document's facts in one transaction; False (and no change) if it is already stored."""
        try:
            with self.conn:
                return self._insert(facts)
        except sqlite3.OperationalError as e:
            raise StoreError(f"{self.path}: cannot write ({e})") from None

    def add_many(self, many: list[Facts]) -> int:
        """Store a batch in one transaction; returns how many were new."""
        try:
            with self.conn:
                return sum(self._insert(f) for f in many)
        except sqlite3.OperationalError as e:
            raise StoreError(f"{self.path}: cannot write ({e})") from None

    def _insert(self, f: Facts) -> bool:
        """Write one document's facts unless stored already; the columns come from the records (`write`)."""
        c = self.conn
        if self.has(f.document.id):
            return False
        write.insert(c, f)
        return True

    def add_reject(self, location: str, reason: str) -> None:
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO rejects(location, reason) VALUES (?, ?)", (location, reason))

    # -- reading ------------------------------------------------------------------------------
    def facts(self, doc_id: str) -> Facts | None:
        row = self.conn.execute("SELECT facts FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Facts.from_json(row[0]) if row else None

    def iter_facts(self) -> Iterator[Facts]:
        for row in self.conn.execute("SELECT facts FROM documents ORDER BY rowid"):
            yield Facts.from_json(row[0])

    def count(self, table: str) -> int:
        """Rows in one of the fact tables (documents, events, actors, ...)."""
        from .views import table_size

        return table_size(self.conn, table)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
