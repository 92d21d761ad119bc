"""Resolve mentions to canonical actors (baseline: spaCy entities, one actor per folded name)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..context import Context
    from .dictionary import Dictionary

LABEL_KIND = {"PERSON": "person", "ORG": "other", "GPE": "state", "NORP": "ethnic_group"}


@dataclass(frozen=True)
class ImpliedEvent:
    type: str
    mode: str | None
    source: str
    target: str
    start: int
    end: int


class ActorIndex:
    def __init__(self) -> None:
        self._actors: dict[str, dict] = {}
        self._spans: list[tuple[int, int, str]] = []

    def add(self, key: str, name: str, kind: str, start: int, end: int, text: str) -> str:
        a = self._actors.setdefault(key, {"name": name, "kind": kind, "mentions": []})
        a["mentions"].append(Mention(start, end, text))
        self._spans.append((start, end, key))
        return key

    def actor_at(self, start: int, end: int) -> str | None:
        for s, e, key in self._spans:
            if s < end and start < e:
                return key
        return None

    def resolve(self, item: Span | Token) -> str | None:
        start = item.idx if hasattr(item, "idx") else item.start_char
        end = start + len(item.text) if hasattr(item, "idx") else item.end_char
        return self.actor_at(start, end)

    def actors(self) -> tuple[Actor, ...]:
        return tuple(Actor(id=k, name=v["name"], kind=v["kind"], mentions=tuple(v["mentions"]))
                     for k, v in self._actors.items())

    def implied_events(self) -> list[ImpliedEvent]:
        return []


def resolve_actors(ctx: Context, dictionary: Dictionary) -> ActorIndex:
    index = ActorIndex()
    for ent in ctx.doc.ents:
        if ent.label_ not in LABEL_KIND or ctx.in_signature(ent.start_char):
            continue
        key = ent.ent_id_ or ent.text.lower()
        index.add(key, ent.text, LABEL_KIND[ent.label_], ent.start_char, ent.end_char, ent.text)
    return index
