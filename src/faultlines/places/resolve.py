"""Resolve the document's toponyms to gazetteer entries, disambiguated by the countries it is about.

A name with several candidates goes to the one in a country the document names (directly, by a
demonym, or through an unambiguous town), then to the most populous; small towns abroad are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Mention, Place
from ..values.countries import place_rows
from ..values.names import name_key
from .gazetteer import Entry, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..context import Context

PLACE_LABELS = ("GPE", "LOC")
COUNTRY_FEATURES = ("country", "continent")
# A town outside the document's countries must be at least this big to be believed.
MIN_FOREIGN_POPULATION = 15000
WORLD_CITY = 1_000_000  # a world city, fifty times the size of a small namesake in the document's country, is meant
WORLD_HOMONYM = 50_000
_TRIM = re.compile(r"^(?:the\s+)|(?:['\u2019]s?)$", re.I)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonym ("Iraqi") -> ISO2, from the gazetteer's country table."""
    out: dict[str, str] = {}
    for c in place_rows():
        if c.demonym:
            out[c.demonym.lower()] = c.iso2
    return out


def toponym_spans(ctx: Context, gazetteer: Gazetteer) -> list[Span]:
    """The parse's place entities outside signatures (the entity ruler has already repaired the labels),
    plus organisation-labelled spans that are exactly a country or world-region name ("U.S." tagged ORG)."""
    out = []
    for e in ctx.doc.ents:
        if ctx.in_signature(e.start_char):
            continue
        if e.label_ in PLACE_LABELS and not _in_personal_name(e):
            out.append(e)
        elif e.label_ in ("ORG", "NORP") and any(
                c.feature in ("country", "continent") for c in gazetteer.index.find(name_key(clean_name(e.text)))):
            out.append(e)
    return out


def _in_personal_name(span: Span) -> bool:
    """True for the tail of a personal name the model took for a place ("Muqtada al-Sadr", "Bashar Assad")."""
    doc, i = span.doc, span.start
    if i >= 3 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("al", "el", "ul") and doc[i - 3].is_title:
        return doc[i - 3].ent_type_ in ("", "PERSON")
    return i >= 1 and doc[i - 1].ent_type_ == "PERSON"


def clean_name(text: str) -> str:
    return _TRIM.sub("", text.strip()).strip()


def _score(e: Entry, countries: set[str]) -> tuple[int, int]:
    home = e.feature in COUNTRY_FEATURES or (e.feature == "region" and e.country is None) or e.country in countries
    return (1 if home else 0, e.population)


def choose(candidates: list[Entry], countries: set[str], local: frozenset[str] = frozenset()) -> Entry | None:
    """The best candidate for one name given the document's countries, or None when none is credible; a world city
    outranks a small namesake at home unless the document names a region of that home (`local`: "Moscow, Idaho")."""
    if not candidates:
        return None
    best = max(candidates, key=lambda e: _score(e, countries))
    world = max(candidates, key=lambda e: e.population)
    if best.feature == "city" and world.feature == "city" and best.population < WORLD_HOMONYM and best.country not in local \
            and world.population >= WORLD_CITY and world.population >= 50 * best.population:
        best = world  # "a church in Cairo" in a report from Washington is Egypt's Cairo, not a Georgia town of 9,000
    if best.feature == "city" and best.country not in countries and best.population < MIN_FOREIGN_POPULATION:
        return None
    return best


def document_countries(ctx: Context, names: dict[str, list[Entry]]) -> set[str]:
    """ISO2 codes of the countries the document names, by country name, demonym or unambiguous town."""
    out = {c.country for cands in names.values() for c in cands if c.feature == "country" and c.country}
    dem = _demonyms()
    for ent in ctx.doc.ents:
        if ent.label_ == "NORP" and (iso := dem.get(clean_name(ent.text).lower())):
            out.add(iso)
    for cands in names.values():
        towns = {c.country for c in cands if c.feature != "country"}
        if len(towns) == 1 and not any(c.feature == "country" for c in cands):
            best = max(cands, key=lambda c: c.population)
            if best.country and best.population >= MIN_FOREIGN_POPULATION:
                out.add(best.country)
    return {c for c in out if c}


def find_places(ctx: Context, gazetteer: Gazetteer) -> list[Place]:
    """One Place per resolved gazetteer entry, with every mention of it in the document (the dateline's city
    among them, see `places.report`)."""
    spans = toponym_spans(ctx, gazetteer)
    names: dict[str, list[Entry]] = {}
    for s in spans:
        key = name_key(clean_name(s.text))
        if key and key not in names:
            names[key] = gazetteer.lookup(clean_name(s.text))
    countries = document_countries(ctx, names)
    chosen = {k: choose(c, countries) for k, c in names.items()}
    local = frozenset(c.country for k, e in chosen.items() if e is not None and e.feature != "city"
                      for c in names[k] if c.feature == "admin1" and c.country)
    if local:  # "Moscow, Idaho", "Cairo, Georgia": a region of the home country named keeps its small towns
        chosen = {k: choose(c, countries, local) for k, c in names.items()}
    found: dict[str, tuple[Entry, list[Mention]]] = {}
    for s in spans:
        e = chosen.get(name_key(clean_name(s.text)))
        if e is None:
            continue
        found.setdefault(e.id, (e, []))[1].append(Mention(s.start_char, s.end_char, s.text))
    return dateline_place(ctx, gazetteer, [Place(id=e.id, name=e.name, lat=e.lat, lon=e.lon, country=e.country,
                                                 geonameid=e.geonameid, feature=e.feature, mentions=tuple(ms))
                                           for e, ms in found.values()])


def dateline_place(ctx: Context, gazetteer: Gazetteer, places: list[Place]) -> list[Place]:
    """`places` with the dateline's city among them (its mention the dateline's place name), when the report
    has a dateline naming one place the gazetteer knows ("TRIPOLI/ANKARA" names two: none)."""
    d = ctx.dateline
    if d is None or "/" in d.place:
        return places
    city, _, region = (part.strip() for part in d.place.partition(","))
    at = ctx.text[d.start:d.end].lower().find(city.lower()) if city else -1
    if at < 0:
        return places
    at += d.start
    mention = Mention(at, at + len(city), ctx.text[at:at + len(city)])
    for p in places:
        if any(m.start <= at < m.end or at <= m.start < mention.end for m in p.mentions):
            return places  # already found (the parse tagged it)
    stated = {c.country for c in gazetteer.lookup(region) if c.feature == "country" and c.country} if region else set()
    countries = stated or {p.country for p in places if p.feature == "country" and p.country}
    candidates = [e for e in gazetteer.lookup(city) if e.feature != "country" or not region]
    if stated:  # "TRIPOLI, Libya": Libya's Tripoli, not Lebanon's
        candidates = [e for e in candidates if e.country in stated]
    e = choose(candidates, countries)
    if e is None:
        return places
    for k, p in enumerate(places):
        if p.id == e.id:
            out = list(places)
            out[k] = replace(p, mentions=tuple(sorted((*p.mentions, mention), key=lambda m: m.start)))
            return out
    return [*places, Place(id=e.id, name=e.name, lat=e.lat, lon=e.lon, country=e.country, geonameid=e.geonameid,
                           feature=e.feature, mentions=(mention,))]
