"""One document in, its facts out: structure -> nlp -> actors -> places -> quotes -> events -> counts -> tensions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .actors import Dictionary, load_dictionary, resolve_actors
from .analysis import document_tensions
from .context import Context
from .counts import event_tolls, find_counts
from .events import code_events, judge_events
from .longdocs import parse_many, parse_one
from .nlp import build_nlp
from .places import Gazetteer, find_places
from .quotes import find_quotes
from .read.normalize import nfc_view, restore
from .records import Document, Facts
from .structure import segment

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc


class Pipeline:
    """Holds the loaded model, dictionary and gazetteer; `extract` is a pure function of one document."""

    def __init__(self, *, actors_files: list[Path] | None = None, author_country: str | None = None,
                 nlp: Language | None = None, model: bool = True) -> None:
        self.model = model  # False: the rule coder's events as they are, without the trained judge
        self.dictionary: Dictionary = load_dictionary(actors_files)
        self.gazetteer = Gazetteer()
        self.author_country = author_country
        self.nlp = nlp or build_nlp(ruler_patterns=self.dictionary.ruler_patterns() + self.gazetteer.ruler_patterns())

    def extract(self, document: Document) -> Facts:
        view = nfc_view(document)  # decomposed text is read as NFC, offsets mapped back (read/normalize.py)
        if view is None:
            return self._finish(document, parse_one(self.nlp, document.text))
        return restore(self._finish(view.document, parse_one(self.nlp, view.document.text)), view)

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16,
                     parse_texts: list[str] | None = None) -> Iterator[Facts]:
        """Like `extract` over many documents, parsing them in batches with `nlp.pipe`.

        `parse_texts` (same lengths as the texts) is parsed instead, e.g. the run fast path's masked texts."""
        docs = list(documents) if not isinstance(documents, list) else documents
        views = [None if parse_texts is not None else nfc_view(d) for d in docs]
        docs = [v.document if v else d for d, v in zip(docs, views, strict=True)]
        texts = parse_texts if parse_texts is not None else [d.text for d in docs]
        for document, view, parsed in zip(docs, views, parse_many(self.nlp, texts, batch_size=batch_size), strict=True):
            facts = self._finish(document, parsed)
            yield restore(facts, view) if view else facts

    def _finish(self, document: Document, parsed: Doc) -> Facts:
        ctx = Context(document=document, doc=parsed, segments=tuple(segment(document)),
                      author_country=self.author_country)
        actors = resolve_actors(ctx, self.dictionary)
        places = find_places(ctx, self.gazetteer)
        ctx.quotes = tuple(find_quotes(ctx, actors))
        events = code_events(ctx, actors, places, nlp=self.nlp)
        if self.model:
            events = judge_events(ctx, events)
        counts = find_counts(ctx, actors, places, events)
        events = event_tolls(ctx, events, counts)
        facts = Facts(document=document, segments=ctx.segments, actors=actors.actors(), events=tuple(events),
                      quotes=ctx.quotes, counts=tuple(counts), places=tuple(places))
        return replace(facts, tensions=tuple(document_tensions(facts, self.dictionary)))


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
