"""`Filters`: which relations the CLI, the explorer, export and every analysis look at — one definition.

The defaults are what an analyst trusts by default: every voice, asserted events only, any type,
any actor, any date (events with no date at all only when no date range is asked for).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..records import POLARITIES, VOICE_KINDS

if TYPE_CHECKING:
    from ..values.dates import Span
    from .relations import Relation

ALL_VOICES = frozenset(VOICE_KINDS)
ASSERTED = frozenset({"asserted"})
QueryValue = str | list[str]


class Chains(Protocol):
    """What the actor focus needs of a hierarchy: an actor and its ancestors."""

    def chain(self, actor_id: str) -> list[str]: ...


def _set(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Filters:
    """Time window, voices, polarities, event types, actor focus and undated events (sets normalised)."""

    since: str | None = None
    until: str | None = None
    voices: frozenset[str] = ALL_VOICES  # empty: every voice
    polarities: frozenset[str] = ASSERTED  # empty: asserted only
    types: frozenset[str] = frozenset()  # empty: every type
    actors: tuple[str, ...] = ()  # only relations that involve one of these actors (or their parts)
    undated: bool | None = None  # keep events with no date at all; unset: yes without a range, no with one

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: normalise lists and tuples once, so equal filters hash equal
        set_(self, "voices", _set(self.voices) or ALL_VOICES)
        set_(self, "polarities", _set(self.polarities) or ASSERTED)
        set_(self, "types", _set(self.types))
        set_(self, "actors", tuple(sorted(set(self.actors))))
        unknown = (self.voices - ALL_VOICES) | (self.polarities - set(POLARITIES))
        if unknown:
            raise ValueError(f"unknown voice or polarity: {', '.join(sorted(unknown))}")

    @property
    def include_undated(self) -> bool:
        return self.undated if self.undated is not None else not (self.since or self.until)

    def passes(self, voice_kind: str, polarity: str, type: str, span: Span) -> bool:
        """Whether an event said by this voice, with this polarity and type, at this time passes."""
        return (voice_kind in self.voices and polarity in self.polarities and (not self.types or type in self.types)
                and span.overlaps_window(self.since, self.until)
                and (self.include_undated or bool(span.lo or span.hi)))

    def keep(self, r: Relation, hierarchy: Chains | None = None) -> bool:
        """Whether a relation passes; the actor focus follows `hierarchy` (an actor's parts) when given."""
        if not self.passes(r.voice_kind, r.polarity, r.type, r.span):
            return False
        if self.actors:
            wanted = set(self.actors)
            if hierarchy is None:
                return r.source in wanted or r.target in wanted
            return bool(wanted & {*hierarchy.chain(r.source), *hierarchy.chain(r.target)})
        return True

    def key(self) -> tuple[object, ...]:
        """What decides which relations pass (a cache key)."""
        return (self.since, self.until, self.voices, self.polarities, self.types, self.actors, self.include_undated)

    def query(self) -> dict[str, QueryValue]:
        """The filters as query parameters (only those that differ from the defaults), for links."""
        q: dict[str, QueryValue] = {}
        if self.since:
            q["from"] = self.since
        if self.until:
            q["to"] = self.until
        if self.voices != ALL_VOICES:
            q["voice"] = sorted(self.voices)
        if self.types:
            q["type"] = sorted(self.types)
        if self.polarities != ASSERTED:
            q["polarity"] = sorted(self.polarities)
        if self.actors:
            q["actor"] = list(self.actors)
        if self.undated is not None:
            q["undated"] = "1" if self.undated else "0"
        return q
