"""The per-document input that the pipeline stages share while one document is processed (read-only)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .records import Document, Quote, Segment, Voice

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .structure import Dateline


@dataclass(frozen=True)
class Context:
    """One document under extraction: its text, spaCy parse, segments and (once found) quotes.

    Stages read from it; the pipeline makes a new one `with_quotes`; `voice_at` tells who is speaking at a character.
    """

    document: Document
    doc: Doc
    segments: tuple[Segment, ...]
    quotes: tuple[Quote, ...] = ()
    author_country: str | None = None
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        segments = tuple(sorted(self.segments, key=lambda s: s.start))
        object.__setattr__(self, "segments", segments)
        object.__setattr__(self, "_starts", [s.start for s in segments])

    def with_quotes(self, quotes: Iterable[Quote]) -> Context:
        """The same document with the quotes stage's quotations, which decide `voice_at`."""
        return replace(self, quotes=tuple(quotes))

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def dateline(self) -> Dateline | None:
        """The dateline opening the report ("BAGHDAD (Reuters) -"): its span, place and agency, neither an actor."""
        from .structure import dateline_of

        return dateline_of(self.text, self.segments)

    def segment_at(self, char: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, char) - 1  # segments are disjoint: only this one can hold it
        if i >= 0 and char < self.segments[i].end:
            return self.segments[i]
        return None

    def in_signature(self, char: int) -> bool:
        seg = self.segment_at(char)
        return seg is not None and seg.kind == "signature"

    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None

    def voice_at(self, char: int) -> Voice:
        """Who says the words at `char`: a quoted speaker, a commenter, an excerpted outlet, or the author."""
        q = self.quote_at(char)
        if q is not None and (q.speaker_name or q.speaker):
            return Voice("quoted", q.speaker_name or q.speaker)
        return self.segment_voice(char)

    def segment_voice(self, char: int) -> Voice:
        """The voice of the segment at `char`, quotes aside: a commenter, an excerpted outlet, or the author."""
        seg = self.segment_at(char)
        if seg is not None and seg.kind in ("comment", "signature"):
            return Voice("commenter", seg.author)
        if seg is not None and seg.kind == "excerpt":
            return Voice("quoted", seg.author)
        return Voice("author", None)
