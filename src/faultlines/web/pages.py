"""Read-only queries behind the actor, tensions, document, map and search pages."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..store import actor_mentions, actor_relations, actor_years, kept_tensions, views
from ..store import search as fts
from .db import Reader
from .network import EVIDENCE_PAGE, Filters, actor_table, dictionary, events_by_ref, gathered, web_url
from .spans import pieces

if TYPE_CHECKING:
    from ..analysis.designations import Designation

MAX_DOC_CHARS = 200_000
MAX_EVIDENCE = 200  # event refs kept and sentences shown per tension (`events_total` says how many)
RANK_LIMIT = 2000
HTML_TENSIONS = 100  # tensions a page of /tensions shows (its .json twin gives 500)
DESIGNATIONS_PAGE = 25  # an actor's SANCTION events shown at a time (`?after=` the last one's rowid)
PLACE_EVENTS = 50  # a place's events shown at a time (`?page=`; `next` says whether there are more)
PLACE_PAGES = 40  # pages of a place's events (`?page=`): PLACE_SCAN events at most
PLACE_SCAN = PLACE_PAGES * PLACE_EVENTS  # a place's newest events read when filters drop some
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


def actor(reader: Reader, actor_id: str, *, after: int = 0) -> dict[str, Any] | None:
    """Relations out and in, quotes, counts, designations (`DESIGNATIONS_PAGE` after event rowid `after`), a
    yearly timeline."""
    page = reader.cached(("actor", actor_id), lambda: _actor(reader, actor_id), small=True)
    if page is None:
        return None
    return {**page, **reader.cached(("designations", actor_id, after), lambda: _designations(reader, actor_id, after),
                                    small=True)}


def _designations(reader: Reader, actor_id: str, after: int) -> dict[str, Any]:
    """One page of the actor's SANCTION events by key, with how many there are and where the next page starts."""
    rows = views.designation_page(reader.conn, actor_id, limit=DESIGNATIONS_PAGE + 1, after=after)
    shown = rows[:DESIGNATIONS_PAGE]
    return {"designations": events_by_ref(reader, [(d, e) for _, d, e in shown]),
            "designations_total": views.designation_count(reader.conn, actor_id), "designations_after": after,
            "designations_next": shown[-1][0] if len(rows) > DESIGNATIONS_PAGE else None}


def _actor(reader: Reader, actor_id: str) -> dict[str, Any] | None:
    conn = reader.conn
    row = views.actor(conn, actor_id)
    if row is None:
        return None
    names = {k: v["name"] for k, v in actor_table(reader).items()}

    def relations(outgoing: bool) -> list[dict[str, Any]]:
        return [{**r, "other_name": names.get(r["other"], r["other"])}
                for r in actor_relations.counts(conn, actor_id, outgoing=outgoing)]
    a: dict[str, Any] = {**row, "parent_name": names.get(row["parent"] or "", row["parent"])}
    listings = [{"by": d.by, "by_name": names.get(d.by, d.by), "target": d.target,
                 "target_name": names.get(d.target, d.target), "list": d.list, "since": d.span.lo, "until": d.span.hi}
                for d in dictionary_listings(reader) if actor_id in (d.target, d.by)]
    kept = actor_mentions.counts(conn, actor_id)  # kept on write; a store that predates it counts its mentions
    return {"actor": a, **(kept if kept is not None else views.mention_count(conn, actor_id)), "out": relations(True), "in": relations(False),
            "quotes": views.actor_quotes(conn, actor_id), "counts": views.actor_counts(conn, actor_id),
            "listings": listings,
            "timeline": _actor_timeline(conn, actor_id),
            "children": views.children(conn, actor_id)}


def dictionary_listings(reader: Reader) -> list[Designation]:
    """Dated designations the actor dictionary knows (terrorist lists, sanctions programmes)."""
    def make() -> list[Designation]:
        from ..analysis.designations import from_dictionary

        return from_dictionary(dictionary(reader))
    return reader.cached("listings", make, fixed=True)


