"""The signed actor network and the evidence behind an edge, from `faultlines.analysis`.

The analysis builds the network over the whole store once per set of filters (cached until the
store grows); this module shapes it for drawing: one edge per ordered pair, its types listed.
"""

from __future__ import annotations

import json
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import analysis
from ..analysis.filters import Filters, QueryValue
from ..store import relations as sql
from ..store import views
from ..store.relations import EVENT_COLUMNS
from .db import Reader
from .spans import pieces

if TYPE_CHECKING:
    from ..actors import Dictionary

__all__ = ["EVENT_COLUMNS", "EVIDENCE_PAGE", "LEVELS", "Filters", "EdgeRefs", "View", "actor_table", "dictionary", "edge_refs", "event_view",
           "events_by_ref", "evidence", "full_network", "gathered", "group_pair_refs", "hierarchy", "involving",
           "network", "node_info", "web_url"]

LEVELS = analysis.LEVELS
EVIDENCE_PAGE = 20  # sentences an edge shows at a time (`?page=`): a first paint of 50 took 25 ms of Jinja


@dataclass(frozen=True)
class View(Filters):
    """The filters of a page, and how much of the network it shows: the level, the lightest edge, how many."""

    level: str = "group"
    min_weight: int = 1
    limit: int = 300

    def key(self) -> tuple[object, ...]:
        """What decides the network (not how much of it is shown)."""
        return (*super().key(), self.level)

    def query(self) -> dict[str, QueryValue]:
        return {"level": self.level, **super().query()}

    def for_evidence(self, *, level: str | None = None) -> View:
        """The view a page of sentences reads (an edge's, a place's: `level` when the page ignores it): the filters
        as given, not how much of the network is drawn, so that one body serves every `limit` and `min_weight`."""
        return replace(self, level=level or self.level, min_weight=View.min_weight, limit=View.limit)


def dictionary(reader: Reader) -> Dictionary:
    from ..actors import load_dictionary

    return reader.cached("dictionary", load_dictionary, fixed=True)


def full_network(reader: Reader, f: View) -> analysis.Network:
    """The analysis' network of the whole store for these filters: every edge, without its sentences (an edge's
    evidence is fetched by key, `edge_refs`), so that a network per set of filters costs no copy of the relations."""
    def make() -> analysis.Network:
        from ..analysis.network import network_of, summed_network

        if f.level == "group":  # a GROUP BY over the edge aggregates the writer keeps, when they can answer
            summed = summed_network(reader.conn, hierarchy(reader), filters=f)
            if summed is not None:
                return summed
        relations, h = gathered(reader)
        if not f.actors:
            return network_of(relations, h, level=f.level, filters=f, evidence=False)
        # the positions hold exactly the relations that involve a focused actor (or a part): test the rest only
        chosen = [relations[i] for i in _positions(reader, f)]
        return network_of(chosen, h, level=f.level, filters=replace(f, actors=()), evidence=False)
    return reader.cached(("network", f.key()), make)


def _positions(reader: Reader, f: View) -> Iterable[int]:
    """Where in `gathered` the relations these filters may keep are: with an actor focus, only those an index says
    involve a focused actor (or a part of it) are looked at."""
    if not f.actors:
        return range(len(gathered(reader)[0]))
    by_actor = involving(reader)
    return sorted({i for a in f.actors for i in by_actor.get(a, ())})


def involving(reader: Reader) -> dict[str, array[int]]:
    """For every actor, the positions in `gathered` of the relations it (or a part of it) takes part in."""
    def make() -> dict[str, array[int]]:
        relations, hierarchy = gathered(reader)
        index: dict[str, array[int]] = defaultdict(lambda: array("i"))  # 4 bytes a position
        for i, r in enumerate(relations):
            for a in {*hierarchy.chain(r.source), *hierarchy.chain(r.target)}:
                index[a].append(i)
        return dict(index)
    return reader.cached("involving", make)


