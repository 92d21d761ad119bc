"""Validation of actor YAML (bundled and user files): every problem is reported in one line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..datafile import load_yaml
from ..records import ACTOR_KINDS, ActorKind

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FIELDS = {"id", "name", "kind", "country", "parent", "aliases", "role", "years", "replace_aliases"}
_DFIELDS = {"actor", "body", "list", "date", "until", "note"}


class DictionaryError(ValueError):
    """A bad actors file; the message is one line naming the file, the entry and the problem."""


def read_user_file(path: Path) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Read a user actors file: a list of actor entries, or a mapping with `actors` and `designations`."""
    label = str(path)
    try:
        raw = load_yaml(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DictionaryError(f"{label}: no such file") from None
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise DictionaryError(f"{label}:{line} not valid YAML ({getattr(e, 'problem', e)})") from None
    if raw is None:
        return label, [], []
    if isinstance(raw, list):
        return label, raw, []
    if isinstance(raw, dict) and set(raw) <= {"actors", "designations"}:
        return label, raw.get("actors") or [], raw.get("designations") or []
    raise DictionaryError(f"{label}: expected a list of actors or a mapping with 'actors' and 'designations'")


def actor_kind(value: object, where: str) -> ActorKind:
    """`value` as an actor kind; DictionaryError naming `where` when it is not one."""
    for kind in ACTOR_KINDS:
        if value == kind:
            return kind
    raise DictionaryError(f"{where}: unknown kind {value!r}; use one of {', '.join(ACTOR_KINDS)}")


def validate_entries(label: str, actors: list[Any], designations: list[Any]) -> None:
    """Raise DictionaryError on the first bad entry."""
    from .countries import load_countries

    isos = load_countries()
    if not isinstance(actors, list) or not isinstance(designations, list):
        raise DictionaryError(f"{label}: 'actors' and 'designations' must be lists")
    for i, a in enumerate(actors, 1):
        where = f"{label}: actor #{i}"
        if not isinstance(a, dict):
            raise DictionaryError(f"{where}: expected a mapping, got {type(a).__name__}")
        where += f" ({a.get('id')!r})" if a.get("id") else ""
        for k in ("id", "name", "kind"):
            if not isinstance(a.get(k), str) or not a[k].strip():
                raise DictionaryError(f"{where}: missing or empty {k!r}")
        extra = set(a) - _FIELDS
        if extra:
            raise DictionaryError(f"{where}: unknown field(s) {sorted(extra)}; allowed: {sorted(_FIELDS)}")
        if a["kind"] not in ACTOR_KINDS:
            raise DictionaryError(f"{where}: unknown kind {a['kind']!r}; use one of {', '.join(ACTOR_KINDS)}")
        c = a.get("country")
        if c is not None and (not isinstance(c, str) or not _ISO3.match(c) or c not in isos):
            raise DictionaryError(f"{where}: country {c!r} is not an ISO 3166 alpha-3 code")
        al = a.get("aliases", [])
        if al is not None and (not isinstance(al, list) or not all(isinstance(x, str) for x in al)):
            raise DictionaryError(f"{where}: 'aliases' must be a list of strings")
    for i, x in enumerate(designations, 1):
        where = f"{label}: designation #{i}"
        if not isinstance(x, dict):
            raise DictionaryError(f"{where}: expected a mapping")
        if set(x) - _DFIELDS:
            raise DictionaryError(f"{where}: unknown field(s) {sorted(set(x) - _DFIELDS)}")
        for k in ("actor", "body", "list", "date"):
            if x.get(k) in (None, ""):
                raise DictionaryError(f"{where}: missing {k!r}")
        for k in ("date", "until"):
            if x.get(k) is not None and not _DATE.match(str(x[k])):
                raise DictionaryError(f"{where}: {k} {x[k]!r} is not YYYY[-MM[-DD]]")
