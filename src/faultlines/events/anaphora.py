"""Definite event nouns that point back ("X launched an offensive on Y, and the offensive killed 30 civilians", "X
shelled Y. The attack killed five"): an act with no doer of its own takes the one doer of the act they name."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .readings import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

BACK = frozenset({"the", "this", "that", "these", "those"})
CARRIED = frozenset({"ASSAULT", "COERCE"})


def _named_act(c: Candidate, nouns: dict) -> Token | None:
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


def carry_sources(found: list[Candidate], before: list[Candidate], nouns: dict) -> list[Candidate]:
    """An ASSAULT or COERCE with no source that a definite event noun names takes the one source of the acts of its type
    coded earlier in its sentence or in the sentence before; two candidate doers leave it without one."""
    out = []
    for c in found:
        n = _named_act(c, nouns) if c.source is None and c.type in CARRIED else None
        if n is not None:
            prior = {p.source for p in (*before, *found) if p.type == c.type and p.source is not None
                     and p.source != c.target and (p.trigger.doc is not n.doc or p.trigger.i < n.i)}
            if len(prior) == 1:
                c = replace(c, source=prior.pop(), source_tok=None)
        out.append(c)
    return out