def hierarchy(reader: Reader) -> analysis.Hierarchy:
    """The actor hierarchy (the dictionary's actors and the store's), without gathering any relation."""
    def make() -> analysis.Hierarchy:
        from ..analysis.relations import hierarchy_from_dictionary, with_store_actors

        return with_store_actors(hierarchy_from_dictionary(dictionary(reader)), actor_table(reader).values())
    return reader.cached("hierarchy", make)


def gathered(reader: Reader) -> tuple[list[analysis.Relation], analysis.Hierarchy]:
    """Every relation in the store and the actor hierarchy, read once; each set of filters reuses them."""
    from ..analysis.network import gather

    d = dictionary(reader)  # loaded apart, so that the cost of gathering is the store's alone
    # without their sentences (about 110 MB on 100,000 documents): pages fetch the sentences they show by key
    return reader.cached("gathered", lambda: gather(reader, d, texts=False))


def network(reader: Reader, f: View) -> dict[str, Any]:
    """Nodes and signed, weighted edges (one per ordered pair), heaviest first, at most `f.limit`."""
    return reader.cached(("network-view", f), lambda: _view(reader, f))


@dataclass(frozen=True)
class Pair:
    """The analysis' (source, target, type) edges between one ordered pair of nodes, as one edge to draw."""

    source: str
    target: str
    weight: int
    positive: int  # weight of the edges with a positive sign
    negative: int
    documents: int
    types: tuple[str, ...]  # heaviest first
    first: str | None
    last: str | None

    @property
    def sign(self) -> int:
        return 1 if self.positive > self.negative else -1 if self.negative > self.positive else 0

    def to_json(self) -> dict[str, Any]:
        s, t = self.source, self.target
        return {"id": f"{s}\u2192{t}", "source": s, "target": t, "sign": self.sign, "weight": self.weight,
                "positive": self.positive, "negative": self.negative, "documents": self.documents,
                "mixed": bool(self.positive and self.negative), "first": self.first, "last": self.last,
                "types": list(self.types)}


def pairs(net: analysis.Network) -> list[Pair]:
    """Fold the analysis' edges into one per ordered pair, in the order the pairs first occur."""
    by_pair: dict[tuple[str, str], list[analysis.Edge]] = defaultdict(list)
    for e in net.edges:
        by_pair[(e.source, e.target)].append(e)
    out = []
    for (s, t), es in by_pair.items():
        types: dict[str, int] = defaultdict(int)
        for e in es:
            types[e.type] += e.weight
        dates = [x for e in es for x in (e.first, e.last) if x]
        out.append(Pair(s, t, sum(e.weight for e in es), sum(e.weight for e in es if e.sign > 0),
                        sum(e.weight for e in es if e.sign < 0), sum(e.documents for e in es),
                        tuple(sorted(types, key=lambda k: -types[k])), min(dates, default=None),
                        max(dates, default=None)))
    return out


def _view(reader: Reader, f: View) -> dict[str, Any]:
    net = full_network(reader, f)
    ranked = sorted((p for p in pairs(net) if p.weight >= f.min_weight), key=lambda p: (-p.weight, p.source, p.target))
    shown = ranked[:f.limit]
    weight: dict[str, int] = defaultdict(int)
    for p in shown:
        weight[p.source] += p.weight
        weight[p.target] += p.weight
    known = actor_table(reader)
    nodes = [{"id": n.id, "name": n.name, "kind": n.kind, "country": n.country, "known": n.id in known,
              "faction": n.faction if n.faction is not None else -1, "weight": weight[n.id],
              "members": list(n.members)} for n in net.nodes if n.id in weight]
    fa = net.factions
    return {"filters": f.query(), "nodes": nodes, "edges": [p.to_json() for p in shown], "edges_total": len(ranked),
            "factions": {"blocs": [list(b) for b in fa.blocs], "frustration": fa.frustration,
                         "balance": round(fa.balance, 4)}}


def node_info(reader: Reader, f: View, node: str) -> dict[str, Any]:
    n = full_network(reader, f).node(node)
    a = actor_table(reader).get(node)
    if n is not None:
        return {"id": n.id, "name": n.name, "kind": n.kind, "country": n.country, "known": a is not None}
    return {"id": node, "name": a["name"] if a else node, "kind": a["kind"] if a else "other",
            "country": a["country"] if a else None, "known": a is not None}


