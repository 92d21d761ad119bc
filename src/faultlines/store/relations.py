"""The SQL behind the network, the tensions and the event listings: typed rows out of `events`, `actors`,
`documents`, `clusters` and `mentions`. Every function takes an open sqlite3 connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .documents import has_table

# A relation needs both ends, and two different ones.
_RELATION = "e.source IS NOT NULL AND e.target IS NOT NULL AND e.source != e.target"


@dataclass(frozen=True)
class RelationRow:
    """An event with a source and a target, with its document's date, outlet, URL and wire story."""

    doc_id: str
    event_id: str
    type: str
    source: str
    target: str
    sign: int | None
    polarity: str
    voice_kind: str
    voice_name: str | None
    date: str | None
    published: str | None
    text: str | None
    mode: str | None
    evidence_id: str  # the wire story: the first copy's doc_id (`clusters.dup_of`), else its own
    cluster: str | None  # `clusters.dup_of` when the store has deduplicated this document
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class ListedEvent:
    """A row of `faultlines events`: an event with its article's date and title."""

    doc_id: str
    event_id: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    polarity: str
    voice_kind: str
    voice_name: str | None
    date: str | None
    published: str | None
    text: str | None


def evidence_id(conn: sqlite3.Connection, doc: str = "d") -> tuple[str, str]:
    """The one definition of a document's evidence id (its wire story) as SQL: (expression, join)
    for a query over `documents {doc}`: the `clusters` table's dup_of when the store has one, else the doc id."""
    if has_table(conn, "clusters"):
        return f"coalesce(c.dup_of, {doc}.id)", f"LEFT JOIN clusters c ON c.doc_id = {doc}.id"
    return f"{doc}.id", ""


def actor_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM actors")}


def relation_rows(conn: sqlite3.Connection) -> Iterator[RelationRow]:
    """Every relation in store order (document, then event)."""
    ev, join = evidence_id(conn)
    cluster = "c.dup_of" if join else "NULL"
    sql = ("SELECT e.doc_id, e.id, e.type, e.source, e.target, e.sign, e.polarity, e.voice_kind, e.voice_name, "
           f"e.date, d.published, e.text, e.mode, {ev}, {cluster}, d.source, d.url FROM events e "
           f"JOIN documents d ON d.id = e.doc_id {join} WHERE {_RELATION} ORDER BY d.rowid, e.rowid")
    for r in conn.execute(sql):
        yield RelationRow(*r)


def pair_event_rows(conn: sqlite3.Connection, source: str,
                    target: str) -> list[tuple[str, str, str, str, str, str | None, str | None]]:
    """(doc_id, event id, type, polarity, voice kind, date, published) of the events from `source` to `target`
    (through `events_source_cover`), what a filter tests and the evidence order needs."""
    return [tuple(r) for r in conn.execute(
        "SELECT e.doc_id, e.id, e.type, e.polarity, e.voice_kind, e.date, d.published FROM events e "
        "JOIN documents d ON d.id = e.doc_id WHERE e.source = ? AND e.target = ? AND e.source != e.target",
        (source, target))]


def find_actors(conn: sqlite3.Connection, text: str) -> set[str]:
    """Actor ids named `text` (id or name, any case); failing that, those whose name contains it."""
    ids = {r[0] for r in conn.execute("SELECT id FROM actors WHERE lower(id) = lower(?) OR lower(name) = lower(?)",
                                      (text, text))}
    return ids or {r[0] for r in conn.execute("SELECT id FROM actors WHERE instr(lower(name), lower(?))", (text,))}


def listed_events(conn: sqlite3.Connection) -> Iterator[ListedEvent]:
    """Every event, newest first (its own date, else its article's)."""
    sql = ("SELECT e.doc_id, e.id, e.type, e.mode, e.source, e.target, e.polarity, e.voice_kind, e.voice_name, "
           "e.date, d.published, e.text FROM events e JOIN documents d ON d.id = e.doc_id "
           "ORDER BY coalesce(e.date, d.published) DESC, d.rowid, e.rowid")
    for r in conn.execute(sql):
        yield ListedEvent(*r)


def actor_summaries(conn: sqlite3.Connection, *, kind: str | None = None,
                    name: str | None = None) -> list[dict[str, Any]]:
    """Actors, most mentioned first, with their parent's name and how often they are mentioned, act and are
    acted on (plain dicts: they go straight out as JSON, CSV or a table)."""
    sql = """
      SELECT a.id, a.name, a.kind, a.country, a.parent, p.name AS parent_name,
        (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.actor_id = a.id) AS documents,
        (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
        (SELECT count(*) FROM events e WHERE e.source = a.id) AS as_source,
        (SELECT count(*) FROM events e WHERE e.target = a.id) AS as_target
      FROM actors a LEFT JOIN actors p ON p.id = a.parent
      WHERE (:kind IS NULL OR a.kind = :kind)
        AND (:name IS NULL OR instr(lower(a.name), lower(:name)) OR instr(lower(a.id), lower(:name)))
      ORDER BY mentions DESC, as_source + as_target DESC, a.name"""
    cur = conn.execute(sql, {"kind": kind, "name": name})
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


# The columns of an event view: every events column, the article's, and the event's own JSON.
EVENT_COLUMNS = ("e.*, d.title, d.published, d.url, d.source AS outlet, (SELECT value FROM json_each(d.facts, "
                  "'$.events') WHERE json_extract(value, '$.id') = e.id) AS ev_json")


# The same without the event's JSON, for a store whose events carry their trigger and actor spans as columns
# (migration 008): no parse of the whole facts JSON per event.
SPAN_COLUMNS = "e.*, d.title, d.published, d.url, d.source AS outlet"


def has_span_columns(conn: sqlite3.Connection) -> bool:
    """Whether `events` has the trigger and actor-mention span columns (migration 008)."""
    return any(r[1] == "trigger_start" for r in conn.execute("PRAGMA table_info(events)"))


def events_by_ref(conn: sqlite3.Connection, refs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Event rows (every column, the article's title, date, URL and outlet; on a store without the span columns
    the event's own JSON as `ev_json`) by (doc_id, event_id); missing refs are left out. One query per 200 refs."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    columns = SPAN_COLUMNS if refs and has_span_columns(conn) else EVENT_COLUMNS
    for k in range(0, len(refs), 200):
        chunk = refs[k:k + 200]
        values = ",".join("(?,?)" for _ in chunk)
        cur = conn.execute(f"WITH refs(doc_id, id) AS (VALUES {values}) SELECT {columns} FROM refs "
                           "JOIN events e ON e.doc_id = refs.doc_id AND e.id = refs.id "
                           "JOIN documents d ON d.id = e.doc_id", [x for ref in chunk for x in ref])
        cols = [c[0] for c in cur.description]
        for r in cur:
            row = dict(zip(cols, r, strict=True))
            found[(row["doc_id"], row["id"])] = row
    return found


def mention_spans(conn: sqlite3.Connection, doc_id: str, actors: Sequence[str | None], start: int,
                  end: int) -> list[tuple[int, int]]:
    """Where the given actors are mentioned in a document between `start` and `end`."""
    a, b = (list(actors) + [None, None])[:2]
    return [(r[0], r[1]) for r in conn.execute(
        'SELECT start, "end" FROM mentions WHERE doc_id = ? AND actor_id IN (?, ?) AND start >= ? AND "end" <= ?',
        (doc_id, a, b, start, end))]
