"""Read-only queries behind the incidents list and the incident page (reports of one happening side by side)."""

from __future__ import annotations

import json
from typing import Any

from ..store.incident_views import incident_reports, incident_summary
from ..store.incidents import IncidentFilters, has_incidents, iter_incidents
from .db import Reader
from .network import actor_table, web_url

MAX_LISTED = 500  # incidents shown per list page (`total` says how many match)


def incidents(reader: Reader, *, since: str | None = None, until: str | None = None, type: str | None = None,
              place: str | None = None) -> dict[str, Any]:
    """Incidents overlapping [since, until], of one type, at a place whose name contains `place`, earliest first."""
    flt = IncidentFilters(since=since, until=until, type=type, place=place)

    def make() -> dict[str, Any]:
        rows = [_row(r) for r in iter_incidents(reader.conn, flt)] if has_incidents(reader.conn) else []
        given = {"from": since, "to": until, "type": type, "place": place}
        return {"filters": given, "query": {k: v for k, v in given.items() if v}, "total": len(rows),
                "incidents": rows[:MAX_LISTED]}
    return reader.cached(("incidents", flt), make)


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
    return {**_row(rec), "confidence": rec.get("confidence"), "actors": actors(rec.get("actors")),
            "place_detail": rec.get("place"), "report_list": reports, "disputes": disputes}
