"""Incidents: the reports of one happening by several outlets, fused into one record with a stated toll rule.

A document's *report* is its account of the happening it leads with: its first asserted violent event (or,
when the coder found no actors, its casualty counts alone), the events that go with it, the most specific
place it names, a date (the event's, else the publication's), its killed and injured figures, and the
distinctive words it uses (names, streets, numbers). Reports that are compatible in type, place and date
and share enough distinctive words are one incident. Tolls across reports follow ACLED's rule: the most
conservative figure that more than one outlet reports, else the lowest figure; every outlet's figure is kept.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from ..records import Count, Event, Facts, Place

VIOLENT = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")
COARSE = ("country", "continent", "admin1", "region")
NAMED = ("person", "armed_group", "business", "other")  # actors whose names single out one happening
LEAD_CHARS = 800  # distinctive words come from the title, the lead and the report's events
KEY_CHARS = 1500  # distinctive words are read from this much of the text
NEAR_KM = 30.0  # two specific places closer than this are the same scene
FAR_KM = 150.0  # farther than this they are not
WINDOW_DAYS = 10  # reports this many days apart need no more shared wording than same-day reports
HORIZON_DAYS = 365  # follow-ups (arrests, trials) this many days later still join, on stronger wording
COMMON = 200  # a word this many reports use proposes no candidates (it still counts in the similarity)
THRESHOLD = 0.17  # the least weighted overlap of distinctive words for two reports to be one incident
SAME_DAY = 0.05  # added when two reports are dated the same day (or the next), and when their tolls agree
LATE = 0.08  # added to the threshold for every WINDOW_DAYS beyond the first
# a headline with no figure in it: one victim shot (or hurt) is one wounded; one who died is one killed
HURT = re.compile(r"\b(?:shot|shoots|shooting (?:of|wounds|injures|hurts)|wounded|injured|hurt|hit)\b", re.I)
FATAL = re.compile(r"\b(?:dies|died|dead|killed|kills|fatal(?:ly)?|slain|slaying|murder(?:ed)?|homicide|death)\b",
                   re.I)
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_FILLER = r"(?:\s+(?!(?:" + "|".join(NUMBERS) + r")\b)[A-Za-z'’-]+){0,3}?"  # "4 [people were] shot", no comma
SHOT_N = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBERS) + r")\b" + _FILLER + r"\s+(shot|wounded|injured|hurt)\b",
                    re.I)
DEAD_N = re.compile(r"\b(\d{1,2}|" + "|".join(NUMBERS) + r")\b" + _FILLER + r"\s+(dead|killed|die|slain)\b",
                    re.I)
HEADLINE = re.compile(r"\b(?:shot|shoots?|shooting|shootings|gunman|gunmen|gunfire|killed|kill(?:s|ing)?|dead|"
                      r"wounded|injured|stabb(?:ed|ing)|attack(?:ed|s)?|strikes?|bomb(?:ed|ing|s)?|blast|explosion|"
                      r"clash(?:es)?|ambush(?:ed)?|raid|shelling|airstrikes?)\b", re.I)

_WORD = re.compile(r"[A-Z][\w'’-]+|\d[\d,]*\d|\d")
_STOP = frozenset("""
a an the and or but if of in on at to for from by with as is was were be been has have had it its he she they
his her their this that these those there here who what when where why how police sheriff officers officer
deputies deputy department county city state news report reports reported said says according monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr no one two three four five six
seven eight nine ten ap reuters copyright updated posted share tweet email comments click video photo read more
shooting shot killed dead died man woman men women people victim victims suspect gunman officials authorities
anyone information call contact crime stoppers crimestoppers tips tip new all your close get whenever sign up log
""".split())


@dataclass(frozen=True)
class Figure:
    """A toll as a report or an incident gives it: `value` to use, `low`/`high` its range."""

    value: int | None = None
    low: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"value": self.value, "low": self.low, "high": self.high}


@dataclass(frozen=True)
class Report:
    """One document's account of one happening (see the module docstring)."""

    doc_id: str
    type: str | None
    mode: str | None
    date: str | None  # YYYY-MM-DD (or shorter), the event's date when it has one
    dated_by: str  # "event" or "published"
    place_id: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    specific: bool  # the place is a town or finer, not a country or province
    sources: tuple[str, ...]  # who did it, as the report's events name it
    targets: tuple[str, ...]
    denied: tuple[str, ...]  # actors a voice in the report says did not do it
    killed: int | None
    injured: int | None
    keys: frozenset[str]
    events: tuple[str, ...]
    guessed: tuple[tuple[str, int], ...]  # figures read off the headline alone (used when no report counts one)
    evidence: str  # the sentence of the lead event (or the title)
    voice: str
    outlet: str | None
    url: str | None
    title: str | None
    published: str | None


