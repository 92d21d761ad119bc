"""HTML -> Document: trafilatura for the main text and metadata; blockquotes and comment markup kept as structure."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ..records import Document
from .base import ReadError, document_from_text

_COMMENT_CLASS = re.compile(r"(^|[\s_-])comment(s|list|-body|_body)?($|[\s_-])", re.I)
_AUTHOR_CLASS = re.compile(r"(author|user|name|fn|byline)", re.I)


def _text_of(el: etree._Element) -> str:
    return re.sub(r"[ \t]+", " ", " ".join(el.itertext())).strip()


def _main_blocks(xml: str) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """(title, date, [(kind, text)]) from trafilatura's XML: kind is body or excerpt."""
    root = etree.fromstring(xml.encode("utf-8"))
    title, date = root.get("title"), root.get("date")
    blocks: list[tuple[str, str]] = []
    main = root.find("main")
    if main is not None:
        for el in main:
            kind = "excerpt" if el.tag == "quote" else "body"
            if el.tag == "head" and title and _text_of(el) == title:
                continue
            t = _text_of(el)
            if t:
                blocks.append((kind, t))
    return title, date, blocks


def _comments(tree: lxml_html.HtmlElement) -> list[tuple[str | None, str]]:
    """Each innermost element whose class or id says 'comment', as (author, text)."""
    out: list[tuple[str | None, str]] = []
    nodes = [el for el in tree.iter() if isinstance(el.tag, str)
             and _COMMENT_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}")]
    node_set = set(nodes)
    seen: set = set()
    for el in nodes:
        if any(d in node_set for d in el.iterdescendants()):
            continue
        author_el = next((d for d in el.iterdescendants() if isinstance(d.tag, str)
                          and _AUTHOR_CLASS.search(d.get("class", ""))), None)
        author = _text_of(author_el) if author_el is not None else None
        parts = [_text_of(p) for p in el.iterdescendants("p")] or [_text_of(el)]
        text = "\n".join(p for p in parts if p)
        if author and text.startswith(author) and author_el is not None and author_el.tag != "p":
            text = text[len(author):].strip()
        if text and id(el) not in seen:
            seen.add(id(el))
            out.append((author or None, text))
    return out


def read_html(raw: str, *, origin: str, url: str | None = None) -> Document:
    import trafilatura

    try:
        tree = lxml_html.fromstring(raw)
    except (etree.ParserError, ValueError) as e:
        raise ReadError(f"{origin}: malformed HTML ({e})") from None
    xml = trafilatura.extract(raw, output_format="xml", include_comments=False, with_metadata=True,
                              include_formatting=False, favor_recall=True)
    title, date, blocks = _main_blocks(xml) if xml else (None, None, [])
    if not blocks:
        body = _text_of(tree.find("body") if tree.find("body") is not None else tree)
        blocks = [("body", body)] if body else []
    if title is None:
        t = tree.find(".//title")
        title = _text_of(t) if t is not None else None
    parts: list[str] = []
    hints: list[tuple[str, int, int, str | None]] = []
    pos = 0

    def add(kind: str, text: str, author: str | None = None) -> None:
        nonlocal pos
        if parts:
            parts.append("\n")
            pos += 1
        parts.append(text)
        if kind != "body":
            hints.append((kind, pos, pos + len(text), author))
        pos += len(text)

    if title:
        add("title", title)
    for kind, text in blocks:
        add(kind, text)
    comments = _comments(tree)
    if comments:
        add("heading", "Comments")
        for author, text in comments:
            add("comment", text, author)
    text = "".join(parts)
    return document_from_text(text, title=title, published=date, url=url, origin=origin,
                              hints=tuple(h for h in hints if h[0] != "heading"), guess_title=False)
