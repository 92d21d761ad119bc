"""The signed actor network as GraphML or GEXF 1.2 that Gephi, yEd, networkx and igraph load as written:
unique edge ids, the PLOVER type in its own attribute (GEXF reserves `edge@type` for directedness), and
no control characters in any label."""

from __future__ import annotations

import sqlite3
from typing import IO, TYPE_CHECKING

from .safe import xml_text

if TYPE_CHECKING:
    import networkx as nx

    from ..actors import Dictionary


def signed_graph(conn: sqlite3.Connection, *, dictionary: Dictionary | None = None) -> nx.MultiDiGraph:
    """The store's signed network as `faultlines network` builds it (group level, asserted events, every voice;
    the default actor dictionary unless one is given): a networkx MultiDiGraph, see `Network.to_networkx`.
    An edge's `documents` counts wire stories once and its `evidence` lists every copy's event."""
    from ..actors import load_dictionary
    from ..analysis.network import build_network

    return build_network(conn, dictionary=dictionary if dictionary is not None else load_dictionary()).to_networkx()


def file_graph(g: nx.Graph) -> nx.MultiGraph:
    """A copy of a (multi)graph ready for a file: edge keys `e0`, `e1` … (unique ids), the `type` attribute
    renamed `event_type`, node ids, labels and string attributes cleared of control characters."""
    import networkx as nx

    out = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    out.graph.update({k: _clean(v) for k, v in g.graph.items()})
    ids = {n: xml_text(str(n)) for n in g.nodes}
    for n, data in g.nodes(data=True):
        attrs = {k: _clean(v) for k, v in data.items() if v is not None}
        out.add_node(ids[n], **attrs)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for k, (u, v, _key, data) in enumerate(edges):
        attrs = {("event_type" if a == "type" else a): _clean(x) for a, x in data.items() if x is not None}
        out.add_edge(ids[u], ids[v], key=f"e{k}", **attrs)
    return out


def _clean(value: object) -> object:
    return xml_text(value) if isinstance(value, str) else value


def write_graph(g: nx.Graph, fmt: str, stream: IO[bytes]) -> None:
    """Write `g` as graphml or gexf (GEXF 1.2) to a binary stream."""
    import networkx as nx

    fg = file_graph(g)
    if fmt == "graphml":
        nx.write_graphml(fg, stream, edge_id_from_attribute=None)
    elif fmt == "gexf":
        nx.write_gexf(fg, stream, version="1.2draft")
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
