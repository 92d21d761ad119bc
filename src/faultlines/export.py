"""Exports from the store: PLOVER/POLECAT JSON Lines, ACLED-style CSV, a flat events CSV, GraphML.

By default events from syndicated copies (documents whose `dup_of` is another document) are left
out, so a wire story reprinted fifty times is exported once; `include_copies=True` keeps them.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

FORMATS = ("plover", "acled", "csv", "graphml")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
CSV_COLUMNS = (
    "doc_id", "evidence_id", "event_id", "type", "mode", "sign", "polarity", "source", "source_name",
    "target", "target_name", "place", "place_name", "lat", "lon", "date", "voice_kind", "voice_name",
    "start", "end", "text", "title", "published", "url", "origin",
)
# ACLED actor "inter" codes by our actor kind: 1 state forces, 3 political militia, 4 identity militia,
# 6 protesters, 7 civilians, 8 external/other forces.
INTER = {"state": 1, "government": 1, "military": 1, "police": 1, "intelligence": 1, "legislature": 1,
         "armed_group": 3, "ethnic_group": 4, "religious": 4, "civilians": 7, "igo": 8}
REMOTE_MODES = {"aerial": "Air/drone strike", "drone": "Air/drone strike", "airstrike": "Air/drone strike",
                "shelling": "Shelling/artillery/missile attack", "artillery": "Shelling/artillery/missile attack",
                "missile": "Shelling/artillery/missile attack", "explosives": "Remote explosive/landmine/IED",
                "ied": "Remote explosive/landmine/IED", "suicide-bombing": "Suicide bomb"}


@dataclass(frozen=True)
class Row:
    """One stored event with the document, actors, place and counts it needs for any export."""

    event: sqlite3.Row
    source: sqlite3.Row | None
    target: sqlite3.Row | None
    place: sqlite3.Row | None
    killed: int | None
    wounded: int | None
    size: int | None


def _actors(conn: sqlite3.Connection) -> dict[str, sqlite3.Row]:
    return {r["id"]: r for r in conn.execute("SELECT id, name, kind, country FROM actors")}


def _places(conn: sqlite3.Connection) -> dict[str, sqlite3.Row]:
    return {r["id"]: r for r in conn.execute("SELECT id, name, lat, lon, country, geonameid FROM places")}


def _count_in(counts: list[sqlite3.Row], start: int, end: int, categories: tuple[str, ...]) -> int | None:
    vals = [c["value"] if c["value"] is not None else c["low"] for c in counts
            if c["category"] in categories and start <= c["start"] < end]
    vals = [v for v in vals if v is not None]
    return sum(vals) if vals else None


def iter_rows(conn: sqlite3.Connection, *, include_copies: bool = False) -> Iterator[Row]:
    """Events in store order, each with its actors, place and the counts stated in the same span."""
    conn.row_factory = sqlite3.Row
    actors, places = _actors(conn), _places(conn)
    has_clusters = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'clusters'").fetchone() is not None
    evidence = "coalesce(c.dup_of, e.doc_id)" if has_clusters else "e.doc_id"
    join = "LEFT JOIN clusters c ON c.doc_id = e.doc_id" if has_clusters else ""
    where = "" if include_copies else f"WHERE {evidence} = e.doc_id"
    sql = (f"SELECT e.*, {evidence} AS evidence_id, d.title, d.published, d.source AS outlet, "
           f"d.url, d.origin, d.ingested_at FROM events e JOIN documents d ON d.id = e.doc_id "
           f"{join} {where} ORDER BY d.rowid, e.start, e.id")
    counts_by_doc: dict[str, list[sqlite3.Row]] = {}
    for ev in conn.execute(sql):
        if ev["doc_id"] not in counts_by_doc:
            counts_by_doc.clear()
            counts_by_doc[ev["doc_id"]] = conn.execute(
                "SELECT category, value, low, start FROM counts WHERE doc_id = ?", (ev["doc_id"],)).fetchall()
        cs = counts_by_doc[ev["doc_id"]]
        yield Row(ev, actors.get(ev["source"]) if ev["source"] else None,
                  actors.get(ev["target"]) if ev["target"] else None,
                  places.get(ev["place"]) if ev["place"] else None,
                  _count_in(cs, ev["start"], ev["end"], ("killed",)),
                  _count_in(cs, ev["start"], ev["end"], ("wounded",)),
                  _count_in(cs, ev["start"], ev["end"], ("troops", "fighters")))


def _actor_json(a: sqlite3.Row | None, actor_id: str | None) -> dict[str, Any] | None:
    if a is None:
        return {"id": actor_id, "actorText": None, "code": None, "sector": None} if actor_id else None
    return {"id": a["id"], "actorText": a["name"], "code": a["country"], "sector": a["kind"]}


def plover_record(r: Row) -> dict[str, Any]:
    """An event as a PLOVER/POLECAT-style JSON object (actor, recipient, event, mode, event_loc, size ...)."""
    e = r.event
    loc = None
    if r.place is not None:
        loc = {"name": r.place["name"], "lat": r.place["lat"], "lon": r.place["lon"],
               "country": r.place["country"], "geonameid": r.place["geonameid"]}
    return {
        "id": f"{e['doc_id']}-{e['id']}", "date": e["date"] or e["published"], "event": e["type"],
        "mode": e["mode"], "context": None,
        "actor": _actor_json(r.source, e["source"]), "recipient": _actor_json(r.target, e["target"]),
        "event_loc": loc, "size": r.size, "dead": r.killed, "injured": r.wounded,
        "text": e["text"], "polarity": e["polarity"], "voice": {"kind": e["voice_kind"], "name": e["voice_name"]},
        "sign": e["sign"], "language": "en", "publication": e["outlet"], "publication_date": e["published"],
        "url": e["url"], "story_id": e["doc_id"], "evidence_id": e["evidence_id"], "coder": "faultlines",
    }


def _acled_type(r: Row) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for a PLOVER event."""
    e = r.event
    civilians = r.target is not None and r.target["kind"] == "civilians"
    mode = (e["mode"] or "").lower()
    if e["type"] == "ASSAULT":
        if mode in REMOTE_MODES:
            return "Political violence", "Explosions/Remote violence", REMOTE_MODES[mode]
        if civilians:
            return "Political violence", "Violence against civilians", "Attack"
        return "Political violence", "Battles", "Armed clash"
    if e["type"] == "PROTEST":
        return "Demonstrations", "Protests", "Peaceful protest"
    if e["type"] == "COERCE" and mode in ("abduction", "kidnapping") and civilians:
        return "Political violence", "Violence against civilians", "Abduction/forced disappearance"
    if e["type"] == "COERCE" and mode in ("arrest", "detention"):
        return "Strategic developments", "Strategic developments", "Arrests"
    if e["type"] in ("AGREE", "CONCEDE"):
        return "Strategic developments", "Strategic developments", "Agreement"
    if e["type"] == "RETREAT":
        return "Strategic developments", "Strategic developments", "Non-violent transfer of territory"
    return "Strategic developments", "Strategic developments", "Other"


