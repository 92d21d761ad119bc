"""Actors: the conflict actor dictionary and the resolver from mentions to canonical actors.

Interface used by the other stages (keep these signatures):
- `load_dictionary(extra=None) -> Dictionary` — the bundled YAML plus user files.
- `Dictionary.ruler_patterns() -> list[dict]` — EntityRuler patterns for names the model mislabels.
- `resolve_actors(ctx, dictionary) -> ActorIndex`.
- `ActorIndex.resolve(span_or_token) -> actor id | None` — what a syntactic argument refers to.
- `ActorIndex.actor_at(start, end) -> actor id | None` — an actor mentioned in that character span.
- `ActorIndex.actors() -> tuple[Actor, ...]` — final actors with all their mentions.
- `ActorIndex.implied_events() -> list[ImpliedEvent]` — relations stated inside names ("Iranian-backed groups").
"""

from .dictionary import Dictionary, load_dictionary
from .resolver import ActorIndex, ImpliedEvent, resolve_actors

__all__ = ["ActorIndex", "Dictionary", "ImpliedEvent", "load_dictionary", "resolve_actors"]
