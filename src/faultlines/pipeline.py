"""One document in, its facts out: structure -> nlp -> actors -> places -> quotes -> events -> counts -> tensions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import lexvec
from .actors import Dictionary, load_dictionary, resolve_actors
from .analysis import document_tensions
from .context import Context
from .counts import event_tolls, find_counts
from .events import code_events, judge_events
from .longdocs import parse_many, parse_one
from .nlp import build_nlp
from .places import Gazetteer, find_places, report_place
from .prefilter import Prefilter, repair, slices_text
from .quotes import find_quotes
from .read.normalize import nfc_view, restore
from .records import Document, Event, Facts, Place
from .structure import segment

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

    from .actors import ActorIndex


class Pipeline:
    """Holds the loaded model, dictionary and gazetteer; `extract` is a pure function of one document.

    `fast=True` turns on the fast path for `extract_many`: sentences with no name, place or trigger word are
    blanked before parsing (see `prefilter`), and a document whose facts do not survive that is parsed in full."""

    def __init__(self, *, actors_files: list[Path] | None = None, author_country: str | None = None,
                 nlp: Language | None = None, model: bool = True, fast: bool = False) -> None:
        self.model = model  # False: the rule coder's events as they are, without the trained judge
        if model:
            lexvec.require()  # the judge reads word vectors: missing, one line before any document is read
        self.dictionary: Dictionary = load_dictionary(actors_files)
        self.gazetteer = Gazetteer()
        self.author_country = author_country
        patterns: list[dict[str, Any]] = []
        if nlp is None or fast:
            patterns = self.dictionary.ruler_patterns() + self.gazetteer.ruler_patterns()
        self.nlp = nlp or build_nlp(ruler_patterns=patterns)
        self.prefilter = Prefilter.for_patterns(patterns) if fast else None

    def extract(self, document: Document) -> Facts:
        """The facts of one document, parsed in full."""
        view = nfc_view(document)  # decomposed text is read as NFC, offsets mapped back (read/normalize.py)
        if view is None:
            return self._finish(document, parse_one(self.nlp, document.text))
        return restore(self._finish(view.document, parse_one(self.nlp, view.document.text)), view)

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Facts]:
        """Like `extract` over many documents, parsing them in batches with `nlp.pipe` (on the fast path if on)."""
        docs = list(documents) if not isinstance(documents, list) else documents
        if self.prefilter is None:
            views = [nfc_view(d) for d in docs]
            read = [v.document if v else d for d, v in zip(docs, views, strict=True)]
            parsed = parse_many(self.nlp, [d.text for d in read], batch_size=batch_size)
            for document, view, doc in zip(read, views, parsed, strict=True):
                facts = self._finish(document, doc)
                yield restore(facts, view) if view else facts
        elif any(nfc_view(d) is not None for d in docs):  # rare: decomposed text goes the full path, read as NFC
            for d in docs:
                yield self.extract(d) if nfc_view(d) is not None else next(self._fast([d], self.prefilter, batch_size))
        else:
            yield from self._fast(docs, self.prefilter, batch_size)

    def extract_masked(self, documents: list[Document], masked: list[str], *, batch_size: int = 16) -> Iterator[Facts]:
        """Facts of documents whose `masked` texts (same lengths, some sentences blanked) are parsed instead."""
        for document, parsed in zip(documents, parse_many(self.nlp, masked, batch_size=batch_size), strict=True):
            yield self._finish(document, parsed)

    def _fast(self, docs: list[Document], prefilter: Prefilter, batch_size: int) -> Iterator[Facts]:
        masked = [prefilter.mask(d.text) for d in docs]
        for f, m in zip(self.extract_masked(docs, masked, batch_size=batch_size), masked, strict=True):
            # A fact that reaches into a blanked sentence is trimmed back; if one spans across a blanked
            # sentence, the document is parsed again in full.
            fixed = f if slices_text(f) else repair(f, m)
            yield fixed if fixed is not None and slices_text(fixed) else self.extract(f.document)

    def rule_stages(self, document: Document, parsed: Doc) -> tuple[Context, ActorIndex, list[Place], list[Event]]:
        """Structure, actors, places, quotes and the rule coder's events, in order (the judge's training reads
        these too); only the actors stage adds to its index."""
        ctx = Context(document=document, doc=parsed, segments=tuple(segment(document)),
                      author_country=self.author_country)
        actors = resolve_actors(ctx, self.dictionary)
        places = find_places(ctx, self.gazetteer)
        ctx = ctx.with_quotes(find_quotes(ctx, actors))
        coded = code_events(ctx, actors, places, nlp=self.nlp)
        actors.record(coded.stand_ins)
        return ctx, actors, places, report_place(ctx, places, list(coded.events))

    def _finish(self, document: Document, parsed: Doc) -> Facts:
        """The stages in order, each returning its own results."""
        ctx, actors, places, events = self.rule_stages(document, parsed)
        if self.model:
            events = judge_events(ctx, events)
        counts = find_counts(ctx, actors, places, events)
        events = anchor_parties(actors, parsed, event_tolls(ctx, events, counts))
        facts = Facts(document=document, segments=ctx.segments, actors=actors.actors(), events=tuple(events),
                      quotes=ctx.quotes, counts=tuple(counts), places=tuple(places))
        return replace(facts, tensions=tuple(document_tensions(facts, self.dictionary)))


def anchor_parties(actors: ActorIndex, doc: Doc, events: Iterable[Event]) -> list[Event]:
    """Every party an event names is an actor of the facts: one no stage recorded a mention of ("the Russian and
    Venezuelan delegations" -> Russia's government) gets the event's own mention of it; one with no entry at all
    is no party (None) rather than a dangling id."""
    out = []
    known = actors.mentioned()
    for e in events:
        for role in ("source", "target"):
            aid, m = getattr(e, role), getattr(e, f"{role}_mention")
            if aid is None or aid in known:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
            if actors.entry(aid) is not None and span is not None and len(span):
                known.add(actors.add(aid, span.start, span.end))
            elif role == "source":
                e = replace(e, source=None, source_mention=None)
            else:
                e = replace(e, target=None, target_mention=None)
        out.append(e)
    return out


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
