"""Per-actor, per-year event counts (`actor_years`), kept by the write path: an actor's timeline by key.

An event counts once for each actor at either end (once when both ends are the actor), in the year its
date starts (loose dates such as "2014-2018" at their start; no date: its article's), split by its sign.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..records import Facts
from ..values.dates import event_span

_UPSERT = """
INSERT INTO actor_years(actor, year, events, positive, negative) VALUES (?, ?, ?, ?, ?)
ON CONFLICT(actor, year) DO UPDATE SET events = events + excluded.events,
    positive = positive + excluded.positive, negative = negative + excluded.negative
"""

# (source, target, sign, event date, article date)
EventCols = tuple[str | None, str | None, int, str | None, str | None]
Key = tuple[str, str]


def year_of(date: str | None, published: str | None) -> str | None:
    """The year an event counts in on a timeline (the one `event_span` starts in), or None."""
    span = event_span(date, published)
    lo = span.lo or span.hi
    return lo[:4] if lo else None


def _fold(acc: dict[Key, list[int]], events: Iterable[EventCols], years: dict[Key, str | None]) -> None:
    for source, target, sign, date, published in events:
        actors = {a for a in (source, target) if a}
        if not actors:
            continue
        k = (date or "", published or "")
        if k not in years:
            years[k] = year_of(date, published)
        year = years[k]
        if year is None:
            continue
        for a in actors:
            row = acc.setdefault((a, year), [0, 0, 0])
            row[0] += 1
            row[1] += sign > 0
            row[2] += sign < 0


def _write(conn: sqlite3.Connection, acc: dict[Key, list[int]]) -> None:
    if acc:
        conn.executemany(_UPSERT, [(a, y, *v) for (a, y), v in acc.items()])


def add_document(conn: sqlite3.Connection, f: Facts) -> None:
    """Fold one new document's events into the counts (the caller holds the write transaction)."""
    acc: dict[Key, list[int]] = {}
    p = f.document.published
    _fold(acc, ((e.source, e.target, e.sign, e.date, p) for e in f.events), {})
    _write(conn, acc)


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the counts from every event (on upgrade); returns the rows."""
    conn.execute("DELETE FROM actor_years")
    acc: dict[Key, list[int]] = {}
    cur = conn.execute("SELECT e.source, e.target, e.sign, e.date, d.published FROM events e "
                       "JOIN documents d ON d.id = e.doc_id WHERE e.source IS NOT NULL OR e.target IS NOT NULL")
    _fold(acc, cur, {})
    _write(conn, acc)
    return len(acc)


def timeline(conn: sqlite3.Connection, actor: str) -> list[dict[str, int | str]] | None:
    """The actor's events per year, oldest first (`year`, `n`, `positive`, `negative`); None on a store that
    predates the table (read-only and not migrated: the caller counts from the events)."""
    from .documents import has_table

    if not has_table(conn, "actor_years"):
        return None
    return [{"year": r[0], "n": r[1], "positive": r[2], "negative": r[3]} for r in conn.execute(
        "SELECT year, events, positive, negative FROM actor_years WHERE actor = ? ORDER BY year", (actor,))]