def actor_table(reader: Reader) -> dict[str, views.ActorRow]:
    return reader.cached("actors", lambda: views.actors(reader.conn))


@dataclass(frozen=True)
class EdgeRefs:
    """Every ordered pair's evidence under one set of filters, as positions in the relations it was built from
    (kept with it: a refresh of `gathered` does not move them), newest first."""

    relations: list[analysis.Relation]
    by_pair: dict[tuple[str, str], array[int]]

    def get(self, pair: tuple[str, str], start: int = 0, stop: int | None = None) -> list[tuple[str, str]]:
        """The pair's refs (doc_id, event_id), newest first (those from `start` to `stop`)."""
        return [self.relations[i].ref for i in self.by_pair.get(pair, array("i"))[start:stop]]

    def count(self, pair: tuple[str, str]) -> int:
        return len(self.by_pair.get(pair, ()))


def edge_refs(reader: Reader, f: View) -> EdgeRefs:
    """Every ordered pair's evidence refs: the relations the network's edges hold, by date (then ref), newest
    first; built once per set of filters, four bytes a ref."""
    def make() -> EdgeRefs:
        relations, h = gathered(reader)
        found: dict[tuple[str, str], list[int]] = defaultdict(list)
        test = replace(f, actors=())  # `_positions` already keeps only the relations of the focused actors
        for i in _positions(reader, f):
            r = relations[i]
            if test.keep(r, h):
                s, t = h.node(r.source, f.level), h.node(r.target, f.level)
                if s != t:
                    found[(s, t)].append(i)
        by_pair = {}
        for pair, pos in found.items():
            pos.sort(key=lambda i: (relations[i].span.label(), relations[i].doc_id, relations[i].event_id),
                     reverse=True)
            by_pair[pair] = array("i", pos)
        return EdgeRefs(relations, by_pair)
    return reader.cached(("edge-refs", f.key()), make)


def group_pair_refs(reader: Reader, f: View, pair: tuple[str, str]) -> list[tuple[str, str]]:
    """At the group level a pair's evidence is its two actors' own relations: read by key (an index of the
    events by source), kept by the filters, newest first; the same refs `edge_refs` gives, without the rest."""
    def make() -> list[tuple[str, str]]:
        from ..values.dates import Span, event_span

        if f.actors:  # the focus follows the hierarchy: a pair involves a focused actor through either end
            h = hierarchy(reader)
            if not set(f.actors) & {*h.chain(pair[0]), *h.chain(pair[1])}:
                return []
        spans: dict[tuple[str | None, str | None], Span] = {}
        kept = []
        for doc_id, event_id, etype, polarity, voice_kind, date, published in sql.pair_event_rows(reader.conn, *pair):
            span = spans.get((date, published))
            if span is None:
                span = spans[(date, published)] = event_span(date, published)
            if f.passes(voice_kind, polarity, etype, span):
                kept.append((span.label(), doc_id, event_id))
        kept.sort(reverse=True)
        return [(d, e) for _, d, e in kept]
    return reader.cached(("pair-refs", pair, f.key()), make, small=True, absent=lambda refs: not refs)  # made-up pairs


def evidence(reader: Reader, source: str, target: str, f: View, *, page: int = 1,
             per_page: int = EVIDENCE_PAGE, undirected: bool = False) -> dict[str, Any]:
    """The events behind one edge (every type between the two nodes), each with its sentence highlighted."""
    # the default view's refs are built at start (every pair, one pass); any other group view reads its pair by key
    by_key = f.level == "group" and f.key() != View().key()
    pair_refs = (lambda p: group_pair_refs(reader, f, p)) if by_key else edge_refs(reader, f).get
    start, stop = (page - 1) * per_page, page * per_page
    if not by_key and not undirected:  # only the page's refs are made (a busy pair has thousands)
        kept = edge_refs(reader, f)
        total, chosen = kept.count((source, target)), kept.get((source, target), start, stop)
    else:
        refs = pair_refs((source, target))
        if undirected:
            refs = list(dict.fromkeys([*refs, *pair_refs((target, source))]))
        total, chosen = len(refs), refs[start:stop]
    return {"source": node_info(reader, f, source), "target": node_info(reader, f, target), "filters": f.query(),
            "total": total, "page": page, "per_page": per_page, "events": events_by_ref(reader, chosen)}


