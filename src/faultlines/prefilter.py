"""Fast path of the pipeline: only sentences that name an actor or place, or contain a trigger word, reach the parser.

The other sentences are masked with spaces (newlines kept), so the parsed text has the same length
as the original and every character offset the pipeline produces still slices the original text.
The check is a regex word scan plus set lookups — far cheaper than tagging, parsing and NER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .datafile import load_yaml

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .records import Facts

DATA = Path(__file__).resolve().parent / "data" / "prefilter.yaml"

# A sentence may end at . ! ? (optionally closed by quotes/brackets) before whitespace, or at a blank line;
# not after an abbreviation (U.S., Gen., Mr.) nor before a lower-case word or a digit.
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n[ \t]*\n\s*")
_ABBREV_END = re.compile(r"(?:\b[A-Za-z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|"
                         r"Rev|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|"
                         r"Corp|Jr|Sr|Prof|Pres|Gov|Brig|Amb)\.$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_DIGIT = re.compile(r"\d")
_MASK = re.compile(r"[^\n]")


def _pattern_text(pattern: str | list[dict[str, Any]]) -> str:
    if isinstance(pattern, str):
        return pattern
    parts = []
    for tok in pattern:
        val = tok.get("ORTH", tok.get("LOWER", tok.get("TEXT")))
        if not isinstance(val, str):
            return ""
        parts.append(val)
    return " ".join(parts)


def _boundary(text: str, end: int, next_start: int) -> bool:
    """Whether a full stop at `end` closes a sentence: not an abbreviation, and a capital (or quote) follows."""
    nxt = text[next_start:next_start + 1]
    if nxt and (nxt.islower() or nxt.isdigit()):
        return False
    head = text[max(0, end - 12):end].rstrip("\"'”’)]")
    return not _ABBREV_END.search(head)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    keep: bool


class Prefilter:
    """Decides which sentences of a text the full pipeline needs, and masks the rest."""

    def __init__(self, names: Iterable[str], *, exact_names: Iterable[str] = (), stems: Iterable[str] = (),
                 words: Iterable[str] = (), keep_numbers: bool = False) -> None:
        self.single: set[str] = set(w.lower() for w in words)
        self.exact: set[str] = set()  # names matched in their own case: gazetteer names, acronyms (IS, US, CAR)
        self.exact_multi: dict[str, set[str]] = {}
        for name in exact_names:
            toks = _WORD.findall(name)
            if len(toks) == 1:
                self.exact.add(toks[0])
            elif toks:
                self.exact_multi.setdefault(toks[0], set()).add(" ".join(toks))
        self.multi: dict[str, set[str]] = {}
        for name in names:
            if name.isupper() and len(name) <= 5 and " " not in name:
                self.exact.add(name)
                continue
            low = " ".join(_WORD.findall(name.lower()))
            if not low:
                continue
            first, _, rest = low.partition(" ")
            if rest:
                self.multi.setdefault(first, set()).add(low)
            else:
                self.single.add(first)
        self.stems = tuple(sorted({s.lower() for s in stems}))
        self.keep_numbers = keep_numbers

    @classmethod
    def from_data(cls, names: Iterable[str], exact_names: Iterable[str] = (), path: Path = DATA) -> Prefilter:
        data = load_yaml(path.read_text()) or {}
        return cls(names, exact_names=exact_names, stems=data.get("stems", ()), words=data.get("words", ()))

    @classmethod
    def for_pipeline(cls, pipeline: Pipeline) -> Prefilter:
        """Names from the pipeline's actor dictionary and gazetteer, trigger words from data/prefilter.yaml."""
        return cls.for_patterns(pipeline.dictionary.ruler_patterns() + pipeline.gazetteer.ruler_patterns())

    @classmethod
    def for_patterns(cls, patterns: list[dict[str, Any]]) -> Prefilter:
        """Names from entity-ruler patterns: string patterns in any case (actors), token patterns in their
        exact case (gazetteer names, as the ruler matches them); trigger words from data/prefilter.yaml."""
        names = [_pattern_text(p["pattern"]) for p in patterns if isinstance(p["pattern"], str)]
        exact = [_pattern_text(p["pattern"]) for p in patterns if not isinstance(p["pattern"], str)]
        return cls.from_data(names, exact)

    def relevant(self, sentence: str) -> bool:
        """True when the sentence has a name, a trigger stem or word, or (optionally) a number."""
        if self.keep_numbers and _DIGIT.search(sentence):
            return True
        found = _WORD.findall(sentence)
        if not self.exact.isdisjoint(found):
            return True
        exact_joined: str | None = None
        for w in found:
            cands = self.exact_multi.get(w)
            if cands:
                exact_joined = exact_joined if exact_joined is not None else " ".join(found)
                if any(c in exact_joined for c in cands):
                    return True
        words = [w.lower() for w in found]
        joined: str | None = None
        for w in words:
            if w in self.single or w.startswith(self.stems):
                return True
            cands = self.multi.get(w)
            if cands:
                joined = joined if joined is not None else " ".join(words)
                if any(c in joined for c in cands):
                    return True
        return False

    def spans(self, text: str) -> list[Span]:
        """The text cut into sentences (with their trailing whitespace), each marked keep or not."""
        out: list[Span] = []
        pos = 0
        for m in _SENT_END.finditer(text):
            if "\n" not in m.group() and not _boundary(text, m.start(), m.end()):
                continue
            out.append(Span(pos, m.end(), self.relevant(text[pos:m.start()])))
            pos = m.end()
        if pos < len(text):
            out.append(Span(pos, len(text), self.relevant(text[pos:])))
        return out

    def mask(self, text: str) -> str:
        """The text with irrelevant sentences blanked (spaces, newlines at their ends): same length, same offsets."""
        parts = []
        for s in self.spans(text):
            chunk = text[s.start:s.end]
            if s.keep:
                parts.append(chunk)
            elif len(chunk) >= 2:  # newlines at both ends help the parser start a new sentence after a gap
                parts.append("\n" + _MASK.sub(" ", chunk[1:-1]) + "\n")
            else:
                parts.append(_MASK.sub(" ", chunk))
        masked = "".join(parts)
        assert len(masked) == len(text)
        return masked


