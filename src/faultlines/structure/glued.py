"""A Title Case headline run into the body on the text's first line, as copied wire stories often are:
"Rebels Seize Border Town-NAIROBI — -Rebels seized ...", "Army Retreats -GOMA — -The army ...",
"Talks Collapse-The two sides walked out ...".

The headline ends at the dash that glues it to a dateline (a place in capitals and a dash) or, with no dateline, to
a sentence that runs on in lower case. The parser (`nlp`) starts sentences there and `structure.segment` gives the
headline a ``title`` segment and the dateline a ``dateline`` one, so neither runs into the body's first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UP = "A-ZÀ-ÖØ-Þ"
# "-KAMPALA — -", " - ISLAMABAD —\xa0-", "-WASHINGTON, D.C. — -", "-STATE DEPARTMENT —\xa0-"
_DATELINE = re.compile(rf"\s?-\s?(?P<place>[{_UP}][{_UP}'’.]+(?:[ -][{_UP}][{_UP}'’.]+){{0,3}}"
                       rf"(?:,\s*[{_UP}][\w.'’]*(?: [{_UP}][\w.'’]*){{0,2}})?)\s*[—–]+[\s\xa0]*-?[\s\xa0]*")
# a dash between a headline's last word and the body's first, capitalised word: "Town-The", "Syria -The"
_GLUE = re.compile(rf"(?<=[\w'’.)])(?: -|-)(?=[{_UP}][a-z]*\b)")
_SMALL = frozenset("a an the of on in at to for by with from into onto over after amid as and or but vs than "
                   "up off out about against near under upon via".split())
_OPENERS = _SMALL | frozenset("when while with for since despite during this that these those his her its their it he "
                               "she they we some many more most".split())
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*")
MAX_TITLE = 160
MIN_WORDS = 5  # with no dateline, a headline of five words or more ("Secretary-General Boutros Boutros-Ghali" is a name)
PROSE_COMMA = re.compile(r",\s+[a-z]")  # "On 4 May, in Georgetown, Demerara-Mahaica, ...": prose, not a headline


@dataclass(frozen=True)
class GluedTitle:
    """Where the glued headline ends, where its dateline (if any) sits, and where the body starts."""

    title_start: int
    title_end: int
    body_start: int
    dateline: tuple[int, int] | None = None


def glued_title(text: str) -> GluedTitle | None:
    """The headline glued to the body on the text's first line, or None when the line is no such run."""
    start = len(text) - len(text.lstrip())
    nl = text.find("\n", start)
    line = text[start: len(text) if nl < 0 else nl]
    for m in _DATELINE.finditer(line, 0, MAX_TITLE + 40):
        if m.start() == 0 or m.end() >= len(line) or not _title_case(line[:m.start()]):
            continue
        place = m.group("place")
        if not any(c.isalpha() for c in place) or len(place.replace(".", "")) < 3:
            continue
        tail = len(m.group(0)) - len(m.group(0).rstrip(" \xa0-"))
        return GluedTitle(start, start + len(line[:m.start()].rstrip()), start + m.end(),
                          (start + m.start("place"), start + m.end() - tail))
    cut = _first_running_word(line)
    if cut is None:
        return None
    glue = [m for m in _GLUE.finditer(line, 0, cut) if m.start() <= MAX_TITLE]
    if not glue:
        return None
    m = glue[-1]
    head = line[:m.start()]
    if not _title_case(head) or len(_WORD.findall(head)) < MIN_WORDS or PROSE_COMMA.search(head) \
            or not _runs_on(line[m.end():]) or not _opens_sentence(line, m):
        return None
    return GluedTitle(start, start + len(line[:m.start()].rstrip()), start + m.end())


def _title_case(head: str) -> bool:
    """Headline-style words: at least three, all but the short function words capitalised."""
    words = [w for w in _WORD.findall(head) if not w.isupper()]
    content = [w for w in words if w.lower() not in _SMALL]
    return len(_WORD.findall(head)) >= 3 and len(content) >= 2 and all(w[:1].isupper() for w in content)


def _first_running_word(line: str) -> int | None:
    """Offset of the line's first lower-case word that is no headline function word (where prose begins)."""
    return next((m.start() for m in _WORD.finditer(line) if m.group(0)[:1].islower()
                 and m.group(0).lower() not in _SMALL), None)


def _opens_sentence(line: str, glue: re.Match[str]) -> bool:
    """The glue starts a sentence, not the second half of a hyphenated name or title ("Secretary-General Chedli
    Klibi", "Zia-Ul-Haq"): the word before it is no hyphenated name, and the word after it is a sentence opener
    ("The", "When", "For") or followed by a lower-case word ("Ukraine said", "Israeli security forces")."""
    before = _WORD.findall(line[:glue.start()])
    if before and re.search(rf"-[{_UP}]", before[-1]):
        return False
    after = re.findall(r"[\w'’.-]+", line[glue.end():])[:2]
    if not after or re.match(r"[\w'’.-]+[,;:)]", line[glue.end():]):
        return False  # "Demerara-Mahaica, protesters": a place's double name
    return after[0].lower() in _OPENERS or (len(after) > 1 and after[1][:1].islower())


def _runs_on(body: str) -> bool:
    """The text after the glue reads as a sentence: a lower-case word among its first five."""
    return any(w[:1].islower() and w.lower() not in _SMALL for w in _WORD.findall(body)[:5])


def split_glued_title(doc: Doc) -> Doc:
    """Before tagging: a dash stuck to the body's first word ("-Ugandan", "-The") split off, and sentences started
    at the headline's glue and at the body, so the headline, the dateline and the body parse apart."""
    glued = glued_title(doc.text)
    if glued is None:
        return doc
    stuck = [t for t in doc if t.idx < glued.body_start < t.idx + len(t) and t.text[:1] in "-–—"
             and t.idx + len(t.text) - len(t.text.lstrip("-–—")) == glued.body_start]
    if stuck:
        t = stuck[0]
        cut = glued.body_start - t.idx
        with doc.retokenize() as retokenizer:
            retokenizer.split(t, [t.text[:cut], t.text[cut:]], heads=[(t, 1), (t, 1)])
    for at in (glued.title_end, glued.body_start):
        first = next((t for t in doc if t.idx >= at and not t.is_space), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    return doc