def _country(iso2: str | None) -> tuple[str, str]:
    if not iso2:
        return "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return (c.name, str(int(c.numeric))) if c else ("", "")


def acled_record(r: Row) -> dict[str, Any]:
    """An event in ACLED's columns; fields ACLED codes by hand that we cannot know are left empty."""
    e = r.event
    disorder, etype, sub = _acled_type(r)
    date = e["date"] or e["published"] or ""
    inter1 = INTER.get(r.source["kind"], 8) if r.source is not None else ""
    inter2 = INTER.get(r.target["kind"], 8) if r.target is not None else ""
    interaction = "".join(str(x) for x in sorted(v for v in (inter1, inter2) if v != ""))
    country, iso = _country(r.place["country"] if r.place is not None else None)
    ts = e["ingested_at"] and int(datetime.strptime(e["ingested_at"], "%Y-%m-%dT%H:%M:%SZ")
                                  .replace(tzinfo=UTC).timestamp())
    return {
        "event_id_cnty": f"FL{e['doc_id'][:10]}{e['id']}", "event_date": date, "year": date[:4],
        "time_precision": 1 if len(date) == 10 else (2 if len(date) == 7 else 3),
        "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": r.source["name"] if r.source is not None else e["source"] or "", "assoc_actor_1": "",
        "inter1": inter1, "actor2": r.target["name"] if r.target is not None else e["target"] or "",
        "assoc_actor_2": "", "inter2": inter2, "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and etype != "Strategic developments" else "",
        "iso": iso, "region": "", "country": country, "admin1": "", "admin2": "", "admin3": "",
        "location": r.place["name"] if r.place is not None else "",
        "latitude": r.place["lat"] if r.place is not None else "",
        "longitude": r.place["lon"] if r.place is not None else "",
        "geo_precision": (1 if r.place is not None else ""), "source": e["outlet"] or e["url"] or "",
        "source_scale": "", "notes": e["text"], "fatalities": r.killed or 0,
        "tags": f"faultlines; plover={e['type']}; voice={e['voice_kind']}; polarity={e['polarity']}",
        "timestamp": ts or "",
    }


