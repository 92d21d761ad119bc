"""Designations (terrorist listings, sanctions): from SANCTION events and the dictionary's dated lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..values.dates import Span, bound
from .relations import Relation

if TYPE_CHECKING:
    from ..actors import Dictionary


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


def from_dictionary(dictionary: Dictionary | None) -> list[Designation]:
    """The dictionary's dated designations (data/designations.yaml and user files): `body` lists `actor`."""
    if dictionary is None:
        return []
    return list(dict.fromkeys(
        Designation(d.body, d.actor, Span(bound(d.date, low=True) if d.date else None,
                                          bound(d.until, low=False) if d.until else None), d.list or None)
        for d in dictionary.designations))
