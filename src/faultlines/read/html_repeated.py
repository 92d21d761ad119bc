"""Comment threads in markup no platform table knows: repeated blocks, each with a name-like element and text.

When no element is classed as an author, a repeated block with a short name before a <time> element and some
words besides is one comment (the blocks must be siblings under a comment/discussion container).

A commenter's name sits in an element whose class says author/user/name; climbing from it, the first ancestor
that holds some words besides the name and metadata is one comment. Blocks sharing a tag and class, under a
container that says comment/reply/discussion, make the thread; the largest such group wins.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from .selectors import block_text

_AUTHORISH = re.compile(r"(?:^|[\s_-])(?:author|username|user-name|user_name|nickname|commenter|poster|"
                        r"comment-name|display-name|fn)(?:$|[\s_-]|__)", re.I)
_META = re.compile(r"(?:^|[\s_-])(?:date|time|meta|info|floor|number|count|avatar|actions?|vote|votes|like|likes|"
                   r"share|footer|header|tools|permalink|badge|rank|reply-link|report)(?:$|[\s_-]|__)", re.I)
_THREADISH = re.compile(r"comment|repl|discuss|forum|thread|respons|kommentar|antwort|reaction|conversation",
                        re.I)
_OUTSIDE = {"nav", "header", "footer", "aside", "form", "script", "style", "template"}
_CLIMB = 6
_MIN_LETTERS = 8


def _classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _signature(el: etree._Element) -> tuple[str, str]:
    tokens = [t for t in (el.get("class") or "").split() if not re.search(r"\d", t)]
    return el.tag, tokens[0] if tokens else ""


Comment = tuple[str, str, etree._Element]  # (author, text, element)


def _words_besides(item: etree._Element, *left_out: etree._Element) -> str:
    """The text of `item` without `left_out` (the name, the time) and its metadata elements."""
    skip = set(left_out) | {d for d in item.iterdescendants() if isinstance(d.tag, str) and _META.search(_classes(d))}
    return block_text(item, skip)


def _first_line(el: etree._Element) -> str:
    text = block_text(el)
    return text.split("\n")[0].strip() if text else ""


def _keep(groups: dict[tuple[str, str], list[Comment]], seen: set[etree._Element], name: str, text: str,
          item: etree._Element) -> bool:
    """File `item` as a comment when it holds enough words (under a thread-like container, once); True when it
    holds enough words, which ends the climb either way."""
    if sum(c.isalpha() for c in text) < _MIN_LETTERS:
        return False
    if item not in seen and any(_THREADISH.search(_classes(a)) for a in (item, *item.iterancestors())):
        seen.add(item)
        groups[_signature(item)].append((name, text, item))
    return True


def _largest(groups: dict[tuple[str, str], list[Comment]], *, siblings: bool = False) -> list[Comment]:
    """The largest group of two or more blocks (with `siblings`, only blocks under one parent)."""
    best: list[Comment] = []
    for members in groups.values():
        if len(members) >= 2 and len(members) > len(best) and (
                not siblings or len({id(m[2].getparent()) for m in members}) == 1):
            best = members
    return best


def repeated_thread(root: etree._Element) -> list[Comment]:
    """(author, text, element) of each comment found by repetition, in page order; [] when none is convincing."""
    groups: dict[tuple[str, str], list[Comment]] = defaultdict(list)
    seen: set[etree._Element] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or not _AUTHORISH.search(el.get("class") or ""):
            continue
        name = _first_line(el)
        if not 1 <= len(name) <= 60 or len(name.split()) > 6:
            continue
        ancestors = list(el.iterancestors())
        if any(a.tag in _OUTSIDE for a in ancestors):
            continue
        for item in ancestors[:_CLIMB]:
            if item.tag in ("body", "html") or _META.search(_classes(item)):
                continue
            if _keep(groups, seen, name, _words_besides(item, el), item):
                break
    best = _largest(groups)
    return _with_replies(best) if best else _timed_thread(root)


_NOT_NAME = re.compile(r"^(?:reply|share|like|report|permalink|edit|quote|link|flag|delete|\W+)$|\d{1,2}:\d{2}|ago$",
                       re.I)


def _name_before(head: etree._Element, stamp: etree._Element) -> etree._Element | None:
    """The first short, name-like leaf under `head` that comes before the time element `stamp`."""
    for el in head.iter():
        if el is stamp:
            return None
        if not isinstance(el.tag, str) or el.tag in ("img", "svg", "script", "style") or len(el) > 1:
            continue
        name = _first_line(el)
        if 2 <= len(name) <= 40 and len(name.split()) <= 4 and any(c.isalpha() for c in name) \
                and not _NOT_NAME.search(name):
            return el
    return None


def _timed_thread(root: etree._Element) -> list[Comment]:
    """Comments found from their time elements: a repeated block holding a name before a <time> and words."""
    groups: dict[tuple[str, str], list[Comment]] = defaultdict(list)
    seen: set[etree._Element] = set()
    for stamp in root.iter("time"):
        ancestors = list(stamp.iterancestors())
        if any(a.tag in _OUTSIDE for a in ancestors):
            continue
        name_el = next((n for a in ancestors[:2] if (n := _name_before(a, stamp)) is not None), None)
        if name_el is None:
            continue
        name = _first_line(name_el)
        for item in ancestors[:_CLIMB]:
            if item.tag in ("body", "html"):
                break
            if _keep(groups, seen, name, _words_besides(item, name_el, stamp), item):
                break
    return _largest(groups, siblings=True)


def _with_replies(members: list[Comment]) -> list[Comment]:
    """Nested comments keep their own words only; order is page order."""
    items = {m[2] for m in members}
    out = []
    for name, text, item in members:
        nested = {d for d in item.iterdescendants() if d in items}
        if nested:
            author_el = next((d for d in item.iterdescendants() if isinstance(d.tag, str)
                              and _AUTHORISH.search(d.get("class") or "") and not any(a in nested for a in d.iterancestors())), None)
            skip = nested | ({author_el} if author_el is not None else set())
            skip |= {d for d in item.iterdescendants() if isinstance(d.tag, str) and _META.search(_classes(d))}
            text = block_text(item, skip)
        out.append((name, text, item))
    return out
