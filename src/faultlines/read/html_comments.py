"""Comment threads and forum posts from a page's own markup: each post's author, text and reply target.

Platforms are data (data/comment_markup.yaml); every platform whose items match is tried and the one giving
the most named posts wins. Then schema.org JSON-LD comments, then microdata text/author pairs, then any
innermost element whose class says "comment".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from lxml import etree

from ..datafile import load_yaml
from .html_dates import DATEISH, depth_replies, item_date, quoted_author, without_actions
from .html_repeated import repeated_thread
from .selectors import MARK_CLOSE, MARK_OPEN, block_text, select


@dataclass(frozen=True)
class Post:
    """One comment or forum post: who wrote it, what it says, and whose post it answers (when nested)."""

    author: str | None
    text: str
    reply_to: str | None = None
    parts: tuple[tuple[str, str], ...] = ()  # (body|excerpt, text) in order, when the post quotes something
    date: str | None = None  # when it was posted: a datetime attribute, else the date as the page shows it


@dataclass(frozen=True)
class Thread:
    """The posts of a page; in a forum the first post is the opening post (the article's body)."""

    posts: tuple[Post, ...]
    forum: bool
    platform: str
    items: tuple[etree._Element, ...] = ()  # the markup elements of the posts, when they came from markup


@dataclass(frozen=True)
class Platform:
    name: str
    item: str
    author: tuple[str, ...]
    text: tuple[str, ...]
    skip: str | None = None
    forum: bool = False


@lru_cache(maxsize=1)
def platforms() -> tuple[Platform, ...]:
    raw = load_yaml(resources.files("faultlines.data").joinpath("comment_markup.yaml").read_text("utf-8"))
    out = []
    for p in raw["platforms"]:
        unknown = set(p) - {"name", "item", "author", "text", "skip", "forum"}
        if unknown:
            raise ValueError(f"comment_markup.yaml: {p.get('name')}: unknown keys {sorted(unknown)}")
        out.append(Platform(p["name"], p["item"], tuple(p["author"]), tuple(p["text"]),
                            " ".join(p["skip"].split()) if p.get("skip") else None, bool(p.get("forum"))))
    return tuple(out)


_HIDDEN = re.compile(r"display:\s*none|visibility:\s*hidden", re.I)
_SAYS = re.compile(r"\s*(?:says|said|sagt|schrieb|schreibt|writes|wrote|dice|dit|antwortete|replied)\s*(?::|\.{2,3}|…)?\s*$",
                   re.I)
_NOT_A_NAME = re.compile(r"^(?:reply|antworten|log in|says|author|profile|view profile|permalink|\W*)$", re.I)
_MAX_AUTHOR = 60
# a user title or badge a platform prints with the name ("Super User", "Community Moderator", "Senior Member")
_ROLE = re.compile(r"^(?:[\w.&' -]{0,30}\s)?(?:moderator|mod|admin|administrator|super ?user|staff|verified(?: user)?|"
                   r"top (?:commenter|fan|contributor|writer)|(?:senior |junior |new |full |valued |active |elite )?member|"
                   r"guest|newbie|rookie|subscriber|premium|supporter|vip|contributor|original poster|op|"
                   r"(?:site |blog )?(?:owner|editor|author)|community (?:manager|leader|team))s?\W*$", re.I)
_EXPANDER = re.compile(r"(?:\s*(?:…|\.\.\.)\s*|\n)(?:weiterlesen|mehr|aufklappen|read more|show more|see more|"
                       r"more|expand|continue reading|leer más|lire la suite)\s*$", re.I)
_LEADING_SAYS = re.compile(r"^\s*(?:says|sagt|schreibt|writes|dice|dit)\s*:?\s*\n", re.I)
_ALWAYS_SKIP = "blockquote, .avatar, .user-avatar"
_PINGBACK = re.compile(r"^(?:pingback|trackback)\s*:", re.I)


def clean_author(raw: str | None) -> str | None:
    """A commenter's display name from the text of its element: first line, without "says:" and trimmings."""
    if not raw:
        return None
    lines = [x.strip() for x in raw.split("\n") if x.strip()]
    line = next((x for x in lines if not _ROLE.match(x)), lines[0] if lines else "")
    line = _SAYS.sub("", line).strip(" \t:|,-–—@")
    line = re.sub(r"^(?:by|von|posted by|written by|comment by|commented by|kommentar von)\s*:?\s+", "", line, flags=re.I)
    line = re.split(r"\s+[|·•]\s+", line)[0].strip()  # "Name | March 3, 2024": the name before the date
    when = DATEISH.search(line)
    if when and when.start() >= 2:  # "Name on March 3, 2024 at 10:00": the name before the date
        line = re.sub(r"(?:[\s,;:–—-]+(?:on|at|am|um|le|el|posted|said))*[\s,;:–—-]*$", "", line[:when.start()],
                      flags=re.I).strip()
    if not line or len(line) > _MAX_AUTHOR or _NOT_A_NAME.match(line):
        return None
    return line


def _inside(el: etree._Element, stops: set[etree._Element]) -> bool:
    return any(a in stops for a in el.iterancestors())


def _within(item: etree._Element, css: str, nested: set[etree._Element]) -> list[etree._Element]:
    """Matches of `css` under `item` that do not belong to a nested item."""
    return [m for m in select(item, css) if m is not item and not _in_nested(m, item, nested)]


def _in_nested(el: etree._Element, item: etree._Element, nested: set[etree._Element]) -> bool:
    for a in el.iterancestors():
        if a is item:
            return False
        if a in nested:
            return True
    return False


def _value(item: etree._Element, spec: str, nested: set[etree._Element]) -> tuple[str | None, etree._Element | None]:
    """The text (or attribute) that `spec` points at in `item`, and the element it came from."""
    if spec == "@text":
        return (item.text or "").strip() or block_text(item), item
    if spec.startswith("@"):
        return item.get(spec[1:]), None
    if spec.startswith("+"):
        sib = item.getnext()
        while sib is not None and not isinstance(sib.tag, str):
            sib = sib.getnext()
        if sib is not None and select(sib, spec[1:]) and sib in select(sib, spec[1:]):
            return block_text(sib), sib
        return None, None
    css, _, attr = spec.partition("@")
    for m in _within(item, css, nested):
        v = m.get(attr) if attr else block_text(m)
        if v and v.strip():
            return v.strip(), m
    return None, None


_COUNTER = re.compile(r"^\(?\d*\)?\s*(?:comments?|kommentare?|replies|responses|antworten|reply|antworten)\s*\(?\d*\)?$",
                      re.I)


def _not_words(text: str, el: etree._Element) -> bool:
    """An unnamed 'comment' that is a counter ("3 Comments"), a bare link, or too short to be anyone's words."""
    if _COUNTER.match(text) or sum(c.isalpha() for c in text) < 6:
        return True
    links = "".join(block_text(a) for a in el.iter("a"))
    return bool(links) and len(links) >= 0.9 * len(text.replace("\n", ""))


def _visible(el: etree._Element) -> bool:
    return not any(_HIDDEN.search(a.get("style", "")) or a.get("hidden") is not None or a.tag == "template"
                   for a in (el, *el.iterancestors()))


def _run_platform(root: etree._Element, p: Platform) -> list[Post]:
    return [post for post, _, _ in _platform_posts(root, p)]


def _platform_posts(root: etree._Element, p: Platform) -> list[tuple[Post, etree._Element, bool]]:
    """(post, its element, whether a text element of the platform held its words) for each item found."""
    items = [el for el in select(root, p.item) if _visible(el)]
    if not items:
        return []
    item_set = set(items)
    authors: dict[etree._Element, str | None] = {}
    posts: list[tuple[Post, etree._Element, bool]] = []
    for item in items:
        nested = {d for d in item.iterdescendants() if d in item_set}
        author = None
        author_el = None
        for spec in p.author:
            raw, author_el = _value(item, spec, nested)
            author = clean_author(raw)
            if author:
                break
        text_el = None
        text = None
        for spec in p.text:
            text, text_el = _value(item, spec, nested)
            if text:
                break
        skip = set(nested)
        own_text = text_el is not None and bool(text)
        if not own_text and p.forum:  # a forum post without words (a link post) opens the thread silently
            if not posts:
                authors[item] = author
                posts.append((Post(author, ""), item, False))
            continue
        if not own_text:  # no text element: the item's own text, its author and metadata left out
            text_el = item
            if author_el is not None:
                skip.add(author_el)
        # quoted blockquotes repeat the article or an earlier post; a layout blockquote is the text itself
        skip |= {m for m in select(text_el, f"{p.skip}, {_ALWAYS_SKIP}" if p.skip else _ALWAYS_SKIP) if m is not text_el}
        if author_el is not None and author_el is not text_el and any(a is text_el for a in author_el.iterancestors()):
            skip.add(author_el)
        text = without_actions(_LEADING_SAYS.sub("", _EXPANDER.sub("", block_text(text_el, skip))))
        if not text or _PINGBACK.match(text) or (author is None and _not_words(text, text_el)):
            continue  # a link notice from another site, a comment counter or a bare link, not a comment
        parent = next((a for a in item.iterancestors() if a in authors), None)
        quotes = {q for q in select(text_el, _QUOTES) if q is not text_el and q in skip}
        quotes = {q for q in quotes if not any(a in quotes for a in q.iterancestors())}
        parts = _parts(block_text(text_el, skip - quotes, marks=quotes)) if quotes else ()
        reply_to = authors.get(parent) if parent is not None else None
        if reply_to is None and posts and quotes:  # a forum post quoting an earlier post answers its author
            earlier = {a for a in authors.values() if a}
            reply_to = next((n for q in sorted(quotes, key=_order(text_el)) if (n := quoted_author(q, earlier))), None)
        authors[item] = author
        date = item_date(item, nested, text_el if own_text else None)
        posts.append((Post(author, text, reply_to, parts, date), item, own_text))
    replies = depth_replies([el for _, el, _ in posts], [post.author for post, _, _ in posts],
                            [post.reply_to for post, _, _ in posts])
    return [(replace(post, reply_to=r) if r != post.reply_to else post, el, own)
            for (post, el, own), r in zip(posts, replies, strict=True)]


def _order(root: etree._Element) -> Any:
    index = {el: i for i, el in enumerate(root.iter())}
    return lambda el: index.get(el, 0)


_QUOTES = ("blockquote, aside.quote, .bbCodeBlock--quote, .bbcode_container, .ipsQuote, .bbc_standard_quote, "
           ".mycode_quote, .quote, .UserQuote, .quotecontent")


def _parts(marked: str) -> tuple[tuple[str, str], ...]:
    """(kind, text) runs of a post's text marked by `block_text`: quoted runs are excerpts, the rest body."""
    out: list[tuple[str, str]] = []
    depth = 0
    buf: list[str] = []

    def flush(kind: str) -> None:
        text = "\n".join(x for x in buf if x.strip()).strip()
        if text:
            out.append((kind, text))
        buf.clear()

    for line in marked.split("\n"):
        if line == MARK_OPEN:
            flush("body" if depth == 0 else "excerpt")
            depth += 1
        elif line == MARK_CLOSE:
            flush("excerpt")
            depth = max(0, depth - 1)
        else:
            buf.append(line)
    flush("body" if depth == 0 else "excerpt")
    return tuple(out)


def _jsonld_nodes(root: etree._Element) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(reversed(x))
            elif isinstance(x, dict):
                out.append(x)
                stack.extend(v for k, v in x.items() if k in ("@graph", "mainEntity", "comment", "suggestedAnswer",
                                                               "acceptedAnswer") and isinstance(v, (dict, list)))
    return out


def _ld_author(node: dict[str, Any]) -> str | None:
    a = node.get("author") or node.get("creator")
    if isinstance(a, list):
        a = a[0] if a else None
    if isinstance(a, dict):
        a = a.get("name") or a.get("alternateName")
    return clean_author(a) if isinstance(a, str) else None


def _ld_text(node: dict[str, Any]) -> str:
    t = node.get("text") or node.get("articleBody") or ""
    if not isinstance(t, str):
        return ""
    from lxml import html as lxml_html

    t = block_text(lxml_html.fromstring(f"<div>{t}</div>")) if "<" in t else t
    return "\n".join(x.strip() for x in t.split("\n") if x.strip())


def _jsonld_posts(root: etree._Element) -> tuple[list[Post], bool]:
    """Comments (and a forum's posting) from schema.org JSON-LD; forum when the first is the posting itself."""
    posts: list[Post] = []
    forum = False
    nodes = _jsonld_nodes(root)
    parent: dict[int, dict[str, Any]] = {}
    for n in nodes:  # a comment listed under another comment answers it
        kids = n.get("comment")
        for kid in kids if isinstance(kids, list) else [kids] if isinstance(kids, dict) else []:
            if isinstance(kid, dict) and _ld_kind(n) in ("Comment", "Answer"):
                parent[id(kid)] = n
    for n in nodes:
        t = _ld_kind(n)
        if t:
            text = _ld_text(n)
            if text:
                forum = forum or (not posts and t in ("DiscussionForumPosting", "Question"))
                when = n.get("dateCreated") or n.get("datePublished")
                up = parent.get(id(n))
                posts.append(Post(_ld_author(n), text, _ld_author(up) if up is not None else None,
                                  date=when if isinstance(when, str) else None))
    return posts, forum


def _ld_kind(node: dict[str, Any]) -> str:
    raw_type = node.get("@type")
    types = {str(x) for x in raw_type} if isinstance(raw_type, list) else {str(raw_type)}
    return next((x for x in ("DiscussionForumPosting", "Question", "Comment", "Answer") if x in types), "")


def _anchored_posts(root: etree._Element) -> list[Post]:
    """Microdata without item types: each [itemprop=text] with the nearest [itemprop=author] around it."""
    posts: list[Post] = []
    for t in select(root, "[itemprop=text]"):
        for a in t.iterancestors():
            found = [m for m in select(a, "[itemprop=author]") if t not in set(m.iterancestors()) and m is not t]
            if found:
                name_el = next(iter(select(found[0], "[itemprop=name]")), None)
                raw = (name_el.get("content") or block_text(name_el)) if name_el is not None else \
                    (found[0].get("content") or block_text(found[0]))
                text = block_text(t)
                if text:
                    posts.append(Post(clean_author(raw), text, date=item_date(a, set())))
                break
    return posts


def _without_repeats(posts: tuple[Post, ...]) -> tuple[Post, ...]:
    """Each post without the lines it repeats from earlier posts (quoting without quote markup)."""
    seen: set[str] = set()
    out = []
    for post in posts:
        lines = post.text.split("\n")
        keys = [re.sub(r"\W+", " ", line.lower()).strip() for line in lines]
        last = len(lines) - 1  # a repeated last line is a sign-off, which structure marks as a signature
        kept = [line for i, (line, key) in enumerate(zip(lines, keys, strict=True))
                if len(key) < 25 or key not in seen or i == last]
        out.append(replace(post, text="\n".join(kept)) if kept and len(kept) < len(lines) else post)
        seen.update(key for key in keys if len(key) >= 25)
    return tuple(out)


def _score(posts: list[Post]) -> int:
    return sum(2 * bool(p.author) + 1 for p in posts if p.text)


def find_thread(root: etree._Element) -> Thread | None:
    """The page's comment thread or forum posts from markup, or None when the markup shows none."""
    best: Thread | None = None
    best_score = 0
    for p in platforms():
        found = _platform_posts(root, p)
        posts = [post for post, _, _ in found]
        score = _score(posts) + sum(own for _, _, own in found)
        if _score(posts) and score > best_score:
            best, best_score = Thread(tuple(posts), p.forum, p.name, tuple(el for _, el, _ in found)), score
    if best is None:
        ld, forum = _jsonld_posts(root)
        if ld and sum(1 for p in ld if p.author) >= 1:
            best = Thread(tuple(ld), forum and len(ld) >= 1, "json-ld")
    if best is None:
        anchored = _anchored_posts(root)
        if len(anchored) >= 2 and sum(1 for p in anchored if p.author) >= len(anchored) // 2:
            best = Thread(tuple(anchored), True, "microdata-text")
    if best is None:
        repeated = repeated_thread(root)
        if repeated:
            by_item = {el: clean_author(name) for name, _, el in repeated}
            replies = [Post(by_item[el], words, next((by_item[a] for a in el.iterancestors() if a in by_item), None),
                            date=item_date(el, {x for _, _, x in repeated if x is not el}))
                       for name, text, el in repeated if (words := without_actions(text))]
            best = Thread(tuple(replies), False, "repeated", tuple(el for _, _, el in repeated))
    if best is not None:
        best = Thread(_without_repeats(best.posts), best.forum, best.platform, best.items)
    if best is not None and best.forum and len(best.posts) == 1 and not best.posts[0].author:
        return None
    return best
