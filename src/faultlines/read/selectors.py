"""A small CSS selector subset compiled to XPath, and block-aware text of an lxml element.

Enough CSS for the comment markup table: ``tag``, ``.class``, ``#id``, ``[attr]``, ``[attr=v]``, ``[attr^=v]``,
``[attr*=v]``, ``[attr~=v]``, descendant (space) and child (``>``) combinators, and ``,`` alternatives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

_TOKEN = re.compile(r"\s*(>)\s*|\s+|([a-zA-Z][\w-]*|\*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:([~^*$]?=)['\"]?([^'\"\]]*)['\"]?)?\]")

BLOCK_TAGS = frozenset("""p div br li ul ol dl dt dd blockquote pre h1 h2 h3 h4 h5 h6 table tr td th section article
aside header footer figure figcaption hr main nav form details summary cite""".split())
SKIP_TAGS = frozenset("script style noscript template form button select textarea svg iframe input label".split())


def _attr_test(name: str, op: str | None, value: str) -> str:
    a = f"@{name}"
    if op is None:
        return a
    v = value.replace("'", "")
    if op == "=":
        return f"{a}='{v}'"
    if op == "^=":
        return f"starts-with({a},'{v}')"
    if op == "*=":
        return f"contains({a},'{v}')"
    if op == "~=":
        return f"contains(concat(' ',normalize-space({a}),' '),' {v} ')"
    return f"substring({a},string-length({a})-{len(v) - 1})='{v}'"  # $=


def _one(css: str) -> str:
    steps: list[str] = []
    axis = "descendant-or-self::"
    tag = "*"
    preds: list[str] = []
    pos, started = 0, False
    css = css.strip()
    while pos < len(css):
        m = _TOKEN.match(css, pos)
        if not m or m.end() == pos:
            raise ValueError(f"unsupported selector: {css!r}")
        pos = m.end()
        child, tname, cls, ident, attr = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if child or (not any((tname, cls, ident, attr)) and started):
            steps.append(axis + tag + "".join(f"[{p}]" for p in preds))
            axis = "/" if child else "//"
            tag, preds, started = "*", [], False
            continue
        started = True
        if tname:
            tag = tname
        elif cls:
            preds.append(f"contains(concat(' ',normalize-space(@class),' '),' {cls} ')")
        elif ident:
            preds.append(f"@id='{ident}'")
        elif attr:
            preds.append(_attr_test(attr, m.group(6), m.group(7) or ""))
    if started:
        steps.append(axis + tag + "".join(f"[{p}]" for p in preds))
    return "".join(steps)


@lru_cache(maxsize=512)
def css_xpath(css: str) -> etree.XPath:
    """A compiled XPath selecting, from a context element, every descendant-or-self match of `css`."""
    parts = [_one(part) for part in css.split(",") if part.strip()]
    return etree.XPath(" | ".join(f"({p})" for p in parts))


def select(el: etree._Element, css: str) -> list[etree._Element]:
    """Matches of `css` at or under `el`, in document order."""
    return [x for x in css_xpath(css)(el) if isinstance(x, etree._Element)]


MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def block_text(el: etree._Element, skip: set[etree._Element] | frozenset[etree._Element] = frozenset(),
               marks: set[etree._Element] | frozenset[etree._Element] = frozenset()) -> str:
    """The visible text of `el`: blocks on their own lines, runs of spaces collapsed, `skip` subtrees left out;
    the text of each `marks` subtree sits between a MARK_OPEN line and a MARK_CLOSE line."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if node in skip or not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
            return
        if node in marks:
            out.append(f"\n{MARK_OPEN}\n")
        block = node.tag in BLOCK_TAGS
        if block:
            out.append("\n")
        if node.text:
            out.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")
        if node in marks:
            out.append(f"\n{MARK_CLOSE}\n")

    walk(el)
    text = re.sub(r"[ \t\u00a0\u200b\r\f\v]+", " ", "".join(out))
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
