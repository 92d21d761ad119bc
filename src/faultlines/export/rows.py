"""Events out of the store, one typed `Row` each, with the document, actors, place and figures any
export needs. Each document's facts JSON is read once: it carries what the tables do not (the words
that named an actor, the trigger, a place's feature level, the event's fatalities)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..records import Actor, Count, Event, Place
from ..store import views
from ..store.documents import StoredDocument, iter_documents
from ..store.views import ActorRow
from ..values.dates import event_span, real_day


@dataclass(frozen=True)
class Row:
    """One stored event with everything an export writes about it."""

    event: Event
    doc: StoredDocument  # the article and, for wire copies, the story it is a copy of (evidence_id)
    source: Actor | None
    target: Actor | None
    place: Place | None
    wounded: int | None = None
    size: int | None = None

    def mention_text(self, actor_id: str | None) -> str | None:
        """The words of the sentence that named this actor, when the coder kept them."""
        e = self.event
        m = e.source_mention if actor_id == e.source else e.target_mention if actor_id == e.target else None
        return m.text if m is not None else None




def event_days(event_date: str | None, published: str | None) -> tuple[str | None, str | None, bool]:
    """(first day, last day, own date?) of an event: its own date when that is a real span of days, else its
    article's publication (last day only), else nothing."""
    own = event_span(event_date, None)
    if real_day(own.lo) and real_day(own.hi):
        return own.lo, own.hi, True
    pub = event_span(None, published)
    return (None, pub.hi, False) if real_day(pub.hi) else (None, None, False)


def _figure(counts: list[Count], e: Event, categories: tuple[str, ...]) -> int | None:
    """Sum of the counts linked to this event (or, unlinked, stated inside its sentence)."""
    vals = [c.value if c.value is not None else c.low for c in counts if c.category in categories
            and (c.event == e.id or (c.event is None and e.start <= c.start < e.end))]
    nums = [v for v in vals if v is not None]
    return sum(nums) if nums else None


def iter_rows(conn: sqlite3.Connection, *, include_copies: bool = False) -> Iterator[Row]:
    """Events in store order; syndicated copies are left out unless `include_copies`."""
    known = views.actors(conn)
    for d in iter_documents(conn, include_copies=include_copies):
        facts = d.facts()
        actors = {a.id: _canonical(a, known.get(a.id)) for a in facts.actors}
        places = {p.id: p for p in facts.places}
        counts = list(facts.counts)
        for e in sorted(facts.events, key=lambda x: (x.start, x.id)):
            yield Row(e, d, _actor(e.source, actors, known), _actor(e.target, actors, known),
                      places.get(e.place) if e.place else None,
                      _figure(counts, e, ("wounded",)), _figure(counts, e, ("troops", "fighters")))


def _canonical(a: Actor, row: ActorRow | None) -> Actor:
    """The document's actor with the corpus' name, kind and country (the store keeps one per id)."""
    if row is None:
        return a
    return replace(a, name=row["name"] or a.name, kind=row["kind"] or a.kind, country=row["country"] or a.country)


def _actor(actor_id: str | None, actors: dict[str, Actor], known: dict[str, ActorRow]) -> Actor | None:
    if not actor_id:
        return None
    if actor_id in actors:
        return actors[actor_id]
    row = known.get(actor_id)
    return Actor(actor_id, row["name"], row["kind"], row["country"]) if row else Actor(actor_id, actor_id, "other")