def events_by_ref(reader: Reader, refs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Event views for (doc_id, event_id) pairs, in the order given; missing ones are skipped."""
    actors = actor_table(reader)  # once, not once an event: each cached read checks the store's stamp
    kept = reader.event_views  # an event's row and sentence never change: rendered once, shared by every page
    shown = {ref: v for ref in refs if (v := kept.get(ref)) is not None}
    missing = [ref for ref in refs if ref not in shown]
    for ref, row in (sql.events_by_ref(reader.conn, missing) if missing else {}).items():
        shown[ref] = event_view(reader, row, actors)
        kept.put(ref, shown[ref])
    return [_named_now(shown[ref], actors) for ref in refs if ref in shown]


def _named_now(v: dict[str, Any], actors: dict[str, views.ActorRow]) -> dict[str, Any]:
    """A kept event view with its ends named as the actor table names them now (an actor may have been added)."""
    now: dict[str, Any] = {}
    for end in ("source", "target"):
        a = v[end]
        known = a in actors
        name = actors[a]["name"] if known else a
        if v[f"{end}_known"] != known or v[f"{end}_name"] != name:
            now |= {f"{end}_known": known, f"{end}_name": name}
    return {**v, **now} if now else v


def web_url(url: str | None) -> str | None:
    """An article's address if it is one a reader can follow (http or https); anything else is not a link."""
    if not url or not url.lower().startswith(("http://", "https://")) or any(c in url for c in "\x00\n\r\t "):
        return None
    return url


def event_view(reader: Reader, r: dict[str, Any], actors: dict[str, views.ActorRow] | None = None) -> dict[str, Any]:
    """An event row with names and its sentence split into pieces marking source, target and trigger.

    `r` is a row selected with `EVENT_COLUMNS` or `SPAN_COLUMNS`: the trigger and actor spans come from the
    event's columns, else from its own JSON.
    """
    actors = actor_table(reader) if actors is None else actors
    spans: list[tuple[int, int, str]] = []
    keys = (("source_mention", "source"), ("target_mention", "target"), ("trigger", "trigger"))
    if "trigger_start" in r:  # the spans' columns (migration 008), filled from the same JSON
        spans.extend((a, b, cls) for key, cls in keys
                     if isinstance(a := r[f"{key}_start"], int) and isinstance(b := r[f"{key}_end"], int))
    else:
        ev = json.loads(r["ev_json"]) if r.get("ev_json") else {}
        for key, cls in keys:
            m = ev.get(key)
            if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                spans.append((m["start"], m["end"], cls))
    if not any(c in ("source", "target") for _, _, c in spans):
        spans.extend((a, b, "actor") for a, b in sql.mention_spans(reader.conn, r["doc_id"], (r["source"], r["target"]),
                                                                   r["start"], r["end"]))
    return {
        "doc_id": r["doc_id"], "id": r["id"], "type": r["type"], "mode": r["mode"], "sign": r["sign"],
        "source": r["source"], "source_name": actors[r["source"]]["name"] if r["source"] in actors else r["source"],
        "target": r["target"], "target_name": actors[r["target"]]["name"] if r["target"] in actors else r["target"],
        "place": r["place"], "date": r["date"] or r.get("published"), "event_date": r["date"],
        "published": r.get("published"), "polarity": r["polarity"],
        "voice": {"kind": r["voice_kind"], "name": r["voice_name"]},
        "title": r.get("title"), "outlet": r.get("outlet"), "url": web_url(r.get("url")),
        "source_known": r["source"] in actors, "target_known": r["target"] in actors,
        "start": r["start"], "end": r["end"], "text": r["text"],
        "pieces": pieces(r["text"], r["start"], spans),
    }
