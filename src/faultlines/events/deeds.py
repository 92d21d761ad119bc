"""A party's deed named by a word of condemnation: "condemned Serbia's act of aggression in Kosovo" (ASSAULT
Serbia -> Kosovo), "'Ethiopia's atrocities' in Tigray" (COERCE), "the Sudanese government's violation of the
sovereignty of South Sudan" (COERCE), told in the voice of the one who names it. Words are data (data/deeds.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafile import data_file, word_list
from .syntax import OF, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

@dataclass(frozen=True)
class DeedData:
    """The deed words with their types, the words a deed word hangs on, the things violated (and the deed words that
    need one), the condemning verbs, the other verbs whose object deed was done."""

    deeds: dict[str, str]
    acts: frozenset[str]
    violated: frozenset[str]
    breaking: frozenset[str]
    condemning: frozenset[str]
    done: frozenset[str]


@lru_cache(maxsize=1)
def deed_data() -> DeedData:
    """data/deeds.yaml."""
    raw = data_file("deeds.yaml")
    return DeedData({str(k).lower(): str(v) for k, v in (raw.get("deeds") or {}).items()}, word_list(raw, "acts"),
                    word_list(raw, "violated"), word_list(raw, "breaking"), word_list(raw, "condemning"),
                    word_list(raw, "done"))


def holder(n: Token) -> Token:
    """The noun a deed word stands on: "act" of "act of aggression", else the word itself."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in deed_data().acts:
        return n.head.head
    return n


def loaded(n: Token) -> bool:
    """`n` is a deed word ("aggression", "atrocities") that a verb of condemning may hold."""
    return n.pos_ == "NOUN" and n.lemma_.lower() in deed_data().deeds


def broken(n: Token) -> list[Token]:
    """What a violation or an abuse breaks: "of the sovereignty of X", "of X's airspace", "human rights violations"."""
    data = deed_data()
    things = [p for p in prep_objects(n, OF) if p.lemma_.lower() in data.violated]
    things += [c for c in n.children if c.dep_ == "compound" and c.lemma_.lower() in data.violated]
    return things
