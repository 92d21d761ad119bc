"""Reports: the reports of one happening by several outlets, fused into one record with a stated toll rule.

A document's *report* is its account of the happening it leads with: its first asserted violent event (or,
when the coder found no actors, its casualty counts alone), the events that go with it, the most specific
place it names, a date (the event's, else the publication's), its killed and injured figures, and the
distinctive words it uses (names, streets, numbers). Reports that are compatible in type, place and date
and share enough distinctive words are one incident. Tolls across reports follow ACLED's rule: the most
conservative figure that more than one outlet reports, else the lowest figure; every outlet's figure is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from ...datafile import load_yaml
from ...records import Count, Event, Facts, Place

VIOLENT = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")
COARSE = ("country", "continent", "admin1", "region")
NAMED = ("person", "armed_group", "business", "other")  # actors whose names single out one happening
LEAD_CHARS = 800  # distinctive words come from the title, the lead and the report's events
KEY_CHARS = 1500  # distinctive words are read from this much of the text
CUE_CHARS = 800  # scene, circumstance and victim words and ages are read from this much of the title and text
STALE_DAYS = 60  # an event dated longer than this before publication is history, not the report's happening
RECALL_DAYS = 365  # a day the text names this long before publication may still be the happening's ("the Jan. 7 ...")
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
N_HURT = re.compile(r"\b(?:wounded|injured|injuring|wounding|hurt|hurting)\s+(\d{1,2}|" + "|".join(NUMBERS) + r")\b",
                    re.I)
PAIR = re.compile(r"\w\s+(?:and|&)\s+\w", re.I)
# a later report that says the toll rose ("the death toll rose to 5", "the number of injured has climbed to")
ROSE = re.compile(r"\b(?:toll|number of (?:the )?(?:dead|deaths|fatalities|victims|wounded|injured|casualties))\b"
                  r"[^.;\n]{0,90}?\b(?:rose|risen|climbed|increased|jumped|grew|grown|went up|has reached|now stands)\b",
                  re.I)
ROSE_BEFORE = 90  # characters before a count read for a rise
HEADLINE = re.compile(r"\b(?:shot|shoots?|shooting|shootings|gunman|gunmen|gunfire|killed|kill(?:s|ing)?|dead|"
                      r"wounded|injured|stabb(?:ed|ing)|attack(?:ed|s)?|strikes?|bomb(?:ed|ing|s)?|blast|explosion|"
                      r"clash(?:es)?|ambush(?:ed)?|raid|shelling|airstrikes?|gunshots?|bullets?|murder(?:s|ed)?|"
                      r"homicides?|slain|slaying|fatal(?:ly)?|died|dies)\b", re.I)

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
this then during however both also while since now just other any some many more most each every because although
though despite until unless once later earlier meanwhile still yet so such we i i'm i've we're you're you'll it's
he's she's they're we've don't can't won't didn't did do does are am not even only very about over into out up
down off again further what's let's here's there's
""".split())



# the words of web pages around every article (consent walls, share buttons), compass points and street types
_FURNITURE = frozenset("""
privacy policy terms term service cookie cookies please thank thanks visit welcome widget we our us you already
address loading print facebook google twitter pinterest instagram youtube like subscribe subscriber advertisement
advertising newsletter dashboard caption full view photo photos gallery related story stories follow home menu
search login password account rights reserved continue around another after before update latest breaking
north south east west northeast northwest southeast southwest far side street avenue road drive boulevard block
lane court
""".split())
# hospitals and clock times: every shooting in a city names the same trauma centres, and "10:30" is no address
_UNSPECIFIC = re.compile(r"\b(?:[A-Z][\w'’.&-]*\s+){1,5}(?:Hospital|Medical Cent(?:er|re)|Trauma Cent(?:er|re)|"
                         r"Health Cent(?:er|re)|Health System|Healthcare)\b|\b\d{1,2}:\d{2}\b")


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
    denials: tuple[str, ...] = ()  # the report's negated events whose source is in `denied` (its evidence)
    people: tuple[str, ...] = ()  # the named people it names by full name (victims, suspects, officials)
    cues: tuple[str, ...] = ()  # its scene, circumstance and victim words (`cues`): evidence besides the names
    recalls: tuple[str, ...] = ()  # the days its title and lead name by month and day (`recalled`), ISO
    follows: bool = False  # its headline tells of an aftermath (an arrest, a trial, a sentence): it comes late
    rose: tuple[str, ...] = ()  # "killed"/"injured": its figure is one the text says the toll rose to



