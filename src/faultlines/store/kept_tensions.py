"""The store's tensions kept in a table (`kept_tensions`, migration 013): written by the writer after a run,
read by the explorer by key (a page of a kind, one tension by id) instead of recomputed in its process.

`kept_state` stamps what was kept with the store's generation (the last document rowid) it was computed from
and how long it took; `None` means the table was never filled (a store upgraded but not yet finished).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TypedDict

from .views import generation

NAME = "tensions"


class KeptTension(TypedDict):
    """One kept tension as the pages use it: events are the first refs (doc_id, event_id), `events_total` all."""

    rank: int
    id: str
    kind: str
    strength: float
    summary: str
    actors: list[str]
    events: list[list[str]]
    events_total: int


class KeptState(TypedDict):
    generation: int
    seconds: float
    made: str


_COLUMNS = "rank, id, kind, strength, summary, actors, events, events_total"


def replace_all(conn: sqlite3.Connection, rows: Iterable[KeptTension], *, gen: int | None = None,
                seconds: float = 0.0) -> int:
    """Replace the kept tensions with `rows` (ranked 1..n) in one transaction, stamped with `gen`; how many."""
    stamp = generation(conn) if gen is None else gen
    n = 0

    def values() -> Iterator[tuple[object, ...]]:
        nonlocal n
        for r in rows:
            n += 1
            yield (r["rank"], r["id"], r["kind"], r["strength"], r["summary"],
                   json.dumps(r["actors"], ensure_ascii=False, separators=(",", ":")),
                   json.dumps(r["events"], ensure_ascii=False, separators=(",", ":")), r["events_total"])
    with conn:
        conn.execute("DELETE FROM kept_tensions")
        conn.executemany(f"INSERT INTO kept_tensions({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values())
        conn.execute("INSERT INTO kept_state(name, generation, seconds, made) VALUES (?, ?, ?, "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(name) DO UPDATE SET "
                     "generation = excluded.generation, seconds = excluded.seconds, made = excluded.made",
                     (NAME, stamp, round(seconds, 3)))
    return n


def state(conn: sqlite3.Connection) -> KeptState | None:
    """When the kept tensions were computed (the store's generation then), or None: never, or no such table."""
    try:
        row = conn.execute("SELECT generation, seconds, made FROM kept_state WHERE name = ?", (NAME,)).fetchone()
    except sqlite3.OperationalError:  # a read-only store not yet migrated
        return None
    return None if row is None else {"generation": int(row[0]), "seconds": float(row[1]), "made": str(row[2])}


def _row(r: tuple[object, ...]) -> KeptTension:
    rank, tid, kind, strength, summary, actors, events, total = r
    return {"rank": int(str(rank)), "id": str(tid), "kind": str(kind), "strength": float(str(strength)),
            "summary": str(summary), "actors": json.loads(str(actors)), "events": json.loads(str(events)),
            "events_total": int(str(total))}


def page(conn: sqlite3.Connection, kind: str | None = None, *, offset: int = 0, limit: int = 100) -> list[KeptTension]:
    """Tensions in rank order (of one kind, or all), `limit` of them after skipping `offset` (index `kind, rank`)."""
    if kind is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM kept_tensions WHERE rank > ? ORDER BY rank LIMIT ?",
                            (offset, limit)).fetchall()  # ranks are 1..n: the offset is a key
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM kept_tensions WHERE kind = ? ORDER BY rank LIMIT ? OFFSET ?",
                            (kind, limit, offset)).fetchall()
    return [_row(r) for r in rows]


def by_id(conn: sqlite3.Connection, tension_id: str) -> KeptTension | None:
    """One kept tension by its id (unique)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM kept_tensions WHERE id = ?", (tension_id,)).fetchone()
    return None if row is None else _row(row)


def kind_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many tensions are kept of each kind (covering index `kind, rank`)."""
    return {str(k): int(n) for k, n in conn.execute("SELECT kind, count(*) FROM kept_tensions GROUP BY kind")}


def stamp(conn: sqlite3.Connection) -> tuple[int, str]:
    """The store's state for caches: its last document rowid, and when its tensions were last kept (a `finish`
    rewrites them, and the clusters, without adding a document)."""
    try:
        row = conn.execute("SELECT (SELECT max(rowid) FROM documents), (SELECT made || ' ' || seconds FROM kept_state "
                           "WHERE name = ?)", (NAME,)).fetchone()
    except sqlite3.OperationalError:  # a read-only store not yet migrated
        return generation(conn), ""
    return int(row[0] or 0), str(row[1] or "")
