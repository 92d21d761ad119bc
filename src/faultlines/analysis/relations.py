"""Relations: events lifted out of their documents (with document, date and voice), and the actor
hierarchy used to move between levels. The filters every analysis shares are in `filters`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..records import PLOVER_SIGN, Facts
from ..store.relations import relation_rows
from ..store.views import ActorRow
from ..store.views import actors as actor_rows
from ..values.countries import country_name
from ..values.dates import Span, event_span, parse_span
from .filters import Filters

if TYPE_CHECKING:
    from ..actors import Dictionary

__all__ = ["LEVELS", "STATE_ORGANS", "VOICE_WEIGHT", "ActorInfo", "Filters", "HasConn", "Hierarchy", "Relation",
           "hierarchy_from_dictionary", "relations_from_facts", "relations_from_store"]


@runtime_checkable
class HasConn(Protocol):
    """A store, or the explorer's reader: anything holding an open connection to a faultlines store."""

    @property
    def conn(self) -> sqlite3.Connection: ...


LEVELS = ("group", "parent", "state")
# Kinds that act for a state: at the state level they fold into their country's state actor.
STATE_ORGANS = frozenset({"state", "government", "legislature", "military", "police", "intelligence"})
VOICE_WEIGHT = {"author": 1.0, "quoted": 0.8, "commenter": 0.3}


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """One coded event with where it came from: the unit every analysis counts."""

    doc_id: str
    event_id: str
    type: str
    source: str
    target: str
    sign: int
    polarity: str
    voice_kind: str
    voice_name: str | None
    span: Span
    text: str = ""
    mode: str | None = None
    cluster: str | None = None  # wire copies of one story share a cluster id, when known
    dated: bool = False  # the event carries its own date (not only the document's)
    outlet: str | None = None  # who published the document
    url: str | None = None  # the document's address, when it is the story's first copy

    @property
    def ref(self) -> tuple[str, str]:
        return (self.doc_id, self.event_id)

    @property
    def voice(self) -> tuple[str, str]:
        """Who said it: a named voice is the same voice across documents; an unnamed one is not."""
        return (self.voice_kind, self.voice_name or f"@{self.copy}")

    @property
    def copy(self) -> str:
        return self.cluster or self.doc_id


@dataclass
class Hierarchy:
    """Actors with their parents and countries; maps an actor to its node at a level."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    _chains: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    _sides: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _states: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def add(self, info: ActorInfo, *, override: bool = False) -> None:
        """Add an actor; fields it lacks are kept from what is known (`override`: its known fields win)."""
        self._chains.clear()
        self._sides.clear()
        self._states = None
        old = self.actors.get(info.id)
        if old is None:
            self.actors[info.id] = info
            return
        new, keep = (info, old) if override else (old, info)
        self.actors[info.id] = ActorInfo(info.id, new.name or keep.name,
                                         new.kind if new.kind not in ("", "other") else keep.kind,
                                         new.country or keep.country, new.parent or keep.parent)

    def name(self, actor_id: str) -> str:
        return self.info(actor_id).name

    def chain(self, actor_id: str) -> list[str]:
        """The actor and its ancestors, nearest first (cycles cut)."""
        if actor_id not in self._chains:
            self._chains[actor_id] = self._chain(actor_id)
        return self._chains[actor_id]

    def _chain(self, actor_id: str) -> list[str]:
        out = [actor_id]
        while True:
            a = self.actors.get(out[-1])
            prefix = out[-1].rpartition(".")[0]  # dotted ids: "USA.GOV.STATE" -> "USA.GOV"
            parent = (a.parent if a else None) or (prefix if prefix and (a is None or prefix in self.actors) else None)
            if not parent or parent in out:
                return out
            out.append(parent)

    def state_of(self, country: str | None) -> str | None:
        """The state actor of an ISO3 country ("state:XXX" when none is known)."""
        if not country:
            return None
        if self._states is None:
            self._states = {}
            for a in self.actors.values():
                if a.kind == "state" and a.country and not a.parent:
                    self._states.setdefault(a.country, a.id)
        return self._states.get(country) or f"state:{country}"

    def side(self, actor_id: str) -> str:
        """The top of the actor's chain; organs of a state stand for that state."""
        if actor_id not in self._sides:
            self._sides[actor_id] = self._side(actor_id)
        return self._sides[actor_id]

    def _side(self, actor_id: str) -> str:
        if actor_id not in self.actors and len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper():
            return self.state_of(actor_id) or actor_id  # a bare ISO3 code stands for its state
        chain = self.chain(actor_id)
        for a_id in chain:
            a = self.actors.get(a_id)
            if a and a.kind == "state":
                return a_id
        top = self.actors.get(chain[-1])
        if top and top.kind in STATE_ORGANS and top.country:
            return self.state_of(top.country) or chain[-1]
        return chain[-1]

    def related(self, a: str, b: str) -> bool:
        """One is the other or one of its ancestors (a unit and its umbrella; not two siblings)."""
        return a in self.chain(b) or b in self.chain(a)

    def node(self, actor_id: str, level: str) -> str:
        if level == "group":
            return actor_id
        if level == "parent":
            chain = self.chain(actor_id)
            return chain[1] if len(chain) > 1 else actor_id
        if level == "state":
            return self.side(actor_id)
        raise ValueError(f"level must be one of {', '.join(LEVELS)}")

    def info(self, actor_id: str) -> ActorInfo:
        if actor_id in self.actors:
            return self.actors[actor_id]
        if actor_id.startswith("state:"):
            code = actor_id.removeprefix("state:")
            return ActorInfo(actor_id, _country_name(code), "state", code)
        return ActorInfo(actor_id, actor_id)


