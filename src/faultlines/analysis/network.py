"""The signed actor network: nodes at a level, edges aggregated by (source, target, type), factions."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import IO, TYPE_CHECKING, Any

from ..records import Facts
from .factions import Factions, find_factions
from .filters import ALL_VOICES, Filters
from .relations import (
    LEVELS,
    ActorInfo,
    HasConn,
    Hierarchy,
    Relation,
    hierarchy_from_dictionary,
    relations_from_facts,
    relations_from_store,
)

AFFIRMING = frozenset({"asserted", "hypothetical"})
MAX_OUTLETS = 10  # outlets named on an edge of a graph file

if TYPE_CHECKING:
    import networkx as nx

    from ..actors import Dictionary

Data = HasConn | sqlite3.Connection | Facts | Iterable[Facts]

@dataclass(frozen=True)
class EventRef:
    """One sentence of evidence for an edge."""

    doc_id: str
    event_id: str
    text: str
    voice: str
    voice_name: str | None
    polarity: str
    date: str


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str
    sign: int
    weight: int  # distinct (document, voice) pairs; wire copies of one story count once
    documents: int
    voices: int
    first: str | None
    last: str | None
    evidence: tuple[EventRef, ...]
    outlets: tuple[str, ...] = ()  # who published the affirming evidence
    url: str | None = None  # one article behind it (a story's first copy)


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: str
    country: str | None
    faction: int | None
    members: tuple[str, ...]  # the actors folded into this node at its level


@dataclass(frozen=True)
class Network:
    level: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    factions: Factions

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def ties(self) -> dict[tuple[str, str], float]:
        return signed_ties(self.edges)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON: nodes, edges with evidence refs, and the factions with their frustration."""
        f = self.factions
        return {
            "level": self.level,
            "nodes": [{**asdict(n), "members": list(n.members)} for n in self.nodes],
            "edges": [{**{k: v for k, v in asdict(e).items() if k != "evidence"},
                       "outlets": list(e.outlets), "evidence": [asdict(r) for r in e.evidence]} for e in self.edges],
            "factions": {"blocs": [list(b) for b in f.blocs], "frustration": f.frustration,
                         "weighted_frustration": f.weighted, "ties": f.ties, "balance": round(f.balance, 4),
                         "exact": f.exact},
        }

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph every command writes (`network` and `export` as graphml or gexf): nodes with `label`, kind,
        country, faction and members; one edge per (source, target, type) keyed by type, with its sign, weight,
        documents, voices, first and last day, outlets, one URL and its evidence as a JSON list of
        "doc_id/event_id" refs. Scalar attributes only (GraphML and GEXF accept it as it is)."""
        import networkx as nx

        g = nx.MultiDiGraph(level=self.level, frustration=self.factions.frustration)
        for n in self.nodes:
            g.add_node(n.id, **_scalars({"label": n.name, "kind": n.kind, "country": n.country,
                                         "faction": n.faction, "members": ";".join(n.members)}))
        for e in self.edges:
            refs = json.dumps([f"{r.doc_id}/{r.event_id}" for r in e.evidence])
            g.add_edge(e.source, e.target, key=e.type, **_scalars({
                "type": e.type, "sign": e.sign, "weight": e.weight, "documents": e.documents,
                "voices": e.voices, "first": e.first, "last": e.last,
                "outlets": "; ".join(e.outlets[:MAX_OUTLETS]) or None, "url": e.url, "evidence": refs}))
        return g

    def to_csv(self) -> str:
        """One row per edge, with actor names and the first sentence of evidence (no cell starts a formula)."""
        from ..export.safe import csv_cell

        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["source", "source_name", "type", "sign", "target", "target_name", "weight", "documents",
                    "voices", "first", "last", "evidence"])
        names = {n.id: n.name for n in self.nodes}
        for e in self.edges:
            w.writerow([csv_cell(x) for x in (e.source, names.get(e.source, e.source), e.type, e.sign, e.target,
                        names.get(e.target, e.target), e.weight, e.documents, e.voices, e.first or "",
                        e.last or "", " ".join(e.evidence[0].text.split()) if e.evidence else "")])
        return out.getvalue()

    def write(self, fmt: str, stream: IO[Any]) -> None:
        """Write json, csv (text stream) or graphml, gexf (binary stream; unique edge ids, clean labels)."""
        from ..export.graph import write_graph

        if fmt == "json":
            stream.write(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n")
        elif fmt == "csv":
            stream.write(self.to_csv())
        elif fmt in ("graphml", "gexf"):
            write_graph(self.to_networkx(), fmt, stream)
        else:
            raise ValueError(f"unknown network format {fmt!r}")


Scalar = str | int | float


def _scalars(d: dict[str, Scalar | None]) -> dict[str, Scalar]:
    """The attributes GraphML and GEXF can hold: scalars, with the missing ones left out."""
    return {k: v for k, v in d.items() if v is not None}


def gather(data: Data, dictionary: Dictionary | None = None, *, texts: bool = True) -> tuple[list[Relation], Hierarchy]:
    """Relations and actor hierarchy from a store (or its connection), one Facts, or an iterable of Facts; from a
    store without `texts`, each relation's sentence is left out."""
    h = hierarchy_from_dictionary(dictionary)
    if isinstance(data, sqlite3.Connection | HasConn):
        return relations_from_store(data, h, texts=texts)
    return relations_from_facts([data] if isinstance(data, Facts) else data, h)