def _trim(x: Any, text: str, masked: str) -> Any:
    """`x` with its span trimmed of blanked text at its edges; None if blanked text is inside it."""
    if text[x.start:x.end] == x.text:
        return x
    s, e = x.start, x.end
    while s < e and (masked[s] != text[s] or masked[s].isspace()):
        s += 1
    while e > s and (masked[e - 1] != text[e - 1] or masked[e - 1].isspace()):
        e -= 1
    if s == e or masked[s:e] != text[s:e]:
        return None
    return replace(x, start=s, end=e, text=text[s:e])


def repair(facts: Facts, masked: str) -> Facts | None:
    """Facts whose spans reach into a blanked sentence only at their edges, trimmed back to what the parser
    saw, so that every offset slices the original text; None when a span has a blanked sentence inside."""
    text = facts.document.text

    def fix_all(xs: tuple[Any, ...]) -> tuple[Any, ...] | None:
        out = tuple(_trim(x, text, masked) for x in xs)
        return None if any(x is None for x in out) else out

    def fix_mentions(xs: tuple[Any, ...]) -> tuple[Any, ...] | None:
        """Actors or places with their mentions trimmed (None when one cannot be)."""
        out = []
        for x in xs:
            ms = fix_all(x.mentions)
            if ms is None:
                return None
            out.append(replace(x, mentions=ms) if ms != x.mentions else x)
        return tuple(out)

    events, quotes, counts = fix_all(facts.events), fix_all(facts.quotes), fix_all(facts.counts)
    actors, places = fix_mentions(facts.actors), fix_mentions(facts.places)
    if events is None or quotes is None or counts is None or actors is None or places is None:
        return None
    return replace(facts, events=events, quotes=quotes, counts=counts, actors=actors, places=places)


def slices_text(f: Facts) -> bool:
    """Every offset-carrying fact's `text` is the slice of the document text it points at."""
    text = f.document.text
    spans = [(x.start, x.end, x.text) for x in f.events]
    spans += [(x.start, x.end, x.text) for x in f.quotes]
    spans += [(x.start, x.end, x.text) for x in f.counts]
    spans += [(m.start, m.end, m.text) for a in f.actors for m in a.mentions]
    spans += [(m.start, m.end, m.text) for p in f.places for m in p.mentions]
    return all(text[s:e] == t for s, e, t in spans)
