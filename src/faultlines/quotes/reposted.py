"""Words a commenter quotes from the article or an earlier comment: they keep the voice they were first said in.

A quotation inside a comment with no speaker of its own ("“Iran armed the brigade” - and water is wet"), or a
``>`` line quoting an earlier post, is looked up in the text before it; found there, its speaker is whoever said
it there: the quoted person, the excerpted outlet, the earlier commenter, or the article itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Quote

if TYPE_CHECKING:
    from ..context import Context

MIN_CHARS = 20
ARTICLE = "the article"
_LINE_QUOTE = re.compile(r"^[ \t]*>[ \t]?(\S[^\n]*)$", re.M)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _first_said(ctx: Context, words: str, before: int, quotes: list[Quote]) -> tuple[str | None, str | None] | None:
    """(speaker id, speaker name) of where `words` were first written before `before`, or None if nowhere."""
    key = _squash(words).strip(" .,;:!?\"'\u201c\u201d\u2018\u2019")
    if len(key) < MIN_CHARS:
        return None
    hay = _squash(ctx.text[:before])
    at = hay.find(key)
    if at < 0:
        return None
    pos = _raw_offset(ctx.text, at)
    q = next((q for q in quotes if q.start <= pos < q.end and (q.speaker or q.speaker_name)), None)
    if q is not None:
        return q.speaker, q.speaker_name
    seg = ctx.segment_at(pos)
    if seg is not None and seg.kind in ("comment", "signature", "excerpt"):
        return (None, seg.author) if seg.author else None
    return None, ctx.document.source or ARTICLE


def _raw_offset(text: str, squashed: int) -> int:
    """The offset in `text` of character `squashed` of its whitespace-squashed, lower-cased form."""
    n = 0
    prev_space = True
    for i, c in enumerate(text):
        if c.isspace():
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        if n == squashed:
            return i
        n += 1
    return len(text)


def reposted(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """`quotes` with speakers for the unattributed quotations in comments that repeat earlier words, plus the
    ``>`` lines of comments that quote earlier words (each a quotation in the first writer's voice)."""
    out: list[Quote] = []
    for q in quotes:
        seg = ctx.segment_at(q.start)
        if seg is not None and seg.kind in ("comment", "signature") and not (q.speaker or q.speaker_name):
            found = _first_said(ctx, q.text, seg.start, quotes)
            if found is not None:
                q = replace(q, speaker=found[0], speaker_name=found[1])
        out.append(q)
    for seg in ctx.segments:
        if seg.kind != "comment":
            continue
        for m in _LINE_QUOTE.finditer(ctx.text, seg.start, seg.end):
            if any(q.start <= m.start(1) < q.end for q in out):
                continue
            found = _first_said(ctx, m.group(1), seg.start, quotes)
            if found is not None:
                out.append(Quote(id="", text=m.group(1).rstrip(), start=m.start(1), end=m.start(1) + len(m.group(1).rstrip()),
                                 speaker=found[0], speaker_name=found[1], voice=ctx.segment_voice(m.start(1))))
    out.sort(key=lambda q: q.start)
    return [replace(q, id=f"q{i}") for i, q in enumerate(out, 1)]