def csv_record(r: Row) -> dict[str, Any]:
    e = r.event
    return {
        "doc_id": e["doc_id"], "evidence_id": e["evidence_id"], "event_id": e["id"], "type": e["type"],
        "mode": e["mode"], "sign": e["sign"], "polarity": e["polarity"], "source": e["source"],
        "source_name": r.source["name"] if r.source is not None else None, "target": e["target"],
        "target_name": r.target["name"] if r.target is not None else None, "place": e["place"],
        "place_name": r.place["name"] if r.place is not None else None,
        "lat": r.place["lat"] if r.place is not None else None,
        "lon": r.place["lon"] if r.place is not None else None, "date": e["date"],
        "voice_kind": e["voice_kind"], "voice_name": e["voice_name"], "start": e["start"], "end": e["end"],
        "text": e["text"], "title": e["title"], "published": e["published"], "url": e["url"], "origin": e["origin"],
    }


def signed_graph(conn: sqlite3.Connection, *, include_copies: bool = False) -> Any:
    """A networkx MultiDiGraph: actors as nodes, one edge per (source, target, PLOVER type) with its sign,
    the number of distinct pieces of evidence (wire copies counted once) and of documents."""
    import networkx as nx

    g = nx.MultiDiGraph()
    agg: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in iter_rows(conn, include_copies=True):
        e = r.event
        if not (e["source"] and e["target"]) or e["polarity"] != "asserted":
            continue
        for a, aid in ((r.source, e["source"]), (r.target, e["target"])):
            if aid not in g:
                g.add_node(aid, name=a["name"] if a is not None else aid, kind=a["kind"] if a is not None else "",
                           country=(a["country"] or "") if a is not None else "")
        key = (e["source"], e["target"], e["type"])
        rec = agg.setdefault(key, {"sign": e["sign"], "evidence": set(), "documents": set()})
        rec["evidence"].add(e["evidence_id"])
        rec["documents"].add(e["doc_id"])
    for (s, t, typ), rec in sorted(agg.items()):
        g.add_edge(s, t, key=typ, type=typ, sign=rec["sign"], evidence=len(rec["evidence"]),
                   documents=len(rec["documents"]) if include_copies else len(rec["evidence"]))
    return g


def export(conn: sqlite3.Connection, fmt: str, out: IO[str], *, include_copies: bool = False) -> int:
    """Write the store's events to `out` in `fmt`; returns how many records (edges for graphml) were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "graphml":
        import networkx as nx

        g = signed_graph(conn, include_copies=include_copies)
        for line in nx.generate_graphml(g):
            out.write(line + "\n")
        return g.number_of_edges()
    n = 0
    rows = iter_rows(conn, include_copies=include_copies)
    if fmt == "plover":
        for r in rows:
            out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
            n += 1
        return n
    columns, make = (ACLED_COLUMNS, acled_record) if fmt == "acled" else (CSV_COLUMNS, csv_record)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        if fmt == "acled" and r.event["polarity"] != "asserted":
            continue  # ACLED records events that happened, not denials, threats of the future or questions
        writer.writerow(make(r))
        n += 1
    return n
