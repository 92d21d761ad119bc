"""Place-name keys: a folded key for exact lookup and a looser skeleton for transliteration variants.

Fallujah, Falluja, Al Fallūjah and al-Falluja share a skeleton; so do Tal Afar and Tall 'Afar.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf`\u00b4'\u02b9]")
_SEPARATORS = re.compile(r"[\u2010-\u2015\-_/.,()]+")
_ARTICLE = re.compile(r"^(?:al|el|as|ad|an|ar|at|az|ash|ath|ad|the)\s+(?=\S{3,})")
_DOUBLE = re.compile(r"(.)\1+")


def fold(name: str) -> str:
    """Lowercase, strip diacritics and apostrophes, hyphens and dots to spaces, squeeze spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("", s.lower())
    s = _SEPARATORS.sub(" ", s)
    return " ".join(s.split())


def name_key(name: str) -> str:
    """The exact lookup key: folded, without a leading Arabic or English article ("al-", "the")."""
    return _ARTICLE.sub("", fold(name))


def skeleton(name: str) -> str:
    """A loose key that ignores common transliteration differences (doubled letters, final -h, y/i, ou/u)."""
    s = name_key(name).replace(" ", "")
    s = s.replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("y", "i").replace("q", "k")
    s = s.replace("dh", "d").replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t")
    s = _DOUBLE.sub(r"\1", s)
    s = re.sub(r"(?<=[aeiou])h$", "", s)
    return s


def is_latin(name: str) -> bool:
    """True when every letter of `name` is Latin script (GeoNames alternate names mix many scripts)."""
    return all(not c.isalpha() or ord(c) < 0x250 for c in name)
