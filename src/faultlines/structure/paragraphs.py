"""Paragraphs of a span of text, with exact offsets: blank-line paragraphs, or lines when there are none."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Para:
    """A paragraph (or line) of the text: its span and its stripped words."""

    start: int
    end: int
    text: str


def paragraphs(text: str, start: int, end: int, *, lines: bool = False) -> list[Para]:
    """Blank-line paragraphs when the span has blank lines (and `lines` is false), else one paragraph per line."""
    chunk = text[start:end]
    sep = re.compile(r"\n[ \t]*\n+") if not lines and re.search(r"\n[ \t]*\n", chunk) else re.compile(r"\n")
    out: list[Para] = []
    pos = 0
    for m in [*sep.finditer(chunk), None]:
        stop = m.start() if m else len(chunk)
        raw = chunk[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            s = start + pos + lead
            out.append(Para(s, s + len(body), body))
        if m:
            pos = m.end()
    return out
