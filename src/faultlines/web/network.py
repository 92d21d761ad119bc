"""The signed actor network and the evidence behind an edge, from `faultlines.analysis`.

The analysis builds the network over the whole store once per set of filters (cached until the
store grows); this module shapes it for drawing: one edge per ordered pair, its types listed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .. import analysis
from .db import Reader
from .spans import pieces

LEVELS = analysis.LEVELS
ALL_VOICES = frozenset({"author", "quoted", "commenter"})


@dataclass(frozen=True)
class Filters:
    """What part of the corpus a network or an edge's evidence is drawn from (all values validated)."""

    date_from: str | None = None
    date_to: str | None = None
    voices: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ("asserted",)
    level: str = "group"
    min_weight: int = 1
    limit: int = 300
    actors: tuple[str, ...] = ()  # only relations that involve one of these actors (or their parts)
    undated: bool | None = None  # keep events with no date at all; unset: yes without a range, no with one

    @property
    def include_undated(self) -> bool:
        return self.undated if self.undated is not None else not (self.date_from or self.date_to)

    def keep(self, r: Any, hierarchy: Any) -> bool:
        """The filters the analysis does not know: undated events and the actor focus."""
        if not self.include_undated and not (r.span.lo or r.span.hi):
            return False
        if self.actors:
            wanted = set(self.actors)
            return bool(wanted & set(hierarchy.chain(r.source)) or wanted & set(hierarchy.chain(r.target)))
        return True

    def analysis(self) -> analysis.Filters:
        return analysis.Filters(since=self.date_from, until=self.date_to,
                                voices=frozenset(self.voices) or ALL_VOICES,
                                polarities=frozenset(self.polarities) or frozenset({"asserted"}),
                                types=frozenset(self.types) or None)

    def key(self) -> tuple[Any, ...]:
        return (self.date_from, self.date_to, self.voices, self.types, self.polarities, self.level, self.actors,
                self.include_undated)

    def query(self) -> dict[str, Any]:
        """The filters as query parameters, for links between pages."""
        q: dict[str, Any] = {"level": self.level}
        if self.date_from:
            q["from"] = self.date_from
        if self.date_to:
            q["to"] = self.date_to
        if self.voices:
            q["voice"] = list(self.voices)
        if self.types:
            q["type"] = list(self.types)
        if self.polarities != ("asserted",):
            q["polarity"] = list(self.polarities)
        if self.actors:
            q["actor"] = list(self.actors)
        if self.undated is not None:
            q["undated"] = "1" if self.undated else "0"
        return q


def dictionary(reader: Reader) -> Any:
    from ..actors import load_dictionary

    return reader.cached("dictionary", load_dictionary, fixed=True)


def full_network(reader: Reader, f: Filters) -> analysis.Network:
    """The analysis' network of the whole store for these filters (every edge, every evidence ref)."""
    def make() -> analysis.Network:
        from ..analysis.network import network_of

        relations, hierarchy = gathered(reader)
        if f.actors:  # only the relations an index says involve a focused actor are looked at
            by_actor = involving(reader)
            relations = [relations[i] for i in sorted({i for a in f.actors for i in by_actor.get(a, ())})]
        kept = [r for r in relations if f.keep(r, hierarchy)]
        return network_of(kept, hierarchy, level=f.level, filters=f.analysis())
    return reader.cached(("network", f.key()), make)


def involving(reader: Reader) -> dict[str, list[int]]:
    """For every actor, the positions in `gathered` of the relations it (or a part of it) takes part in."""
    def make() -> dict[str, list[int]]:
        relations, hierarchy = gathered(reader)
        index: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(relations):
            for a in {*hierarchy.chain(r.source), *hierarchy.chain(r.target)}:
                index[a].append(i)
        return dict(index)
    return reader.cached("involving", make)


def gathered(reader: Reader) -> tuple[list[Any], Any]:
    """Every relation in the store and the actor hierarchy, read once; each set of filters reuses them."""
    from ..analysis.network import gather

    d = dictionary(reader)  # loaded apart, so that the cost of gathering is the store's alone
    return reader.cached("gathered", lambda: gather(reader, d))


