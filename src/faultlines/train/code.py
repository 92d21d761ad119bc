"""Run the rule coder over plain texts: the candidates the judge is trained and tested on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..actors import ActorIndex, resolve_actors
from ..context import Context
from ..events.coder import code_events as rule_events
from ..pipeline import Pipeline
from ..places import find_places
from ..quotes import find_quotes
from ..read import document_from_text
from ..records import Event
from ..structure import segment


@dataclass
class Coded:
    """One text with its parse, actors and the rule coder's events."""

    ctx: Context
    actors: ActorIndex
    events: list[Event]


def code_texts(pipeline: Pipeline, texts: list[str], batch_size: int = 64) -> Iterator[Coded]:
    """Rules-only events of each text, in order."""
    for text, parsed in zip(texts, pipeline.nlp.pipe(texts, batch_size=batch_size), strict=True):
        document = document_from_text(text)
        ctx = Context(document=document, doc=parsed, segments=tuple(segment(document)))
        actors = resolve_actors(ctx, pipeline.dictionary)
        places = find_places(ctx, pipeline.gazetteer)
        ctx = ctx.with_quotes(find_quotes(ctx, actors))
        coded = rule_events(ctx, actors, places, nlp=pipeline.nlp)
        actors.record(coded.stand_ins)
        yield Coded(ctx, actors, list(coded.events))
