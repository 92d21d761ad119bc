"""Documents in store order with the story they are evidence for (for exports), and place countries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import Facts


@dataclass(frozen=True)
class StoredDocument:
    """A stored article, the id of the story it is a copy of (itself unless syndicated), and its facts."""

    id: str
    evidence_id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    origin: str | None
    ingested_at: str | None
    facts_json: str

    def facts(self) -> Facts:
        return Facts.from_json(self.facts_json)


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """True when the store has this table or view (an old store may lack later ones)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def iter_documents(conn: sqlite3.Connection, *, include_copies: bool = False) -> Iterator[StoredDocument]:
    """Documents in store order; syndicated copies (a `clusters.dup_of` other than themselves) left out unless
    `include_copies`."""
    from .relations import evidence_id

    evidence, join = evidence_id(conn)
    where = "" if include_copies else f"WHERE {evidence} = d.id"
    sql = (f"SELECT d.id, {evidence} AS evidence_id, d.title, d.published, d.source AS outlet, d.url, d.origin, "
           f"d.ingested_at, d.facts FROM documents d {join} {where} ORDER BY d.rowid")
    for r in conn.execute(sql):
        yield StoredDocument(*r)


def place_countries(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Place id -> its ISO2 country code."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, country FROM places")}
