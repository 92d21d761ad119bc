"""Keyed reads behind the explorer's pages: an actor, a place, a document, the map, the pickers.

Each function runs one statement and returns rows named by column (`TypedDict`s, ready for the pages'
JSON twins); the indexes of migrations 001-010 serve them (`events_source_cover`, `events_place`, ...)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from typing import TypedDict

from ..records import ActorKind, CountCategory, Segment
from .rows import dicts, one, scalar


class ActorRow(TypedDict):
    id: str
    name: str
    kind: ActorKind
    country: str | None
    parent: str | None


class RelationCount(TypedDict):
    other: str
    type: str
    n: int
    sign: int | None


class MentionCount(TypedDict):
    mentions: int
    documents: int


class QuoteRow(TypedDict):
    doc_id: str
    id: str
    text: str
    speaker: str | None
    speaker_name: str | None
    outlet: str | None
    title: str | None


class CountRow(TypedDict):
    doc_id: str
    id: str
    value: int | None
    low: int | None
    high: int | None
    approx: str | None
    category: CountCategory
    what: str | None
    text: str


class ActorCountRow(CountRow):
    place: str | None


class DatedEvents(TypedDict):
    date: str | None
    published: str | None
    n: int
    positive: int
    negative: int


class ChildRow(TypedDict):
    id: str
    name: str
    kind: ActorKind


class ChoiceRow(TypedDict):
    id: str
    name: str
    kind: ActorKind
    n: int


class PlaceRow(TypedDict):
    id: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None


class PlaceDetail(PlaceRow):
    geonameid: int | None


class DocumentRow(TypedDict):
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    origin: str | None
    n_words: int


class DocumentTension(TypedDict):
    id: str
    kind: str
    summary: str
    strength: float
    actors: list[str]
    events: list[str]


Ref = tuple[str, str]  # (doc_id, event_id)


def actors(conn: sqlite3.Connection) -> dict[str, ActorRow]:
    """Every stored actor by id."""
    return {r["id"]: r for r in dicts(conn, "SELECT id, name, kind, country, parent FROM actors", as_=ActorRow)}


def actor(conn: sqlite3.Connection, actor_id: str) -> ActorRow | None:
    return one(conn, "SELECT id, name, kind, country, parent FROM actors WHERE id = ?", (actor_id,), as_=ActorRow)


def relation_counts(conn: sqlite3.Connection, actor_id: str, *, outgoing: bool) -> list[RelationCount]:
    """Events from (`outgoing`) or to this actor, counted per other actor and type, most first (200 at most)."""
    mine, other = ("source", "target") if outgoing else ("target", "source")
    return dicts(conn,
                 f"SELECT {other} AS other, type, count(*) AS n, sum(sign) AS sign FROM events "
                 f"WHERE {mine} = ? AND {other} IS NOT NULL GROUP BY {other}, type ORDER BY n DESC, other, type LIMIT 200",
                 (actor_id,), as_=RelationCount)


def mention_count(conn: sqlite3.Connection, actor_id: str) -> MentionCount:
    """How often, and in how many documents, the actor is named."""
    row = one(conn, "SELECT count(*) AS mentions, count(DISTINCT doc_id) AS documents FROM mentions "
              "WHERE actor_id = ?", (actor_id,), as_=MentionCount)
    return row or {"mentions": 0, "documents": 0}


def actor_quotes(conn: sqlite3.Connection, actor_id: str) -> list[QuoteRow]:
    """Quotes the actor spoke or published (100 at most), with their document's title."""
    return dicts(conn,
                 "SELECT q.doc_id, q.id, q.text, q.speaker, q.speaker_name, q.outlet, d.title FROM quotes q "
                 "JOIN documents d ON d.id = q.doc_id WHERE q.speaker = ? OR q.outlet = ? LIMIT 100",
                 (actor_id, actor_id), as_=QuoteRow)


def actor_counts(conn: sqlite3.Connection, actor_id: str) -> list[ActorCountRow]:
    """Counts of the actor's people (200 at most)."""
    return dicts(conn,
                 "SELECT c.doc_id, c.id, c.value, c.low, c.high, c.approx, c.category, c.what, c.text, c.place "
                 "FROM counts c WHERE c.actor = ? LIMIT 200", (actor_id,), as_=ActorCountRow)


def designation_refs(conn: sqlite3.Connection, actor_id: str, *, limit: int = 100, after: int = 0) -> list[Ref]:
    """SANCTION events the actor imposed or is the target of, in write order: the first `limit` after event rowid
    `after` (keyset paging, `designation_page`)."""
    return [(d, e) for _, d, e in designation_page(conn, actor_id, limit=limit, after=after)]