def signed_ties(edges: Iterable[Edge]) -> dict[tuple[str, str], float]:
    """Undirected net ties: the sum of sign x weight over every edge between two nodes."""
    net: dict[tuple[str, str], float] = defaultdict(float)
    for e in edges:
        if e.sign:
            a, b = sorted((e.source, e.target))
            net[(a, b)] += e.sign * e.weight
    return {k: v for k, v in net.items() if v}


def aggregate(relations: Iterable[Relation], hierarchy: Hierarchy, level: str = "group", *,
              evidence: bool = True) -> list[Edge]:
    """Edges keyed by (source node, target node, type); self-loops at the level are dropped.

    `evidence=False` leaves each edge's evidence empty (the explorer fetches an edge's sentences by key)."""
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        s, t = hierarchy.node(r.source, level), hierarchy.node(r.target, level)
        if s != t:
            groups[(s, t, r.type)].append(r)
    edges = []
    for (s, t, typ), rs in groups.items():
        lo = hi = None
        for r in rs:  # the earliest start and the latest end (a one-sided span counts at its known end)
            x, y = r.span.lo, r.span.hi
            if (a := x or y) and (lo is None or a < lo):
                lo = a
            if (b := y or x) and (hi is None or b > hi):
                hi = b
        refs = tuple(EventRef(r.doc_id, r.event_id, r.text, r.voice_kind, r.voice_name, r.polarity,
                              r.span.label()) for r in rs) if evidence else ()
        # A denied or questioned relation is evidence, not a tie: it neither signs nor weighs the edge.
        affirm = [r for r in rs if r.polarity in AFFIRMING] or rs
        sign = rs[0].sign if affirm[0].polarity in AFFIRMING else 0
        copies: set[str] = set()
        voices: set[tuple[str, str]] = set()
        said: set[tuple[str, tuple[str, str]]] = set()
        outlets: set[str] = set()
        urls: set[str] = set()
        for r in affirm:  # r.copy and r.voice, inline: this loop runs once per relation of a network
            c = r.cluster or r.doc_id
            v = (r.voice_kind, r.voice_name or f"@{c}")
            copies.add(c)
            voices.add(v)
            said.add((c, v))
            if r.outlet:
                outlets.add(r.outlet)
            if r.url:
                urls.add(r.url)
        edges.append(Edge(s, t, typ, sign, len(said), len(copies), len(voices), lo, hi, refs,
                          tuple(sorted(outlets)), min(urls) if urls else None))
    edges.sort(key=lambda e: (-e.weight, e.source, e.target, e.type))
    return edges


