"""Actors: the conflict actor dictionary and the resolver from mentions to canonical actors.

Interface used by the other stages (keep these signatures):
- `load_dictionary(extra=None) -> Dictionary` — bundled YAML (data/actors.yaml, leaders.yaml, countries.yaml,
  actor_nouns.yaml, designations.yaml) plus user files; a bad file raises `DictionaryError` (one line).
  `.person_by_surname(name)` gives the one known person with that surname ("President Reagan").
- `Dictionary.ruler_patterns() -> list[dict]` — EntityRuler patterns (ids are actor ids).
- `Dictionary.entry(id)`, `.kind_of(id)`, `.country_of(id)`, `.parent_chain(id) -> [parent, grandparent, ...]`,
  `.designations` (list of `Designation(actor, body, list, date, until, note)`), `.designations_of(id)`,
  `.lookup(name) -> id | None`. State organs are synthesised on demand: "IRN.MIL", "IRQ.GOV", "USA.LEG".
- `resolve_actors(ctx, dictionary) -> ActorIndex`; later stages take it as an `ActorLookup` (read-only) and
  hand back `StandIn`s (mentions that stood for an actor), which `ActorIndex.record` adds.
- `ActorIndex.resolve(span_or_token) -> actor id | None` — what a syntactic argument refers to.
- `ActorIndex.actor_at(start, end) -> actor id | None` — the tightest actor mention over that character span.
- `ActorIndex.actors() -> tuple[Actor, ...]` — final actors with all their mentions.
- `ActorIndex.entry(id) -> Entry | None` — dictionary or document-local entry (kind, country, parent).
- `ActorIndex.implied_events() -> list[ImpliedEvent]` — relations stated inside names ("Iranian-backed groups").
- `home_country(lookup) -> ISO3 | None` — the country a document is clearly about (for generic actors).

Ids: dictionary ids ("IRN", "ISIS", "PMF", "USA.GOV.STATE"); ISO3.SECTOR for state organs; ISO3.ADM1.NAME for a
region's government ("USA.ADM1.TEXAS", parent the country, never merged into it), ISO3.ADM2.NAME for a county's
and ISO3.ADM2.NAME.SHERIFF for a county sheriff's office (police); a slug ("david-m-witty", "pfizer") for actors
found only in the document.
"""

from .dictionary import Designation, Dictionary, DictionaryError, Entry, load_dictionary
from .index import ActorIndex, ImpliedEvent
from .lookup import ActorLookup, StandIn, home_country
from .resolver import resolve_actors

__all__ = ["ActorIndex", "ActorLookup", "Designation", "Dictionary", "DictionaryError", "Entry", "ImpliedEvent",
           "StandIn", "home_country", "load_dictionary", "resolve_actors"]
