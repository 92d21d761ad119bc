"""A plain-text comment thread: comments, their commenters, signatures and @replies.

In the thread, lines a commenter repeats are signatures; a comment ends after its signature, and a new one
starts at an ``@name`` reply, at a bare name line or a "Name says:" line, or at a title-like line. Lines a
page prints around each comment when copied as text (dates, "Reply") go with the comment as signature lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..records import Document, Segment, SegmentKind
from .paragraphs import Para as _Para
from .paragraphs import paragraphs as _paragraphs

REPLY = re.compile(r"^@(\S.*)$")
NAME_LINE = re.compile(r"^[A-Z][a-z'.-]+(?:\s+[A-Z][a-z'.-]*){1,3}$")
# A commenter's name or handle on a line of its own: up to four words, no sentence punctuation at its end.
HANDLE_LINE = re.compile(r"^(?=.{1,40}$)[^\s.,;:!?\"\u201c\u201d][^\s\"\u201c\u201d]*(?:\s[^\s\"\u201c\u201d]+){0,3}(?<![.,;:!?])$")
SAYS_LINE = re.compile(r"^(?P<name>\S.{0,58}?)\s+(?:says|said|wrote|writes|schreibt|sagt|schrieb|dice|dit)\s*:?$", re.I)
BY_LINE = re.compile(r"^(?:post(?:ed)?|written|submitted|beitrag|geschrieben)\s+(?:by|von)\s+(?P<name>[^»|\n]{1,40}?)"
                     r"\s*(?:»|\||,|\s+on\s+|\s+am\s+|\s+at\s+|\s+um\s+|$)", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)\w*\.?"
_CLOCK = r"(?:,?\s*(?:at|um|-|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*uhr)?)?"
META_LINE = re.compile(
    rf"^(?:reply|antworten|report|melden|like|permalink|quote|zitieren|share|"
    rf"(?:on\s+|am\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|"
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}){_CLOCK}|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$",
    re.I)


def _named(first: str, second: str, *, strict: bool) -> str | None:
    """The commenter a header line names: "jsmith42 says:", "Posted by anon_123", or a short name or handle ("Jane
    Doe", "serviscope_minor", "1Ali") on a line of its own over a dated line ("March 3, 2024 at 5:12 pm"). `strict`
    (outside a known thread) takes no "said:" and no "says:" after words that start reported speech."""
    m = SAYS_LINE.match(first)
    if m is not None:
        name = m.group("name").strip()
        if not strict:
            return name
        verb = first.rstrip(" :").rsplit(None, 1)[-1].lower()
        ok = (verb not in ("said", "sagt", "dice", "dit") and bool(HANDLE_LINE.match(name))
              and not any(w.lower() in _NOT_HANDLES for w in name.split()))
        return name if ok else None
    if (by := BY_LINE.match(first)) is not None:
        return by.group("name").strip()
    if HANDLE_LINE.match(first) and not META_LINE.match(first) and META_LINE.match(second) and re.search(r"\d", second):
        return first
    return None


def _header(paras: list[_Para], i: int) -> str | None:
    """The commenter a thread line introduces (the next line may be its date)."""
    return _named(paras[i].text, paras[i + 1].text if i + 1 < len(paras) else "", strict=False)


_NOT_HANDLES = frozenset("the a an he she they it we i you his her their our my this that who one in on at as and "
                         "der die das er sie es ich wir".split())


def header_name(p: _Para) -> str | None:
    """The commenter named by the header a paragraph opens with, as a page prints it when copied. Reported speech
    ("the minister said:") is none."""
    lines = [line.strip() for line in p.text.split("\n")]
    return _named(lines[0], lines[1] if len(lines) > 1 else "", strict=True)


def _signature_lines(paras: list[_Para]) -> set[int]:
    """Indexes of thread lines that are signatures: repeated lines (a commenter's header aside), and '---- Name'
    attribution lines."""
    counts = Counter(p.text for p in paras if len(p.text) >= 15)
    sig = {i for i, p in enumerate(paras) if counts[p.text] >= 2 and _header(paras, i) is None}
    sig |= {i for i, p in enumerate(paras) if re.search(r"(?:--+|—|―)\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)+", p.text)
            and p.text.lstrip().startswith(("\"", "“"))}
    return sig


def _title_like(p: _Para, nxt: _Para | None) -> bool:
    t = p.text
    if len(t) > 80 or t.endswith((".", "!", "?", ":", ";", ",", "...", "…")) or REPLY.match(t):
        return False
    return nxt is None or nxt.text.startswith(t) or (nxt.text[:1].islower() or nxt.text.startswith(("...", "…")))


def reply_name(rest: str) -> str:
    """The name an ``@reply`` answers: the whole rest when it is a short name, else its first capitalised words."""
    words = rest.split()
    if len(words) <= 5 and not re.search(r"[.!?,]", rest):
        return rest
    return " ".join(w for w in words[:2] if w[:1].isupper()) or words[0]


def _copied_page(paras: list[_Para]) -> bool:
    """A thread copied from a web page: inside its paragraphs, lines such as "Name says:" or dates, or a
    paragraph opened by a commenter's header ("jsmith42 says:", a handle over a dated line)."""
    inner = [line.strip() for p in paras if "\n" in p.text for line in p.text.split("\n")]
    if any(header_name(p) is not None for p in paras if "\n" in p.text):
        return True
    return sum(1 for line in inner if SAYS_LINE.match(line) or BY_LINE.match(line) or META_LINE.match(line)) >= 2


def thread(doc: Document, start: int, end: int, segs: list[Segment]) -> None:
    paras = _paragraphs(doc.text, start, end)
    if _copied_page(paras):
        paras = _paragraphs(doc.text, start, end, lines=True)
    sig = _signature_lines(paras)
    headed = sum(1 for i in range(len(paras)) if _header(paras, i) is not None) >= 2
    comments: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    pending_author: str | None = None

    def open_comment(i: int, reply_to: str | None = None) -> dict[str, Any]:
        nonlocal pending_author
        c = {"paras": [i], "reply_to": reply_to, "author": pending_author}
        pending_author = None
        comments.append(c)
        return c

    after_sig = False
    meta: set[int] = set()
    header: list[int] = []  # metadata lines printed before a comment's words (its date under the name)
    for i, p in enumerate(paras):
        if META_LINE.match(p.text) and i not in sig:
            meta.add(i)
            if cur is None:
                header.append(i)
            else:
                cur["paras"].append(i)
                after_sig = True
            continue
        if header and i not in sig and not SAYS_LINE.match(p.text) and not BY_LINE.match(p.text):
            m = REPLY.match(p.text)
            cur = open_comment(header[0], reply_to=reply_name(m.group(1)) if m else None)
            cur["paras"].extend([*header[1:], i])
            header, after_sig = [], False
            continue
        if i in sig:
            if cur is None:
                cur = open_comment(i)
            else:
                cur["paras"].append(i)
            after_sig = True
            continue
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        m = REPLY.match(p.text)
        if m:
            cur = open_comment(i, reply_to=reply_name(m.group(1)))
        elif (who := _header(paras, i)) is not None:
            pending_author = who
            segs.append(Segment(f"s{len(segs) + 1}", "signature", p.start, p.end, author=pending_author))
            cur = None
        elif NAME_LINE.match(p.text) and (nxt is None or not nxt.text[:1].islower()) and len(p.text.split()) <= 4:
            pending_author = p.text
            segs.append(Segment(f"s{len(segs) + 1}", "signature", p.start, p.end, author=p.text))
            cur = None
        elif cur is None or (not headed and (after_sig or _title_like(p, nxt))):  # headers alone part headed comments
            cur = open_comment(i)
        else:
            cur["paras"].append(i)
        after_sig = False
    if header:  # metadata lines at the very end
        open_comment(header[0])["paras"].extend(header[1:])
    by_signature: dict[str, str] = {}
    for n, c in enumerate(comments, 1):
        sig_text = next((paras[i].text for i in c["paras"] if i in sig), None)
        label = c["author"] or (by_signature.setdefault(sig_text, f"commenter {n}") if sig_text else f"commenter {n}")
        date = next((paras[i].text for i in c["paras"] if i in meta and re.search(r"\d", paras[i].text)), None)
        for i in c["paras"]:
            kind: SegmentKind = "signature" if i in sig or i in meta else "comment"
            segs.append(Segment(f"s{len(segs) + 1}", kind, paras[i].start, paras[i].end,
                                author=label, reply_to=c["reply_to"], date=date))
    _merge_adjacent(segs)


def _merge_adjacent(segs: list[Segment]) -> None:
    """Consecutive segments of the same kind, author and reply target become one."""
    out: list[Segment] = []
    for s in sorted(segs, key=lambda s: s.start):
        if out and out[-1].kind == s.kind == "comment" and out[-1].author == s.author and out[-1].reply_to == s.reply_to:
            out[-1] = replace(out[-1], end=s.end, date=out[-1].date or s.date)
        elif out and out[-1].kind == s.kind == "signature" and out[-1].author == s.author:
            out[-1] = replace(out[-1], end=s.end, reply_to=s.reply_to, date=out[-1].date or s.date)
        else:
            out.append(s)
    segs[:] = [replace(s, id=f"s{i}") for i, s in enumerate(out, 1)]