def _actor_timeline(conn: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """Events per year from `actor_years` (kept on write); a store that predates it counts them from its events."""
    kept = actor_years.timeline(conn, actor_id)
    # one row per distinct (date, published): dates are parsed once each
    return kept if kept is not None else _timeline(views.dated_events(conn, actor_id))


def _timeline(rows: list[views.DatedEvents]) -> list[dict[str, Any]]:
    """Events per year (loose dates such as "2014-2018" count at their start), split by sign.

    `rows` carry `date`, `published` and how many events (`n`, `positive`, `negative`) share them."""
    from ..values.dates import event_span

    years: dict[str, dict[str, Any]] = {}
    for r in rows:
        span = event_span(r["date"], r["published"])
        lo = span.lo or span.hi
        if not lo:
            continue
        y = years.setdefault(lo[:4], {"year": lo[:4], "n": 0, "positive": 0, "negative": 0})
        for k in ("n", "positive", "negative"):
            y[k] += r[k]
    return [years[k] for k in sorted(years)]


def tensions(reader: Reader, *, limit: int = 500) -> list[dict[str, Any]]:
    """The corpus' tensions, strongest first, with actor names and event refs: kept ones when `kept` allows."""
    if kept(reader):
        return [_named(reader, t) for t in kept_tensions.page(reader.conn, limit=limit)]

    def make() -> list[dict[str, Any]]:
        from .. import analysis

        found = analysis.corpus_tensions(reader, dictionary=dictionary(reader))
        return [_named(reader, {"rank": rank, "id": t.id, "kind": t.kind, "summary": t.summary, "strength": t.strength,
                                "events": [list(analysis.split_ref(r)) for r in t.events[:MAX_EVIDENCE]],
                                "events_total": len(t.events), "actors": list(t.actors)})
                for rank, t in enumerate(found, 1)]
    return reader.cached("tensions", make)[:limit]


def kept(reader: Reader) -> bool:
    """Whether the tensions are read from `kept_tensions`: kept for this very store state, or for an earlier one
    when the store is large (a refresh would cost minutes: the kept ones are served, as stale cached values are)."""
    made = kept_tensions.state(reader.conn)
    if made is None:
        return False
    gen = reader.generation()
    return made["generation"] == gen or gen >= reader.stale_from


def _named(reader: Reader, t: Mapping[str, Any]) -> dict[str, Any]:
    """A tension as the pages show it: its actors named."""
    names = actor_table(reader)
    return {"rank": t["rank"], "id": t["id"], "kind": t["kind"], "summary": t["summary"], "strength": t["strength"],
            "events": t["events"], "events_total": t["events_total"],
            "actors": [{"id": a, "name": names[a]["name"] if a in names else a} for a in t["actors"]],
            # reports of one incident that disagree: the incident page shows them side by side
            "incident": t["id"].split(":contested:")[0] if t["id"].startswith("incident:") else None}


def tensions_page(reader: Reader, kind: str | None = None, *, page: int = 1, per_page: int = 500) -> dict[str, Any]:
    """One page of the tensions of one kind (all when None), with how many there are of each kind for the filter
    links; `matching` says how many of the kind there are, `pages` how many pages they fill."""
    start = (page - 1) * per_page
    if kept(reader):
        counts = reader.cached("kept-kinds", lambda: kept_tensions.kind_counts(reader.conn))
        shown = [_named(reader, t) for t in kept_tensions.page(reader.conn, kind, offset=start, limit=per_page)]
    else:
        every = tensions(reader, limit=1_000_000)
        counts = {}
        for t in every:
            counts[t["kind"]] = counts.get(t["kind"], 0) + 1
        shown = [t for t in every if kind is None or t["kind"] == kind][start:start + per_page]
    total = sum(counts.values())
    matching = total if kind is None else counts.get(kind, 0)
    return {"tensions": shown, "kind": kind, "kinds": sorted(counts.items()),
            "total": total, "matching": matching, "page": page, "start": start,
            "pages": max(1, -(-matching // per_page))}


def resolve_actor(reader: Reader, text: str) -> str:
    """An actor id from what a reader typed: the id itself, else an actor's name in any case."""
    table = actor_table(reader)
    if text in table:
        return text
    by_name = reader.cached("actor-names", lambda: {str(a["name"]).casefold(): i for i, a in sorted(table.items())})
    return by_name.get(text.strip().casefold(), text)


def actor_choices(reader: Reader) -> list[dict[str, Any]]:
    """Actors that take part in at least one event, most active first (for pickers)."""
    return reader.cached("actor-choices", lambda: [dict(r) for r in views.active_actors(reader.conn)])


def event_places(reader: Reader, f: Filters, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Places with the events there that pass the network's filters (signed counts, documents)."""
    def make() -> list[dict[str, Any]]:
        relations, hierarchy = gathered(reader)
        at = views.event_places(reader.conn)
        agg: dict[str, dict[str, Any]] = {}
        for r in relations:
            place_id = at.get(r.ref)
            if place_id is None or not f.keep(r, hierarchy):
                continue
            a = agg.setdefault(place_id, {"events": 0, "positive": 0, "negative": 0, "docs": set()})
            a["events"] += 1
            if r.sign:
                a["positive" if r.sign > 0 else "negative"] += 1
            a["docs"].add(r.doc_id)
        if not agg:
            return []
        rows: list[dict[str, Any]] = [dict(r) for r in views.places(reader.conn, agg)]
        ct = views.counts_at(reader.conn, agg)
        for row in rows:
            a = agg[row["id"]]
            row.update(events=a["events"], positive=a["positive"], negative=a["negative"],
                       documents=len(a["docs"]), counts=ct.get(row["id"], 0))
        rows.sort(key=lambda x: (-x["events"], x["id"]))
        return rows[:limit]
    return reader.cached(("event-places", f.key()), make)


def tension(reader: Reader, tension_id: str, *, page: int = 1, per_page: int = EVIDENCE_PAGE) -> dict[str, Any] | None:
    """One tension with the sentences behind it, `per_page` of its kept refs a page (`evidence_total`: all)."""
    if kept(reader):
        row = kept_tensions.by_id(reader.conn, tension_id)
        t = None if row is None else _named(reader, row)
    else:
        t = next((x for x in tensions(reader, limit=1_000_000) if x["id"] == tension_id), None)
    if t is None:
        return None
    refs = [(d, e) for d, e in t["events"][(page - 1) * per_page: page * per_page]]
    return {**t, "evidence": events_by_ref(reader, refs), "evidence_total": t["events_total"], "page": page,
            "per_page": per_page, "pages": max(1, -(-len(t["events"]) // per_page))}


def document(reader: Reader, doc_id: str) -> dict[str, Any] | None:
    """The text by segment, with actor mentions, event triggers, quotes, counts and places marked."""
    row = views.document(reader.conn, doc_id)
    facts = reader.facts(doc_id)
    if row is None or facts is None:
        return None
    text = facts.text
    spans: list[tuple[int, int, str]] = []
    for a in facts.actors:
        spans.extend((m.start, m.end, "actor") for m in a.mentions)
    for p in facts.places:
        spans.extend((m.start, m.end, "place") for m in p.mentions)
    for e in facts.events:
        if e.trigger is not None:
            spans.append((e.trigger.start, e.trigger.end, "trigger"))
        spans.append((e.start, e.end, "event"))
    spans.extend((q.start, q.end, "quote") for q in facts.quotes)
    spans.extend((c.start, c.end, "count") for c in facts.counts)
    shown = min(len(text), MAX_DOC_CHARS)
    segs = views.segments(reader.conn, doc_id)  # the `segments` table: one row per title, body, comment ...
    blocks, pos = [], 0
    for s in segs:
        if s.start >= shown:
            break
        if s.start > pos:
            blocks.append({"id": None, "kind": "gap", "author": None, "start": pos,
                           "pieces": pieces(text[pos:s.start], pos, spans)})
        end = min(s.end, shown)
        blocks.append({"id": s.id, "kind": s.kind, "author": s.author, "reply_to": s.reply_to, "start": s.start,
                       "pieces": pieces(text[max(s.start, pos):end], max(s.start, pos), spans)})
        pos = max(pos, end)
    if pos < shown:
        blocks.append({"id": None, "kind": "gap", "author": None, "start": pos,
                       "pieces": pieces(text[pos:shown], pos, spans)})
    names = {a.id: a.name for a in facts.actors}
    events = [{"id": e.id, "type": e.type, "sign": e.sign, "source": e.source, "target": e.target,
               "source_name": names.get(e.source or "", e.source), "target_name": names.get(e.target or "", e.target),
               "polarity": e.polarity, "voice": {"kind": e.voice.kind, "name": e.voice.name}, "text": e.text,
               "date": e.date, "start": e.start} for e in facts.events]
    return {"document": row, "url": web_url(row["url"]), "truncated": shown < len(text), "length": len(text),
            "blocks": blocks,
            "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "mentions": len(a.mentions)}
                       for a in sorted(facts.actors, key=lambda a: -len(a.mentions))],
            "events": events,
            # what this article alone shows (the corpus' fault lines are on /tensions)
            "tensions": [{**t, "actors": [{"id": a, "name": names.get(a, a)} for a in t["actors"]],
                          "events": [e.split("/", 1)[-1] for e in t["events"]]}
                         for t in views.document_tensions(reader.conn, doc_id)]}


def kept_refs(reader: Reader, f: Filters) -> frozenset[tuple[str, str]]:
    """The (doc_id, event_id) of every relation that passes the filters."""
    def make() -> frozenset[tuple[str, str]]:
        relations, hierarchy = gathered(reader)
        return frozenset(r.ref for r in relations if f.keep(r, hierarchy))
    return reader.cached(("kept-refs", f.key()), make)


def busiest_places(reader: Reader, limit: int) -> list[str]:
    """The places with the most events, most first."""
    return reader.cached(("busiest-places", limit), lambda: views.busiest_places(reader.conn, limit))


def place(reader: Reader, place_id: str, f: Filters | None = None, *, page: int = 1) -> dict[str, Any] | None:
    """A place with one page of its events (those passing `f`, when given), newest first, and the counts stated
    there; `next` is the following page's number when there is one."""
    p = views.place(reader.conn, place_id)
    if p is None:
        return None
    refs = _place_refs(reader, place_id, f, limit=page * PLACE_EVENTS + 1)
    events = events_by_ref(reader, refs[(page - 1) * PLACE_EVENTS: page * PLACE_EVENTS])
    counts = views.place_counts(reader.conn, place_id)
    return {"place": p, "events": events, "counts": counts, "page": page, "per_page": PLACE_EVENTS,
            "next": page + 1 if len(refs) > page * PLACE_EVENTS and page < PLACE_PAGES else None}


def _place_refs(reader: Reader, place_id: str, f: Filters | None, *, limit: int = PLACE_SCAN) -> list[tuple[str, str]]:
    """The place's first `limit` events, newest first, that pass `f`: relations tested one by one, as the analysis
    would, stopping at `limit` (the actor focus, which follows the hierarchy, tests them against every relation
    kept)."""
    if f is None:
        return views.place_event_refs(reader.conn, place_id, limit=limit)
    if f.actors:
        keep = kept_refs(reader, f)
        rows = views.place_events(reader.conn, place_id)
        return [ref for r in rows if (ref := (r["doc_id"], r["id"])) in keep][:limit]
    from ..values.dates import event_span

    # voices, polarities, types and the two ends are tested by the query too: without a time window all that it
    # reads pass, so the first read is what the page shows; with one, a few times as many first
    first = min(4 * limit, PLACE_SCAN) if f.since or f.until or not f.include_undated else limit
    for window in dict.fromkeys((first, PLACE_SCAN)):
        rows = views.place_events(reader.conn, place_id, limit=window, relations=True, voices=f.voices,
                                  polarities=f.polarities, types=f.types)
        passing = ((r["doc_id"], r["id"]) for r in rows
                   if r["source"] and r["target"] and r["source"] != r["target"]
                   and f.passes(r["voice_kind"], r["polarity"], r["type"], event_span(r["date"], r["published"])))
        found = list(islice(passing, limit))
        if len(found) >= limit or len(rows) < window:
            break
    return found


def fts_query(q: str) -> str | None:
    """Words of the user's query as quoted FTS5 terms (the last one a prefix): no FTS syntax gets through."""
    words = re.findall(r"\w+", q)[:12]
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " ".join(terms)


def search(reader: Reader, q: str, *, page: int = 1, per_page: int = 20) -> dict[str, Any]:
    match = fts_query(q)
    if match is None:
        return {"q": q, "actors": [], "documents": [], "page": page}
    actors = fts.actors(reader.conn, match) if page == 1 else []
    # Ranking (bm25) costs as much as there are matches: past RANK_LIMIT, newest first instead.
    many = fts.documents_matching(reader.conn, match, cap=RANK_LIMIT + 1) > RANK_LIMIT
    docs = [{**d, "snippet": _marked(d["snippet"] or "")}
            for d in fts.documents(reader.conn, match, limit=per_page, offset=(page - 1) * per_page, newest=many,
                                   marks=(_MARK_OPEN, _MARK_CLOSE))]
    return {"q": q, "actors": actors, "documents": docs, "page": page, "per_page": per_page,
            "order": "newest" if many else "relevance"}


def _marked(snippet: str) -> list[dict[str, object]]:
    """Turn FTS5's marker characters into pieces; a marker character in the text itself is dropped."""
    out: list[dict[str, object]] = []
    for i, part in enumerate(re.split(f"[{_MARK_OPEN}{_MARK_CLOSE}]", snippet)):
        if part:
            out.append({"text": part, "classes": ["hit"] if i % 2 else []})
    return out
