"""PLOVER JSON Lines: the field names and shapes of the PLOVER manual's "JSON Data Fields" chapter
(`docs/plover.schema.json` writes them down), with POLECAT's `actor` beside the manual's `source`."""

from __future__ import annotations

from typing import Any

from ..records import Actor
from ..vocabulary import vocabulary
from . import geo
from .rows import Row, event_days

CODEBOOK = "plover-faultlines-1"
_V = vocabulary()
# The manual's quad categories, our actor kinds as its sector codes and, for actors without a country, its
# non-state codes: all in data/plover.yaml.
QUAD = {name: t.quad for name, t in _V.types.items()}
SECTOR = _V.sector
NON_STATE = _V.non_state


def dates(r: Row) -> tuple[str | None, str | None, str]:
    """(date, enddate, where the date came from): the event's own date or range, else its article's."""
    lo, hi, own = event_days(r.event.date, r.doc.published)
    if own:
        return lo, (hi if hi != lo else None), "event"
    return hi, None, "published" if hi else "none"


def entity(a: Actor, text: str | None) -> dict[str, Any]:
    """An actor object: the words that named it, its code (ISO3 or a non-state code) and sector."""
    return {"entity_text": text or a.name, "actor_text": text or a.name,
            "code": a.country or NON_STATE.get(a.kind), "sector": SECTOR.get(a.kind),
            "identifier_id": a.id, "identifier_text": a.name, "kind": a.kind}


def location(r: Row) -> dict[str, Any] | None:
    """The event's place as PLOVER's location object (GeoNames' field names) plus the resolution level."""
    p = r.place
    if p is None:
        return None
    lvl = geo.level(p)
    cls, code = geo.FEATURE[lvl]
    c = geo.country(p.country)
    mention = next((m.text for m in p.mentions if r.event.start <= m.start < r.event.end), None)
    return {"place_text": mention or p.name, "resolved_place": p.name, "name": p.name, "geonameid": p.geonameid,
            "latitude": p.lat, "longitude": p.lon, "lat": p.lat, "lon": p.lon,
            "feature_class": cls, "feature_code": code, "country_code": p.country, "cc3": c["iso3"] or None,
            "admin1": p.name if lvl == "admin1" else None, "admin1_code": geo.admin1_code(p), "resolution": lvl}


def plover_record(r: Row, *, coder: str) -> dict[str, Any]:
    """One event as a PLOVER record."""
    e, d = r.event, r.doc
    date, enddate, date_from = dates(r)
    source = [entity(r.source, r.mention_text(e.source))] if r.source is not None else []
    recipient = [entity(r.target, r.mention_text(e.target))] if r.target is not None else []
    toll = e.fatalities
    trigger = e.trigger
    return {
        "id": f"{d.id}-{e.id}", "has_event": True, "date": date, "enddate": enddate, "date_source": date_from,
        "source": source, "actor": source, "recipient": recipient,
        "event": [e.type], "mode": [e.mode] if e.mode else [], "context": [], "quad_code": QUAD.get(e.type),
        "event_loc": location(r),
        "event_text": [trigger.text] if trigger is not None else [e.text],
        "size": {"dead": toll.value if toll else None, "dead_low": toll.low if toll else None,
                 "dead_high": toll.high if toll else None, "injured": r.wounded, "troops": r.size},
        "text": e.text,
        "text_info": {"story_id": d.id, "start": e.start, "end": e.end, "segment": e.segment,
                      "trigger": {"start": trigger.start, "end": trigger.end, "text": trigger.text}
                      if trigger is not None else None},
        "cite_info": {"corpus": d.origin, "citation": d.id, "url": d.url, "title": d.title, "language": "en",
                      "publication": d.outlet, "publication_date": d.published, "coder": coder,
                      "codebook": CODEBOOK},
        "coder": coder, "coded_date": (d.ingested_at or "")[:10] or None,
        "coded_time": (d.ingested_at or "")[11:19] or None,
        "polarity": e.polarity, "voice": {"kind": e.voice.kind, "name": e.voice.name}, "sign": e.sign,
        "evidence_id": d.evidence_id,
    }
