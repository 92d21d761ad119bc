"""Read-only queries behind the incidents list and the incident page (reports of one happening side by side)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from ..store.incident_views import incident_reports, incident_summary
from ..store.incidents import IncidentFilters, has_incidents, iter_incidents
from ..values.dates import real_day
from .db import Reader
from .network import actor_table, web_url
from .timeline import _period

MAX_LISTED = 500  # incidents shown per list page (`total` says how many match)
BUCKETS = ("day", "week", "month")
# colours of the incident types on the timeline, most frequent type first (colour-blind safe, Okabe-Ito)
PALETTE = ("#d55e00", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#f0e442", "#000000")
RULE = {"agreed": "ACLED's rule: the most conservative figure that at least two reports give",
        "lowest": "ACLED's rule: no figure is given twice, so the lowest (most conservative) one",
        "headlines": "from the headlines alone (no report counts it in its text); the lowest figure"}


def incidents(reader: Reader, *, since: str | None = None, until: str | None = None, type: str | None = None,
              place: str | None = None) -> dict[str, Any]:
    """Incidents overlapping [since, until], of one type, at a place whose name contains `place`, earliest first."""
    flt = IncidentFilters(since=since, until=until, type=type, place=place)

    def make() -> dict[str, Any]:
        rows = [_row(r) for r in iter_incidents(reader.conn, flt)] if has_incidents(reader.conn) else []
        given = {"from": since, "to": until, "type": type, "place": place}
        return {"filters": given, "query": {k: v for k, v in given.items() if v}, "total": len(rows),
                "incidents": rows[:MAX_LISTED], "links": _list_links(given)}
    return reader.cached(("incidents", flt), make)


def _list_links(given: dict[str, str | None]) -> dict[str, str]:
    """The network and the map over the list's date range and type (the views stay linked), and the timeline's
    data (counted under every filter but the dates, which it brushes and shows as selected)."""
    same = urlencode({k: given[k] for k in ("from", "to", "type") if given[k]})
    every = urlencode({k: v for k, v in given.items() if v})
    return {"network": "/network?" + same, "map": "/map?" + same, "timeline": "/incidents/timeline.json?" + every}


def _row(r: dict[str, Any]) -> dict[str, Any]:
    """One incident as a list row: when, type, place, tolls, how many reports, where they disagree."""
    place = r.get("place") or {}
    when = r["date"] or (f"{r['start']} – {r['end']}" if r.get("start") and r["start"] != r.get("end")
                         else r.get("start"))
    return {"id": r["id"], "when": when, "date": r["date"], "start": r.get("start"), "end": r.get("end"),
            "type": r["type"], "mode": r.get("mode"), "place": place.get("name"), "killed": r.get("killed"),
            "injured": r.get("injured"), "reports": len(r["documents"]),
            "outlets": sorted({d["outlet"] or "" for d in r["documents"]} - {""}),
            "contested": sorted({c["on"] for c in r.get("contested") or ()}),
            "headline": next((d["title"] for d in r["documents"] if d.get("title")), None)}


def incident(reader: Reader, incident_id: str) -> dict[str, Any] | None:
    """One incident with every report side by side: outlet, address, date, voice, its toll, who it says did it."""
    if not has_incidents(reader.conn):
        return None
    summary = incident_summary(reader.conn, incident_id)
    if summary is None:
        return None
    rec = json.loads(summary)
    names = {k: v["name"] for k, v in actor_table(reader).items()}
    known = set(names)

    def actors(ids: Any) -> list[dict[str, Any]]:
        return [{"id": a, "name": names.get(a, a), "known": a in known} for a in ids or ()]
    stored = {doc_id: json.loads(report) for doc_id, report in incident_reports(reader.conn, incident_id).items()}
    reports = []
    for d in rec["documents"]:
        rep = stored.get(d["id"], {})
        reports.append({"doc_id": d["id"], "title": d.get("title"), "outlet": d.get("outlet"),
                        "url": web_url(d.get("url")), "published": d.get("published"), "voice": d.get("voice"),
                        "date": rep.get("date"), "place": rep.get("place_name"), "killed": d.get("killed"),
                        "injured": d.get("injured"), "by": actors(rep.get("sources")),
                        "denied": actors(rep.get("denied")), "targets": actors(rep.get("targets")),
                        "evidence": rep.get("evidence"), "events": list(rep.get("events") or ())})
    disputes = [{"on": c["on"], "tension": f"{rec['id']}:contested:{c['on']}",
                 "claims": [{"value": cl.get("value"), "by": actors(cl.get("source")),
                             "denied": actors(cl.get("denied")), "outlets": cl["outlets"],
                             "documents": cl["documents"], "evidence": cl.get("evidence")} for cl in c["claims"]]}
                for c in rec.get("contested") or ()]
    named = _consensus(reports)
    for r in reports:  # where a report parts from the incident's record: its toll, or who it says did it
        r["differs"] = [w for w in ("killed", "injured")
                        if r[w] is not None and (rec.get(w) or {}).get("value") not in (None, r[w])]
        if r["denied"] or (r["by"] and not {a["id"] for a in r["by"]} & named):
            r["differs"].append("perpetrator")
    return {**_row(rec), "confidence": rec.get("confidence"), "actors": actors(rec.get("actors")),
            "place_detail": rec.get("place"), "report_list": reports, "disputes": disputes,
            "tolls": [t for w in ("killed", "injured") if (t := _toll_rule(rec, w))], "links": _links(rec)}


def _consensus(reports: list[dict[str, Any]]) -> set[str]:
    """The perpetrators most reports name (every named one when none is named more than once)."""
    named = Counter(a for r in reports for a in {x["id"] for x in r["by"]})
    top = max(named.values(), default=0)
    return {a for a, n in named.items() if n == top} if top > 1 else set(named)


def _toll_rule(rec: dict[str, Any], what: str) -> dict[str, Any] | None:
    """The chosen figure for `what`, the rule that chose it and every report's figure with its outlets."""
    chosen = rec.get(what)
    if not chosen or chosen.get("value") is None:
        return None
    given: dict[int, list[str]] = {}
    for d in rec["documents"]:
        if d.get(what) is not None:
            given.setdefault(d[what], []).append(d.get("outlet") or "unknown outlet")
    rule = "headlines" if not given else "agreed" if any(len(o) > 1 for o in given.values()) else "lowest"
    return {"on": what, "value": chosen["value"], "low": chosen.get("low"), "high": chosen.get("high"),
            "rule": RULE[rule], "rule_id": rule,
            "figures": [{"value": v, "outlets": sorted(set(o)), "chosen": v == chosen["value"]}
                        for v, o in sorted(given.items())]}


