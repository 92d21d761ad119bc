"""A person's sex from the first word of their name ("Angela Merkel" -> "f"), for the pronouns "he" and "she" when
no honorific or kin noun tells; names news use for both sexes give None."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import yaml

NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.yaml"
TITLES = {"f": frozenset({"queen", "princess", "lady", "duchess", "empress", "sheikha", "dame"}),
          "m": frozenset({"king", "prince", "sir", "lord", "duke", "emperor", "sheikh", "emir", "sultan"})}


@cache
def _given() -> dict[str, str]:
    data = yaml.safe_load(NAMES.read_text(encoding="utf-8")) or {}
    return {name: sex for sex in ("f", "m") for name in data.get(sex, ())}


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def name_gender(name: str | None) -> str | None:
    """"m" or "f" when the name's first word is a given name (or a title, "Queen Rania") of one sex; else None."""
    words = (name or "").replace(".", " ").split()
    if len(words) < 2:
        return None  # a lone word is a surname ("May", "Grace") as often as a given name
    first = _fold(words[0]).split("-")[0]
    for sex, titles in TITLES.items():
        if first in titles:
            return sex
    return _given().get(first)
