"""Name folding: the key under which spellings of one name meet ("Asa'ib Ahl al-Haq" = "Asaib Ahl al Haq")."""

from __future__ import annotations

import re
import unicodedata

_APOS = re.compile(r"[\u2018\u2019\u02bc\u02bf\u02be`\u00b4']")
_DASH = re.compile(r"[\u2010-\u2015\-_/]")
_DROP = re.compile(r"[.,;:!?\"()\[\]{}\u201c\u201d]")
_ARTICLES = {"al", "el", "ad", "as", "an", "ar", "at", "az", "ash", "ath", "ul", "the"}


def fold(name: str) -> str:
    """Lower-case, strip diacritics, apostrophes, dots, hyphens, a leading "the", Arabic articles, a final "'s"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
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