@dataclass
class Incident:
    """Reports of one happening and what they add up to."""

    id: str
    reports: list[Report] = field(default_factory=list)

    def add(self, r: Report) -> None:
        self.reports.append(r)


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet: the document's source, else its URL's host without `www.`."""
    if source:
        return source
    host = urlparse(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def distinctive(text: str) -> frozenset[str]:
    """Capitalised words and numbers that are not common reporting words: names, streets, ages, addresses."""
    out = set()
    for w in _WORD.findall(text):
        k = w.lower().rstrip("'’s").replace(",", "")
        if len(k) > 1 and k not in _STOP:
            out.add(k)
    return frozenset(out)


def _headline(title: str) -> str:
    """A title without the outlet's name after it ("Four shot in X - Channel 5 News | City, State")."""
    m = re.compile(r"\s+[-|–—]\s+").search(title, 15)
    return title[:m.start()] if m else title


def _lead_event(facts: Facts) -> Event | None:
    asserted = [e for e in facts.events if e.polarity == "asserted" and e.type in VIOLENT]
    with_toll = [e for e in asserted if e.fatalities is not None or any(c.event == e.id for c in facts.counts)]
    for pool in (with_toll, asserted):
        assault = [e for e in pool if e.type == "ASSAULT"]
        if assault or pool:
            return min(assault or pool, key=lambda e: e.start)
    return None


def _compatible(e: Event, anchor: Event) -> bool:
    """Whether `e` may tell of the same happening as `anchor`: no other place, no other date."""
    return None in (e.place, anchor.place) or e.place == anchor.place and (
        None in (e.date, anchor.date) or e.date == anchor.date)


def _place(facts: Facts, events: Sequence[Event]) -> Place | None:
    """The first specific place of the report's events, else the first specific place the document names."""
    by_id = {p.id: p for p in facts.places}
    for e in events:
        if e.place in by_id and by_id[e.place].feature not in COARSE:
            return by_id[e.place]
    specific = [p for p in facts.places if p.feature not in COARSE and p.mentions]
    if specific:
        return min(specific, key=lambda p: p.mentions[0].start)
    for e in events:
        if e.place in by_id:
            return by_id[e.place]
    return min((p for p in facts.places if p.mentions), key=lambda p: p.mentions[0].start, default=None)


def _figure(counts: Sequence[Count]) -> int | None:
    """One report's figure for one category: the largest single count (a later sentence restates, not adds)."""
    vals = [v for c in counts if (v := c.value if c.value is not None else c.low) is not None and v < 1000]
    return max(vals) if vals else None


