"""Designations (terrorist listings, sanctions): from SANCTION events and the dictionary's dated lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .dates import Span, bound
from .relations import Hierarchy, Relation

_BY = ("by", "body", "designator", "authority", "issuer", "source", "listed_by")
_TARGET = ("target", "actor", "entity", "actor_id")
_SINCE = ("since", "start", "date", "listed", "from_date", "from")
_UNTIL = ("until", "end", "delisted", "revoked", "to")
_LIST = ("list", "program", "name", "label", "kind")


@dataclass(frozen=True)
class Designation:
    """`by` lists or sanctions `target` over `span` (hi None: still in force)."""

    by: str
    target: str
    span: Span
    list: str | None = None
    refs: tuple[tuple[str, str], ...] = ()  # evidence events; empty when it comes from the dictionary

    @property
    def origin(self) -> str:
        return "event" if self.refs else "dictionary"


def from_relations(relations: Iterable[Relation]) -> list[Designation]:
    """A SANCTION event starts a designation that lasts (no delisting is known from one sentence)."""
    return [Designation(r.source, r.target, Span(r.span.lo, None), r.mode, (r.ref,))
            for r in relations if r.type == "SANCTION" and r.sign < 0]


def from_dictionary(dictionary: Any | None, hierarchy: Hierarchy) -> list[Designation]:
    """Dated designations the dictionary knows, whatever accessor it offers; [] if it offers none.

    Looked for, in order: `dictionary.designations()` (or the attribute), then `entry.designations`
    on each entry (the entry is the target). Items may be objects or dicts.
    """
    if dictionary is None:
        return []
    out: list[Designation] = []
    top = getattr(dictionary, "designations", None)
    items = top() if callable(top) else top
    if isinstance(items, dict):
        items = [x for v in items.values() for x in (v if isinstance(v, (list, tuple)) else [v])]
    for item in items or ():
        d = _designation(item, None, hierarchy)
        if d:
            out.append(d)
    entries = getattr(dictionary, "entries", None) or {}
    for e in (entries.values() if isinstance(entries, dict) else entries):
        for item in getattr(e, "designations", None) or ():
            d = _designation(item, getattr(e, "id", None), hierarchy)
            if d:
                out.append(d)
    return list(dict.fromkeys(out))


def _get(item: Any, names: tuple[str, ...]) -> Any:
    for n in names:
        v = item.get(n) if isinstance(item, dict) else getattr(item, n, None)
        if v not in (None, ""):
            return v
    return None


def _designation(item: Any, target: str | None, h: Hierarchy) -> Designation | None:
    by = _get(item, _BY)
    target = target or _get(item, _TARGET)
    if not by or not target:
        return None
    by = str(by)  # an actor id, or an ISO3 code that `Hierarchy.side` reads as that country's state
    since, until = _get(item, _SINCE), _get(item, _UNTIL)
    span = Span(bound(str(since), low=True) if since else None, bound(str(until), low=False) if until else None)
    lst = _get(item, _LIST)
    return Designation(by, str(target), span, str(lst) if lst else None)
