"""Structure: split a document into title, body, pasted excerpts, comments and signatures — the voices.

Markup hints from the HTML reader win (a comment from markup, with its author, is one segment); for plain
text the rules are:
- the thread starts at a lone "Comments" heading (or "12 comments", "Discussion", ...) wherever it stands,
  and a text that opens with replies or commenter names is a thread throughout;
- in the thread, lines a commenter repeats are signatures; a comment ends after its signature,
  and a new one starts at an ``@name`` reply, at a bare name line, or at a title-like line;
- in the article, a lone ``...`` line or a paragraph ending in ``...`` marks a pasted excerpt,
  which runs over the neighbouring long, third-person paragraphs; an introducing line such as
  "This Stars and Stripes article ..." names the excerpt's outlet;
- a dateline opening the article ("BAGHDAD (Reuters) -") is a segment of kind ``dateline`` whose author is
  the agency (see `structure.dateline`); so is a byline or credit line ("By Jane Doe, Reuters", "Reporting by
  ...", see `structure.credits`): the report's writers are neither its actors nor its speakers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import cast

from ..records import Document, Segment, SegmentKind
from .credits import credit_agency, is_credit
from .dateline import Dateline, find_dateline
from .glued import glued_title
from .paragraphs import Para as _Para
from .paragraphs import paragraphs as _paragraphs
from .thread import NAME_LINE, REPLY, header_name
from .thread import thread as _thread

__all__ = ["COMMENTS_HEADING", "Dateline", "dateline_of", "find_dateline", "intro_outlet", "is_credit", "segment"]

COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:(?:\d+[ \t]+)?(?:comments?|responses?|replies|discussion|reader comments|kommentare?|"
    r"join the discussion|leave a (?:comment|reply))|"
    r"\d+[ \t]+(?:thoughts?|responses?|comments?|replies|kommentare?)[ \t]+(?:on|to|zu)[ \t]+\S[^\n]{0,150})"
    r"[ \t]*:?[ \t]*$", re.I | re.M)
FIRST_PERSON = re.compile(r"\b(I|I'm|I've|I'd|[Mm]y|[Mm]e|[Ww]e|[Ww]e're|[Oo]ur|us|[Yy]ou|[Yy]our|[Yy]ou'd|[Yy]ou're)\b")
INTRO = re.compile(r"\b(article|report|story|piece|op-ed|editorial|writes|wrote|reports|reported)\b", re.I)
OUTLET_IN_INTRO = re.compile(
    r"(?:[Tt]his|[Tt]he|[Aa])\s+((?:[A-Z][\w'&.-]*\s+)*?(?:[A-Z][\w'&.-]*)(?:\s+(?:and|of|the)\s+[A-Z][\w'&.-]*)*)"
    r"\s+(?:article|report|story|piece|op-ed|editorial)")
SHORT = 100
# A line that introduces a pasted passage and names where it comes from: "The Daily Planet reports:",
# "According to the Red Cross:", "From the Guardian:". Link lines ("[Read: ...]", "Related: ...") introduce nothing.
_NAME = r"((?:[A-Z][\w'&.\u2019-]*\s+)*[A-Z][\w'&.\u2019-]*(?:\s+(?:of|the|for|and)\s+[A-Z][\w'&.\u2019-]*)*)"
OUTLET_BEFORE_COLON = (
    re.compile(rf"\b(?:[Aa]ccording to|[Ff]rom|[Qq]uoting|[Vv]ia)\s+(?:the\s+)?{_NAME}(?:'s?|\u2019s?)?[^:]{{0,60}}:\s*$"),
    re.compile(rf"^(?:[Hh]ere(?:'s| is) (?:what |how )?|[Aa]s\s+)?(?:[Tt]he\s+)?{_NAME}(?:'s?|\u2019s?)?"
               rf"(?:\s+(?:at|of|from|for)\s+(?:[Tt]he\s+)?{_NAME[1:-1]})?(?:\s+\w+){{0,3}}\s+"
               r"(?:reports|reported|writes|wrote|says|said|notes|noted|explains|explained|puts it|put it|"
               r"states|stated|adds|added|tweeted|posted)\b[^:]{0,140}:\s*$"))
_SENTENCE_GAP = re.compile(r"(\w+)[.!?][\"\u201d)]?\s+(?=[A-Z\"\u201c])")
_ABBREVIATIONS = frozenset("mr mrs ms dr st gen sen rep col lt sgt capt maj gov prof rev jr sr no vs".split())


def _last_sentence(line: str) -> str:
    """The last sentence of a line (not cut after "Mr." or "U.S.")."""
    cut = 0
    for m in _SENTENCE_GAP.finditer(line):
        word = m.group(1)
        if word.lower() not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            cut = m.end()
    return line[cut:]


_FOOTNOTE = re.compile(r"\s*(?:\[\d+\])+\s*$")
_NOT_NAMES = frozenset({"The", "This", "A", "An", "Here", "It", "He", "She", "They", "We", "I"})
LINK_LINE = re.compile(r"^\s*(?:\[|\(|(?:read|related|see also|also read|read more|more|watch|listen|"
                       r"click here|subscribe|sign up)\b)", re.I)


def _newsy(p: _Para) -> bool:
    return len(p.text) >= SHORT and not FIRST_PERSON.search(p.text) and not p.text.rstrip().endswith("?")


def _own_words(p: _Para) -> bool:
    """A paragraph in the blogger's own voice around a pasted passage: a sentence, but short, personal or a question."""
    text = p.text.strip()
    return not _newsy(p) and text not in ("...", "…", "[...]", "(...)") and not split_title_like(text)


