"""Quotation spans from quote marks alone: curly or straight, mismatched pairs, unclosed paragraph runs.

`quotation_spans(text)` returns (open, close) mark positions; the quotation's words are
text[open + 1:close]. A quotation left open at a paragraph's end (the multi-paragraph convention)
runs to that paragraph's end, with close = the paragraph end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

OPENERS = "\u201c\u201e\u00ab"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+")
MIN_WORDS = 3


class Marked(NamedTuple):
    """A quotation: mark positions, and whether it was left open at its paragraph's end."""

    open: int
    close: int
    unclosed: bool = False
    carried: bool = False  # goes on from a quotation left open at the previous paragraph's end


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{\u2014\u2013-:;,/" + OPENERS + CLOSERS + STRAIGHT) and not nxt.isspace()


def _can_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev == " " and i >= 2 and text[i - 2] in "'\u2019":  # 'the word 'outreach,' " he said': nested, then closed
        return nxt.isspace() or not nxt.isalnum()
    return not prev.isspace() and (nxt.isspace() or not nxt.isalnum())


def quotation_spans(text: str, *, min_words: int = MIN_WORDS) -> list[Marked]:
    """Every quotation of at least `min_words` words, in text order."""
    out: list[Marked] = []
    carried = 0  # paragraphs since a quotation was left open with no mark since: it may close in this one
    for para in _PARAGRAPH.finditer(text):
        start = None
        if carried:
            close = _orphan_close(text, para.start(), para.end())
            if close is not None or not _has_mark(text, para.start(), para.end()):
                start = para.start() - 1  # the words go on from the paragraph's first character
        for i in range(para.start(), para.end()):
            c = text[i]
            if c not in OPENERS and c not in CLOSERS and c != STRAIGHT:
                continue
            if start is None:
                if c in OPENERS or (c == STRAIGHT and _can_open(text, i)):
                    start = i
            elif c in CLOSERS or (c == STRAIGHT and _can_close(text, i)):
                out.append(Marked(start, i, carried=start == para.start() - 1))
                start = None
            elif c in OPENERS:
                start = i  # an opener inside an open quotation: the earlier mark was stray
        if start is not None and (para.end() - start > 40 or (para.end() - start > 15 and _reopens(text, para.end()))):
            out.append(Marked(start, para.end(), True, carried=start == para.start() - 1))
            carried = carried + 1 if carried and start == para.start() - 1 else 1
            carried = 0 if carried > CARRY or _reopens(text, para.end()) else carried
        else:
            carried = 0
    return [m for m in _closed_runs(out) if _is_quotation(text[m.open + 1:m.close], min_words)]


CARRY = 3  # paragraphs a quotation left open may run on without marks before its closing mark


def _has_mark(text: str, start: int, end: int) -> bool:
    return any(c in OPENERS or c in CLOSERS or c == STRAIGHT for c in text[start:end])


def _orphan_close(text: str, start: int, end: int) -> int | None:
    """The first mark of a paragraph when it closes a quotation and none opened before it there: the rest of a
    quotation left open at the previous paragraph's end, in text cut into one sentence a line."""
    for i in range(start, end):
        c = text[i]
        if c in OPENERS or (c == STRAIGHT and _can_open(text, i)):
            return None
        if c in CLOSERS or (c == STRAIGHT and _can_close(text, i)):
            return i
    return None


def _closed_runs(marks: list[Marked]) -> list[Marked]:
    """Paragraphs carried on from an open quotation stand only when a later paragraph's closing mark ends the run."""
    out: list[Marked] = []
    run: list[Marked] = []
    for m in marks:
        if run and m.carried and m.unclosed:  # a paragraph with no mark, carried on
            run.append(m)
            continue
        if run and m.carried:  # the run closes here: keep it all
            out += run + [m]
            run = []
            continue
        if run:  # the run never closed: only its first paragraph, as before
            out.append(run[0])
        run = [m] if m.unclosed else []
        if not m.unclosed:
            out.append(m)
    if run:
        out.append(run[0])
    return out


def _reopens(text: str, end: int) -> bool:
    """The next paragraph opens with a quote mark: the convention for a quotation that goes on over paragraphs."""
    nxt = text[end:end + 8].lstrip()
    return nxt[:1] in OPENERS + STRAIGHT


_MINOR = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _is_quotation(inner: str, min_words: int) -> bool:
    """Enough words to be speech, and not a title ("Face the Nation", "Fox News Sunday")."""
    words = inner.split()
    sentence_like = inner.rstrip().endswith((".", "?", "!", ","))
    if len(words) < min_words and not (len(words) == min_words - 1 and sentence_like):
        return False
    title = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _MINOR for w in words)
    return not (title and len(words) <= 6 and not inner.rstrip().endswith(("?", "!")))
