"""Typed records that flow through the pipeline, and the facts JSON contract (version 1).

Every record is a frozen dataclass; `Facts.to_json()` gives the object described in docs/facts.md and
`Facts.from_json()` reads it back, refusing unknown keys and values outside the vocabularies (`FactsError`).
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, asdict, dataclass, fields, is_dataclass
from functools import cache
from typing import Any, Literal, get_args, get_origin

from .vocabulary import vocabulary

SCHEMA = "faultlines.facts/1"

SegmentKind = Literal["title", "body", "excerpt", "comment", "signature", "dateline"]
ActorKind = Literal[
    "state", "government", "legislature", "military", "police", "intelligence", "armed_group",
    "political_party", "person", "media", "igo", "ngo", "religious", "ethnic_group", "civilians",
    "business", "other",
]
Polarity = Literal["asserted", "negated", "hypothetical", "question"]
VoiceKind = Literal["author", "quoted", "commenter"]
CountCategory = Literal[
    "killed", "wounded", "missing", "abducted", "arrested", "displaced", "troops", "fighters",
    "weapons", "money", "other",
]
TensionKind = Literal["blowback", "designated_partner", "unbalanced_triad", "both_sides", "contested"]
# PLOVER types and modes are data (data/plover.yaml, see docs/adding-an-event-type.md): a `str` here,
# checked against the vocabulary when facts are loaded.
EventType = str
Mode = str

SEGMENT_KINDS: tuple[SegmentKind, ...] = get_args(SegmentKind)
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)
VOICE_KINDS: tuple[VoiceKind, ...] = get_args(VoiceKind)
COUNT_CATEGORIES: tuple[CountCategory, ...] = get_args(CountCategory)
TENSION_KINDS: tuple[TensionKind, ...] = get_args(TensionKind)
PLOVER_SIGN: dict[EventType, int] = vocabulary().signs
PLOVER_TYPES: tuple[EventType, ...] = tuple(PLOVER_SIGN)


class FactsError(ValueError):
    """A facts object does not follow the contract; the message names the field (`events[2].voice.kind`)."""


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
    kind: SegmentKind
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
    kind: ActorKind
    country: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Voice:
    kind: VoiceKind
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
    type: EventType
    source: str | None
    target: str | None
    start: int
    end: int
    text: str
    mode: Mode | None = None
    place: str | None = None
    date: str | None = None
    polarity: Polarity = "asserted"
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
    category: CountCategory
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
    kind: TensionKind
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
        """Read a facts object back; `FactsError` names the first unknown key, missing key or bad value."""
        top = _fields(obj, "facts", _TOP, {"schema", "document", "text"})
        if top["schema"] != SCHEMA:
            raise FactsError(f"schema: {top['schema']!r} is not {SCHEMA!r}")
        d = _fields(top["document"], "document", _DOCUMENT, {"id"})
        text = top["text"]
        if not isinstance(text, str):
            raise FactsError("text: expected a string")
        doc = Document(id=d["id"], text=text, title=d.get("title"), published=d.get("published"),
                       source=d.get("source"), url=d.get("url"), origin=d.get("origin"), language=d.get("language"))
        parts = {name: _many(record, obj.get(name, []), name) for name, record in _SECTIONS.items()}
        return cls(document=doc, **parts)

    @classmethod
    def from_json(cls, line: str) -> Facts:
        return cls.from_dict(json.loads(line))


_SECTIONS: dict[str, type] = {"segments": Segment, "actors": Actor, "events": Event, "quotes": Quote,
                              "counts": Count, "places": Place, "tensions": Tension}
_TOP = frozenset({"schema", "document", "text", *_SECTIONS})
_DOCUMENT = frozenset({"id", "title", "published", "source", "url", "origin", "language"})


def _fields(obj: object, where: str, allowed: frozenset[str], required: set[str]) -> dict[str, Any]:
    """`obj` as a dict with only `allowed` keys and every `required` one."""
    if not isinstance(obj, dict):
        raise FactsError(f"{where}: expected an object, got {type(obj).__name__}")
    if unknown := sorted(set(obj) - allowed):
        raise FactsError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")
    if missing := sorted(required - set(obj)):
        raise FactsError(f"{where}: missing key {missing[0]!r}")
    return obj


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _vocabulary(cls: type, name: str) -> frozenset[str] | None:
    """The values a data-driven field may take (PLOVER types and modes live in data/plover.yaml)."""
    if cls is Event and name == "type":
        return frozenset(vocabulary().types)
    if cls is Event and name == "mode":
        return vocabulary().modes
    return None


def _value(hint: object, v: object, where: str) -> object:
    """Check and convert one JSON value to the field type `hint`: records, tuples, vocabularies."""
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if v is None and type(None) in get_args(hint):
            return None
        inner = [h for h in get_args(hint) if h is not type(None)]
        return _value(inner[0], v, where) if len(inner) == 1 else v
    if origin is Literal:
        if v not in get_args(hint):
            raise FactsError(f"{where}: {v!r} is not one of {', '.join(map(str, get_args(hint)))}")
        return v
    if origin is tuple:
        if not isinstance(v, list | tuple):
            raise FactsError(f"{where}: expected a list, got {type(v).__name__}")
        item = get_args(hint)[0]
        return tuple(_value(item, x, f"{where}[{i}]") for i, x in enumerate(v))
    if isinstance(hint, type) and is_dataclass(hint):
        return _build(hint, v, where)
    return v


def _build(cls: type, obj: object, where: str) -> Any:
    """Rebuild a record from its dict form; `FactsError` names an unknown key, a missing one or a bad value."""
    known = {f.name: f for f in fields(cls)}
    required = {n for n, f in known.items() if f.default is MISSING and f.default_factory is MISSING}
    d = _fields(obj, where, frozenset(known), required)
    kw: dict[str, object] = {}
    for k, v in d.items():
        kw[k] = _value(_hints(cls)[k], v, f"{where}.{k}")
        allowed = _vocabulary(cls, k)
        if allowed is not None and kw[k] is not None and kw[k] not in allowed:
            raise FactsError(f"{where}.{k}: {kw[k]!r} is not in data/plover.yaml")
    return cls(**kw)


def _many(cls: type, items: object, where: str) -> tuple[Any, ...]:
    if not isinstance(items, list | tuple):
        raise FactsError(f"{where}: expected a list, got {type(items).__name__}")
    return tuple(_build(cls, x, f"{where}[{i}]") for i, x in enumerate(items))
