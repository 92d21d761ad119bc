"""A person's sex from the first word of their name ("Angela Merkel" -> "f"), for the pronouns "he" and "she" when
no honorific or kin noun tells; names news use for both sexes give None."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from ..datafile import load_yaml

NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.yaml"


@cache
def _data() -> dict[str, Any]:
    return load_yaml(NAMES.read_text(encoding="utf-8")) or {}


@cache
def _given() -> dict[str, str]:
    return {name: sex for sex in ("f", "m") for name in _data().get(sex, ())}


@cache
def _titles() -> dict[str, frozenset[str]]:
    return {sex: frozenset(_data().get("titles", {}).get(sex, ())) for sex in ("f", "m")}


def given_sex(word: str) -> str | None:
    """"m" or "f" when the word is a given name of one sex."""
    return _given().get(_fold(word))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def name_gender(name: str | None) -> str | None:
    """"m" or "f" when the name's first word is a given name (or a title, "Queen Rania") of one sex; else None."""
    words = (name or "").replace(".", " ").split()
    if len(words) < 2:
        return None  # a lone word is a surname ("May", "Grace") as often as a given name
    first = _fold(words[0]).split("-")[0]
    for sex, titles in _titles().items():
        if first in titles:
            return sex
    return _given().get(first)


def place_given_name(word: str) -> bool:
    """A place's name that is also a given name ("Jordan", "Chad", "Paris", "Tyre")."""
    return _fold(word) in _places()


@cache
def _places() -> frozenset[str]:
    return frozenset(_data().get("places", ()))


# Nouns for one unnamed private person, by the sex "he" or "she" takes: such a subject between a named person and a
# "he"/"she" may be whom the pronoun means ("a suspect was arrested who told them he had shot X", "The man ... he").
UNNAMED = {"m": frozenset({"man", "boy", "husband", "son", "brother", "father", "businessman"}),
           "f": frozenset({"woman", "girl", "wife", "daughter", "sister", "mother", "businesswoman"})}
UNNAMED_EITHER = frozenset({"suspect", "gunman", "shooter", "attacker", "assailant", "robber", "inmate", "teenager",
                            "teen", "youth", "driver", "victim", "stranger", "intruder", "motorist", "passenger"})


def unnamed_person(tok: Any, sex: str) -> bool:
    """The token is the head of a subject or object naming one unnamed private person of that sex (or either):
    "the man", "a suspect", not "the minister" (an office, often the one named before) nor a name."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and (lemma in UNNAMED.get(sex, frozenset()) or lemma in UNNAMED_EITHER) \
        and not any(c.dep_ in ("compound", "poss") or c.ent_type_ == "PERSON" for c in tok.children) \
        and not any(c.dep_ == "appos" for c in tok.children)
