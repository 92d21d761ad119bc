"""HTML -> Document: headline, main text (trafilatura), blockquote excerpts, and the comment thread from markup.

The text is laid out as the page reads: the headline, the article body (or a forum's opening post), then
each comment or later post. Markup structure goes to `Document.hints` as (kind, start, end, author, reply_to).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..records import Document
from ..structure import COMMENTS_HEADING, intro_outlet
from .base import ReadError, document_from_text
from .html_comments import Thread, find_thread
from .html_title import norm as _norm
from .html_title import page_title, strip_site_suffix
from .selectors import block_text, select

__all__ = ["page_language", "page_title", "read_html", "strip_site_suffix"]


def page_language(tree: etree._Element, text: str) -> str | None:
    """The page's language: identified from its text (py3langid) when there is enough, else <html lang>."""
    declared = (tree.get("lang") or tree.get("xml:lang") or "").split("-")[0].lower() or None
    sample = re.sub(r"\s+", " ", text)
    if len(sample) >= 200:
        return str(_identifier().classify(sample[:4000])[0])
    return declared


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier (the same model as the admission check, without importing the run package)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _main_blocks(xml: str, tree: etree._Element | None = None) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """(title, date, [(kind, text)]) from trafilatura's XML: kind is body or excerpt.

    trafilatura writes <pre> and <q> as <quote> too; only a block the page marks as a <blockquote> is an excerpt,
    and a pull quote (a blockquote repeating most of its words elsewhere in the article) is layout and is left out."""
    root = etree.fromstring(xml.encode("utf-8"))
    title, date = root.get("title"), root.get("date")
    blocks: list[tuple[str, str]] = []
    main = root.find("main")
    quoted = _blockquoted(tree) if tree is not None else None
    if main is not None:
        for el in main:
            kind = "excerpt" if el.tag == "quote" else "body"
            t = re.sub(r"[ \t]+", " ", " ".join(el.itertext())).strip()
            if kind == "excerpt" and quoted is not None and not _in_blockquote(t, quoted):
                kind = "body"
            if t:
                blocks.append((kind, t))
    return title, date, _callouts_as_body(_without_pull_quotes(blocks))


def _letters(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower())


def _blockquoted(tree: etree._Element) -> list[str]:
    """The letters of each <blockquote> on the page (what a <quote> block must come from to be an excerpt)."""
    return [_letters(" ".join(el.itertext())) for el in tree.iter("blockquote")]


def _in_blockquote(text: str, quoted: list[str]) -> bool:
    key = _letters(text)[:80]
    return bool(key) and any(key in q for q in quoted)


CALLOUTS = 3  # blockquotes on a page before they can be its style rather than quotations
_READER = re.compile(r"\b(?:you|your|you're|you’re|yours|yourself)\b", re.I)


