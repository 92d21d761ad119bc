"""Typed records that flow through the pipeline, and the facts JSON contract (version 1).

Every record is a frozen dataclass; `Facts.to_json()` gives the object described in DESIGN.md
and `Facts.from_json()` reads it back (used by the store and the tests).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

SCHEMA = "faultlines.facts/1"

SEGMENT_KINDS = ("title", "body", "excerpt", "comment", "signature")
ACTOR_KINDS = (
    "state", "government", "legislature", "military", "police", "intelligence", "armed_group",
    "political_party", "person", "media", "igo", "ngo", "religious", "ethnic_group", "civilians",
    "business", "other",
)
POLARITIES = ("asserted", "negated", "hypothetical", "question")
VOICE_KINDS = ("author", "quoted", "commenter")
COUNT_CATEGORIES = (
    "killed", "wounded", "missing", "abducted", "arrested", "displaced", "troops", "fighters",
    "weapons", "money", "other",
)
PLOVER_SIGN = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 1, "AID": 1, "RETREAT": 1,
    "ACCUSE": -1, "REJECT": -1, "THREATEN": -1, "PROTEST": -1, "SANCTION": -1, "MOBILIZE": -1,
    "COERCE": -1, "ASSAULT": -1,
    "REQUEST": 0,
}
PLOVER_TYPES = tuple(PLOVER_SIGN)


# (kind, start, end, author[, reply_to[, date]]) a reader saw in markup
Hint = (tuple[str, int, int, str | None] | tuple[str, int, int, str | None, str | None]
        | tuple[str, int, int, str | None, str | None, str | None])


@dataclass(frozen=True)
class Document:
    """A document as read: decoded text plus whatever metadata and markup structure the reader found.

    `hints` carries structure the reader saw in markup (HTML blockquotes, comment blocks) as
    (kind, start, end, author[, reply_to[, date]]) tuples over `text`; plain-text structure is found later.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None
    hints: tuple[Hint, ...] = ()
    language: str | None = None  # ISO 639-1, when the reader identified it (HTML pages)


@dataclass(frozen=True)
class Segment:
    id: str
    kind: str
    start: int
    end: int
    author: str | None = None
    reply_to: str | None = None
    date: str | None = None  # a comment's date as its page gives it (datetime attribute or shown text)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Voice:
    kind: str
    name: str | None = None


@dataclass(frozen=True)
class Toll:
    """A casualty figure of one event: `value` is the figure to use (ACLED's most conservative), `low`/`high` its range."""

    value: int | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    source: str | None
    target: str | None
    start: int
    end: int
    text: str
    mode: str | None = None
    place: str | None = None
    date: str | None = None
    polarity: str = "asserted"
    voice: Voice = Voice("author")
    sign: int = 0
    trigger: Mention | None = None
    source_mention: Mention | None = None
    target_mention: Mention | None = None
    segment: str | None = None
    evidence: tuple[Mention, ...] = ()
    fatalities: Toll | None = None


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_name: str | None = None
    outlet: str | None = None
    voice: Voice = Voice("author")
    speaker_mention: Mention | None = None
    cue: Mention | None = None


@dataclass(frozen=True)
class Count:
    id: str
    category: str
    what: str
    start: int
    end: int
    text: str
    value: int | None = None
    low: int | None = None
    high: int | None = None
    approx: str | None = None
    actor: str | None = None
    place: str | None = None
    event: str | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    country: str | None = None
    geonameid: int | None = None
    feature: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Tension:
    id: str
    kind: str
    actors: tuple[str, ...]
    summary: str
    events: tuple[str, ...] = ()
    strength: float = 0.0


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one document: the facts JSON contract, version 1."""

    document: Document
    segments: tuple[Segment, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    counts: tuple[Count, ...] = ()
    places: tuple[Place, ...] = ()
    tensions: tuple[Tension, ...] = ()

    @property
    def text(self) -> str:
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "schema": SCHEMA,
            "document": {"id": d.id, "title": d.title, "published": d.published, "source": d.source,
                         "url": d.url, "origin": d.origin, "language": d.language},
            "text": d.text,
            "segments": [asdict(s) for s in self.segments],
            "actors": [asdict(a) for a in self.actors],
            "events": [asdict(e) for e in self.events],
            "quotes": [asdict(q) for q in self.quotes],
            "counts": [asdict(c) for c in self.counts],
            "places": [asdict(p) for p in self.places],
            "tensions": [asdict(t) for t in self.tensions],
        }

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Facts:
        d = obj["document"]
        doc = Document(id=d["id"], text=obj["text"], title=d.get("title"), published=d.get("published"),
                       source=d.get("source"), url=d.get("url"), origin=d.get("origin"), language=d.get("language"))
        return cls(
            document=doc,
            segments=tuple(_build(Segment, s) for s in obj.get("segments", [])),
            actors=tuple(_build(Actor, a) for a in obj.get("actors", [])),
            events=tuple(_build(Event, e) for e in obj.get("events", [])),
            quotes=tuple(_build(Quote, q) for q in obj.get("quotes", [])),
            counts=tuple(_build(Count, c) for c in obj.get("counts", [])),
            places=tuple(_build(Place, p) for p in obj.get("places", [])),
            tensions=tuple(_build(Tension, t) for t in obj.get("tensions", [])),
        )

    @classmethod
    def from_json(cls, line: str) -> Facts:
        return cls.from_dict(json.loads(line))


_NESTED = {"mentions": Mention, "evidence": Mention, "trigger": Mention, "source_mention": Mention,
           "target_mention": Mention, "voice": Voice, "fatalities": Toll, "speaker_mention": Mention, "cue": Mention}


def _build(cls: type, obj: dict[str, Any]) -> Any:
    """Rebuild a record from its dict form, turning lists back into tuples and nested dicts into records."""
    kw: dict[str, Any] = {}
    names = {f.name for f in fields(cls)}
    for k, v in obj.items():
        if k not in names:
            continue
        sub = _NESTED.get(k)
        if sub is not None and isinstance(v, list):
            v = tuple(_build(sub, x) for x in v)
        elif sub is not None and isinstance(v, dict):
            v = _build(sub, v)
        elif isinstance(v, list):
            v = tuple(v)
        kw[k] = v
    return cls(**kw)