def _excerpts(paras: list[_Para]) -> list[tuple[int, int, str | None]]:
    """Paragraph index ranges [i, j) that look pasted from another outlet, with the outlet if named."""
    marked: set[int] = set()
    for i, p in enumerate(paras):
        lone = p.text.strip() in ("...", "…", "[...]", "(...)")
        trailing = not lone and p.text.rstrip().endswith(("...", "…")) and _newsy(p)  # a cut third-person passage
        if not (lone or trailing):
            continue
        run = {i} if trailing else set()
        j = i - 1
        while j >= 0 and _newsy(paras[j]) and j not in marked:
            run.add(j)
            j -= 1
        lo = j + 1
        j = i + 1
        while j < len(paras) and _newsy(paras[j]):
            run.add(j)
            j += 1
        if any(_own_words(q) for q in paras[:lo]):  # a run that opens the article is the article, not a paste
            marked |= run
    for i, p in enumerate(paras[:-1]):
        if _introduces(p.text) and _newsy(paras[i + 1]):
            j = i + 1
            while j < len(paras) and _newsy(paras[j]):
                marked.add(j)
                if paras[j].text.rstrip().endswith(("...", "…")):
                    break
                j += 1
    runs: list[tuple[int, int, str | None]] = []
    for i in sorted(marked):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1, runs[-1][2])
        elif runs and runs[-1][1] == i - 1 and paras[i - 1].text.strip() in ("...", "…"):
            runs[-1] = (runs[-1][0], i + 1, runs[-1][2])
        else:
            runs.append((i, i + 1, (intro_outlet(paras[i - 1].text) if i > 0 else None) or opening_outlet(paras[i].text)))
    return runs


def opening_outlet(text: str) -> str | None:
    """The source an excerpt names on its own first line ("Reuters wrote:", "Quote from: jsmith")."""
    first = text.split("\n", 1)[0].strip()
    if "\n" not in text or not first.endswith(":") and not first.lower().startswith(("quote from:", "quote:")):
        return None
    m = re.match(r"^(?:[Qq]uote from|[Oo]riginally [Pp]osted by|[Qq]uoting)\s*:?\s*(\S[^\n]{0,60}?)\s*:?$", first)
    return m.group(1) if m else intro_outlet(first)


def _introduces(line: str) -> bool:
    """A short line that announces a pasted passage: it names an article or a report, or a source before a colon."""
    line = _FOOTNOTE.sub("", line)
    if len(line) >= SHORT or LINK_LINE.match(line):
        return False
    if line.rstrip().endswith(":"):
        return bool(INTRO.search(line) or any(p.search(line) for p in OUTLET_BEFORE_COLON))
    m = OUTLET_IN_INTRO.search(line)
    return m is not None and INTRO.search(line) is not None


def intro_outlet(line: str) -> str | None:
    """The outlet or source a line introducing a passage names ("This Stars and Stripes article", "X reports:"),
    read in the line's last sentence."""
    line = _last_sentence(_FOOTNOTE.sub("", line).strip())
    if len(line) >= SHORT * 2 or LINK_LINE.match(line):
        return None
    m = OUTLET_IN_INTRO.search(line)
    if m and INTRO.search(line):
        return m.group(1)
    if line.rstrip().endswith(":"):
        for pattern in OUTLET_BEFORE_COLON:
            m = pattern.search(line.strip())
            if m and m.group(1) not in _NOT_NAMES:
                return m.group(1)
    return None


DATELINE_WITHIN = 25  # a dateline opens one of the article's first paragraphs (after any photo captions)


