"""Every ISO 3166 country as a `state` actor, with the demonym and capital lookups the resolver needs."""

from __future__ import annotations

from functools import lru_cache

from ..values.countries import Country, countries
from ..values.names import fold

__all__ = ["Country", "capital_index", "demonym_index", "load_countries"]


# States outside ISO 3166-1 that news treats as parties (GeoNames keeps the code; CS and AN are gone)
UNLISTED_STATES = frozenset({"XKX"})


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """ISO3 -> Country for the ISO 3166-1 countries of the one country table (`values.countries`), and Kosovo."""
    return {c.iso3: c for c in countries() if c.official or c.iso3 in UNLISTED_STATES}


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