def _callouts_as_body(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A page whose (three or more) blockquotes mostly talk to the reader ("you") uses them for emphasis: those no
    line introduces ("X reports:") are the author's own words, not excerpts."""
    loose = [i for i, (k, _) in enumerate(blocks) if k == "excerpt"
             and not (i > 0 and blocks[i - 1][0] == "body" and (blocks[i - 1][1].rstrip().endswith(":")
                                                               or intro_outlet(blocks[i - 1][1])))]
    if len(loose) < CALLOUTS or sum(bool(_READER.search(blocks[i][1])) for i in loose) * 2 < len(loose):
        return blocks
    return [("body", t) if i in loose else (k, t) for i, (k, t) in enumerate(blocks)]


def _grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _without_pull_quotes(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Blocks without pull quotes: an excerpt whose words (quote marks and "she said" aside) the body prints too."""
    body = _grams(" ".join(t for k, t in blocks if k == "body"))
    out = []
    for k, t in blocks:
        mine = _grams(t)
        if k == "excerpt" and len(mine) >= 3 and len(mine & body) >= 0.6 * len(mine):
            continue
        out.append((k, t))
    return out


def _after_headline(blocks: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    """Blocks without the headline: a block that is the headline goes, and a first block that runs the site
    name and headline into the story (trafilatura on small pages) starts after the headline."""
    if _norm(blocks[0][1]) == _norm(title):
        return blocks[1:]
    kind, first = blocks[0]
    at = first.find(title.strip())
    if 0 <= at <= 150 and len(first) > at + len(title.strip()) + 20:
        return [(kind, first[at + len(title.strip()):].strip()), *blocks[1:]]
    return blocks


def _not_in_thread(blocks: list[tuple[str, str]], thread: Thread | None) -> list[tuple[str, str]]:
    """Body blocks that are not copies of a comment's text (trafilatura sometimes keeps the thread)."""
    if thread is None:
        return blocks
    said = _norm(" ".join(p.text for p in thread.posts))
    return [(k, t) for k, t in blocks if len(_norm(t)) < 25 or _norm(t) not in said]


_CONTAINERS = ("[itemprop=articleBody]", ".entry-content", ".post-body", ".article-body", "article", "main",
               "[role=main]", "body")


def _fallback_body(tree: etree._Element, thread: Thread | None, title: str | None) -> list[tuple[str, str]]:
    """The article text when trafilatura finds none: the main container's blocks, the thread and headline left out."""
    skip = set(thread.items) if thread is not None else set()
    skip |= {el for el in tree.iter() if isinstance(el.tag, str) and el.tag in ("header", "nav", "footer", "aside")}
    for css in _CONTAINERS:
        for el in select(tree, css):
            if el in skip or any(a in skip for a in el.iterancestors()):
                continue
            lines = [x for x in block_text(el, skip).split("\n") if not title or _norm(x) != _norm(title)]
            if sum(len(x) for x in lines) >= 20:
                return [("body", x) for x in lines]
    return []


_PAGE_IN_URL = re.compile(r"[?&](?:page|pg)=(?:[2-9]|\d{2,})\b|[/-]page[/-]?(?:[2-9]|\d{2,})\b|[?&]start=[1-9]\d*\b",
                          re.I)


def later_page(tree: etree._Element, url: str | None) -> bool:
    """A later page of a thread (a rel=prev link, or a page number in its address): its first post is a reply,
    not the opening post."""
    if any("prev" in (x.get("rel") or "").lower().split() for x in tree.iter("link")):
        return True
    canonical = next((x.get("href") for x in tree.iter("link") if (x.get("rel") or "").lower() == "canonical"), None)
    og_url = next((m.get("content") for m in tree.iter("meta") if m.get("property") == "og:url"), None)
    return any(_PAGE_IN_URL.search(u) for u in (url, canonical, og_url) if u)


class _Layout:
    """Builds the document text line by line and records each block's span as a hint."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.hints: list[tuple[str, int, int, str | None, str | None, str | None]] = []

    def add(self, kind: str, text: str, author: str | None = None, reply_to: str | None = None,
            date: str | None = None) -> None:
        text = text.strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.pos += 1
        self.parts.append(text)
        if kind != "body":
            self.hints.append((kind, self.pos, self.pos + len(text), author, reply_to, date))
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def read_html(raw: str, *, origin: str, url: str | None = None) -> Document:
    import trafilatura

    try:
        tree = lxml_html.fromstring(raw)
    except (etree.ParserError, ValueError) as e:
        raise ReadError(f"{origin}: malformed HTML ({e})") from None
    xml = trafilatura.extract(raw, output_format="xml", include_comments=False, with_metadata=True,
                              include_formatting=False, favor_recall=True)
    extracted, date, blocks = _main_blocks(xml, tree) if xml else (None, None, [])
    found_main = bool(blocks)
    thread = find_thread(tree)
    title = page_title(tree, extracted, url)
    posts = list(thread.posts) if thread else []
    if thread is not None and thread.forum and posts and not later_page(tree, url):
        if posts[0].text:  # the opening post is the body (its quote boxes excerpts); a link post leaves trafilatura's
            blocks = list(posts[0].parts) or [("body", posts[0].text)]
        else:
            blocks = _not_in_thread(blocks, thread)
        posts = posts[1:]
    else:
        blocks = _not_in_thread(blocks, thread)
    if blocks and title:
        blocks = _after_headline(blocks, title)
    if thread is not None and blocks:  # the thread's own heading ("2 responses to ...") and the headline it repeats
        blocks = [(k, t) for k, t in blocks
                  if not (COMMENTS_HEADING.fullmatch(t) or (title and _norm(t) == _norm(title)))]
    if not blocks and not found_main:  # trafilatura found nothing (small pages); not when all was the thread
        blocks = _fallback_body(tree, thread, title)
    out = _Layout()
    if title:
        out.add("title", title)
    for kind, text in blocks:
        out.add(kind, text)
    if posts:
        out.add("heading", "Comments")
        for p in posts:
            out.add("comment", p.text, p.author or None, p.reply_to, p.date)
    text = out.text
    body_text = "\n".join(t for _, t in blocks)
    doc = document_from_text(text, title=title, published=date, url=url, origin=origin,
                             hints=tuple(out.hints), guess_title=False)
    language = page_language(tree, body_text if len(body_text) >= 200 else text)
    return Document(**{**doc.__dict__, "language": language})
