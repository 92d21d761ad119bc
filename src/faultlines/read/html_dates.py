"""Per-comment details from markup: when a comment was posted, whose comment it answers (a forum quote box,
its depth in a flat list), and the button lines around its words."""

from __future__ import annotations

import re

from lxml import etree

from .selectors import block_text

_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|time|timestamp|datetime|published|posted|postdate|post-date|"
                         r"comment-?date|comment-?time|commentmetadata|comment-metadata|dateline|ago)(?:$|[\s_-])", re.I)
_DATE_ATTRS = ("datetime", "data-time", "data-timestamp", "data-datetime", "title")
_DATE_PROPS = ("dateCreated", "datePublished", "commentTime", "dateModified")
_MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|"
           r"janvier|février|mars|avril|juin|juillet|août|enero|marzo|abril|mayo|junio")
DATEISH = re.compile(rf"\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|\b(?:{_MONTHS})\w*\.?\s+\d|\d\s*\.?\s*(?:{_MONTHS})|"
                      r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
                      r"\b(?:yesterday|today|gestern|heute)\b|\b\d{1,2}:\d{2}\b", re.I)
_FULL_DATE = re.compile(rf"\b(?:{_MONTHS})\w*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|'\d\d)\b|"
                        rf"\b\d{{1,2}}\.?\s+(?:{_MONTHS})\w*\.?,?\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
                        r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b", re.I)
_LEAD = re.compile(r"^(?:posted|published|written|submitted|commented|replied|created)?\s*(?:on|at|am|le|el)?\s*[:|·-]?\s*",
                   re.I)
_MAX_DATE = 60


def _shown(el: etree._Element) -> str | None:
    """A date as shown in `el`'s text: its first date-like line, without a leading "Posted on"."""
    for line in block_text(el).split("\n"):
        line = line.strip(" \t|·•-–—")
        if DATEISH.search(line) and len(line) <= _MAX_DATE:
            return _LEAD.sub("", line).strip() or line
    return None


def _own(item: etree._Element, nested: set[etree._Element]) -> list[etree._Element]:
    """Elements under `item` that are not inside one of its nested comments (or a quote of another post)."""
    out = []
    for d in item.iterdescendants():
        if not isinstance(d.tag, str):
            continue
        stop = False
        for a in d.iterancestors():
            if a is item:
                break
            if a in nested or a.tag == "blockquote":
                stop = True
                break
        if not stop and d not in nested and d.tag != "blockquote":
            out.append(d)
    return out


def item_date(item: etree._Element, nested: set[etree._Element], words: etree._Element | None = None) -> str | None:
    """When the comment `item` was posted: a machine date (time@datetime, microdata, data-time) first, else
    the first date-like text of a time element or a date/time-classed element (relative dates kept as shown),
    else a short line outside the comment's `words` that holds a full calendar date."""
    own = _own(item, nested)
    for el in own:
        prop = el.get("itemprop") or ""
        if prop in _DATE_PROPS:
            v = el.get("content") or el.get("datetime") or _shown(el)
            if v:
                return v.strip()
    for el in own:
        if el.tag == "time" or el.get("data-time") or el.get("data-timestamp"):
            for attr in _DATE_ATTRS:
                v = (el.get(attr) or "").strip()
                if v and (attr != "title" or DATEISH.search(v)):
                    return v
            shown = _shown(el)
            if shown:
                return shown
    for el in own:
        if el.tag in ("abbr", "span") and (el.get("title") or "") and _DATE_CLASS.search(el.get("class") or ""):
            if DATEISH.search(el.get("title") or "") and len(el.get("title") or "") <= _MAX_DATE:
                return str(el.get("title")).strip()
        if _DATE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            shown = _shown(el)
            if shown:
                return shown
    inside = set(words.iterdescendants()) | {words} if words is not None else set()
    candidates = [el for el in (own if words is not None else ())  # else a date could be in the words
                  if el not in inside and el.tag in ("a", "span", "p", "div", "small", "em", "dd", "td") and len(el) <= 2]
    for el in sorted(candidates, key=len):  # the innermost element that holds the date
        line = (block_text(el).split("\n") or [""])[0]
        line = next((part for part in re.split(r"\s+[|·•]\s+", line) if _FULL_DATE.search(part)), "")
        if line and len(line) <= _MAX_DATE:
            return _LEAD.sub("", line.strip(" \t|·•-–—")).strip() or line
    return None


_QUOTE_ATTRS = ("data-quote", "data-author", "data-username", "data-ipsquote-username", "data-original-author")
_QUOTE_HEAD = re.compile(r"^\s*(?:quote\s*(?:from)?\s*:?\s*|quoting\s*:?\s*|originally posted by\s*:?\s*|zitat von\s*:?\s*)?"
                         r"(?P<name>[^\n]{1,60}?)\s*(?:(?:wrote|said|says|writes|schrieb|a écrit|escribió)\b.*|"
                         r"\s+on\s+.*|\s+am\s+.*|[:,]\s*)?$", re.I)
_HEAD_CSS = ("cite", ".quoteheader", ".quotetitle", ".bbcode_postedby", ".bbCodeBlock-title", ".ipsQuote_citation",
             ".title", "header", "strong")


def quoted_author(quote: etree._Element, earlier: set[str]) -> str | None:
    """Whose post a forum quote box quotes: its attribution attribute, else the name in its header line
    ("X wrote:", "Quote from: X on ...") when that name wrote an earlier post of the thread."""
    for attr in _QUOTE_ATTRS:
        v = (quote.get(attr) or "").split(",")[0].strip()
        if 0 < len(v) <= _MAX_DATE:
            return v
    heads = [quote.getprevious()] if quote.getprevious() is not None else []
    for el in (*quote.iterdescendants(), *heads):
        if not isinstance(el.tag, str):
            continue
        classes = f" {el.get('class') or ''} "
        if el.tag in ("cite", "header", "strong") or any(f" {c[1:]} " in classes for c in _HEAD_CSS if c[0] == "."):
            line = block_text(el).split("\n")[0] if block_text(el) else ""
            m = _QUOTE_HEAD.match(line)
            if m:
                name = m.group("name").strip(" :\"'“”")
                match = next((a for a in sorted(earlier, key=len, reverse=True) if name == a or name.startswith(a + " ")),
                             None)
                if match:
                    return match
    return None


_INDENT = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(?:px|em|rem)?\s*(?:;|$)", re.I)
_LEVEL_CLASS = re.compile(r"(?:^|[\s_-])(?:depth|level|comment-level|comment_level|indent)[-_]?(\d{1,2})(?:$|\s)", re.I)


def _level(el: etree._Element) -> int | None:
    """A comment's depth in a flat list: depth-N / level-N classes, data-depth, data-level, aria-level (on the
    item or a wrapper it opens), or its indent."""
    x: etree._Element | None = el
    for _ in range(4):
        if x is None:
            break
        for attr in ("data-depth", "data-level", "aria-level"):
            if (x.get(attr) or "").strip().isdigit():
                return int(str(x.get(attr)).strip())
        m = _LEVEL_CLASS.search(x.get("class") or "")
        if m:
            return int(m.group(1))
        parent = x.getparent()  # a wrapper whose depth is this comment's: the item is its first element
        x = parent if parent is not None and next((c for c in parent if isinstance(c.tag, str)), None) is x else None
    for y in (el, next(iter(el), None)):  # an indent in the item's style or its wrapper's: pixels as the level
        ind = _INDENT.search(y.get("style") or "") if y is not None and isinstance(y.tag, str) else None
        if ind:
            return int(float(ind.group(1)))
    return None


def depth_replies(items: list[etree._Element], authors: list[str | None],
                  replies: list[str | None]) -> list[str | None]:
    """Reply targets, filled in for a flat list marked only by depth (classes, attributes, an indent): in page
    order a comment answers the nearest earlier comment less deep; one of unknown depth stops the search."""
    levels = [_level(el) for el in items]
    known = [x for x in levels if x is not None]
    if len(known) < 2:
        return replies
    base = min(known)
    out = list(replies)
    for i, lv in enumerate(levels):
        if out[i] is None and lv is not None and lv > base:
            j = next((j for j in range(i - 1, -1, -1) if (up := levels[j]) is None or up < lv), None)
            if j is not None and levels[j] is not None and authors[j]:
                out[i] = authors[j]
    return out


_ACTION = (r"(?:reply|antworten|répondre|responder|likes?(?:\s*\(?\d+\)?)?|\d+\s+likes?|report|melden|share|teilen|"
           r"quote|zitieren|permalink|flag|edit|delete|upvote|downvote|vote up|vote down|log in to reply|"
           r"\d+\s+repl(?:y|ies)|reply\s*↓|(?:\u2191|\u2193|\u25b2|\u25bc|\+|-)?\s*\d+)")
_ACTION_LINE = re.compile(rf"^{_ACTION}(?:\s*[|·•]?\s*{_ACTION})*$", re.I)


def without_actions(text: str) -> str:
    """A comment's words without the button lines around them ("Reply", "Like", "Report", a vote count)."""
    lines = text.strip().split("\n")
    while len(lines) > 1 and _ACTION_LINE.match(lines[-1].strip()):
        lines.pop()
    while len(lines) > 1 and _ACTION_LINE.match(lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()
