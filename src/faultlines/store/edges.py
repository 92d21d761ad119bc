"""Network edge aggregates (`edge_days`), kept by the write path, so that a network is a GROUP BY, not a pass.

A row counts one key (source, target, type, polarity, voice kind) on one *span* (an event's time, `edge_spans`):
its (story, voice) pairs (`said`, the analysis' edge weight), documents, events, signs, first and last day, and
its first relation in store order with that relation's sign. Span 0 holds the whole time of the key, and voice
kind "*" every voice kind together: the unfiltered network reads only (0, "*") rows and equals the analysis'.
Under a date window the rows of the spans in it are summed, so an edge then counts its (story, voice) pairs per
day of the window. Copies of one wire story are counted once through `edge_copies`, corrections rewritten with
the clusters (`recount_copies`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..records import Facts
from ..values.dates import Span, event_span
from .documents import has_table
from .pairs import effective_sign

ALL = "*"  # the voice kind of the rows that count every voice kind together
WHOLE = 0  # the span of the rows that count the whole time of a key
_KEY = ("span", "voice_kind", "source", "target", "type", "polarity")
_UPSERT = f"""
INSERT INTO edge_days({", ".join(_KEY)}, said, docs, events, positive, negative, first, last, first_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT({", ".join(_KEY)}) DO UPDATE SET
    said = said + excluded.said, docs = docs + excluded.docs, events = events + excluded.events,
    positive = positive + excluded.positive, negative = negative + excluded.negative,
    first = min(coalesce(first, excluded.first), coalesce(excluded.first, first)),
    last = max(coalesce(last, excluded.last), coalesce(excluded.last, last)),
    first_key = min(first_key, excluded.first_key)
"""
Key = tuple[int, str, str, str, str, str]
# (event id, type, source, target, sign, polarity, voice kind, voice name, date)
EventCols = tuple[str, str, str | None, str | None, int | None, str, str, str | None, str | None]


def first_key(seq: int, sign: int) -> int:
    """A relation's place in store order and its sign in one integer: the smallest is the first, sign and all."""
    return seq * 4 + sign + 1


def sign_of(key: int) -> int:
    return key % 4 - 1


@dataclass
class _Sum:
    voices: set[tuple[str, str]] = field(default_factory=set)
    events: int = 0
    positive: int = 0
    negative: int = 0
    first: str | None = None
    last: str | None = None
    first_key: int = 0


class Spans:
    """The `edge_spans` table: one id per distinct (lo, hi) of an event's time ('' for an open end)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids: dict[tuple[str, str], int] = {}  # looked up by key as needed (a document has a few)

    def id(self, span: Span) -> int:
        k = (span.lo or "", span.hi or "")
        if k not in self.ids:
            row = self.conn.execute("SELECT id FROM edge_spans WHERE lo = ? AND hi = ?", k).fetchone()
            self.ids[k] = int(row[0]) if row else int(self.conn.execute(
                "INSERT INTO edge_spans(lo, hi) VALUES (?, ?)", k).lastrowid or 0)
        return self.ids[k]


def _document_sums(doc_rowid: int, published: str | None, events: Iterable[EventCols],
                   spans: Spans) -> dict[Key, _Sum]:
    acc: dict[Key, _Sum] = {}
    for i, (_, etype, source, target, sign, polarity, voice_kind, voice_name, date) in enumerate(events):
        if not source or not target or source == target:
            continue
        span = event_span(date, published)
        s = effective_sign(etype, sign)
        fk = first_key(doc_rowid * 65536 + i, s)
        day_lo, day_hi = span.lo or span.hi, span.hi or span.lo
        for sid in (WHOLE, spans.id(span)):
            for vk in (ALL, voice_kind):
                row = acc.get((sid, vk, source, target, etype, polarity))
                if row is None:
                    row = acc[(sid, vk, source, target, etype, polarity)] = _Sum(first_key=fk)
                row.voices.add((voice_kind, voice_name or ""))
                row.events += 1
                row.positive += s > 0
                row.negative += s < 0
                if day_lo and (row.first is None or day_lo < row.first):
                    row.first = day_lo
                if day_hi and (row.last is None or day_hi > row.last):
                    row.last = day_hi
    return acc


def _write(conn: sqlite3.Connection, acc: dict[Key, _Sum]) -> None:
    if acc:
        conn.executemany(_UPSERT, [(*k, len(v.voices), 1, v.events, v.positive, v.negative, v.first, v.last,
                                    v.first_key) for k, v in acc.items()])


def add_document(conn: sqlite3.Connection, f: Facts) -> None:
    """Fold one new document's relations into the aggregates (after its row is written, in its transaction)."""
    if not any(e.source and e.target and e.source != e.target for e in f.events):
        return
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (f.document.id,)).fetchone()
    events = ((e.id, e.type, e.source, e.target, e.sign, e.polarity, e.voice.kind, e.voice.name, e.date)
              for e in f.events)
    _write(conn, _document_sums(int(row[0]), f.document.published, events, Spans(conn)))


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute the aggregates from every event (the migration on an existing store); returns the rows."""
    conn.execute("DELETE FROM edge_days")
    spans = Spans(conn)
    cur = conn.execute("SELECT d.rowid, d.published, e.id, e.type, e.source, e.target, e.sign, e.polarity, "
                       "e.voice_kind, e.voice_name, e.date FROM documents d JOIN events e ON e.doc_id = d.id "
                       "ORDER BY d.rowid, e.rowid")
    doc: int | None = None
    published: str | None = None
    batch: list[EventCols] = []
    for r in cur:
        if r[0] != doc:
            if doc is not None:
                _write(conn, _document_sums(doc, published, batch, spans))
            doc, published, batch = r[0], r[1], []
        batch.append(tuple(r[2:]))
    if doc is not None:
        _write(conn, _document_sums(doc, published, batch, spans))
    recount_copies(conn)
    return int(conn.execute("SELECT count(*) FROM edge_days").fetchone()[0])


def recount_copies(conn: sqlite3.Connection) -> None:
    """Rewrite `edge_copies`: per key, what counting each wire story once takes off the per-document sums
    (the caller holds the transaction that rewrote `clusters`)."""
    conn.execute("DELETE FROM edge_copies")
    cur = conn.execute("SELECT c.dup_of, d.rowid, d.published, e.id, e.type, e.source, e.target, e.sign, "
                       "e.polarity, e.voice_kind, e.voice_name, e.date FROM clusters c "
                       "JOIN documents d ON d.id = c.doc_id JOIN events e ON e.doc_id = d.id "
                       "ORDER BY c.dup_of, d.rowid, e.rowid")
    spans = Spans(conn)
    by_doc: dict[int, tuple[str, str | None, list[EventCols]]] = {}
    for r in cur:
        by_doc.setdefault(r[1], (r[0], r[2], []))[2].append(tuple(r[3:]))
    per_story: dict[str, list[dict[Key, _Sum]]] = defaultdict(list)
    for rowid, (story, published, events) in by_doc.items():
        per_story[story].append(_document_sums(rowid, published, events, spans))
    delta: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    for docs in per_story.values():
        union: dict[Key, set[tuple[str, str]]] = defaultdict(set)
        for acc in docs:
            for k, v in acc.items():
                union[k] |= v.voices
                delta[k][0] -= len(v.voices)
                delta[k][1] -= 1
        for k, voices in union.items():
            delta[k][0] += len(voices)
            delta[k][1] += 1
    conn.executemany(f"INSERT INTO edge_copies({', '.join(_KEY)}, said, docs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*k, s, d) for k, (s, d) in delta.items() if s or d])


class EdgeSum(NamedTuple):
    """One (source, target, type, polarity) summed over the rows a set of filters keeps (a tuple: there are
    tens of thousands a network)."""

    source: str
    target: str
    type: str
    polarity: str
    said: int
    docs: int
    first: str | None
    last: str | None
    first_key: int | None


def has_edges(conn: sqlite3.Connection, *, by_target: bool = False) -> bool:
    """Whether the store keeps edge aggregates (migration 014), and (`by_target`) their index by target (015)."""
    return has_table(conn, "edge_days_target" if by_target else "edge_days")


def span_ids(conn: sqlite3.Connection) -> list[tuple[int, Span]]:
    """Every span the aggregates use, with its id."""
    return [(r[0], Span(r[1] or None, r[2] or None)) for r in conn.execute("SELECT id, lo, hi FROM edge_spans")]


def edge_sums(conn: sqlite3.Connection, *, spans: Sequence[int] = (WHOLE,), voices: Sequence[str] = (ALL,),
              polarities: Sequence[str], types: Sequence[str] = (),
              actors: Sequence[str] | None = None) -> Iterator[EdgeSum]:
    """The kept rows of `edge_days` and `edge_copies`, summed per (source, target, type, polarity), in
    (source, target, type) order and as they are read (a network's tens of thousands are never all held);
    with `actors`, only the rows with one of them at either end."""
    where = ("span IN (SELECT value FROM json_each(?)) AND voice_kind IN (SELECT value FROM json_each(?)) "
             "AND polarity IN (SELECT value FROM json_each(?))")
    args: list[str] = [json.dumps(list(spans)), json.dumps(list(voices)), json.dumps(list(polarities))]
    if types:
        where += " AND type IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(list(types)))
    if actors is not None:
        where += (" AND (source IN (SELECT value FROM json_each(?)) OR target IN (SELECT value FROM json_each(?)))")
        args += [json.dumps(list(actors))] * 2
    sql = (f"SELECT source, target, type, polarity, sum(said), sum(docs), min(first), max(last), min(first_key) "
           f"FROM (SELECT source, target, type, polarity, said, docs, first, last, first_key FROM edge_days "
           f"WHERE {where} UNION ALL SELECT source, target, type, polarity, said, docs, NULL, NULL, NULL "
           f"FROM edge_copies WHERE {where}) GROUP BY source, target, type, polarity ORDER BY source, target, type")
    return map(EdgeSum._make, conn.execute(sql, args + args))
