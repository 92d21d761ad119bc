"""The event vocabulary (`data/plover.yaml`): PLOVER types with their sign, quad category and verb, the modes,
and the PLOVER / ACLED / GeoNames export maps. Loaded and validated once; every module reads it from here."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .datafile import load_yaml

DATA = Path(__file__).resolve().parent / "data" / "plover.yaml"
_TYPE = re.compile(r"[A-Z][A-Z_]*")
_MODE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_TOP = {"version", "types", "modes", "plover", "acled", "places"}
_TYPE_KEYS = {"sign", "quad", "verb"}
_RULE_KEYS = {"types", "modes", "remote", "civilians", "acled"}


class VocabularyError(ValueError):
    """The vocabulary YAML does not follow the schema written at its top; the message names the entry."""


@dataclass(frozen=True)
class EventType:
    """A PLOVER type: the sign it gives a network edge, its quad category and the verb summaries use."""

    name: str
    sign: int
    quad: int
    verb: str


@dataclass(frozen=True)
class AcledRule:
    """One row of the PLOVER -> ACLED table; `sub_event` None takes the remote mode's sub-event type."""

    types: frozenset[str]
    modes: frozenset[str] | None
    remote: bool
    civilians: bool
    disorder: str
    event: str
    sub_event: str | None


@dataclass(frozen=True)
class Vocabulary:
    """Everything in the vocabulary YAML, checked."""

    types: dict[str, EventType]
    modes: frozenset[str]
    sector: dict[str, str]
    non_state: dict[str, str]
    inter: dict[str, int]
    other_inter: int
    remote_modes: dict[str, str]
    acled_rules: tuple[AcledRule, ...]
    acled_other: tuple[str, str, str]
    feature: dict[str, tuple[str, str]]
    geo_precision: dict[str, int]

    @property
    def signs(self) -> dict[str, int]:
        return {t.name: t.sign for t in self.types.values()}


def _map(obj: object, where: str) -> dict[str, Any]:
    if not isinstance(obj, dict) or not all(isinstance(k, str) for k in obj):
        raise VocabularyError(f"{where}: expected a mapping")
    return obj