def build_network(data: Data, *, level: str = "group", filters: Filters | None = None,
                  dictionary: Dictionary | None = None, max_blocs: int = 2) -> Network:
    """The signed network of a Store or of facts, at `level` (group | parent | state).

    `filters` picks time range, voices, polarities and event types (asserted only by default);
    `dictionary` (from `actors.load_dictionary()`) adds parents and countries the data lacks.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")
    relations, h = gather(data, dictionary)
    return network_of(relations, h, level=level, filters=filters, max_blocs=max_blocs)


def network_of(relations: Iterable[Relation], hierarchy: Hierarchy, *, level: str = "group",
               filters: Filters | None = None, max_blocs: int = 2, evidence: bool = True) -> Network:
    """The network of relations already gathered (`evidence=False`: edges without their sentences)."""
    flt = filters or Filters()
    kept = [r for r in relations if flt.keep(r, hierarchy)]
    edges = aggregate(kept, hierarchy, level, evidence=evidence)
    factions = find_factions(signed_ties(edges), max_blocs=max_blocs)
    of = factions.of()
    members: dict[str, set[str]] = defaultdict(set)
    for r in kept:
        for a in (r.source, r.target):
            members[hierarchy.node(a, level)].add(a)
    ids = sorted({e.source for e in edges} | {e.target for e in edges}, key=lambda i: hierarchy.name(i).lower())
    nodes = tuple(Node(i, hierarchy.info(i).name, hierarchy.info(i).kind, hierarchy.info(i).country, of.get(i),
                       tuple(sorted(members.get(i, {i})))) for i in ids)
    return Network(level, nodes, tuple(edges), factions)


def build_slices(data: Data, *, level: str = "group", filters: Filters | None = None,
                 dictionary: Dictionary | None = None, max_blocs: int = 2) -> list[tuple[str, Network]]:
    """One network per year from the first to the last dated relation (event date, else publication date)."""
    relations, h = gather(data, dictionary)
    known = sorted({int(d[:4]) for r in relations for d in (r.span.lo, r.span.hi) if d and d[:4].isdigit()})
    years = [str(y) for y in range(known[0], known[-1] + 1)] if known else []
    base = filters or Filters()
    return [(y, network_of(relations, h, level=level, filters=replace(base, since=y, until=y), max_blocs=max_blocs))
            for y in years]


def summed_network(conn: sqlite3.Connection, hierarchy: Hierarchy, *, filters: Filters | None = None,
                   max_blocs: int = 2) -> Network | None:
    """The group-level network from the edge aggregates the write path keeps (`store.edges`): a GROUP BY, not a
    pass over every relation. Equal to `network_of` without a date window (edges without evidence, outlets or
    voices); under one, an edge counts its (story, voice) pairs per day of the window. None when the store keeps
    no aggregates, or for filters they cannot answer (two affirming polarities at once)."""
    from ..store import edges as sql

    flt = filters or Filters()
    if len(flt.polarities & AFFIRMING) > 1 or not sql.has_edges(conn, by_target=bool(flt.actors)):
        return None
    focus = None
    if flt.actors:  # the focused actors and every actor whose chain reaches one of them (its parts)
        wanted = set(flt.actors)
        focus = sorted({*wanted, *(a for a in hierarchy.actors if wanted & set(hierarchy.chain(a)))})
    spans = [sql.WHOLE]
    if flt.since or flt.until or not flt.include_undated:
        every = sql.span_ids(conn)
        kept = [i for i, span in every
                if span.overlaps_window(flt.since, flt.until) and (flt.include_undated or bool(span.lo or span.hi))]
        spans = spans if len(kept) == len(every) else kept
    voices = [sql.ALL] if flt.voices == ALL_VOICES else sorted(flt.voices)
    edges: list[Edge] = []
    rows: list[sql.EdgeSum] = []  # the polarities of one (source, target, type): consecutive in the sums
    for row in sql.edge_sums(conn, spans=spans, voices=voices, polarities=sorted(flt.polarities),
                             types=sorted(flt.types), actors=focus):
        if rows and row[:3] != rows[0][:3]:
            edges.append(_summed_edge(rows))
            rows = []
        rows.append(row)
    if rows:
        edges.append(_summed_edge(rows))
    edges.sort(key=lambda e: (-e.weight, e.source, e.target, e.type))
    factions = find_factions(signed_ties(edges), max_blocs=max_blocs)
    of = factions.of()
    ids = sorted({e.source for e in edges} | {e.target for e in edges}, key=lambda i: hierarchy.name(i).lower())
    infos: list[ActorInfo] = [hierarchy.info(i) for i in ids]
    nodes = tuple(Node(i, a.name, a.kind, a.country, of.get(i), (i,)) for i, a in zip(ids, infos, strict=True))
    return Network("group", nodes, tuple(edges), factions)


def _summed_edge(rows: list[Any]) -> Edge:
    """One edge from its (source, target, type)'s sums per polarity, counted as `aggregate` counts."""
    from ..store.edges import sign_of

    affirm = [r for r in rows if r.polarity in AFFIRMING]
    counted = affirm or rows
    sign = sign_of(min(r.first_key for r in rows if r.first_key is not None)) if affirm else 0
    firsts = [r.first for r in rows if r.first]
    lasts = [r.last for r in rows if r.last]
    r0 = rows[0]
    return Edge(r0.source, r0.target, r0.type, sign, sum(r.said for r in counted), sum(r.docs for r in counted), 0,
                min(firsts, default=None), max(lasts, default=None), ())