def _article(doc: Document, start: int, end: int, segs: list[Segment], *, dateline: bool = False) -> None:
    paras = _paragraphs(doc.text, start, end)
    if doc.title and paras and paras[0].text == doc.title.strip():
        segs.append(Segment(f"s{len(segs) + 1}", "title", paras[0].start, paras[0].end))
        paras = paras[1:]
    elif paras and (g := glued_title(doc.text)) is not None and paras[0].start == g.title_start < paras[0].end:
        segs.append(Segment(f"s{len(segs) + 1}", "title", g.title_start, g.title_end))  # "Headline-DATELINE — -"
        if g.dateline is not None:
            segs.append(Segment(f"s{len(segs) + 1}", "dateline", *g.dateline))
        paras = [_Para(g.body_start, paras[0].end, doc.text[g.body_start:paras[0].end]), *paras[1:]]
    # keyed by character offset: `_credits_apart` below splits bylines off and shifts the paragraph indexes
    excerpt_at: dict[int, tuple[int, str | None]] = {paras[i].start: (paras[j - 1].end, outlet)
                                                     for i, j, outlet in _excerpts(paras)}
    paras = _credits_apart(paras)
    inside = [(s, e) for s, (e, _) in excerpt_at.items()]
    lead: tuple[int, Dateline] | None = None
    if dateline and not any(s.kind == "dateline" and find_dateline(doc.text[s.start:s.end]) for s in segs):
        lead = next(((i, d) for i, p in enumerate(paras[:DATELINE_WITHIN]) if not any(a <= p.start < b for a, b in inside)
                     and (d := find_dateline(p.text, p.start)) is not None), None)
    i = 0
    while i < len(paras):
        if paras[i].start in excerpt_at:
            stop, outlet = excerpt_at[paras[i].start]
            segs.append(Segment(f"s{len(segs) + 1}", "excerpt", paras[i].start, stop, author=outlet))
            while i < len(paras) and paras[i].start < stop:
                i += 1
            continue
        p = paras[i]
        if is_credit(p.text):  # "By Jane Doe, Reuters", "Reporting by ...": the report's writers, not its actors
            segs.append(Segment(f"s{len(segs) + 1}", "dateline", p.start, p.end, author=credit_agency(p.text)))
            i += 1
            continue
        if lead is not None and lead[0] == i:
            d = lead[1]
            segs.append(Segment(f"s{len(segs) + 1}", "dateline", d.start, d.end, author=d.agency))
            rest = len(p.text[d.end - p.start:]) - len(p.text[d.end - p.start:].lstrip())
            if d.end + rest < p.end:
                segs.append(Segment(f"s{len(segs) + 1}", "body", d.end + rest, p.end))
        else:
            segs.append(Segment(f"s{len(segs) + 1}", "body", p.start, p.end))
        i += 1


def dateline_of(text: str, segments: tuple[Segment, ...] | list[Segment]) -> Dateline | None:
    """The document's dateline (place, agency, date) from its ``dateline`` segments (bylines aside), if it has one."""
    return next((d for s in segments if s.kind == "dateline"
                 and (d := find_dateline(text[s.start:s.end], s.start)) is not None), None)


def _credits_apart(paras: list[_Para]) -> list[_Para]:
    """Paragraphs with a byline or credit line that opens or closes a paragraph split off as its own line."""
    out: list[_Para] = []
    for p in paras:
        if "\n" in p.text and not is_credit(p.text):
            first, _, rest = p.text.partition("\n")
            head, _, last = p.text.rpartition("\n")
            if is_credit(first) and rest.strip():
                lead = len(rest) - len(rest.lstrip())
                out += [_Para(p.start, p.start + len(first.rstrip()), first.strip()),
                        _Para(p.start + len(first) + 1 + lead, p.end, rest.strip())]
                continue
            if is_credit(last) and head.strip():
                out += [_Para(p.start, p.start + len(head.rstrip()), head.strip()),
                        _Para(p.end - len(last.lstrip()), p.end, last.strip())]
                continue
        out.append(p)
    return out


def _sign_offs(doc: Document) -> set[str]:
    """Last lines that several markup comments end with: signatures ("Sent from my phone", a name)."""
    last: Counter[str] = Counter()
    for h in doc.hints:
        body = doc.text[h[1]:h[2]]
        if h[0] == "comment" and "\n" in body:
            line = body.rsplit("\n", 1)[1].strip()
            if 4 <= len(line) <= 200:
                last[line] += 1
    return {line for line, n in last.items() if n >= 2}


