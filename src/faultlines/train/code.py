"""Run the rule coder over plain texts: the candidates the judge is trained and tested on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..actors import ActorIndex
from ..context import Context
from ..pipeline import Pipeline
from ..read import document_from_text
from ..records import Event


@dataclass
class Coded:
    """One text with its parse, actors and the rule coder's events."""

    ctx: Context
    actors: ActorIndex
    events: list[Event]


def code_texts(pipeline: Pipeline, texts: list[str], batch_size: int = 64) -> Iterator[Coded]:
    """Rules-only events of each text, in order."""
    for text, parsed in zip(texts, pipeline.nlp.pipe(texts, batch_size=batch_size), strict=True):
        ctx, actors, _, events = pipeline.rule_stages(document_from_text(text), parsed)
        yield Coded(ctx, actors, events)