def _keys(obj: dict[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    if unknown := sorted(set(obj) - allowed):
        raise VocabularyError(f"{where}: unknown key {unknown[0]!r}; expected {', '.join(sorted(allowed))}")
    if missing := sorted(required - set(obj)):
        raise VocabularyError(f"{where}: missing key {missing[0]!r}")


def _of(value: object, kind: type, where: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise VocabularyError(f"{where}: expected {kind.__name__}, got {value!r}")
    return value


def _strings(obj: object, where: str) -> list[str]:
    if not isinstance(obj, list):
        raise VocabularyError(f"{where}: expected a list")
    return [_of(x, str, f"{where}[{i}]") for i, x in enumerate(obj)]


def _event_type(name: str, raw: object) -> EventType:
    where = f"types.{name}"
    if not _TYPE.fullmatch(name):
        raise VocabularyError(f"{where}: a type is upper case (like ASSAULT)")
    d = _map(raw, where)
    _keys(d, _TYPE_KEYS, _TYPE_KEYS, where)
    sign, quad = _of(d["sign"], int, f"{where}.sign"), _of(d["quad"], int, f"{where}.quad")
    if sign not in (1, -1, 0):
        raise VocabularyError(f"{where}.sign: expected 1, -1 or 0, got {sign}")
    if quad not in (1, 2, 3, 4):
        raise VocabularyError(f"{where}.quad: expected 1, 2, 3 or 4, got {quad}")
    return EventType(name, sign, quad, _of(d["verb"], str, f"{where}.verb"))


def _triple(obj: object, where: str, *, last_null: bool = False) -> tuple[str, str, str | None]:
    if not isinstance(obj, list) or len(obj) != 3:
        raise VocabularyError(f"{where}: expected [disorder_type, event_type, sub_event_type]")
    a, b = _of(obj[0], str, f"{where}[0]"), _of(obj[1], str, f"{where}[1]")
    c = None if last_null and obj[2] is None else _of(obj[2], str, f"{where}[2]")
    return a, b, c


def _rule(raw: object, i: int, types: dict[str, EventType]) -> AcledRule:
    where = f"acled.events[{i}]"
    d = _map(raw, where)
    _keys(d, _RULE_KEYS, {"types", "acled"}, where)
    names = _strings(d["types"], f"{where}.types")
    if unknown := [t for t in names if t not in types]:
        raise VocabularyError(f"{where}.types: {unknown[0]!r} is not a type in `types`")
    remote = _of(d.get("remote", False), bool, f"{where}.remote")
    disorder, event, sub = _triple(d["acled"], f"{where}.acled", last_null=remote)
    modes = frozenset(m.lower() for m in _strings(d["modes"], f"{where}.modes")) if "modes" in d else None
    return AcledRule(frozenset(names), modes, remote, _of(d.get("civilians", False), bool, f"{where}.civilians"),
                     disorder, event, sub)


def _str_map(obj: object, where: str) -> dict[str, str]:
    return {k: _of(v, str, f"{where}.{k}") for k, v in _map(obj, where).items()}


def parse(data: object, where: str = "plover.yaml") -> Vocabulary:
    """Check the YAML's content and build the vocabulary; `VocabularyError` names the first bad entry."""
    top = _map(data, where)
    _keys(top, _TOP, _TOP, where)
    if top["version"] != 1:
        raise VocabularyError(f"{where}: version {top['version']!r} is not supported (expected 1)")
    types = {name: _event_type(name, raw) for name, raw in _map(top["types"], "types").items()}
    if not types:
        raise VocabularyError("types: empty")
    modes = _strings(top["modes"], "modes")
    if bad := [m for m in modes if not _MODE.fullmatch(m)]:
        raise VocabularyError(f"modes: {bad[0]!r} is not lower case words joined by hyphens")
    declared = frozenset(modes)
    plover, acled = _map(top["plover"], "plover"), _map(top["acled"], "acled")
    _keys(plover, {"sector", "non_state"}, {"sector", "non_state"}, "plover")
    acled_keys = {"inter", "other_inter", "remote_modes", "events", "other"}
    _keys(acled, acled_keys, acled_keys, "acled")
    if not isinstance(acled["events"], list):
        raise VocabularyError("acled.events: expected a list")
    other = _triple(acled["other"], "acled.other")
    remote_modes = _str_map(acled["remote_modes"], "acled.remote_modes")
    rules = tuple(_rule(r, i, types) for i, r in enumerate(acled["events"]))
    # a mode no event can carry would make its ACLED row unreachable: name it
    if stray := sorted(set(remote_modes) - declared):
        raise VocabularyError(f"acled.remote_modes: {stray[0]!r} is not a mode in `modes`")
    for i, rule in enumerate(rules):
        if stray := sorted((rule.modes or frozenset()) - declared):
            raise VocabularyError(f"acled.events[{i}].modes: {stray[0]!r} is not a mode in `modes`")
    places: dict[str, tuple[tuple[str, str], int]] = {}
    for level, raw in _map(top["places"], "places").items():
        d = _map(raw, f"places.{level}")
        _keys(d, {"feature", "geo_precision"}, {"feature", "geo_precision"}, f"places.{level}")
        feature = _strings(d["feature"], f"places.{level}.feature")
        if len(feature) != 2:
            raise VocabularyError(f"places.{level}.feature: expected [class, code]")
        places[level] = ((feature[0], feature[1]), _of(d["geo_precision"], int, f"places.{level}.geo_precision"))
    return Vocabulary(
        types=types, modes=frozenset(modes),
        sector=_str_map(plover["sector"], "plover.sector"), non_state=_str_map(plover["non_state"], "plover.non_state"),
        inter={k: _of(v, int, f"acled.inter.{k}") for k, v in _map(acled["inter"], "acled.inter").items()},
        other_inter=_of(acled["other_inter"], int, "acled.other_inter"),
        remote_modes=remote_modes,
        acled_rules=rules,
        acled_other=(other[0], other[1], other[2] or ""),
        feature={k: v[0] for k, v in places.items()}, geo_precision={k: v[1] for k, v in places.items()},
    )


def load(path: str | Path) -> Vocabulary:
    """Read and check a vocabulary YAML file."""
    p = Path(path)
    return parse(load_yaml(p.read_text(encoding="utf-8")), p.name)


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read once: `data/plover.yaml`, or the file `FAULTLINES_VOCABULARY` names (to try an edit)."""
    return load(os.environ.get("FAULTLINES_VOCABULARY") or DATA)