def designation_page(conn: sqlite3.Connection, actor_id: str, *, limit: int = 100,
                     after: int = 0) -> list[tuple[int, str, str]]:
    """(rowid, doc_id, event_id) of the actor's SANCTION events after rowid `after`, `limit` at most, each end
    read in rowid order from `events_type_source` / `events_type_target` (migration 016) and merged."""
    rows: dict[int, tuple[int, str, str]] = {}
    for end in ("source", "target"):
        for r in conn.execute(f"SELECT rowid, doc_id, id FROM events WHERE type = 'SANCTION' AND {end} = ? "
                              "AND rowid > ? ORDER BY rowid LIMIT ?", (actor_id, after, limit)):
            rows[r[0]] = (r[0], r[1], r[2])
    return [rows[k] for k in sorted(rows)[:limit]]


def designation_count(conn: sqlite3.Connection, actor_id: str) -> int:
    """How many SANCTION events the actor is at either end of (index only)."""
    return int(conn.execute(
        "SELECT (SELECT count(*) FROM events WHERE type = 'SANCTION' AND source = ?1) + (SELECT count(*) FROM events "
        "WHERE type = 'SANCTION' AND target = ?1) - (SELECT count(*) FROM events WHERE type = 'SANCTION' AND "
        "source = ?1 AND target = ?1)", (actor_id,)).fetchone()[0])


def dated_events(conn: sqlite3.Connection, actor_id: str) -> list[DatedEvents]:
    """The actor's events grouped by (date, published), split by sign: a timeline parses each date once."""
    return dicts(conn,
                 "SELECT e.date, d.published, count(*) AS n, sum(e.sign > 0) AS positive, "
                 "sum(e.sign < 0) AS negative FROM events e JOIN documents d ON d.id = e.doc_id "
                 "WHERE e.source = ? OR e.target = ? GROUP BY e.date, d.published", (actor_id, actor_id),
                 as_=DatedEvents)


def children(conn: sqlite3.Connection, actor_id: str) -> list[ChildRow]:
    """Actors whose parent is this one, by name (200 at most)."""
    return dicts(conn, "SELECT id, name, kind FROM actors WHERE parent = ? ORDER BY name LIMIT 200", (actor_id,),
                 as_=ChildRow)


def active_actors(conn: sqlite3.Connection, *, limit: int = 5000) -> list[ChoiceRow]:
    """Actors that take part in at least one event, most active first."""
    return dicts(conn,
                 "SELECT a.id, a.name, a.kind, n FROM actors a JOIN (SELECT x AS id, count(*) AS n FROM "
                 "(SELECT source AS x FROM events UNION ALL SELECT target FROM events) WHERE x IS NOT NULL "
                 "GROUP BY x) USING (id) ORDER BY n DESC, a.name LIMIT ?", (limit,), as_=ChoiceRow)


def event_places(conn: sqlite3.Connection) -> dict[Ref, str]:
    """Where each placed event happened: (doc_id, event_id) -> place id."""
    return {(r[0], r[1]): r[2] for r in conn.execute("SELECT doc_id, id, place FROM events WHERE place IS NOT NULL")}


def places(conn: sqlite3.Connection, ids: Iterable[str]) -> list[PlaceRow]:
    """The places with these ids (in no particular order)."""
    ids = list(ids)
    marks = ",".join("?" for _ in ids)
    return dicts(conn, f"SELECT id, name, lat, lon, country FROM places WHERE id IN ({marks})", ids, as_=PlaceRow)


def counts_at(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, int]:
    """How many counts were stated at each of these places."""
    ids = list(ids)
    marks = ",".join("?" for _ in ids)
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT place, count(*) AS n FROM counts WHERE place IN ({marks}) GROUP BY place", ids)}


def place(conn: sqlite3.Connection, place_id: str) -> PlaceDetail | None:
    return one(conn, "SELECT id, name, lat, lon, country, geonameid FROM places WHERE id = ?", (place_id,),
               as_=PlaceDetail)


def busiest_places(conn: sqlite3.Connection, limit: int) -> list[str]:
    """The ids of the `limit` places with the most events, most first (ties by id), from `events_place`."""
    return [r[0] for r in conn.execute("SELECT place FROM events WHERE place IS NOT NULL GROUP BY place "
                                       "ORDER BY count(*) DESC, place LIMIT ?", (limit,))]


def place_event_refs(conn: sqlite3.Connection, place_id: str, *, limit: int = 2000) -> list[Ref]:
    """Events at a place, newest first (by their date, else their article's)."""
    return [(r["doc_id"], r["id"]) for r in place_events(conn, place_id, limit=limit)]


