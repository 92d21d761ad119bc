"""Unicode NFC for extraction, offsets into the original text.

Decomposed text ("Erdog" + U+0306 for "Erdoğan") tokenises and matches dictionaries worse than composed text,
yet gets the same document id. The pipeline therefore reads the NFC form of a document and `restore` maps
every span back onto the text as read, so that offsets still slice the original.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from ..records import Document, Facts


def _joins_previous(c: str) -> bool:
    """A character that composes with the one before it (combining marks, Hangul vowel and final jamo)."""
    return unicodedata.combining(c) != 0 or "\u1160" <= c <= "\u11ff" or "\ud7b0" <= c <= "\ud7ff"


@dataclass(frozen=True)
class NfcView:
    """The NFC form of a document and the offset maps between it and the original text."""

    original: Document
    document: Document
    starts: tuple[int, ...]  # NFC offset -> original offset, for span starts
    ends: tuple[int, ...]    # NFC offset -> original offset, for span ends


def _groups(text: str) -> list[tuple[int, int]]:
    bounds = [i for i, c in enumerate(text) if i == 0 or not _joins_previous(c)]
    return list(zip(bounds, [*bounds[1:], len(text)], strict=True))


def nfc_view(document: Document) -> NfcView | None:
    """None when the text is already NFC (the usual case) or cannot be normalised piecewise."""
    text = document.text
    if unicodedata.is_normalized("NFC", text):
        return None
    starts: list[int] = []
    ends: list[int] = [0]
    fwd_start = [0] * (len(text) + 1)
    fwd_end = [0] * (len(text) + 1)
    pieces: list[str] = []
    n = 0
    for a, b in _groups(text):
        piece = unicodedata.normalize("NFC", text[a:b])
        pieces.append(piece)
        starts.extend([a] * len(piece))
        ends.extend([b] * len(piece))
        for i in range(a, b):
            fwd_start[i] = n
            fwd_end[i + 1] = n + len(piece)
        n += len(piece)
    nfc = "".join(pieces)
    if nfc != unicodedata.normalize("NFC", text):
        return None  # a composition across our groups: parse the text as it is
    starts.append(len(text))
    fwd_start[len(text)] = n
    hints = tuple((h[0], fwd_start[h[1]], fwd_end[h[2]], *h[3:]) for h in document.hints)
    title = unicodedata.normalize("NFC", document.title) if document.title else document.title
    view = replace(document, text=nfc, hints=hints, title=title)
    return NfcView(document, view, tuple(starts), tuple(ends))


def restore(facts: Facts, view: NfcView) -> Facts:
    """The facts of `view.document` with every span mapped back onto `view.original`'s text."""
    text = view.original.text

    def remap(obj: Any) -> Any:
        if isinstance(obj, tuple):
            items = tuple(remap(x) for x in obj)
            return obj if all(x is y for x, y in zip(items, obj, strict=True)) else items
        if not is_dataclass(obj) or isinstance(obj, type):
            return obj
        names = {f.name for f in fields(obj)}
        changes = {}
        for name in names:
            value = getattr(obj, name)
            new = remap(value)
            if new is not value:
                changes[name] = new
        start, end = getattr(obj, "start", None), getattr(obj, "end", None)
        if {"start", "end"} <= names and isinstance(start, int) and isinstance(end, int):
            changes["start"], changes["end"] = view.starts[start], view.ends[end]
            if "text" in names:
                changes["text"] = text[changes["start"]:changes["end"]]
        return replace(obj, **changes) if changes else obj

    remapped: Facts = remap(replace(facts, document=Document(id="", text="")))
    return replace(remapped, document=view.original)