def _cue_pattern(*lists: str) -> re.Pattern[str]:
    raw = load_yaml(resources.files("faultlines.data").joinpath("incident_cues.yaml").read_text("utf-8"))
    words = sorted({w for k in lists for w in raw[k]}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")


CUE_WORDS = _cue_pattern("scenes", "circumstances", "victims")  # scene, circumstance, victim words (data/incident_cues.yaml)
FOLLOW_UP = _cue_pattern("follow_ups")  # headline words of an aftermath: arrest, trial, sentence, memorial
# a victim's age with sex or role: "a 17-year-old boy", "boy, 17,", "Jane Roe, 41," (the number is the key)
AGE = re.compile(r"\b(\d{1,2})-year-old\b|\b(?:boy|girl|man|woman|teen|teenager|child|toddler|[A-Z][a-z]+), "
                 r"(\d{1,2}),")


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "Jan. 7", "January 7th", "Sept. 30, 2015": a day named by month and day (and year); "May" needs a day after it
NAMED_DAY = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                       r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                       r"(?!:|\d)(?:,?\s+(\d{4})\b)?")


def recalled(text: str, published: str | None) -> tuple[str, ...]:
    """The days `text` names by month and day, as ISO days: a day without a year is the last such day on or before
    publication; only days at most RECALL_DAYS before publication (and not after it) are kept. A follow-up (an
    arrest, a trial) names the day of the happening it follows: the evidence that links it across months."""
    pub = day(published)
    if pub is None or not published or len(published) < 10:
        return ()
    out = set()
    for m in NAMED_DAY.finditer(text):
        month, dom = _MONTHS.index(m[1][:3].lower()) + 1, int(m[2])
        try:
            when = Date(int(m[3]) if m[3] else pub.year, month, dom)
            if not m[3] and when > pub:
                when = Date(pub.year - 1, month, dom)
        except ValueError:
            continue
        if 0 <= (pub - when).days <= RECALL_DAYS:
            out.add(when.isoformat())
    return tuple(sorted(out))


def ages(text: str) -> frozenset[str]:
    """The victims' and suspects' ages `text` gives ("age:17"): a key more telling than the bare number."""
    return frozenset("age:" + (m[0] or m[1]) for m in AGE.findall(text))


