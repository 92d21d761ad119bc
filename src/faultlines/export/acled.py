"""ACLED-style CSV: ACLED's 31 columns filled by ACLED's codebook rules where our facts allow it (full
dates with their time precision, short country names, two-digit interaction codes, geo_precision)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from ..values.dates import days_between, midpoint, parse_span, real_day
from ..vocabulary import vocabulary
from . import geo
from .rows import Row, event_days

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
_V = vocabulary()
# ACLED actor "inter" codes by our actor kind, ACLED's sub-event types of remote violence by mode, and the
# PLOVER -> ACLED event table: all in data/plover.yaml.
INTER = _V.inter
OTHER_INTER = _V.other_inter
REMOTE_MODES = _V.remote_modes


def event_date(r: Row) -> tuple[str, int] | None:
    """(YYYY-MM-DD, time_precision): 1 the day is known, 2 within a week (or "by" the report's day),
    3 only a month or longer (its middle day). None when neither the event nor its article is dated."""
    lo, hi, own = event_days(r.event.date, None)
    if own and lo and hi:
        days = days_between(lo, hi)
        return (lo, 1) if days == 0 else (midpoint(lo, hi), 2 if days <= 7 else 3)
    pub = parse_span(r.doc.published)
    if real_day(pub.lo) and real_day(pub.hi) and pub.lo and pub.hi:
        return (pub.hi, 2) if pub.lo == pub.hi else (midpoint(pub.lo, pub.hi), 3)
    return None


def acled_type(r: Row) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) for a PLOVER event: the first rule of the table that fits."""
    e = r.event
    civilians = r.target is not None and r.target.kind == "civilians"
    mode = (e.mode or "").lower()
    for rule in _V.acled_rules:
        if e.type not in rule.types or rule.civilians and not civilians:
            continue
        if rule.modes is not None and mode not in rule.modes or rule.remote and mode not in REMOTE_MODES:
            continue
        return rule.disorder, rule.event, rule.sub_event or REMOTE_MODES[mode]
    return _V.acled_other


def interaction(inter1: int | str, inter2: int | str) -> str:
    """ACLED's joint code: the two inter codes, lowest first; a sole actor's code followed by 0."""
    codes = sorted(int(x) for x in (inter1, inter2) if x != "")
    if not codes:
        return ""
    return f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0"


def _outlet(r: Row) -> str:
    if r.doc.outlet:
        return r.doc.outlet
    host = urlsplit(r.doc.url or "").hostname or ""
    return host.removeprefix("www.")


def acled_record(r: Row, *, keep_undated: bool = False) -> dict[str, Any] | None:
    """An event in ACLED's columns, or None when it has no date at all (ACLED requires one) unless
    `keep_undated`, which leaves event_date, year and time_precision empty."""
    when = event_date(r)
    if when is None and not keep_undated:
        return None
    e, p = r.event, r.place
    day, precision = when or ("", "")
    disorder, etype, sub = acled_type(r)
    inter1 = INTER.get(r.source.kind, OTHER_INTER) if r.source is not None else ""
    inter2 = INTER.get(r.target.kind, OTHER_INTER) if r.target is not None else ""
    c = geo.country(p.country if p is not None else None)
    lvl = geo.level(p) if p is not None else None
    ts = r.doc.ingested_at and int(datetime.strptime(r.doc.ingested_at, "%Y-%m-%dT%H:%M:%SZ")
                                   .replace(tzinfo=UTC).timestamp())
    toll = e.fatalities
    dead = (toll.value if toll.value is not None else toll.low) if toll is not None else None
    return {
        "event_id_cnty": f"{c['iso3'] or 'XXX'}-{r.doc.id[:12]}-{e.id}", "event_date": day, "year": int(day[:4]) if day else "",
        "time_precision": precision, "disorder_type": disorder, "event_type": etype, "sub_event_type": sub,
        "actor1": r.source.name if r.source is not None else "", "assoc_actor_1": "", "inter1": inter1,
        "actor2": r.target.name if r.target is not None else "", "assoc_actor_2": "", "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == 7 and disorder == "Political violence" else "",
        "iso": c["numeric"], "region": c["region"], "country": c["name"],
        "admin1": p.name if p is not None and lvl == "admin1" else "", "admin2": "", "admin3": "",
        "location": p.name if p is not None else "", "latitude": p.lat if p is not None else "",
        "longitude": p.lon if p is not None else "",
        "geo_precision": geo.GEO_PRECISION.get(lvl or "", "") if p is not None else "",
        "source": _outlet(r), "source_scale": "", "notes": " ".join(e.text.split()), "fatalities": dead or 0,
        "tags": f"faultlines; plover={e.type}; voice={e.voice.kind}; polarity={e.polarity}"
                + (f"; url={r.doc.url}" if r.doc.url else ""),
        "timestamp": ts or "",
    }
