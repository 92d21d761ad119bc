"""A claim over coordinated predicates the parser split from it: "alleges that she was harassed, was detained and was
searched" (later conjuncts hung on the verb of saying), "A nurse claims in the suit that ..., was held" ("claims" read
as a noun subject). events/claims.py gives them the claimant's voice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT = frozenset({"VBZ", "VBP"})
PAST_AUX = frozenset({"was", "were", "had"})


def _aux(v: Token, deps: tuple[str, ...] = ("aux", "auxpass")) -> list[str]:
    return [c.lower_ for c in v.children if c.dep_ in deps]


def carried(x: Token, h: Token) -> Token | None:
    """"alleges that she was harassed, was detained and was searched": a predicate with no subject that the parser
    hung on the verb of saying as its conjunct goes on with the said clause (returned) when its form is that
    clause's (a past after a present saying, a passive like the said one), not after ", and" ("said the bill was
    passed, and was heckled", "say the man fled, and arrested him": the speaker's own)."""
    if x.dep_ != "conj" or x.head.i != h.i or any(c.dep_ in SUBJ for c in x.children):
        return None
    said = max((c for c in h.children if c.dep_ == "ccomp" and c.i < x.i and any(s.dep_ in SUBJ for s in c.children)),
               key=lambda c: c.i, default=None)
    if said is None or any(w.text == ";" for w in x.doc[said.i: x.i]) \
            or [w.lower_ for w in x.doc[said.right_edge.i + 1: said.right_edge.i + 3]] == [",", "and"]:
        return None
    if h.tag_ in PRESENT and not _aux(h) and (x.tag_ == "VBD" or PAST_AUX & set(_aux(x))):
        return said
    passive = _aux(x, ("auxpass",))
    return said if passive and passive == _aux(said, ("auxpass",)) else None


SAYS = frozenset({"claims", "alleges", "contends", "says", "maintains", "insists", "argues"})
BARE = frozenset({"det", "poss", "compound", "amod", "nummod"})  # a real noun's words ("the claims", "her claims")


def misread_claimants(t: Token) -> tuple[Token, ...]:
    """"A nurse claims in the suit that she was threatened, was held and was beaten": the parser read "claims" as a
    noun subject of the later predicates; a that-clause in its phrase shows the verb of saying, whose subject (or
    the clause's subject before it) claims them (returned; empty when not so)."""
    v = t
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.lower_ not in SAYS or c.i > t.i or any(
                k.dep_ in BARE for k in c.children):
            continue
        if not any(d.dep_ in ("relcl", "acl", "ccomp") and d.i < t.i and any(s.dep_ in SUBJ for s in d.children)
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children) for d in c.subtree):
            continue
        who = [s for s in c.children if s.dep_ == "nsubj"] or [s for s in v.children if s.dep_ in SUBJ and s.i < c.i]
        if who:
            return tuple(who)
    return ()