def hierarchy_from_dictionary(dictionary: Dictionary | None, into: Hierarchy | None = None) -> Hierarchy:
    """Add the dictionary's actors (id, name, kind, country, parent)."""
    h = into or Hierarchy()
    for e in (dictionary.entries.values() if dictionary is not None else ()):
        h.add(ActorInfo(e.id, e.name or e.id, e.kind or "other", e.country, e.parent))
    return h


def relations_from_facts(many: Iterable[Facts], hierarchy: Hierarchy | None = None) -> tuple[list[Relation], Hierarchy]:
    """Relations (events with a source and a target) and the actors of some documents' facts."""
    h = hierarchy or Hierarchy()
    out: list[Relation] = []
    for f in many:
        d = f.document
        for a in f.actors:
            h.add(ActorInfo(a.id, a.name, a.kind, a.country, a.parent), override=False)
        for e in f.events:
            if not e.source or not e.target or e.source == e.target:
                continue
            out.append(Relation(d.id, e.id, e.type, e.source, e.target, _sign(e.type, e.sign), e.polarity,
                                e.voice.kind, e.voice.name, event_span(e.date, d.published), e.text, e.mode,
                                dated=_dated(e.date), outlet=d.source, url=d.url))
    return out, h


def with_store_actors(h: Hierarchy, rows: Iterable[ActorRow]) -> Hierarchy:
    """`h` with the store's actors (rows of `store.views.actors`) that it does not already know."""
    for a in rows:
        h.add(ActorInfo(a["id"], a["name"], a["kind"] or "other", a["country"], a["parent"]), override=False)
    return h


def relations_from_store(store: HasConn | sqlite3.Connection, hierarchy: Hierarchy | None = None, *,
                         texts: bool = True) -> tuple[list[Relation], Hierarchy]:
    """The same from a store, straight from its `events`, `actors` and `documents` tables. Without `texts` the
    sentences are left out ("" each): what only counts relations (the explorer's networks) needs no sentence."""
    conn = store if isinstance(store, sqlite3.Connection) else store.conn
    h = with_store_actors(hierarchy or Hierarchy(), actor_rows(conn).values())
    # A store's half million relations share few distinct actors, types, voices, outlets and dates: one string
    # (and one Span) for each distinct value, not one per row, keeps them in a third of the memory.
    spans: dict[tuple[str | None, str | None], tuple[Span, bool]] = {}
    words: dict[str, str] = {}

    def one(x: str) -> str:
        return words.setdefault(x, x)

    def maybe(x: str | None) -> str | None:
        return None if x is None else words.setdefault(x, x)

    def span_of(date: str | None, published: str | None) -> tuple[Span, bool]:
        k = (date, published)
        if k not in spans:
            spans[k] = (event_span(date, published), _dated(date))
        return spans[k]

    out = []
    for r in relation_rows(conn):
        span, dated = span_of(r.date, r.published)
        out.append(Relation(one(r.doc_id), r.event_id, one(r.type), one(r.source), one(r.target),
                            _sign(r.type, r.sign), one(r.polarity), one(r.voice_kind), maybe(r.voice_name), span,
                            (r.text or "") if texts else "", maybe(r.mode), maybe(r.cluster), dated, maybe(r.outlet),
                            maybe(r.url) if r.evidence_id == r.doc_id else None))
    return out, h


def _dated(date: str | None) -> bool:
    span = parse_span(date)
    return bool(span.lo or span.hi)


def _sign(etype: str, sign: int | None) -> int:
    return sign if sign in (1, -1) else PLOVER_SIGN.get(etype, 0)


def _country_name(code: str) -> str:
    """The name news copy uses for a state's code ("RUS" -> "Russia"), else the code."""
    return country_name(code) or code