_REPLYING = re.compile(r"^(?:in reply to|replying to|reply to|antwort auf|als antwort auf)\s+@?(\S.*)$", re.I)


def _from_hints(doc: Document) -> list[Segment]:
    segs: list[Segment] = []
    pos = 0
    names = {h[3] for h in doc.hints if h[0] == "comment" and h[3]}
    sign_offs = _sign_offs(doc)
    for hint in sorted(doc.hints, key=lambda h: h[1]):
        kind, s, e, author = hint[:4]
        reply_to = hint[4] if len(hint) > 4 else None
        date = hint[5] if len(hint) > 5 else None
        if kind == "title":
            segs.append(Segment(f"s{len(segs) + 1}", "title", s, e))
        elif kind == "heading":  # a line the reader wrote in to open the thread; nobody's words
            if pos < s:
                _article(doc, pos, s, segs, dateline=True)
        else:
            if pos < s:
                _article(doc, pos, s, segs, dateline=True)
            if kind == "comment":
                first = doc.text[s:e].split("\n", 1)[0]
                at = REPLY.match(first) or _REPLYING.match(first)
                if reply_to is None and at is not None:  # "@Name ..." answers Name, a commenter of the thread
                    said = at.group(1).lower()
                    known = sorted((a for a in names if said.startswith(a.lower())
                                    and not said[len(a):len(a) + 1].isalnum()), key=len, reverse=True)
                    reply_to = known[0] if known else None
                cut = doc.text.rfind("\n", s, e)
                if cut > s and doc.text[cut + 1:e].strip() in sign_offs:  # its sign-off, repeated under other posts
                    segs.append(Segment(f"s{len(segs) + 1}", "comment", s, cut, author, reply_to, date))
                    segs.append(Segment(f"s{len(segs) + 1}", "signature", cut + 1, e, author, reply_to, date))
                else:
                    segs.append(Segment(f"s{len(segs) + 1}", "comment", s, e, author, reply_to, date))
            else:  # an excerpt hint: its source is the one the line before names ("According to the Red Cross:")
                if author is None and kind == "excerpt":
                    author = (intro_outlet(doc.text[doc.text.rfind("\n", 0, max(0, s - 1)) + 1:s].strip())
                              or opening_outlet(doc.text[s:e]))
                segs.append(Segment(f"s{len(segs) + 1}", cast(SegmentKind, kind), s, e, author))
        pos = max(pos, e)
    if pos < len(doc.text):
        _article(doc, pos, len(doc.text), segs, dateline=True)
    return segs


def _thread_start(text: str) -> tuple[int, int] | None:
    """Where the article ends and the comment thread starts in plain text: around a lone "Comments" heading
    anywhere, or at the start of a text that opens (after its title line) with replies or commenter names."""
    heading = next((m for m in COMMENTS_HEADING.finditer(text) if text[m.end():].strip()), None)
    if heading is not None:
        return heading.start(), heading.end()
    paras = _paragraphs(text, 0, len(text))
    if len(paras) < 3:
        return None
    first = 1 if split_title_like(paras[0].text) and not _opens_comment(paras, 0) else 0
    markers = [i for i in range(first, len(paras)) if _opens_comment(paras, i)]
    if markers and markers[0] == first and len(markers) >= 2:
        return paras[first].start, paras[first].start
    headers = [(i, name) for i in range(first, len(paras)) if (name := header_name(paras[i])) is not None]
    if len({name for _, name in headers}) >= 2:  # an article, then comments copied with their headers ("x says:");
        return paras[headers[0][0]].start, paras[headers[0][0]].start  # one name twice is a blog's "Posted by"
    return None


def split_title_like(line: str) -> bool:
    return len(line) <= 160 and not line.endswith((".", "!", ":", ";", ","))


def _opens_comment(paras: list[_Para], i: int) -> bool:
    p = paras[i]
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    if REPLY.match(p.text):
        return True
    return bool(NAME_LINE.match(p.text)) and nxt is not None and not NAME_LINE.match(nxt.text) and len(nxt.text) > 40


def segment(doc: Document) -> list[Segment]:
    """The document's segments in text order, with ids s1, s2, ..."""
    text = doc.text
    segs: list[Segment] = []
    if doc.hints:
        segs = _from_hints(doc)
    else:
        bounds = _thread_start(text)
        if bounds is None:
            _article(doc, 0, len(text), segs, dateline=True)
        else:
            cut, start = bounds
            _article(doc, 0, cut, segs, dateline=True)
            _thread(doc, start, len(text), segs)
    segs.sort(key=lambda s: s.start)
    return [replace(s, id=f"s{i}") for i, s in enumerate(segs, 1)]
