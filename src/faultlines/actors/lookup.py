"""What later stages may ask of the actors stage (`ActorLookup`), and what they hand back to it (`StandIn`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Span, Token

    from ..records import Actor
    from .dictionary import Dictionary, Entry
    from .index import ImpliedEvent


class ActorLookup(Protocol):
    """The read-only view of one document's actors that the quotes, events and counts stages use."""

    @property
    def dictionary(self) -> Dictionary: ...

    def entry(self, actor_id: str | None) -> Entry | None: ...

    def resolve(self, item: Span | Token) -> str | None: ...

    def actor_at(self, start: int, end: int) -> str | None: ...

    def token_actor(self, i: int) -> str | None: ...

    def mentioned(self) -> set[str]: ...

    def actors(self) -> tuple[Actor, ...]: ...

    def implied_events(self) -> list[ImpliedEvent]: ...


def leader_faction(entry: Callable[[str | None], Entry | None], person: str | None) -> str | None:
    """A leader's armed faction, looked up with `entry` ("Haftar's forces" -> the LNA); None for anyone else."""
    e = entry(person)
    if e is None or e.kind != "person" or not e.parent:
        return None
    parent = entry(e.parent)
    return e.parent if parent is not None and parent.kind in ("armed_group", "military") else None


def home_country(actors: ActorLookup, places: Iterable[str] = ()) -> str | None:
    """The document's dominant country: the one its actors' mentions and its places (ISO3 per place mention) name
    most, at least four times and twice as often as any other (a report on Chad that names France once is about
    Chad), or three times and no other more than once in three; None when no country dominates. A demonym ("Burkinabe traders") says who, not where: it does not count."""
    counts: dict[str, int] = {}
    d = actors.dictionary
    for a in actors.actors():
        if a.country and a.kind not in ("igo", "media", "ngo", "business"):
            n = sum(1 for m in a.mentions if not (a.kind == "state" and d.demonym(m.text)))
            counts[a.country] = counts.get(a.country, 0) + n
    for iso in places:
        counts[iso] = counts.get(iso, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    if ranked[0] == 3 and len(ranked) > 1 and ranked[0] < 3 * ranked[1]:
        return None  # a short local report: three mentions of one country and hardly any other
    return max(counts, key=lambda c: counts[c])


@dataclass(frozen=True)
class StandIn:
    """Tokens [start, end) that a later stage found standing for an actor: a city for its country ("bombed
    Afrin" -> SYR), "rebels in Darfur" -> SDN.REB; `entry` is set when the actor is new to the document."""

    actor: str
    start: int
    end: int
    entry: Entry | None = None
