"""Parse a long document in sentence-bounded pieces and join them: memory stays flat in the text's length.

spaCy's pipeline holds working memory in proportion to the whole text it is given (about 3 KB a character
for `en_core_web_sm`: a 1 MB single-line document peaked at 3.5 GB). Parsing pieces of `PIECE_CHARS` cut
at sentence ends and joining them with `Doc.from_docs` gives the same text, the same offsets and, since no
sentence or entity crosses a cut, the same analyses, at the memory cost of one piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

LONG_CHARS = 50_000  # texts longer than this are parsed in pieces
PIECE_CHARS = 20_000
_CUTS = (re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+(?=\S)"), re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Consecutive slices of `text` (joined, they are `text`), each at most about `size`, cut after a line
    break, else after a sentence end, else at a space (a hard cut only in a text without any)."""
    out: list[str] = []
    i = 0
    while len(text) - i > size:
        window = text[i:i + size]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        out.append(text[i:i + cut])
        i += cut
    out.append(text[i:])
    return out


def parse_long(nlp: Language, text: str, size: int = PIECE_CHARS) -> Doc:
    """One Doc over `text`, parsed piece by piece."""
    docs = list(nlp.pipe(pieces(text, size), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    return doc if doc.text == text else nlp(text)  # joining pieces must not move an offset


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """Like `nlp.pipe`, in order, with each text over LONG_CHARS parsed in pieces."""
    short: list[str] = []
    for text in texts:
        if len(text) <= LONG_CHARS:
            short.append(text)
            continue
        yield from nlp.pipe(short, batch_size=batch_size)
        short = []
        yield parse_long(nlp, text)
    yield from nlp.pipe(short, batch_size=batch_size)


def parse_one(nlp: Language, text: str) -> Doc:
    return nlp(text) if len(text) <= LONG_CHARS else parse_long(nlp, text)
