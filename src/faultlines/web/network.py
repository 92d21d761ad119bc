"""The signed actor network and the evidence behind an edge, from `faultlines.analysis`.

The analysis builds the network over the whole store once per set of filters (cached until the
store grows); this module shapes it for drawing: one edge per ordered pair, its types listed.
"""

from __future__ import annotations

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

    def analysis(self) -> analysis.Filters:
        return analysis.Filters(since=self.date_from, until=self.date_to,
                                voices=frozenset(self.voices) or ALL_VOICES,
                                polarities=frozenset(self.polarities) or frozenset({"asserted"}),
                                types=frozenset(self.types) or None)

    def key(self) -> tuple[Any, ...]:
        return (self.date_from, self.date_to, self.voices, self.types, self.polarities, self.level)

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
        return q


def dictionary(reader: Reader) -> Any:
    from ..actors import load_dictionary

    return reader.cached("dictionary", load_dictionary)


def full_network(reader: Reader, f: Filters) -> analysis.Network:
    """The analysis' network of the whole store for these filters (every edge, every evidence ref)."""
    def make() -> analysis.Network:
        return analysis.build_network(reader, level=f.level, filters=f.analysis(), dictionary=dictionary(reader))
    return reader.cached(("network", f.key()), make)


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
                      "first": m["first"], "last": m["last"],
                      "types": sorted(m["types"], key=lambda k: -m["types"][k])})
    shown = {e["source"] for e in edges} | {e["target"] for e in edges}
    weight: dict[str, int] = defaultdict(int)
    for e in edges:
        weight[e["source"]] += e["weight"]
        weight[e["target"]] += e["weight"]
    nodes = [{"id": n.id, "name": n.name, "kind": n.kind, "country": n.country,
              "faction": n.faction if n.faction is not None else -1, "weight": weight[n.id],
              "members": list(n.members)} for n in net.nodes if n.id in shown]
    fa = net.factions
    return {"filters": f.query(), "nodes": nodes, "edges": edges, "edges_total": len(ranked),
            "factions": {"blocs": [list(b) for b in fa.blocs], "frustration": fa.frustration,
                         "balance": round(fa.balance, 4)}}


def node_info(reader: Reader, f: Filters, node: str) -> dict[str, Any]:
    n = full_network(reader, f).node(node)
    if n is not None:
        return {"id": n.id, "name": n.name, "kind": n.kind, "country": n.country}
    a = actor_table(reader).get(node)
    return {"id": node, "name": a["name"] if a else node, "kind": a["kind"] if a else "other",
            "country": a["country"] if a else None}


def actor_table(reader: Reader) -> dict[str, dict[str, Any]]:
    return reader.cached("actors", lambda: {r["id"]: r for r in reader.rows(
        "SELECT id, name, kind, country, parent FROM actors")})


def evidence(reader: Reader, source: str, target: str, f: Filters, *, page: int = 1,
             per_page: int = 50, undirected: bool = False) -> dict[str, Any]:
    """The events behind one edge (every type between the two nodes), each with its sentence highlighted."""
    net = full_network(reader, f)
    wanted = {(source, target), (target, source)} if undirected else {(source, target)}
    refs = [(r.doc_id, r.event_id, r.date) for e in net.edges if (e.source, e.target) in wanted for r in e.evidence]
    refs = list(dict.fromkeys(refs))
    refs.sort(key=lambda r: (r[2] or "", r[0], r[1]), reverse=True)
    chosen = refs[(page - 1) * per_page: page * per_page]
    return {"source": node_info(reader, f, source), "target": node_info(reader, f, target), "filters": f.query(),
            "total": len(refs), "page": page, "per_page": per_page,
            "events": events_by_ref(reader, [(d, e) for d, e, _ in chosen])}


def events_by_ref(reader: Reader, refs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Event views for (doc_id, event_id) pairs, in the order given; missing ones are skipped."""
    out = []
    for doc_id, event_id in refs:
        r = reader.row("SELECT e.*, d.title, d.published FROM events e JOIN documents d ON d.id = e.doc_id "
                       "WHERE e.doc_id = ? AND e.id = ?", (doc_id, event_id))
        if r is not None:
            out.append(event_view(reader, r))
    return out


def event_view(reader: Reader, r: dict[str, Any]) -> dict[str, Any]:
    """An event row with names and its sentence split into pieces marking source, target and trigger."""
    actors = actor_table(reader)
    spans: list[tuple[int, int, str]] = []
    facts = reader.facts(r["doc_id"])
    ev = next((e for e in facts.events if e.id == r["id"]), None) if facts else None
    if ev is not None:
        for m, cls in ((ev.source_mention, "source"), (ev.target_mention, "target"), (ev.trigger, "trigger")):
            if m is not None:
                spans.append((m.start, m.end, cls))
    if facts is not None:
        for a in facts.actors:
            if a.id in (r["source"], r["target"]) and not any(c in ("source", "target") for _, _, c in spans):
                spans.extend((m.start, m.end, "actor") for m in a.mentions)
    return {
        "doc_id": r["doc_id"], "id": r["id"], "type": r["type"], "mode": r["mode"], "sign": r["sign"],
        "source": r["source"], "source_name": (actors.get(r["source"]) or {}).get("name", r["source"]),
        "target": r["target"], "target_name": (actors.get(r["target"]) or {}).get("name", r["target"]),
        "place": r["place"], "date": r["date"] or r.get("published"), "polarity": r["polarity"],
        "voice": {"kind": r["voice_kind"], "name": r["voice_name"]},
        "title": r.get("title"), "start": r["start"], "end": r["end"], "text": r["text"],
        "pieces": pieces(r["text"], r["start"], spans),
    }
