"""The number grammar: digits and words, ranges, bounds and vague quantities, found in raw text.

`parse_quantity("more than 700") -> Quantity(value=700, low=700, high=None, approx="more than")`;
`find_quantities(text)` yields every quantity with its character span. Meanings: docs/counts.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafile import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "counts.yaml"

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
# A number: digits with an optional scale word ("1.5 million"), or a run of number words.
NUMBER = (rf"(?:(?:{_DIGITS})(?:\s+(?:{_SCALE}))?"
          rf"|(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}|{_SCALE}))*)")
_RANGE_SEP = r"\s*(?:-|\u2013|\u2014|to)\s*"


@dataclass(frozen=True)
class Quantity:
    """A parsed quantity; see docs/counts.md for what each field means."""

    value: int | None
    low: int | None
    high: int | None
    approx: str | None
    start: int = 0
    end: int = 0
    text: str = ""


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The count vocabulary (data/counts.yaml)."""
    data: dict[str, Any] = load_yaml(DATA.read_text())
    return data


def number_value(text: str) -> int | None:
    """The integer a number expression denotes: "6,000" -> 6000, "1.5 million" -> 1500000, "three thousand" -> 3000."""
    t = text.strip().lower().replace("\u2013", "-")
    m = re.fullmatch(rf"({_DIGITS})(?:\s+({_SCALE}))?", t)
    if m:
        num = float(m.group(1).replace(",", ""))
        return int(round(num * (SCALES[m.group(2)] if m.group(2) else 1)))
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", t):
        if w == "and" or not w:
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = vocabulary()
    qual = _alternation(list(v["qualifiers"]))
    suf = "|".join(r"\+" if s == "+" else r"\s+" + re.escape(s).replace(r"\ ", r"\s+") for s in v["suffixes"])
    exact = re.compile(
        rf"(?<![\w.,])(?<![A-Za-z]-)(?:(?P<between>between)\s+)?(?:(?P<qual>{qual})\s+)?(?P<a>{NUMBER})"
        rf"(?:(?:{_RANGE_SEP}|\s+and\s+)(?P<b>{NUMBER}))?(?P<suf>{suf})?(?![\w]|,\d)", re.I)
    vague = re.compile(rf"(?<![\w])(?:(?P<qual>{qual})\s+)?(?P<v>{_alternation(list(v['vague']))})(?![\w])", re.I)
    return exact, vague


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def parse_match(m: re.Match[str]) -> Quantity | None:
    """A Quantity from one match of the number or vague pattern (None when the words are not a number)."""
    v = vocabulary()
    qual = v["qualifiers"].get(_norm(m.group("qual") or "")) if m.group("qual") else None
    if "v" in m.re.groupindex and m.group("v"):
        low, high = v["vague"][_norm(m.group("v"))]
        if low == high:
            return Quantity(low, None, None, qual["approx"] if qual else "about", m.start(), m.end(), m.group(0))
        return Quantity(None, low, high, _norm(m.group("v")), m.start(), m.end(), m.group(0))
    a = number_value(m.group("a"))
    if a is None:
        return None
    if m.group("b"):
        if m.group(0)[m.end("a") - m.start():].lstrip().lower().startswith("and") and not m.group("between"):
            return None  # "5 and 6" without "between" is a list, not a range
        b = number_value(m.group("b"))
        if b is None or b <= a:
            return None
        return Quantity(None, a, b, qual["approx"] if qual else None, m.start(), m.end(), m.group(0))
    suf = v["suffixes"].get(_norm(m.group("suf"))) if m.group("suf") else None
    rule = suf or qual
    if rule is None:
        return Quantity(a, a, a, None, m.start(), m.end(), m.group(0))
    bound = rule.get("bound")
    return Quantity(a, a if bound == "low" else None, a if bound == "high" else None, rule["approx"],
                    m.start(), m.end(), m.group(0))


def find_quantities(text: str) -> Iterator[Quantity]:
    """Every quantity in `text`, left to right, without overlaps (a vague phrase wins over a bare number)."""
    exact, vague = _patterns()
    found: list[Quantity] = []
    for pat in (vague, exact):
        for m in pat.finditer(text):
            q = parse_match(m)
            if q is None or any(f.start < q.end and q.start < f.end for f in found):
                continue
            found.append(q)
    yield from sorted(found, key=lambda q: q.start)


def parse_quantity(text: str) -> Quantity | None:
    """Parse one quantity expression that spans all of `text` ("6,000-8,000", "several thousand")."""
    for q in find_quantities(text.strip()):
        if q.start == 0 and q.end == len(text.strip()):
            return q
    return None
