"""Per-pair relation aggregates (`relation_pairs`), kept up to date by the write path for new documents only.

One row per (source, target, type, polarity, voice kind) of the relations (events with two different ends):
how many events and documents, how many signed positive and negative (the PLOVER sign when the event has
none), the first and last day (the event's date, else its article's), and the newest evidence refs. A page
or a SQL user reads the shape of the network from here without touching every event row.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import PLOVER_SIGN, Facts

MAX_REFS = 20  # newest evidence refs ("doc_id/event_id") kept per pair
_KEY = ("source", "target", "type", "polarity", "voice_kind")

_UPSERT = f"""
INSERT INTO relation_pairs({", ".join(_KEY)}, events, documents, positive, negative, first, last, refs)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT({", ".join(_KEY)}) DO UPDATE SET
    events = events + excluded.events, documents = documents + excluded.documents,
    positive = positive + excluded.positive, negative = negative + excluded.negative,
    first = min(coalesce(first, excluded.first), coalesce(excluded.first, first)),
    last = max(coalesce(last, excluded.last), coalesce(excluded.last, last)),
    refs = (SELECT json_group_array(value) FROM (
        SELECT value FROM (SELECT 0 AS side, key, value FROM json_each(excluded.refs)
                           UNION ALL SELECT 1, key, value FROM json_each(relation_pairs.refs))
        ORDER BY side, key LIMIT {MAX_REFS}))
"""


@dataclass(frozen=True)
class PairRow:
    """One row of `relation_pairs`; `refs` are "doc_id/event_id", newest first."""

    source: str
    target: str
    type: str
    polarity: str
    voice_kind: str
    events: int
    documents: int
    positive: int
    negative: int
    first: str | None
    last: str | None
    refs: tuple[str, ...]


def effective_sign(etype: str, sign: int | None) -> int:
    """The event's own sign, else its type's PLOVER sign (as the analysis counts it)."""
    return sign if sign in (1, -1) else PLOVER_SIGN.get(etype, 0)


@dataclass
class _Sum:
    """One document's contribution to a pair, while it is counted."""

    events: int = 0
    positive: int = 0
    negative: int = 0
    first: str | None = None
    last: str | None = None
    refs: list[str] = field(default_factory=list)


EventCols = tuple[str, str, str | None, str | None, int | None, str, str, str | None]


def _document_rows(doc_id: str, published: str | None, events: Iterable[EventCols]) -> list[tuple[object, ...]]:
    """One document's upsert rows from its (event id, type, source, target, sign, polarity, voice kind, date)."""
    acc: dict[tuple[str, str, str, str, str], _Sum] = {}
    for event_id, etype, source, target, sign, polarity, voice_kind, date in events:
        if not source or not target or source == target:
            continue
        row = acc.setdefault((source, target, etype, polarity, voice_kind), _Sum())
        s = effective_sign(etype, sign)
        row.events += 1
        row.positive += s > 0
        row.negative += s < 0
        if day := date or published:
            row.first = day if row.first is None or day < row.first else row.first
            row.last = day if row.last is None or day > row.last else row.last
        row.refs.insert(0, f"{doc_id}/{event_id}")  # newest first
    return [(*k, v.events, 1, v.positive, v.negative, v.first, v.last, json.dumps(v.refs[:MAX_REFS]))
            for k, v in acc.items()]


def add_document(conn: sqlite3.Connection, f: Facts) -> None:
    """Fold one new document's relations into the aggregates (the caller holds the write transaction)."""
    rows = _document_rows(f.document.id, f.document.published,
                          ((e.id, e.type, e.source, e.target, e.sign, e.polarity, e.voice.kind, e.date)
                           for e in f.events))
    if rows:
        conn.executemany(_UPSERT, rows)


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the aggregates from every event (migration 009 on an existing store); returns the pairs."""
    conn.execute("DELETE FROM relation_pairs")
    cur = conn.execute("SELECT d.id, d.published, e.id, e.type, e.source, e.target, e.sign, e.polarity, "
                       "e.voice_kind, e.date FROM documents d JOIN events e ON e.doc_id = d.id "
                       "ORDER BY d.rowid, e.rowid")
    doc: str | None = None
    published: str | None = None
    batch: list[EventCols] = []
    for r in cur:
        if r[0] != doc:
            if doc is not None:
                _flush(conn, doc, published, batch)
            doc, published, batch = r[0], r[1], []
        batch.append(tuple(r[2:]))
    if doc is not None:
        _flush(conn, doc, published, batch)
    return int(conn.execute("SELECT count(*) FROM relation_pairs").fetchone()[0])


def _flush(conn: sqlite3.Connection, doc: str, published: str | None,
           batch: list[EventCols]) -> None:
    rows = _document_rows(doc, published, batch)
    if rows:
        conn.executemany(_UPSERT, rows)


def pair_rows(conn: sqlite3.Connection, *, actor: str | None = None) -> list[PairRow]:
    """Every aggregate (or those with `actor` at either end), most events first."""
    from .db import StoreError
    from .documents import has_table

    if not has_table(conn, "relation_pairs"):
        raise StoreError("the store predates relation_pairs (migration 009); open it once for writing "
                         "(`faultlines ingest` into it) to add them")
    sql = ("SELECT source, target, type, polarity, voice_kind, events, documents, positive, negative, first, "
           "last, refs FROM relation_pairs")
    args: tuple[str, ...] = ()
    if actor is not None:
        sql += " WHERE source = ? UNION ALL " + sql + " WHERE target = ? AND source != ?"
        args = (actor, actor, actor)
    rows = [PairRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], tuple(json.loads(r[11])))
            for r in conn.execute(sql, args)]
    rows.sort(key=lambda p: (-p.events, p.source, p.target, p.type, p.polarity, p.voice_kind))
    return rows
