"""Hand-built facts for the analysis tests: a tiny world with a known answer for each tension kind."""

from __future__ import annotations

from faultlines.records import PLOVER_SIGN, Actor, Document, Event, Facts, Voice

ACTORS = {
    "USA": Actor("USA", "United States", "state", "USA"),
    "US-STATE": Actor("US-STATE", "State Department", "government", "USA", parent="USA"),
    "US-MIL": Actor("US-MIL", "U.S. military", "military", "USA", parent="USA"),
    "COAL": Actor("COAL", "U.S.-led coalition", "military", "USA"),  # no parent: folded in by country
    "PMF": Actor("PMF", "Popular Mobilisation Forces", "armed_group", "IRQ"),
    "KH": Actor("KH", "Kata'ib Hezbollah", "armed_group", "IRQ", parent="PMF"),
    "IRN": Actor("IRN", "Iran", "state", "IRN"),
    "ISIS": Actor("ISIS", "Islamic State", "armed_group"),
    "SYR": Actor("SYR", "Assad", "government", "SYR"),
    "SAU": Actor("SAU", "Saudi Arabia", "state", "SAU"),
    "KRD": Actor("KRD", "Kurdish forces", "armed_group"),
    "TUR": Actor("TUR", "Turkey", "state", "TUR"),
}


def ev(eid: str, typ: str, src: str, tgt: str, *, date: str | None = None, polarity: str = "asserted",
       voice: str = "author", name: str | None = None, mode: str | None = None, text: str = "") -> Event:
    return Event(id=eid, type=typ, source=src, target=tgt, start=0, end=1, text=text or f"{src} {typ} {tgt}",
                 mode=mode, date=date, polarity=polarity, voice=Voice(voice, name), sign=PLOVER_SIGN[typ])


def facts(doc_id: str, *events: Event, published: str | None = "2017-06-01") -> Facts:
    used = {a for e in events for a in (e.source, e.target) if a}
    used |= {p for a in list(used) for p in [ACTORS[a].parent] if p}
    return Facts(document=Document(id=doc_id, text="x", title=doc_id, published=published),
                 actors=tuple(ACTORS[a] for a in sorted(used)), events=tuple(events))
