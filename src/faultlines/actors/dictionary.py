"""The actor dictionary: canonical actors, their names, kinds, countries, parents and designations.

Data lives in YAML under `faultlines/data/` (actors.yaml, countries.yaml, actor_nouns.yaml,
designations.yaml); user files passed as `extra` extend it or override entries by id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NotRequired, TypedDict, cast

from ..datafile import load_yaml
from ..records import ActorKind
from ..values.names import fold, singular, slug
from .countries import capital_index, demonym_index, load_countries
from .loader import DictionaryError, actor_kind, read_user_file, validate_entries

DATA = Path(__file__).resolve().parent.parent / "data"
_SUB = re.compile(r"^([A-Z]{3})\.([A-Z]+)$")
_LABELS = {"person": "PERSON", "state": "GPE", "religious": "NORP", "ethnic_group": "NORP"}

__all__ = ["DATA", "Designation", "Dictionary", "DictionaryError", "Entry", "load_dictionary"]


@dataclass(frozen=True)
class Entry:
    """One canonical actor: `id` is stable ("IRN", "ISIS", "USA.GOV.STATE")."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    years: str | None = None


@dataclass(frozen=True)
class Designation:
    """`body` put `actor` on `list` from `date` (until `until`, if revoked)."""

    actor: str
    body: str
    list: str
    date: str
    until: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Sector:
    code: str
    kind: ActorKind
    label: str
    parent_state: bool
    compatible: tuple[str, ...]


class RawActor(TypedDict):
    """One actor as YAML writes it (actors.yaml, leaders.yaml, a user file), once `validate_entries` passed it."""

    id: str
    name: str
    kind: str
    country: NotRequired[str | None]
    parent: NotRequired[str | None]
    aliases: NotRequired[list[str] | None]
    role: NotRequired[str | None]
    years: NotRequired[str | int | None]
    replace_aliases: NotRequired[bool]


class RawDesignation(TypedDict):
    """One designation as YAML writes it (designations.yaml, a user file); dates may load as ints or dates."""

    actor: str
    body: str
    list: object
    date: object
    until: NotRequired[object]
    note: NotRequired[str | None]


class RawSector(TypedDict):
    kind: str
    label: str
    parent_state: NotRequired[bool]
    compatible: list[str]


class NounsFile(TypedDict, total=False):
    """data/actor_nouns.yaml: sectors, their head nouns, and the word lists the resolver reads."""

    sectors: dict[str, RawSector]
    nouns: dict[str, list[str]]
    not_anaphoric: list[str]
    strong_nouns: list[str]
    member_nouns: list[str]
    compound_relations: dict[str, list[str]]
    org_words: dict[str, list[str]]
    titles: list[str]
    person_nouns: list[str]
    relational_nouns: list[str]
    relational_after_possessive: list[str]
    generic_actors: dict[str, list[str]]
    unnamed: list[str]
    unnamed_modifiers: list[str]
    unarmed_modifiers: list[str]


@lru_cache(maxsize=1)
def _nouns() -> NounsFile:
    data: NounsFile = load_yaml((DATA / "actor_nouns.yaml").read_text(encoding="utf-8"))
    return data


def _checked(label: str, actors: list[Any], designations: list[Any]) -> tuple[str, list[RawActor], list[RawDesignation]]:
    """Raw YAML lists, validated (DictionaryError otherwise) and typed as what they now are."""
    validate_entries(label, actors, designations)
    return label, cast("list[RawActor]", actors), cast("list[RawDesignation]", designations)


