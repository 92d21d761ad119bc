"""A picture of the signed network for reports: factions coloured; ties green (support), red (hostility),
purple (both: a fault line), grey dashed (neutral)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from .network import Network

PALETTE = ("#4c72b0", "#dd8452", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd")
SIGN_COLOUR = {1: "#2a9d3f", -1: "#d62728", 0: "#9a9a9a"}
MIXED = "#9467bd"


def draw_network(net: Network, out: str | Path | IO[bytes], *, fmt: str | None = None, title: str | None = None,
                 max_nodes: int = 80) -> None:
    """Draw `net` to a png or svg file (or binary stream with `fmt`); the heaviest `max_nodes` actors only."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.lines import Line2D

    weight: dict[str, int] = {}
    for e in net.edges:
        weight[e.source] = weight.get(e.source, 0) + e.weight
        weight[e.target] = weight.get(e.target, 0) + e.weight
    keep = set(sorted(weight, key=lambda n: (-weight[n], n))[:max_nodes])
    g = nx.Graph()
    for node in net.nodes:
        if node.id in keep:
            g.add_node(node.id)
    ties: dict[tuple[str, str], int] = {}
    mixed: set[tuple[str, str]] = set()
    seen_sign: dict[tuple[str, str], set[int]] = {}
    for e in net.edges:
        if e.source in keep and e.target in keep:
            key = (min(e.source, e.target), max(e.source, e.target))
            ties[key] = ties.get(key, 0) + e.sign * e.weight
            seen_sign.setdefault(key, set()).add(e.sign)
            g.add_edge(*key)
    mixed = {k for k, signs in seen_sign.items() if {1, -1} <= signs}
    g.remove_nodes_from([v for v in list(g) if g.degree(v) == 0 and weight.get(v, 0) > 0])  # partner cut away
    n = max(len(g), 1)
    fig, ax = plt.subplots(figsize=(7 + n ** 0.5, 5 + n ** 0.5), dpi=120)
    pos = nx.spring_layout(g, seed=7, k=1.8 / n ** 0.5) if len(g) else {}
    nodes = {x.id: x for x in net.nodes}
    colours = [_colour(nodes[v].faction) for v in g]
    sizes = [250 + 120 * weight.get(v, 0) ** 0.7 for v in g]
    for (u, v), w in ties.items():
        colour = MIXED if (u, v) in mixed else SIGN_COLOUR[(w > 0) - (w < 0)]
        nx.draw_networkx_edges(g, pos, edgelist=[(u, v)], ax=ax, width=1 + min(abs(w), 8) * 0.6,
                               edge_color=colour, style="dashed" if w == 0 and (u, v) not in mixed else "solid",
                               alpha=0.75)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=colours, node_size=sizes, edgecolors="#333333", linewidths=0.8)
    nx.draw_networkx_labels(g, pos, ax=ax, labels={v: _short(nodes[v].name) for v in g}, font_size=8)
    f = net.factions
    ax.set_title(title or f"Signed actor network ({net.level}) — {len(f.blocs)} blocs, frustration "
                 f"{f.frustration}/{f.ties} ties, balance {f.balance:.2f}", fontsize=10)
    legend = [Line2D([0], [0], color=SIGN_COLOUR[1], lw=2, label="support / cooperation"),
              Line2D([0], [0], color=SIGN_COLOUR[-1], lw=2, label="hostility / conflict"),
              Line2D([0], [0], color=MIXED, lw=2, label="both (a fault line)")]
    legend += [Line2D([0], [0], marker="o", color="w", markerfacecolor=PALETTE[i % len(PALETTE)], markersize=9,
                      label=f"bloc {i + 1}") for i in range(min(len(f.blocs), len(PALETTE)))]
    ax.legend(handles=legend, loc="lower left", fontsize=7, frameon=False)
    ax.axis("off")
    fig.tight_layout()
    if isinstance(out, (str, Path)):
        fig.savefig(out, format=fmt or Path(out).suffix.lstrip(".") or "png")
    else:
        fig.savefig(out, format=fmt or "png")
    plt.close(fig)


def _colour(faction: int | None) -> str:
    return "#dddddd" if faction is None else PALETTE[faction % len(PALETTE)]


def _short(name: str, width: int = 22) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
