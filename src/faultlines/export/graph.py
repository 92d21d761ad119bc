"""The signed actor network as GraphML or GEXF 1.2 that Gephi, yEd, networkx and igraph load as written:
unique edge ids, the PLOVER type in its own attribute (GEXF reserves `edge@type` for directedness), and
no control characters in any label."""

from __future__ import annotations

import sqlite3
from typing import IO, Any

from .rows import event_days, iter_rows
from .safe import xml_text


def signed_graph(conn: sqlite3.Connection, *, include_copies: bool = False) -> Any:
    """A networkx MultiDiGraph: actors as nodes, one edge per (source, target, PLOVER type) with its sign,
    the number of distinct pieces of evidence (wire copies counted once) and of documents, its first and last
    day, the outlets that reported it and one article's URL."""
    import networkx as nx

    g = nx.MultiDiGraph()
    agg: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in iter_rows(conn, include_copies=True):
        e = r.event
        if not (e.source and e.target) or e.polarity != "asserted":
            continue
        for a in (r.source, r.target):
            if a is not None and a.id not in g:
                g.add_node(a.id, name=a.name, kind=a.kind, country=a.country or "")
        rec = agg.setdefault((e.source, e.target, e.type), {"sign": e.sign, "evidence": set(), "documents": set(),
                                                            "days": [], "urls": set(), "outlets": set()})
        rec["evidence"].add(r.doc.evidence_id)
        rec["documents"].add(r.doc.id)
        lo, hi, _ = event_days(e.date, r.doc.published)
        rec["days"].extend(d for d in (lo, hi) if d)
        rec["urls"].update([r.doc.url] if r.doc.url and r.doc.id == r.doc.evidence_id else [])
        rec["outlets"].update([r.doc.outlet] if r.doc.outlet else [])
    for (s, t, typ), rec in sorted(agg.items()):
        days, urls = sorted(rec["days"]), sorted(rec["urls"])
        g.add_edge(s, t, key=typ, type=typ, sign=rec["sign"], evidence=len(rec["evidence"]),
                   documents=len(rec["documents"]) if include_copies else len(rec["evidence"]),
                   first=days[0] if days else None, last=days[-1] if days else None,
                   outlets="; ".join(sorted(rec["outlets"])[:10]) or None, url=urls[0] if urls else None)
    return g


def file_graph(g: Any) -> Any:
    """A copy of a (multi)graph ready for a file: edge keys `e0`, `e1` … (unique ids), the `type` attribute
    renamed `event_type`, node ids, labels and string attributes cleared of control characters."""
    import networkx as nx

    out = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    out.graph.update({k: _clean(v) for k, v in g.graph.items()})
    ids = {n: xml_text(str(n)) for n in g.nodes}
    for n, data in g.nodes(data=True):
        attrs = {k: _clean(v) for k, v in data.items() if v is not None}
        if "label" not in attrs and "name" in attrs:
            attrs["label"] = attrs["name"]
        out.add_node(ids[n], **attrs)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for k, (u, v, _key, data) in enumerate(edges):
        attrs = {("event_type" if a == "type" else a): _clean(x) for a, x in data.items() if x is not None}
        out.add_edge(ids[u], ids[v], key=f"e{k}", **attrs)
    return out


def _clean(value: Any) -> Any:
    return xml_text(value) if isinstance(value, str) else value


def write_graph(g: Any, fmt: str, stream: IO[bytes]) -> None:
    """Write `g` as graphml or gexf (GEXF 1.2) to a binary stream."""
    import networkx as nx

    fg = file_graph(g)
    if fmt == "graphml":
        nx.write_graphml(fg, stream, edge_id_from_attribute=None)
    elif fmt == "gexf":
        nx.write_gexf(fg, stream, version="1.2draft")
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