def cues(text: str) -> tuple[str, ...]:
    """The lower-case scene, circumstance and victim words of `text` ("nightclub", "road rage", "daughter")."""
    return tuple(sorted({m.replace("-", " ") for m in CUE_WORDS.findall(text.lower())}))


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet: the document's source, else its URL's host without `www.`."""
    if source:
        return source
    host = urlparse(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def distinctive(text: str) -> frozenset[str]:
    """Capitalised words and numbers that are not common reporting words: names, streets, ages, addresses
    (not clock times, nor the hospitals of a city, which every shooting there names)."""
    out = set()
    for w in _WORD.findall(_UNSPECIFIC.sub(" ", text)):
        k = w.lower().rstrip("'’s").replace(",", "")
        if len(k) > 1 and k not in _STOP and k not in _FURNITURE:
            out.add(k)
    return frozenset(out)


def _keys(facts: Facts, text: str, outlet: str | None) -> frozenset[str]:
    """A report's distinctive words and named actors and places, less the words of its outlet's name."""
    keys = distinctive(text) | {"@" + a.id for a in facts.actors if a.kind in NAMED and distinctive(a.name)}
    keys |= {"@" + p.id for p in facts.places if p.feature not in COARSE}
    host = re.sub(r"[^a-z0-9]", "", (outlet or "").lower())
    towns = {w for p in facts.places if p.feature not in COARSE for w in _words_of(p.name)}
    return frozenset(k for k in keys if len(k) < 3 or k not in host or k in towns)  # a local outlet's town stays


@lru_cache(maxsize=65536)
def _words_of(name: str) -> frozenset[str]:
    return distinctive(name)


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


def _rose(text: str, counts: Sequence[Count], value: int | None) -> bool:
    """Whether the text says the toll rose to `value`: a count of that value in or right after "the toll rose to"."""
    return value is not None and any(
        (c.value if c.value is not None else c.low) == value and ROSE.search(text[max(0, c.start - ROSE_BEFORE):c.end])
        for c in counts)


def _number(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else (NUMBERS.index(w) + 1 if w in NUMBERS else None)


def _stated(headline: str, killed: int | None = None) -> dict[str, int]:
    """The figures a headline states in numbers: "4 shot, 1 dead" (1 killed, 3 wounded), "injured 3 others"."""
    out: dict[str, int] = {}
    if (m := DEAD_N.search(headline)) and (n := _number(m[1])) is not None:
        out["killed"] = n
    dead = out.get("killed", killed or 0)
    if (m := SHOT_N.search(headline)) and (n := _number(m[1])) is not None:
        out["injured"] = n - dead if m[2].lower() == "shot" else n
    elif (m := N_HURT.search(headline)) and (n := _number(m[1])) is not None:
        out["injured"] = n
    return {k: v for k, v in out.items() if v > 0}


def _guess(headline: str, killed: int | None, injured: int | None) -> dict[str, int]:
    """Figures a headline gives when the counts give none: its numbers (`_stated`), else "Boy, 4, shot in X"
    (one wounded), "Man and teen shot" (two), "Man dies in X shooting" (one killed)."""
    stated = _stated(headline, killed)
    out = {k: v for k, v in stated.items() if (killed if k == "killed" else injured) is None}
    fatal = FATAL.search(headline)
    if killed is None and injured is None and not stated:
        if fatal:
            out["killed"] = 1
        elif m := HURT.search(headline):
            out["injured"] = 2 if PAIR.search(headline[:m.start()]) else 1  # "Man and teen shot in X"
    return out


def report_of(facts: Facts) -> Report | None:
    """The report a document makes, or None when it reports no violent happening and no casualties."""
    d = facts.document
    lead = _lead_event(facts)
    counts = [c for c in facts.counts if c.category in ("killed", "wounded")]
    if lead is None and not counts and not HEADLINE.search((d.title or "") + "\n" + d.text[:LEAD_CHARS]):
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
    headline = _headline(d.title or "")
    stated = _stated(headline, killed)  # a headline's numbers state the toll; body counts may be page furniture
    killed, injured = stated.get("killed", killed), stated.get("injured", injured)
    rose = tuple(what for what, cat, v in (("killed", "killed", killed), ("injured", "wounded", injured))
                 if _rose(d.text, [c for c in linked if c.category == cat], v))
    guessed = _guess(headline, killed, injured)
    place = _place(facts, ([anchor] if anchor else []) + events + ([] if lead else negated))
    dates = sorted(e.date for e in ([anchor] if anchor else []) + events if e.date and _plausible(e.date, d.published))
    dated = bool(dates)
    lead_text = _headline(d.title or "") + "\n" + d.text[:KEY_CHARS] + "\n" + "\n".join(e.text for e in events)
    denying = [e for e in negated if e.source and (lead is None or e.type == lead.type)]
    denied = tuple(sorted({e.source for e in denying if e.source}))
    return Report(
        doc_id=d.id, type=lead.type if lead else None, mode=lead.mode if lead else None,
        date=dates[0] if dated else d.published, dated_by="event" if dated else "published",
        place_id=place.id if place else None, place_name=place.name if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        specific=bool(place and place.feature not in COARSE),
        sources=tuple(sorted({e.source for e in events if e.source})),
        targets=tuple(sorted({e.target for e in events if e.target})), denied=denied,
        killed=killed, injured=injured,
        keys=_keys(facts, lead_text, outlet_of(d.source, d.url)) | ages(lead_text[:CUE_CHARS]),
        events=tuple(e.id for e in events), guessed=tuple(sorted(guessed.items())), evidence=lead.text if lead else (d.title or d.text[:200]),
        voice=lead.voice.kind if lead else "author", outlet=outlet_of(d.source, d.url), url=d.url,
        title=d.title, published=d.published, denials=tuple(e.id for e in denying),
        people=tuple(sorted({a.id for a in facts.actors if a.kind == "person" and len(distinctive(a.name)) >= 2})),
        cues=cues(lead_text[:CUE_CHARS]), recalls=recalled(lead_text[:KEY_CHARS], d.published),
        follows=bool(FOLLOW_UP.search(headline.lower())), rose=rose)


def _plausible(when: str, published: str | None) -> bool:
    """Whether an event's date can be the happening's: a day, not after publication, at most STALE_DAYS before it
    (an older date is the history a report recalls, or a misread figure)."""
    d, p = day(when), day(published)
    if d is None or len(when) < 10:
        return False
    return p is None or -1 <= (p - d).days <= STALE_DAYS


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