def network(reader: Reader, f: Filters) -> dict[str, Any]:
    """Nodes and signed, weighted edges (one per ordered pair), heaviest first, at most `f.limit`."""
    return reader.cached(("network-view", f), lambda: _view(reader, f))


def _pairs(net: analysis.Network) -> dict[tuple[str, str], dict[str, Any]]:
    """Fold the analysis' (source, target, type) edges into one edge per ordered pair."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for e in net.edges:
        m = pairs.setdefault((e.source, e.target), {"weight": 0, "positive": 0, "negative": 0, "types": {},
                                                    "documents": 0, "dates": []})
        m["weight"] += e.weight
        m["documents"] += e.documents
        if e.sign > 0:
            m["positive"] += e.weight
        elif e.sign < 0:
            m["negative"] += e.weight
        m["types"][e.type] = m["types"].get(e.type, 0) + e.weight
        m["dates"].extend(x for x in (e.first, e.last) if x)
    for m in pairs.values():
        m["first"], m["last"] = (min(m["dates"]), max(m["dates"])) if m["dates"] else (None, None)
    return pairs


def _view(reader: Reader, f: Filters) -> dict[str, Any]:
    net = full_network(reader, f)
    pairs = _pairs(net)
    ranked = sorted((kv for kv in pairs.items() if kv[1]["weight"] >= f.min_weight),
                    key=lambda kv: (-kv[1]["weight"], kv[0]))
    edges = []
    for (s, t), m in ranked[:f.limit]:
        sign = 1 if m["positive"] > m["negative"] else -1 if m["negative"] > m["positive"] else 0
        edges.append({"id": f"{s}\u2192{t}", "source": s, "target": t, "sign": sign, "weight": m["weight"],
                      "positive": m["positive"], "negative": m["negative"], "documents": m["documents"],
                      "mixed": bool(m["positive"] and m["negative"]),
                      "first": m["first"], "last": m["last"],
                      "types": sorted(m["types"], key=lambda k: -m["types"][k])})
    shown = {e["source"] for e in edges} | {e["target"] for e in edges}
    weight: dict[str, int] = defaultdict(int)
    for e in edges:
        weight[e["source"]] += e["weight"]
        weight[e["target"]] += e["weight"]
    known = actor_table(reader)
    nodes = [{"id": n.id, "name": n.name, "kind": n.kind, "country": n.country, "known": n.id in known,
              "faction": n.faction if n.faction is not None else -1, "weight": weight[n.id],
              "members": list(n.members)} for n in net.nodes if n.id in shown]
    fa = net.factions
    return {"filters": f.query(), "nodes": nodes, "edges": edges, "edges_total": len(ranked),
            "factions": {"blocs": [list(b) for b in fa.blocs], "frustration": fa.frustration,
                         "balance": round(fa.balance, 4)}}


def node_info(reader: Reader, f: Filters, node: str) -> dict[str, Any]:
    n = full_network(reader, f).node(node)
    a = actor_table(reader).get(node)
    if n is not None:
        return {"id": n.id, "name": n.name, "kind": n.kind, "country": n.country, "known": a is not None}
    return {"id": node, "name": a["name"] if a else node, "kind": a["kind"] if a else "other",
            "country": a["country"] if a else None, "known": a is not None}


def actor_table(reader: Reader) -> dict[str, dict[str, Any]]:
    return reader.cached("actors", lambda: {r["id"]: r for r in reader.rows(
        "SELECT id, name, kind, country, parent FROM actors")})


EVENT_COLUMNS = ("e.*, d.title, d.published, d.url, d.source AS outlet, (SELECT value FROM json_each(d.facts, '$.events') "
                 "WHERE json_extract(value, '$.id') = e.id) AS ev_json")


def edge_refs(reader: Reader, f: Filters) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Every ordered pair's evidence refs (doc_id, event_id), newest first: built once per network."""
    def make() -> dict[tuple[str, str], list[tuple[str, str]]]:
        dated: dict[tuple[str, str], dict[tuple[str, str], str]] = defaultdict(dict)
        for e in full_network(reader, f).edges:
            for r in e.evidence:
                dated[(e.source, e.target)][(r.doc_id, r.event_id)] = r.date or ""
        return {pair: [ref for ref, _ in sorted(refs.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)]
                for pair, refs in dated.items()}
    return reader.cached(("edge-refs", f.key()), make)


