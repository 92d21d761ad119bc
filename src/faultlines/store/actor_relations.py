"""Each actor's relations counted per other actor and type (`actor_relations`), kept by the write path.

An actor's page lists its relations out and in, most frequent first; counting them from the events was a `GROUP BY`
over every event of the actor (30,000 for the busiest on a 100,000-document store, about 12 ms each way). One row
per (source, target, type) of the events whose ends are both known: how many, and the sum of their signs.
"""

from __future__ import annotations

import sqlite3

from ..records import Facts
from .rows import dicts
from .views import RelationCount, relation_counts

_UPSERT = """
INSERT INTO actor_relations(source, target, type, n, sign) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(source, target, type) DO UPDATE SET n = n + excluded.n, sign = sign + excluded.sign
"""


def add_document(conn: sqlite3.Connection, f: Facts) -> None:
    """Fold one new document's events into the counts (the caller holds the write transaction)."""
    acc: dict[tuple[str, str, str], list[int]] = {}
    for e in f.events:
        if e.source is not None and e.target is not None:
            row = acc.setdefault((e.source, e.target, e.type), [0, 0])
            row[0] += 1
            row[1] += e.sign
    if acc:
        conn.executemany(_UPSERT, [(*k, n, sign) for k, (n, sign) in acc.items()])


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the counts from `events` (on upgrade); returns the rows."""
    conn.execute("DELETE FROM actor_relations")
    conn.execute("INSERT INTO actor_relations(source, target, type, n, sign) SELECT source, target, type, count(*), "
                 "sum(sign) FROM events WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY source, target, type")
    return int(conn.execute("SELECT count(*) FROM actor_relations").fetchone()[0])


def counts(conn: sqlite3.Connection, actor_id: str, *, outgoing: bool) -> list[RelationCount]:
    """Relations from (`outgoing`) or to the actor, per other actor and type, most first (200 at most): the same
    rows as `views.relation_counts`, read by key; counted from the events on a store that predates the table."""
    from .documents import has_table

    if not has_table(conn, "actor_relations"):
        return relation_counts(conn, actor_id, outgoing=outgoing)
    mine, other = ("source", "target") if outgoing else ("target", "source")
    return dicts(conn, f"SELECT {other} AS other, type, n, sign FROM actor_relations WHERE {mine} = ? "
                       "ORDER BY n DESC, other, type LIMIT 200", (actor_id,), as_=RelationCount)
