"""A surname misspelt by one letter ("Livinston" after "Treon Livingston"): the person named in full, but only for a
bare word that names no one of its own (Johnson/Johnston, Thompson/Thomson are different real surnames)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..values.names import fold
from .dictionary import Dictionary
from .genders import given_sex

DESCRIBERS = frozenset({"a", "an", "the", "who", "whose"})


def misspelt_surname(doc: Doc, i: int, key: str, surnames: dict[str, str], d: Dictionary) -> str | None:
    """The one surname of a person named in full that the bare word at token `i` (folded `key`) misses by one letter
    inside the word; None when the word is described in its own right or is itself a name anyone uses."""
    if len(key) < 7 or key in surnames:
        return None
    near = [s for s in surnames if len(s) >= 7 and s[0] == key[0] and s[-1] == key[-1] and one_edit(s, key)]
    # the near-miss test is cheap; whether the word names someone of its own reads the whole document
    return near[0] if len(near) == 1 and not _own_person(doc, i, key, d) else None


def _own_person(doc: Doc, i: int, key: str, d: Dictionary) -> bool:
    """The word has a title or an apposition ("Johnston, a Labour councillor,"), recurs in the document, or is a
    name the dictionary knows (a leader's surname, a given name, an actor)."""
    word = doc[i].text
    if i > 0 and doc[i - 1].lower_.rstrip(".") in d.titles:
        return True
    if any(c.dep_ == "appos" for c in doc[i].children):
        return True
    if i + 2 < len(doc) and doc[i + 1].text == "," and (doc[i + 2].lower_ in DESCRIBERS or doc[i + 2].like_num):
        return True
    if sum(fold(t.text) == key for t in doc) > 1:
        return True
    return bool(d.person_by_surname(word) or d.lookup(word) or given_sex(word))


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one letter dropped, added or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
