"""Definite event nouns that point back ("X launched an offensive on Y, and the offensive killed 30 civilians", "X
shelled Y. The attack killed five"): an act with no doer of its own takes the one doer of the act they name."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..values.countries import countries
from .arguments import NAME_MODS, backing, opposed
from .readings import Candidate
from .syntax import agents, is_passive

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Token

BACK = frozenset({"the", "this", "that", "these", "those"})
CARRIED = frozenset({"ASSAULT", "COERCE"})


def _named_act(c: Candidate, nouns: Mapping[str, object]) -> Token | None:
    """The definite event noun `c` hangs on: the trigger itself, its subject ("the offensive killed"), or the act it
    happened in ("were killed in the offensive"); None when the noun names a doer of its own or is not definite."""
    t = c.trigger
    heads = [t] if t.pos_ in ("NOUN", "PROPN") else [k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")] + [
        p for k in t.children if k.dep_ == "prep" and k.lower_ in ("in", "during") for p in k.children
        if p.dep_ == "pobj"]
    for n in heads:
        if n.lemma_.lower() not in nouns or n.pos_ != "NOUN":
            continue
        dets = [k.lower_ for k in n.children if k.dep_ == "det"]
        own = [k for k in n.children if k.dep_ in ("poss", "compound", "nmod") or (k.dep_ == "prep" and k.lower_ == "by")]
        if dets and dets[0] in BACK and not own:
            return n
    return None


def carry_sources(found: list[Candidate], before: list[Candidate], nouns: Mapping[str, object]) -> list[Candidate]:
    """An ASSAULT or COERCE with no source that a definite event noun names takes the one source of the acts of its type
    coded earlier in its sentence or in the sentence before; two candidate doers leave it without one."""
    out = []
    for c in found:
        n = _named_act(c, nouns) if c.source is None and c.type in CARRIED else None
        if n is not None:
            aimed = any(k.dep_ == "prep" and k.lower_ in ("on", "against") for k in n.children)
            prior = {p.source for p in (*before, *found) if p.type == c.type and p.source is not None
                     and p.source != c.target and (p.trigger.doc is not n.doc or p.trigger.i < n.i)
                     and (not aimed or p.target == c.target)}  # "the attack on Kyiv" names its own aim: the same
            if len(prior) == 1:
                c = replace(c, source=prior.pop(), source_tok=None)
        out.append(_carried_target(c, before, found, nouns))
    return out


def _carried_target(c: Candidate, before: list[Candidate], found: list[Candidate],
                    nouns: Mapping[str, object]) -> Candidate:
    """"Hamas fired rockets at Israel. The group said it carried out the attack": an ASSAULT or COERCE that is itself a
    definite event noun, with a source and no target, takes the one target its source's acts of its type had earlier
    in its sentence or the sentence before; none or two leave it without one."""
    t = c.trigger
    if c.target is not None or c.source is None or c.type not in CARRIED or t.pos_ != "NOUN" \
            or _named_act(c, nouns) is not t or any(k.dep_ == "prep" for k in t.children):
        return c
    prior = {p.target for p in (*before, *found) if p.type == c.type and p.source == c.source and p.target is not None
             and p.target != c.source and (p.trigger.doc is not t.doc or p.trigger.i < t.i)}
    return replace(c, target=prior.pop(), target_tok=None) if len(prior) == 1 else c


# attacks that a killing reported without its agent happened in ("were killed in Israeli strikes")
OCCASIONS = frozenset({"strike", "airstrike", "air-strike", "attack", "raid", "offensive", "bombardment", "shelling",
                       "assault", "ambush", "bombing", "onslaught", "barrage", "incursion", "invasion"})


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    return frozenset(w.lower() for c in countries() for w in (c.name, c.short_name, *c.names, *c.adjectives) if w)


def _country_word(m: Token) -> bool:
    """"US", "Syria", "Israeli": a word naming a country, not a city or region standing for it ("a Kabul attack")."""
    return m.text.lower() in _country_words() or m.text.replace(".", "").upper() in {"US", "UK", "USA", "UAE"}


def occasion_sources(found: list[Candidate], resolve: Callable[[Token], str | None]) -> list[Candidate]:
    """"Hezbollah fighters were killed in Israeli strikes", "died in a Russian air raid": a passive attack with no agent
    takes the doer named on the attack it happened in (its possessor or name modifier, not "Russian-backed")."""
    out = []
    for c in found:
        t = c.trigger
        if c.source is None and c.type == "ASSAULT" and t.pos_ in ("VERB", "AUX") and is_passive(t) and not agents(t):
            doers = set()
            for k in t.children:
                if k.dep_ != "prep" or k.lower_ not in ("in", "during", "by"):
                    continue
                for n in (p for p in k.children if p.dep_ == "pobj" and p.lemma_.lower() in OCCASIONS):
                    for m in n.lefts:
                        if m.ent_type_ in ("GPE", "LOC", "FAC") and not _country_word(m):
                            continue  # "killed in the Mosul offensive": where, not by whom
                        if (m.dep_ == "poss" or m.dep_ in NAME_MODS) and not backing(m) and not opposed(m):
                            a = resolve(m)
                            if a is not None and a != c.target:
                                doers.add((a, m))
            if len({a for a, _ in doers}) == 1:
                a, m = doers.pop()
                c = replace(c, source=a, source_tok=m)
        out.append(c)
    return out