@dataclass
class Dictionary:
    """Entries by id plus the indexes the resolver needs (all plain dict lookups)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    designations: list[Designation] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    not_anaphoric: frozenset[str] = frozenset()
    strong_nouns: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    relations: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    org_words: list[tuple[str, ActorKind]] = field(default_factory=list)
    titles: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    relational_nouns: frozenset[str] = frozenset()
    sectors_relational_poss: frozenset[str] = frozenset()
    generic_actors: dict[str, str] = field(default_factory=dict)
    unnamed: frozenset[str] = frozenset()
    unnamed_modifiers: frozenset[str] = frozenset()
    unarmed_modifiers: frozenset[str] = frozenset()
    _synth: dict[str, Entry] = field(default_factory=dict, repr=False)
    _surnames: dict[str, str] | None = field(default=None, repr=False)

    # ------------------------------------------------------------ lookups
    def entry(self, actor_id: str | None) -> Entry | None:
        """The entry for an id, synthesising state organs such as "IRN.MIL" on demand."""
        if actor_id is None:
            return None
        e = self.entries.get(actor_id) or self._synth.get(actor_id)
        if e is None and (m := _SUB.match(actor_id)) and m.group(1) in self.entries and m.group(2) in self.sectors:
            e = self._sub_entry(m.group(1), m.group(2))
        return e

    def _sub_entry(self, iso: str, code: str) -> Entry:
        sec, state = self.sectors[code], self.entries[iso]
        c = load_countries().get(iso)
        adj = c.adjectives[0] if c and c.adjectives else state.name
        e = Entry(id=f"{iso}.{code}", name=f"{adj} {sec.label}".strip(), kind=sec.kind, country=iso,
                  parent=iso if sec.parent_state else None)
        self._synth[e.id] = e
        return e

    def sub_actor(self, iso: str, code: str) -> str:
        """Id of a state's organ for a sector ("IRN", "MIL" -> "IRN.MIL"); "STATE" gives the state itself."""
        return iso if code == "STATE" else f"{iso}.{code}"

    def kind_of(self, actor_id: str | None) -> str | None:
        e = self.entry(actor_id)
        return e.kind if e else None

    def country_of(self, actor_id: str | None) -> str | None:
        e = self.entry(actor_id)
        return e.country if e else None

    def parent_chain(self, actor_id: str) -> list[str]:
        """Ancestors from the nearest up: "IRGC.QF" -> ["IRGC", "IRN"]."""
        out: list[str] = []
        e = self.entry(actor_id)
        while e is not None and e.parent and e.parent not in out and len(out) < 12:
            out.append(e.parent)
            e = self.entry(e.parent)
        return out

    def designations_of(self, actor_id: str) -> list[Designation]:
        return [d for d in self.designations if d.actor == actor_id]

    def lookup(self, name: str) -> str | None:
        """Actor id for a name in any spelling the folding covers, trying the singular too."""
        key = fold(name)
        return self.names.get(key) or self.names.get(singular(key))

    def person_by_surname(self, surname: str) -> str | None:
        """The one dictionary person with this surname ("President Reagan"); None when several share it."""
        if self._surnames is None:
            seen: dict[str, set[str]] = {}
            for e in self.entries.values():
                if e.kind == "person":
                    for n in (e.name, *e.aliases):
                        if len(n.split()) >= 2:
                            seen.setdefault(fold(n.split()[-1]), set()).add(e.id)
            self._surnames = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}
        return self._surnames.get(fold(surname))

    def demonym(self, word: str) -> str | None:
        """ISO3 for a demonym or people noun ("Iranian", "Saudis"); none for a community the dictionary names so
        ("Turkmen" of Syria and Iraq)."""
        key = fold(word)
        return None if key in self.names and self.kind_of(self.names[key]) != "state" else demonym_index().get(key)

    def capital(self, name: str) -> str | None:
        return capital_index().get(fold(name))

    def sector_of(self, lemma: str) -> str | None:
        return self.nouns.get(lemma.lower())

    # ------------------------------------------------------------ entity ruler
    def ruler_patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns: multi-word names match case-insensitively, single words by exact case."""
        pats: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()

        def add(surface: str, label: str, pid: str) -> None:
            if (surface, pid) in seen or not surface.strip():
                return
            seen.add((surface, pid))
            if " " in surface or "-" in surface or "'" in surface or "\u2019" in surface:
                pats.append({"label": label, "pattern": surface, "id": pid})
            else:
                for form in {surface, surface.upper() if len(surface) > 3 else surface}:
                    pats.append({"label": label, "pattern": [{"ORTH": form}], "id": pid})

        for e in self.entries.values():
            label = _LABELS.get(e.kind, "ORG")
            for n in (e.name, *e.aliases):
                if self.names.get(fold(n)) == e.id:
                    add(n, label, e.id)
        for c in load_countries().values():
            for adj in (*c.adjectives, *c.people):
                if demonym_index().get(fold(adj)) == c.iso3 and fold(adj) not in self.names:
                    add(adj, "NORP", c.iso3)
        return pats


def _state_entries() -> list[Entry]:
    return [Entry(id=c.iso3, name=c.name, kind="state", country=c.iso3, aliases=tuple(n for n in c.names if n != c.name))
            for c in load_countries().values()]


def _entry(raw: RawActor) -> Entry:
    return Entry(id=raw["id"], name=raw["name"], kind=actor_kind(raw["kind"], f"actor {raw['id']}"), country=raw.get("country"),
                 parent=raw.get("parent"), aliases=tuple(raw.get("aliases") or ()), role=raw.get("role"),
                 years=None if raw.get("years") is None else str(raw["years"]))


def _designation(raw: RawDesignation) -> Designation:
    return Designation(actor=raw["actor"], body=raw["body"], list=str(raw["list"]), date=str(raw["date"]),
                       until=None if raw.get("until") is None else str(raw["until"]), note=raw.get("note"))


def load_dictionary(extra: list[Path] | None = None) -> Dictionary:
    """The bundled dictionary plus user files (same schema; an existing id is overridden field by field)."""
    d = Dictionary()
    nouns = _nouns()
    d.sectors = {code: Sector(code, actor_kind(s["kind"], f"actor_nouns.yaml: sector {code}"), s["label"], bool(s.get("parent_state", True)), tuple(s["compatible"]))
                 for code, s in nouns["sectors"].items()}
    d.nouns = {w.lower(): code for code, words in nouns["nouns"].items() for w in words}
    d.not_anaphoric = frozenset(w.lower() for w in nouns.get("not_anaphoric", ()))
    d.strong_nouns = frozenset(nouns.get("strong_nouns", ()))
    d.member_nouns = frozenset(nouns.get("member_nouns", ()))
    d.relations = {k: (v[0], v[1]) for k, v in (nouns.get("compound_relations") or {}).items()}
    d.org_words = [(w, actor_kind(kind, "actor_nouns.yaml: org_words"))
                   for kind, words in (nouns.get("org_words") or {}).items() for w in words]
    d.titles = frozenset(nouns.get("titles", ()))
    d.person_nouns = frozenset(nouns.get("person_nouns", ()))
    d.relational_nouns = frozenset(nouns.get("relational_nouns", ()))
    d.sectors_relational_poss = frozenset(nouns.get("relational_after_possessive", ()))
    d.generic_actors = {w.lower(): code for code, words in (nouns.get("generic_actors") or {}).items() for w in words}
    d.unnamed = frozenset(nouns.get("unnamed", ()))
    d.unnamed_modifiers = frozenset(nouns.get("unnamed_modifiers", ()))
    d.unarmed_modifiers = frozenset(nouns.get("unarmed_modifiers", ()))
    for e in _state_entries():
        d.entries[e.id] = e
    sources = [_checked("actors.yaml", load_yaml((DATA / "actors.yaml").read_text(encoding="utf-8")) or [],
                        load_yaml((DATA / "designations.yaml").read_text(encoding="utf-8")) or [])]
    sources.append(_checked("leaders.yaml", _leaders(d, {fold(n) for _, a, _ in sources for x in a
                                                         for n in (x["name"], *(x.get("aliases") or ()))}), []))
    sources += [_checked(*read_user_file(Path(p))) for p in extra or []]
    origin: dict[str, str] = {}
    for label, actors, designations in sources:
        for raw in actors:
            old = d.entries.get(raw["id"])
            new = _entry({**_as_raw(old), **raw} if old else raw)
            if old and not raw.get("replace_aliases"):
                new = replace(new, aliases=tuple(dict.fromkeys((*old.aliases, *new.aliases))))
            d.entries[new.id] = new
            origin[new.id] = label
        for x in designations:
            d.designations.append(_designation(x))
            origin[f"designation:{len(d.designations)}"] = label
    _check_references(d, origin)
    _index_names(d)
    return d


def _leaders(d: Dictionary, known: set[str]) -> list[RawActor]:
    """data/leaders.yaml ({ISO3: ["Name | Alias", ...]}) as person entries under each state's government."""
    raw = load_yaml((DATA / "leaders.yaml").read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise DictionaryError("leaders.yaml: expected a mapping of ISO3 codes to lists of names")
    out: list[RawActor] = []
    for iso, names in raw.items():
        if iso not in d.entries or not isinstance(names, list):
            raise DictionaryError(f"leaders.yaml: {iso!r}: unknown country or not a list of names")
        for item in names:
            name, *aliases = [p.strip() for p in str(item).split("|")]
            if fold(name) in known:
                continue
            out.append({"id": slug(name).upper().replace("-", "_"), "name": name, "kind": "person",
                        "country": iso, "parent": d.sub_actor(iso, "GOV"), "aliases": aliases})
    return out


def _as_raw(e: Entry) -> RawActor:
    return {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "parent": e.parent,
            "aliases": list(e.aliases), "role": e.role, "years": e.years}


def _check_references(d: Dictionary, origin: dict[str, str]) -> None:
    for e in d.entries.values():
        if e.parent and d.entry(e.parent) is None:
            raise DictionaryError(f"{origin.get(e.id, '?')}: actor {e.id!r}: parent {e.parent!r} is not a known actor id")
    for i, x in enumerate(d.designations, 1):
        for ref in (x.actor, x.body):
            if ref not in d.entries:
                raise DictionaryError(f"{origin.get(f'designation:{i}', '?')}: designation of {x.actor!r}: "
                                      f"{ref!r} is not a known actor id")


def _index_names(d: Dictionary) -> None:
    """Folded name -> id. States first, then entries in file order, so later (user) entries win."""
    for e in d.entries.values():
        for n in (e.name, *e.aliases):
            key = fold(n)
            if key:
                d.names[key] = e.id
