"""Shared reader pieces: content-hash ids, decoding bytes safely, and the Reject record."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..records import Document

MAX_BYTES = 20_000_000  # a single document larger than this is rejected, not parsed


class ReadError(Exception):
    """An input that cannot be read; the message is one line meant for the user."""


@dataclass(frozen=True)
class Reject:
    location: str
    reason: str


def doc_id(text: str) -> str:
    """Content hash of the normalised text: the same article read twice gets the same id."""
    norm = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


def decode(data: bytes, location: str) -> str:
    """Bytes -> str: UTF-8 first, else charset detection; binary input raises ReadError."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"{location}: too large ({len(data) / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB limit)")
    if b"\x00" in data[:8192]:
        raise ReadError(f"{location}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ReadError(f"{location}: not text in any known encoding") from None
        text = str(best)
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > 0.05 * max(1, len(text[:8192])):
        raise ReadError(f"{location}: binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TITLE_END = re.compile(r"[.!:;,]$")


def split_title(text: str) -> str | None:
    """The first line when it reads like a headline (short, no closing punctuation but a question mark)."""
    first = text.lstrip("\n").split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not _TITLE_END.search(first) and "\n" in text.strip():
        return first
    return None


def document_from_text(text: str, *, title: str | None = None, published: str | None = None,
                       source: str | None = None, url: str | None = None, origin: str | None = None,
                       hints: tuple[Any, ...] = (), guess_title: bool = True) -> Document:
    """A Document from already-decoded text; raises ReadError for empty text."""
    if not text.strip():
        raise ReadError(f"{origin or 'input'}: empty document, no text")
    if title is None and guess_title:
        title = split_title(text)
    return Document(id=doc_id(text), text=text, title=title, published=published, source=source,
                    url=url, origin=origin, hints=tuple(hints))
