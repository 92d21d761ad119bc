"""ACLED CSV per incident: one row per fused incident (`faultlines export --format acled --per incident`),
its toll by the incidents' conservative rule and every outlet that reported it in `source`."""

from __future__ import annotations

import csv
import sqlite3
from typing import IO, Any

from ..store import views
from ..store.documents import place_countries
from ..store.incidents import has_incidents, iter_incidents
from ..values.dates import days_between, real_day
from . import geo
from .acled import ACLED_COLUMNS, INTER, REMOTE_MODES, interaction
from .safe import csv_row

CIVILIANS = "civilians"


def _types(record: dict[str, Any], kinds: dict[str, str]) -> tuple[str, str, str]:
    mode = (record.get("mode") or "").lower()
    if record.get("type") == "ASSAULT" or record.get("type") is None:
        if mode in REMOTE_MODES:
            return "Political violence", "Explosions/Remote violence", REMOTE_MODES[mode]
        if any(kinds.get(t) == CIVILIANS for t in record.get("targets", [])):
            return "Political violence", "Violence against civilians", "Attack"
        return "Political violence", "Battles", "Armed clash"
    if record.get("type") == "COERCE" and mode in ("arrest", "detention"):
        return "Strategic developments", "Strategic developments", "Arrests"
    return "Strategic developments", "Strategic developments", "Other"


def _when(record: dict[str, Any]) -> tuple[str, int | str]:
    """(event_date, time_precision): the one day all reports agree on (1), else the first day of the range
    (2 within a week, 3 longer); empty when the incident has no real day."""
    lo, hi = record.get("start"), record.get("end")
    if not (real_day(lo) and real_day(hi)) or lo is None or hi is None:
        return "", ""
    days = days_between(lo, hi)
    return lo, 1 if days == 0 else 2 if days <= 7 else 3


def acled_incident(record: dict[str, Any], actors: dict[str, tuple[str, str]],
                   countries: dict[str, str | None]) -> dict[str, Any]:
    """One incident in ACLED's columns; `actors` id -> (name, kind), `countries` place id -> ISO2."""
    kinds = {a: k for a, (_, k) in actors.items()}
    day, precision = _when(record)
    disorder, etype, sub = _types(record, kinds)
    src, tgt = (record.get("sources") or [None])[0], (record.get("targets") or [None])[0]
    inter1 = INTER.get(kinds.get(src, ""), 8) if src else ""
    inter2 = INTER.get(kinds.get(tgt, ""), 8) if tgt else ""
    place = record.get("place") or {}
    c = geo.country(countries.get(place.get("id") or ""))
    precise = 1 if place.get("specific") else 3  # a town or finer; else a province or country
    docs = record["documents"]
    killed = record.get("killed") or {}
    outlets = sorted({d["outlet"] for d in docs if d.get("outlet")})
    headline = next((d["title"] for d in docs if d.get("title")), "")
    span = f"; killed reported {killed['low']}-{killed['high']}" if killed and killed["low"] != killed["high"] else ""
    return {
        "event_id_cnty": f"{c['iso3'] or 'XXX'}-{record['id'].split(':', 1)[-1]}", "event_date": day,
        "year": int(day[:4]) if day else "", "time_precision": precision, "disorder_type": disorder,
        "event_type": etype, "sub_event_type": sub,
        "actor1": actors.get(src, (src or "", ""))[0] if src else "", "assoc_actor_1": "", "inter1": inter1,
        "actor2": actors.get(tgt, (tgt or "", ""))[0] if tgt else "", "assoc_actor_2": "", "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and disorder == "Political violence" else "",
        "iso": c["numeric"], "region": c["region"], "country": c["name"],
        "admin1": "", "admin2": "", "admin3": "",
        "location": place.get("name", ""), "latitude": place.get("lat", ""), "longitude": place.get("lon", ""),
        "geo_precision": precise if place else "",
        "source": "; ".join(outlets), "source_scale": "",
        "notes": f"{headline} ({len(docs)} report{'s' if len(docs) != 1 else ''}{span})".strip(),
        "fatalities": (killed.get("value") or 0) if killed else 0,
        "tags": "faultlines; incident; contested=" + ",".join(c2["on"] for c2 in record.get("contested", []))
                + "; urls=" + " ".join(d["url"] for d in docs if d.get("url")),
        "timestamp": "",
    }


def write_acled_incidents(conn: sqlite3.Connection, out: IO[str]) -> int:
    """Every stored incident as one ACLED row; returns how many were written (0 when none were fused yet)."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    if not has_incidents(conn):
        return 0
    actors: dict[str, tuple[str, str]] = {a["id"]: (a["name"], a["kind"]) for a in views.actors(conn).values()}
    places = place_countries(conn)
    n = 0
    for record in iter_incidents(conn):
        writer.writerow(csv_row(acled_incident(record, actors, places)))
        n += 1
    return n
