"""The signed actor network and the evidence behind an edge, read straight from the events table.

Kept small and read-only; when `faultlines.analysis.network` offers the same view the web layer can
switch to it without changing the JSON it serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .db import Reader
from .spans import pieces

LEVELS = ("actor", "parent", "country")


@dataclass(frozen=True)
class Filters:
    """What part of the corpus a network or an edge's evidence is drawn from (all values validated)."""

    date_from: str | None = None
    date_to: str | None = None
    voices: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ("asserted",)
    level: str = "actor"
    min_weight: int = 1
    limit: int = 300
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def where(self) -> tuple[str, list[Any], bool]:
        """SQL conditions over `events e` (and `documents d` when dates are asked); bound parameters only."""
        conds, params = ["e.source IS NOT NULL", "e.target IS NOT NULL", "e.source != e.target"], []
        for column, values in (("e.voice_kind", self.voices), ("e.type", self.types),
                               ("e.polarity", self.polarities)):
            if values:
                conds.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        join = bool(self.date_from or self.date_to)
        if self.date_from:
            conds.append("COALESCE(e.date, d.published) >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("substr(COALESCE(e.date, d.published), 1, ?) <= ?")
            params.extend([len(self.date_to), self.date_to])
        return " AND ".join(conds), params, join

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


def actor_table(reader: Reader) -> dict[str, dict[str, Any]]:
    return reader.cached("actors", lambda: {r["id"]: r for r in reader.rows(
        "SELECT id, name, kind, country, parent FROM actors")})


def rollup(reader: Reader, level: str) -> dict[str, str]:
    """Map each actor id to the node it is drawn as at `level` (itself, its top parent, or its country)."""
    def make() -> dict[str, str]:
        actors = actor_table(reader)
        out = {}
        for aid, a in actors.items():
            top, seen = a, {aid}
            while top["parent"] and top["parent"] in actors and top["parent"] not in seen:
                seen.add(top["parent"])
                top = actors[top["parent"]]
            if level == "parent":
                out[aid] = top["id"]
            else:
                country = a["country"] or top["country"]
                out[aid] = f"country:{country}" if country else aid
        return out
    if level == "actor":
        return {}
    return reader.cached(("rollup", level), make)


def node_info(reader: Reader, node: str) -> dict[str, Any]:
    if node.startswith("country:"):
        return {"id": node, "name": node.split(":", 1)[1], "kind": "state", "country": node.split(":", 1)[1]}
    a = actor_table(reader).get(node)
    return {"id": node, "name": a["name"] if a else node, "kind": a["kind"] if a else "other",
            "country": a["country"] if a else None}


def network(reader: Reader, f: Filters) -> dict[str, Any]:
    """Nodes and signed, weighted edges; factions are the groups joined by positive edges."""
    return reader.cached(("network", f), lambda: _network(reader, f))


def _network(reader: Reader, f: Filters) -> dict[str, Any]:
    where, params, join = f.where()
    rows = reader.rows(
        "SELECT e.source AS s, e.target AS t, count(*) AS n, sum(e.sign > 0) AS pos, sum(e.sign < 0) AS neg, "
        "group_concat(DISTINCT e.type) AS types, count(DISTINCT e.doc_id) AS docs FROM events e "
        + ("JOIN documents d ON d.id = e.doc_id " if join else "")
        + f"WHERE {where} GROUP BY e.source, e.target", params)
    up = rollup(reader, f.level)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        s, t = up.get(r["s"], r["s"]), up.get(r["t"], r["t"])
        if s == t:
            continue
        m = merged.setdefault((s, t), {"weight": 0, "positive": 0, "negative": 0, "types": set(), "documents": 0})
        m["weight"] += r["n"]
        m["positive"] += r["pos"]
        m["negative"] += r["neg"]
        m["documents"] += r["docs"]
        m["types"].update((r["types"] or "").split(","))
    ranked = sorted((kv for kv in merged.items() if kv[1]["weight"] >= f.min_weight),
                    key=lambda kv: (-kv[1]["weight"], kv[0]))
    total = len(ranked)
    ranked = ranked[:f.limit]
    edges = []
    for (s, t), m in ranked:
        sign = 1 if m["positive"] > m["negative"] else -1 if m["negative"] > m["positive"] else 0
        edges.append({"id": f"{s}\u2192{t}", "source": s, "target": t, "sign": sign, "weight": m["weight"],
                      "positive": m["positive"], "negative": m["negative"], "documents": m["documents"],
                      "types": sorted(x for x in m["types"] if x)})
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    faction = _factions(ids, edges)
    nodes = []
    for n in ids:
        info = node_info(reader, n)
        info["faction"] = faction[n]
        info["weight"] = sum(e["weight"] for e in edges if n in (e["source"], e["target"]))
        nodes.append(info)
    return {"filters": f.query(), "nodes": nodes, "edges": edges, "edges_total": total}


def _factions(ids: list[str], edges: list[dict[str, Any]]) -> dict[str, int]:
    """Union-find over positive edges: actors that back each other share a faction number."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for e in edges:
        if e["sign"] > 0:
            parent[find(e["source"])] = find(e["target"])
    roots = sorted({find(i) for i in ids}, key=lambda r: (-sum(find(i) == r for i in ids), r))
    number = {r: k for k, r in enumerate(roots)}
    return {i: number[find(i)] for i in ids}


def members(reader: Reader, node: str, level: str) -> list[str]:
    if level == "actor":
        return [node]
    return [a for a, n in rollup(reader, level).items() if n == node] or [node]


def evidence(reader: Reader, source: str, target: str, f: Filters, *, page: int = 1,
             per_page: int = 50, undirected: bool = False) -> dict[str, Any]:
    """The events behind one edge, each with its sentence cut into highlighted pieces."""
    where, params, join = f.where()
    src, tgt = members(reader, source, f.level), members(reader, target, f.level)

    def pair(a: list[str], b: list[str]) -> str:
        return f"e.source IN ({','.join('?' * len(a))}) AND e.target IN ({','.join('?' * len(b))})"
    cond, pair_params = pair(src, tgt), [*src, *tgt]
    if undirected:
        cond, pair_params = f"(({cond}) OR ({pair(tgt, src)}))", [*pair_params, *tgt, *src]
    base = (f"FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where} AND {cond}")
    total = reader.row(f"SELECT count(*) AS n {base}", [*params, *pair_params])["n"]  # type: ignore[index]
    rows = reader.rows(
        "SELECT e.doc_id, e.id, e.type, e.mode, e.source, e.target, e.place, e.date, e.polarity, e.voice_kind, "
        f"e.voice_name, e.sign, e.start, e.\"end\", e.text, d.title, d.published {base} "
        "ORDER BY COALESCE(e.date, d.published) DESC, e.doc_id, e.start LIMIT ? OFFSET ?",
        [*params, *pair_params, per_page, (page - 1) * per_page])
    return {"source": node_info(reader, source), "target": node_info(reader, target), "filters": f.query(),
            "total": total, "page": page, "per_page": per_page,
            "events": [event_view(reader, r) for r in rows]}


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