class PlaceEvent(TypedDict):
    """What a filter needs to decide on an event at a place."""

    doc_id: str
    id: str
    type: str
    source: str | None
    target: str | None
    polarity: str
    voice_kind: str
    date: str | None
    published: str | None


class _PlaceEventAt(PlaceEvent):
    n: int  # the event's rowid: ties in date keep write order


_PLACE_EVENTS = ("SELECT e.doc_id, e.id, e.type, e.source, e.target, e.polarity, e.voice_kind, e.date, d.published, "
                 "e.rowid AS n FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.place = ? AND ")


def place_events(conn: sqlite3.Connection, place_id: str, *, limit: int = 2000, relations: bool = False,
                 voices: Collection[str] = (), polarities: Collection[str] = (),
                 types: Collection[str] = ()) -> list[PlaceEvent]:
    """Events at a place, newest first (by their date, else their article's; then in write order), with what
    filters test. The dated ones come by key from `events_place_date` (018), the few undated ones through their
    articles; the two lists are merged, so the place's other events are never read.

    `relations` keeps only events with two different ends; `voices`, `polarities`, `types` (when not empty) only
    events with one of them: the rows left are those, in the same order, so a page reads no more than it shows."""
    where, params = _place_where(relations, voices, polarities, types)
    rows = [*dicts(conn, _PLACE_EVENTS + where + "e.date IS NOT NULL ORDER BY e.date DESC, e.rowid LIMIT ?",
                   (place_id, *params, limit), as_=_PlaceEventAt),
            *dicts(conn, _PLACE_EVENTS + where + "e.date IS NULL ORDER BY d.published DESC, e.rowid LIMIT ?",
                   (place_id, *params, limit), as_=_PlaceEventAt)]
    rows.sort(key=lambda r: r["n"])
    rows.sort(key=lambda r: r["date"] or r["published"] or "", reverse=True)  # stable: ties stay in write order
    out: list[PlaceEvent] = []
    for r in rows[:limit]:
        del r["n"]  # type: ignore[misc]
        out.append(r)
    return out


def _place_where(relations: bool, voices: Collection[str], polarities: Collection[str],
                 types: Collection[str]) -> tuple[str, list[str]]:
    """The conditions `place_events` adds (each followed by AND), and their parameters."""
    where = "e.source IS NOT NULL AND e.target IS NOT NULL AND e.source != e.target AND " if relations else ""
    params: list[str] = []
    for column, values in (("voice_kind", voices), ("polarity", polarities), ("type", types)):
        if values:
            where += f"e.{column} IN ({','.join('?' for _ in values)}) AND "
            params.extend(sorted(values))
    return where, params


def place_counts(conn: sqlite3.Connection, place_id: str) -> list[CountRow]:
    """Counts stated at a place (100 at most)."""
    return dicts(conn, "SELECT doc_id, id, value, low, high, approx, category, what, text FROM counts "
                 "WHERE place = ? LIMIT 100", (place_id,), as_=CountRow)


def document(conn: sqlite3.Connection, doc_id: str) -> DocumentRow | None:
    """A document's header (its text and facts are read with `facts_json`)."""
    return one(conn, "SELECT id, title, published, source, url, origin, n_words FROM documents WHERE id = ?",
               (doc_id,), as_=DocumentRow)


def segments(conn: sqlite3.Connection, doc_id: str) -> list[Segment]:
    """A document's segments (title, body, comments with their authors ...) in text order."""
    return [Segment(r[0], r[1], r[2], r[3], r[4], r[5]) for r in conn.execute(
        'SELECT id, kind, start, "end", author, reply_to FROM segments WHERE doc_id = ? ORDER BY start, id',
        (doc_id,))]


def document_tensions(conn: sqlite3.Connection, doc_id: str) -> list[DocumentTension]:
    """The fault lines one document shows by itself (the `tensions` table), strongest first."""
    return [{"id": r[0], "kind": r[1], "summary": r[2], "strength": r[3], "actors": json.loads(r[4]),
             "events": json.loads(r[5])} for r in conn.execute(
        "SELECT id, kind, summary, strength, actors, events FROM tensions WHERE doc_id = ? "
        "ORDER BY strength DESC, id", (doc_id,))]


def generation(conn: sqlite3.Connection) -> int:
    """The last document rowid: documents are only ever added, so it marks the store's state."""
    return int(scalar(conn, "SELECT max(rowid) FROM documents") or 0)


def table_size(conn: sqlite3.Connection, table: str) -> int:
    """Rows in one of the store's fact tables."""
    if table not in {"documents", "events", "actors", "quotes", "counts", "places", "tensions", "rejects",
                     "mentions", "segments"}:
        raise ValueError(table)
    return int(scalar(conn, f"SELECT count(*) FROM {table}"))