def _number(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else (NUMBERS.index(w) + 1 if w in NUMBERS else None)


def _guess(headline: str, killed: int | None, injured: int | None) -> dict[str, int]:
    """Figures a headline gives when the counts give none: "4 shot, 1 dead" (3 wounded, 1 killed), "Boy, 4,
    shot in X" (one wounded), "Man dies in X shooting" (one killed)."""
    out: dict[str, int] = {}
    fatal = FATAL.search(headline)
    if killed is None and (m := DEAD_N.search(headline)) and (n := _number(m[1])) is not None:
        out["killed"] = n
    elif killed is None and injured is None and fatal:
        out["killed"] = 1
    if injured is None and (m := SHOT_N.search(headline)) and (n := _number(m[1])) is not None:
        out["injured"] = n - (killed or out.get("killed", 0)) if m[2].lower() == "shot" else n
    elif killed is None and injured is None and not fatal and HURT.search(headline):
        out["injured"] = 1
    return {k: v for k, v in out.items() if v > 0}


def report_of(facts: Facts) -> Report | None:
    """The report a document makes, or None when it reports no violent happening and no casualties."""
    d = facts.document
    lead = _lead_event(facts)
    counts = [c for c in facts.counts if c.category in ("killed", "wounded")]
    if lead is None and not counts and not HEADLINE.search(d.title or d.text[:200]):
        return None
    negated = [e for e in facts.events if e.polarity == "negated" and e.type in VIOLENT]
    anchor = lead or (negated[0] if negated else None)  # a denial still says where and when
    events = [lead] if lead is not None else []
    if anchor is not None:
        events += [e for e in facts.events if e is not lead and e.polarity == "asserted" and e.type in VIOLENT
                   and _compatible(e, anchor)]
    ids = {e.id for e in events}
    # the report's figures: counts tied to its events, and those in the headline and lead (which state the toll)
    linked = [c for c in counts if c.event in ids or c.start < LEAD_CHARS // 2]
    killed = _figure([c for c in linked if c.category == "killed"])
    if lead is not None and lead.fatalities is not None and lead.fatalities.value is not None:
        killed = max(killed or 0, lead.fatalities.value)
    injured = _figure([c for c in linked if c.category == "wounded"])
    guessed = _guess(_headline(d.title or ""), killed, injured)
    place = _place(facts, ([anchor] if anchor else []) + events + ([] if lead else negated))
    dates = sorted(e.date for e in ([anchor] if anchor else []) + events if e.date and day(e.date))
    dated = bool(dates)
    lead_text = _headline(d.title or "") + "\n" + d.text[:KEY_CHARS] + "\n" + "\n".join(e.text for e in events)
    denied = tuple(sorted({e.source for e in negated if e.source and (lead is None or e.type == lead.type)}))
    return Report(
        doc_id=d.id, type=lead.type if lead else None, mode=lead.mode if lead else None,
        date=dates[0] if dated else d.published, dated_by="event" if dated else "published",
        place_id=place.id if place else None, place_name=place.name if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        specific=bool(place and place.feature not in COARSE),
        sources=tuple(sorted({e.source for e in events if e.source})),
        targets=tuple(sorted({e.target for e in events if e.target})), denied=denied,
        killed=killed, injured=injured,
        keys=distinctive(lead_text) | {"@" + a.id for a in facts.actors if a.kind in NAMED}
        | {"@" + p.id for p in facts.places if p.feature not in COARSE},
        events=tuple(e.id for e in events), guessed=tuple(sorted(guessed.items())), evidence=lead.text if lead else (d.title or d.text[:200]),
        voice=lead.voice.kind if lead else "author", outlet=outlet_of(d.source, d.url), url=d.url,
        title=d.title, published=d.published)


def km(a: Report, b: Report) -> float | None:
    """Great-circle distance between two reports' places, or None when one has none."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=65536)
def day(s: str | None) -> Date | None:
    """A date string as a day (a month or a year as its first day), or None."""
    if not s:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", s)
    if not m:
        return None
    try:
        return Date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def _norm(r: Report, weights: dict[str, float]) -> float:
    return sum(weights.get(k, 1.0) ** 2 for k in r.keys)


def similarity(a: Report, b: Report, *, window: int = WINDOW_DAYS, weights: dict[str, float] | None = None,
               norms: dict[str, float] | None = None) -> float:
    """How much `a` and `b` look like one happening: 0 when type or date rule it out, else the overlap of their
    distinctive words (each weighted by its rarity in `weights`), raised when they name the same scene and
    lowered the later one is than the other (follow-ups must share more) and when their places are far apart."""
    if a.type and b.type and a.type != b.type and {a.type, b.type} != {"ASSAULT", "COERCE"}:
        return 0.0  # an attack and the arrests after it may be one happening; a threat and an attack are not
    da, db = day(a.date), day(b.date)
    gap = abs((da - db).days) if da and db else 0
    if gap > HORIZON_DAYS:
        return 0.0
    w = weights or {}
    na = norms[a.doc_id] if norms and a.doc_id in norms else _norm(a, w)
    nb = norms[b.doc_id] if norms and b.doc_id in norms else _norm(b, w)
    if not na or not nb:
        return 0.0
    score = sum(w.get(k, 1.0) ** 2 for k in a.keys & b.keys) / math.sqrt(na * nb)  # cosine of weighted word sets
    score -= LATE * math.log2(gap / window) if gap > window else 0.0
    if da and db and gap <= 1:
        score += SAME_DAY
    if (a.killed, a.injured) == (b.killed, b.injured) and a.killed is not None and a.injured is not None:
        score += SAME_DAY
    dist = km(a, b)
    if a.specific and b.specific and dist is not None:
        if a.place_id == b.place_id or dist <= NEAR_KM:
            score += 0.05
        elif dist > FAR_KM:
            score -= 0.15  # the gazetteer may be wrong about one of them: strong wording still joins them
    return score


def rarity(reports: Iterable[Report]) -> dict[str, float]:
    """Each distinctive word's weight: its inverse document frequency among `reports`."""
    df: Counter[str] = Counter()
    n = 0
    for r in reports:
        n += 1
        df.update(r.keys)
    return {k: math.log((n + 1) / (c + 0.5)) for k, c in df.items()}


def fuse(reports: Iterable[Report], incidents: list[Incident] | None = None, *,
         threshold: float = THRESHOLD, window: int = WINDOW_DAYS) -> list[Incident]:
    """Attach each report to the incident it best matches (its best-matching member at or above `threshold`),
    or open a new one; `incidents` are existing incidents to extend. Reports are taken in (date, id) order, so
    the result depends only on what is fused and in which batches. Candidates are the reports that share a
    word with it that fewer than COMMON reports use (an inverted index), so fusion stays near-linear."""
    out = list(incidents or [])
    new = sorted(reports, key=lambda r: (r.date or "", r.doc_id))
    members = [(inc, r) for inc in out for r in inc.reports]
    weights = rarity([r for _, r in members] + new)
    norms: dict[str, float] = {}
    postings: dict[str, list[tuple[Incident, Report]]] = {}

    def index(inc: Incident, r: Report) -> None:
        norms[r.doc_id] = _norm(r, weights)
        for k in r.keys:
            postings.setdefault(k, []).append((inc, r))

    for inc, r in members:
        index(inc, r)
    for r in new:
        scores: dict[str, float] = {}
        by_id: dict[str, Incident] = {}
        seen: set[str] = set()
        for k in r.keys:
            posted = postings.get(k, ())
            if len(posted) > COMMON:
                continue
            for inc, m in posted:
                if m.doc_id in seen:
                    continue
                seen.add(m.doc_id)
                sc = similarity(r, m, window=window, weights=weights, norms=norms)
                if sc > scores.get(inc.id, 0.0):
                    scores[inc.id], by_id[inc.id] = sc, inc
        d = day(r.date)
        ranked = sorted(((sc, i) for i, sc in scores.items() if sc >= threshold and not (
            d and (first := _first_day(by_id[i])) and abs((d - first).days) > HORIZON_DAYS)), key=lambda x: (-x[0], x[1]))
        if ranked:
            best = by_id[ranked[0][1]]
        else:
            best = Incident(id="incident:" + r.doc_id[:16])
            out.append(best)
        best.add(r)
        index(best, r)
    return out


def _first_day(inc: Incident) -> Date | None:
    """The incident's earliest day: no report joins it more than HORIZON_DAYS away from it (no chains)."""
    days = [d for r in inc.reports if (d := day(r.date))]
    return min(days) if days else None


def figure(values: Sequence[int | None]) -> Figure | None:
    """ACLED's rule over reports' figures: the most conservative figure at least two reports give, else the
    lowest; `low`/`high` span every report's figure."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    common = [v for v, n in Counter(vals).items() if n >= 2]
    return Figure(min(common) if common else min(vals), min(vals), max(vals))


def toll(reports: Sequence[Report], what: str) -> Figure | None:
    """The incident's figure for `what` ("killed", "injured") from the reports that count it, else from what
    their headlines alone say."""
    return figure([getattr(r, what) for r in reports]) or figure([dict(r.guessed).get(what) for r in reports])


def contested(inc: Incident) -> list[dict[str, object]]:
    """Where the reports disagree: on the killed toll, on the injured toll, on who did it."""
    out: list[dict[str, object]] = []
    for what in ("killed", "injured"):
        by_value: dict[int, list[Report]] = {}
        for r in inc.reports:
            v = getattr(r, what)
            if v is not None:
                by_value.setdefault(v, []).append(r)
        if len(by_value) > 1:
            out.append({"on": what, "claims": [
                {"value": v, "documents": [r.doc_id for r in rs], "outlets": sorted({r.outlet or "" for r in rs}),
                 "evidence": rs[0].evidence} for v, rs in sorted(by_value.items())]})
    perpetrators = {s for r in inc.reports for s in r.sources}
    deniers = [r for r in inc.reports if set(r.denied) & perpetrators]
    disjoint = [r for r in inc.reports if r.sources]
    if deniers or len({r.sources for r in disjoint}) > 1 and not set.intersection(*(set(r.sources) for r in disjoint)):
        claims = [{"source": list(r.sources), "documents": [r.doc_id], "outlets": [r.outlet or ""],
                   "evidence": r.evidence} for r in disjoint]
        claims += [{"denied": sorted(set(r.denied) & perpetrators), "documents": [r.doc_id],
                    "outlets": [r.outlet or ""], "evidence": r.evidence} for r in deniers]
        out.append({"on": "perpetrator", "claims": claims})
    return out


def summary(inc: Incident) -> dict[str, Any]:
    """The incident as the CLI and the store give it (the `faultlines incidents` JSON object)."""
    rs = inc.reports
    types = Counter(r.type for r in rs if r.type)
    modes = Counter(r.mode for r in rs if r.mode)
    days = sorted(r.date for r in rs if r.date)
    event_days = sorted(r.date for r in rs if r.date and r.dated_by == "event")
    places = Counter((r.place_id, r.place_name, r.lat, r.lon) for r in rs if r.place_id and r.specific) or \
        Counter((r.place_id, r.place_name, r.lat, r.lon) for r in rs if r.place_id)
    place = places.most_common(1)[0][0] if places else None
    span = event_days or days
    actors = sorted({a for r in rs for a in r.sources + r.targets})
    killed, injured = toll(rs, "killed"), toll(rs, "injured")
    outlets = {r.outlet for r in rs}
    return {
        "id": inc.id, "type": types.most_common(1)[0][0] if types else None,
        "mode": modes.most_common(1)[0][0] if modes else None,
        "date": span[0] if span and span[0] == span[-1] else None,
        "start": span[0] if span else None, "end": span[-1] if span else None,
        "place": {"id": place[0], "name": place[1], "lat": place[2], "lon": place[3]} if place else None,
        "actors": actors, "killed": killed.to_dict() if killed else None,
        "injured": injured.to_dict() if injured else None,
        "documents": [{"id": r.doc_id, "url": r.url, "title": r.title, "published": r.published,
                       "outlet": r.outlet, "voice": r.voice, "killed": r.killed, "injured": r.injured}
                      for r in sorted(rs, key=lambda r: (r.published or "", r.doc_id))],
        "events": [f"{r.doc_id}:{e}" for r in rs for e in r.events],
        "contested": contested(inc),
        "confidence": round(min(1.0, 0.5 + 0.15 * (len(outlets) - 1)), 2),
    }