def _links(rec: dict[str, Any]) -> dict[str, str]:
    """The network of the incident's actors over its dates (to its last report's publication) and the map
    of those events, centred on its place."""
    days = [d for d in (rec.get("start"), rec.get("end")) if d]
    days += [d["published"][:10] for d in rec["documents"] if d.get("published") and real_day(d["published"][:10])]
    span = {"from": min(days), "to": max(days)} if days else {}
    net = {**span, "actor": sorted(rec.get("actors") or ())[:20]}
    place = rec.get("place") or {}
    at = {"at": f"{place['lat']:.4f},{place['lon']:.4f}"} if place.get("lat") is not None \
        and place.get("lon") is not None else {}
    typed = {"type": rec["type"]} if rec.get("type") else {}
    return {"network": "/network?" + urlencode(net, doseq=True),
            "map": "/map?" + urlencode({**span, **typed, **at}, doseq=True)}


def auto_bucket(first: str, last: str) -> str:
    """Days for a span of up to three months, weeks up to two years, else months."""
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    return "day" if days <= 92 else "week" if days <= 731 else "month"


def _bucket_of(day: str, bucket: str) -> tuple[str, str, str]:
    return (day, day, day) if bucket == "day" else _period(day, bucket)


def incident_timeline(reader: Reader, *, type: str | None = None, place: str | None = None,
                      since: str | None = None, until: str | None = None, bucket: str | None = None) -> dict[str, Any]:
    """Incidents per day, week or month (by the span of their dates unless `bucket` is given), stacked by type,
    with the killed toll as a second series; every filter applies but the date range, which a reader brushes."""
    flt = IncidentFilters(type=type, place=place)

    def make() -> dict[str, Any]:
        rows = list(iter_incidents(reader.conn, flt)) if has_incidents(reader.conn) else []
        dated = [(r["start"], r) for r in rows if r.get("start") and real_day(r["start"])]
        kinds = [t for t, _ in Counter(r["type"] or "other" for _, r in dated).most_common()]
        chosen = bucket or (auto_bucket(dated[0][0], dated[-1][0]) if dated else "month")
        periods: dict[str, dict[str, Any]] = {}
        for day, r in dated:
            label, first, last = _bucket_of(day, chosen)
            p = periods.setdefault(label, _empty(label, first, last, kinds))
            p["n"] += 1
            p["by_type"][r["type"] or "other"] += 1
            p["killed"] += (r.get("killed") or {}).get("value") or 0
        filters = {k: v for k, v in {"type": type, "place": place}.items() if v}
        return {"filters": filters, "bucket": chosen, "periods": _fill(periods, chosen, kinds),
                "series": [{"key": k, "label": k, "colour": PALETTE[i % len(PALETTE)]} for i, k in enumerate(kinds)],
                "line": {"key": "killed", "label": "killed"}, "unit": "incidents",
                "undated": len(rows) - len(dated), "selected": {"from": since, "to": until}}
    return reader.cached(("incident_timeline", flt, bucket, since, until), make)


def _empty(label: str, first: str, last: str, kinds: list[str]) -> dict[str, Any]:
    return {"period": label, "from": first, "to": last, "n": 0, "killed": 0, "by_type": dict.fromkeys(kinds, 0)}


def _fill(periods: dict[str, dict[str, Any]], bucket: str, kinds: list[str], cap: int = 2000) -> list[dict[str, Any]]:
    """The periods from the first to the last, empty ones included, so that the axis is time itself."""
    ordered = [periods[k] for k in sorted(periods)]
    if not ordered:
        return []
    out: list[dict[str, Any]] = []
    day = date.fromisoformat(ordered[0]["from"])
    while day.isoformat() <= ordered[-1]["from"] and len(out) < cap:
        label, first, last = _bucket_of(day.isoformat(), bucket)
        out.append(periods.get(label) or _empty(label, first, last, kinds))
        day = date.fromisoformat(last) + timedelta(days=1)
    return out if len(out) < cap else ordered