def evidence(reader: Reader, source: str, target: str, f: Filters, *, page: int = 1,
             per_page: int = 50, undirected: bool = False) -> dict[str, Any]:
    """The events behind one edge (every type between the two nodes), each with its sentence highlighted."""
    by_pair = edge_refs(reader, f)
    refs = by_pair.get((source, target), [])
    if undirected:
        refs = list(dict.fromkeys([*refs, *by_pair.get((target, source), [])]))
    chosen = refs[(page - 1) * per_page: page * per_page]
    return {"source": node_info(reader, f, source), "target": node_info(reader, f, target), "filters": f.query(),
            "total": len(refs), "page": page, "per_page": per_page, "events": events_by_ref(reader, chosen)}


def events_by_ref(reader: Reader, refs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Event views for (doc_id, event_id) pairs, in the order given (one query); missing ones are skipped."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for k in range(0, len(refs), 200):
        chunk = refs[k:k + 200]
        values = ",".join("(?,?)" for _ in chunk)
        for r in reader.rows(f"WITH refs(doc_id, id) AS (VALUES {values}) SELECT {EVENT_COLUMNS} FROM refs "
                             "JOIN events e ON e.doc_id = refs.doc_id AND e.id = refs.id "
                             "JOIN documents d ON d.id = e.doc_id", [x for ref in chunk for x in ref]):
            found[(r["doc_id"], r["id"])] = r
    return [event_view(reader, found[ref]) for ref in refs if ref in found]


def web_url(url: str | None) -> str | None:
    """An article's address if it is one a reader can follow (http or https); anything else is not a link."""
    if not url or not url.lower().startswith(("http://", "https://")) or any(c in url for c in "\x00\n\r\t "):
        return None
    return url


def event_view(reader: Reader, r: dict[str, Any]) -> dict[str, Any]:
    """An event row with names and its sentence split into pieces marking source, target and trigger.

    `r` is a row selected with `EVENT_COLUMNS`: the event's own JSON carries the trigger and actor spans.
    """
    actors = actor_table(reader)
    spans: list[tuple[int, int, str]] = []
    ev = json.loads(r["ev_json"]) if r.get("ev_json") else {}
    for key, cls in (("source_mention", "source"), ("target_mention", "target"), ("trigger", "trigger")):
        m = ev.get(key)
        if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
            spans.append((m["start"], m["end"], cls))
    if not any(c in ("source", "target") for _, _, c in spans):
        spans.extend((m["start"], m["end"], "actor") for m in reader.rows(
            'SELECT start, "end" FROM mentions WHERE doc_id = ? AND actor_id IN (?, ?) AND start >= ? AND "end" <= ?',
            (r["doc_id"], r["source"], r["target"], r["start"], r["end"])))
    return {
        "doc_id": r["doc_id"], "id": r["id"], "type": r["type"], "mode": r["mode"], "sign": r["sign"],
        "source": r["source"], "source_name": (actors.get(r["source"]) or {}).get("name", r["source"]),
        "target": r["target"], "target_name": (actors.get(r["target"]) or {}).get("name", r["target"]),
        "place": r["place"], "date": r["date"] or r.get("published"), "event_date": r["date"],
        "published": r.get("published"), "polarity": r["polarity"],
        "voice": {"kind": r["voice_kind"], "name": r["voice_name"]},
        "title": r.get("title"), "outlet": r.get("outlet"), "url": web_url(r.get("url")),
        "source_known": r["source"] in actors, "target_known": r["target"] in actors,
        "start": r["start"], "end": r["end"], "text": r["text"],
        "pieces": pieces(r["text"], r["start"], spans),
    }
