"""Run the rule coder over plain texts: the candidates the judge is trained and tested on."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def cached(path: Path, reuse: bool, build: Callable[[], Any]) -> Any:
    """`build()`'s result, stored as gzipped JSON at `path`; read back from there instead when `reuse` and it exists."""
    if reuse and path.is_file():
        return json.loads(gzip.decompress(path.read_bytes()))
    got = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(json.dumps(got).encode()))
    return got
