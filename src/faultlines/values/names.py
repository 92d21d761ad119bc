"""Name keys: the one accent stripper, the actor key under which spellings of a name meet, and the place keys
(an exact key and a looser skeleton for transliteration variants)."""

from __future__ import annotations

import re
import unicodedata

_APOS = re.compile(r"[\u2018\u2019\u02bc\u02bf\u02be`\u00b4']")
_DASH = re.compile(r"[\u2010-\u2015\-_/]")
_DROP = re.compile(r"[.,;:!?\"()\[\]{}\u201c\u201d]")
_ARTICLES = {"al", "el", "ad", "as", "an", "ar", "at", "az", "ash", "ath", "ul", "the"}

_PLACE_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf`\u00b4'\u02b9]")
_PLACE_SEPARATORS = re.compile(r"[\u2010-\u2015\-_/.,()]+")
_PLACE_ARTICLE = re.compile(r"^(?:al|el|as|ad|an|ar|at|az|ash|ath|ad|the)\s+(?=\S{3,})")
_DOUBLE = re.compile(r"(.)\1+")


def strip_accents(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: "Al Fallūjah" -> "Al Fallujah", "ﬁ" -> "fi"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------- actor names
def fold(name: str) -> str:
    """Lower-case, strip diacritics, apostrophes, dots, hyphens, a leading "the", Arabic articles, a final "'s".

    The key under which spellings of one actor name meet ("Asa'ib Ahl al-Haq" = "Asaib Ahl al Haq")."""
    s = strip_accents(name).lower()
    s = re.sub(r"[\u2019']s$", "", s.strip())
    s = _APOS.sub("", s)
    s = _DASH.sub(" ", s)
    s = _DROP.sub("", s)
    words = [w for w in s.split() if w not in _ARTICLES]
    return " ".join(words)


def singular(key: str) -> str:
    """The folded key with its last word made singular ("shia militias" -> "shia militia")."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


def slug(name: str) -> str:
    """A stable lower-case id for an actor found in a document but not in the dictionary."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"


def people_plural(adjective: str) -> str:
    """Default people noun for a demonym adjective ("Iranian" -> "Iranians"; "Chinese" -> "Chinese")."""
    if adjective.endswith(("ese", "ish", "ch", "ss")):
        return adjective
    return adjective + "s"


# ---------------------------------------------------------------- place names
def place_fold(name: str) -> str:
    """Lowercase, strip diacritics and apostrophes, hyphens and dots to spaces, squeeze spaces."""
    s = _PLACE_APOSTROPHES.sub("", strip_accents(name).lower())
    s = _PLACE_SEPARATORS.sub(" ", s)
    return " ".join(s.split())


def name_key(name: str) -> str:
    """The exact place lookup key: folded, without a leading Arabic or English article ("al-", "the")."""
    return _PLACE_ARTICLE.sub("", place_fold(name))


def skeleton(name: str) -> str:
    """A loose place key that ignores transliteration differences (doubled letters, final -h, y/i, ou/u):
    Fallujah, Falluja, Al Fallūjah and al-Falluja share one; so do Tal Afar and Tall 'Afar."""
    s = name_key(name).replace(" ", "")
    s = s.replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("y", "i").replace("q", "k")
    s = s.replace("dh", "d").replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t")
    s = _DOUBLE.sub(r"\1", s)
    s = re.sub(r"(?<=[aeiou])h$", "", s)
    return s


def is_latin(name: str) -> bool:
    """True when every letter of `name` is Latin script (GeoNames alternate names mix many scripts)."""
    return all(not c.isalpha() or ord(c) < 0x250 for c in name)


def ascii_name(name: str) -> str:
    """Accents stripped and curly single quotes made straight, as the ruler patterns spell a name."""
    return strip_accents(name).replace("\u2019", "'").replace("\u2018", "'")
