"""How often, and in how many documents, each actor is named (`actor_mentions`), kept by the write path.

An actor's page reads its two numbers by key instead of counting its rows of `mentions` (tens of thousands for a
busy actor on a large store).
"""

from __future__ import annotations

import sqlite3

from ..records import Facts

_UPSERT = """
INSERT INTO actor_mentions(actor, mentions, documents) VALUES (?, ?, ?)
ON CONFLICT(actor) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
"""


def add_document(conn: sqlite3.Connection, f: Facts) -> None:
    """Fold one new document's actor mentions into the counts (the caller holds the write transaction)."""
    acc: dict[str, int] = {}
    for a in f.actors:
        if a.mentions:
            acc[a.id] = acc.get(a.id, 0) + len(a.mentions)
    if acc:
        conn.executemany(_UPSERT, [(a, n, 1) for a, n in acc.items()])


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the counts from `mentions` (on upgrade); returns the rows."""
    conn.execute("DELETE FROM actor_mentions")
    conn.execute("INSERT INTO actor_mentions(actor, mentions, documents) SELECT actor_id, count(*), "
                 "count(DISTINCT doc_id) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id")
    return int(conn.execute("SELECT count(*) FROM actor_mentions").fetchone()[0])


def counts(conn: sqlite3.Connection, actor: str) -> dict[str, int] | None:
    """`mentions` and `documents` of the actor; None on a store that predates the table (not migrated)."""
    from .documents import has_table

    if not has_table(conn, "actor_mentions"):
        return None
    row = conn.execute("SELECT mentions, documents FROM actor_mentions WHERE actor = ?", (actor,)).fetchone()
    return {"mentions": row[0], "documents": row[1]} if row else {"mentions": 0, "documents": 0}
