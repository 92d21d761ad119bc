"""Claims a party makes of its own deeds ("a claim by the rebels that they shot down the jet"): denied by another,
the deed stays the maker's claim (events/claims.py), its "they" is the maker (events/arguments.py), and the denial
turns the maker down (events/denials.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import RELATIVE, VERBAL, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

# claim nouns a maker uses of its own deeds ("accusations / charges by X that they ..." are about another)
BOASTS = frozenset({"claim", "report", "statement", "assertion", "boast", "announcement"})
BY_MAKER = frozenset({"by", "from"})
ISSUING = frozenset({"make", "issue", "publish", "release", "repeat", "post", "file", "deny", "reject"})  # "the claim
# that they made": a relative clause about the claim, not its content


# a part one is said to have had in an act ("denied any role", "had no hand in it")
PARTS = frozenset({"involvement", "responsibility", "role", "part", "complicity", "hand"})
# the accusation a trailing denial names ("X accuses Y of Z, a charge W denies")
CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})


def charge_misparsed(v: Token) -> Token | None:
    """The accusing clause of "X accuses Y of Z, a charge W denies" where the parser made the denial `v` the head
    (the accusation its ccomp, "a charge" the denier's compound or the denial's object): the denial is a relative
    clause of the charge."""
    subs = [s for s in v.children if s.dep_ == "nsubj"]
    if len(subs) != 1:
        return None
    sub = subs[0]
    for c in v.children:
        between = v.doc[c.right_edge.i + 1: sub.i] if c.dep_ == "ccomp" and c.i < sub.i else v.doc[0:0]
        if any(t.text == "," for t in between) and any(
                t.lemma_.lower() in CHARGES and t.head.i in (sub.i, v.i) for t in between):
            return c
    return None


def no_part(v: Token) -> bool:
    """"played no part / had no hand in the attack", with "in" hung on the verb: the act is denied of the subject."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in PARTS and any(d.dep_ == "det" and d.lower_ == "no"
                                                                   for d in o.children) for o in v.children)


def claim_content(c: Token) -> Token | None:
    """The claim noun whose content clause `c` is ("claims that they shot", "a claim by the rebels that they shot",
    which the parser may hang on the maker as a relative clause with "that" its object)."""
    h = c.head
    if c.dep_ in ("acl", "ccomp") and h.pos_ == "NOUN":
        return h
    if c.dep_ == "relcl" and h.lemma_.lower() in BOASTS and c.lemma_.lower() not in ISSUING and any(
            t.lower_ == "that" for t in c.children) and any(  # "a claim by X that they shot down ...", misparsed
            s.dep_ == "nsubj" and s.lower_ not in RELATIVE for s in c.children):
        return h
    if c.dep_ == "relcl" and h.dep_ == "pobj" and h.head.lower_ in BY_MAKER and h.head.head.pos_ == "NOUN" and any(
            s.dep_ == "nsubj" and s.lower_ not in RELATIVE for s in c.children):
        return h.head.head
    return None


def own_claim(n: Token, clause: Token) -> Token | None:
    """The maker of a claim of its own deed: the claim noun `n` names one maker ("by the rebels", "the Taliban's") and
    its content `clause` has that maker, or a "they" that cannot be a denier named in the singular, as its subject."""
    if n.lemma_.lower() not in BOASTS:
        return None
    makers = [c for c in n.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")] + [
        p for b in n.children if b.dep_ == "prep" and b.lower_ in BY_MAKER for p in b.children if p.dep_ == "pobj"]
    subs = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if len(makers) != 1 or len(subs) != 1:
        return None
    maker, sub = makers[0], subs[0]
    if sub.pos_ != "PRON":
        return maker if sub.lemma_.lower() == maker.lemma_.lower() else None
    host = n.head if n.dep_ in ("dobj", "pobj") else None
    deniers = subjects(host) if host is not None and host.pos_ in VERBAL else []
    if sub.lower_ != "they" or not deniers or any(d.tag_ in ("NNS", "NNPS") or d.lower_ == "they" for d in deniers):
        return None
    return maker


def own_made(pron: Token) -> Token | None:
    """The maker a subject "they" of a claim's content stands for ("a claim by the rebels that they shot ...")."""
    c = pron.head
    n = claim_content(c) if pron.dep_ == "nsubj" and c.pos_ in VERBAL else None
    return own_claim(n, c) if n is not None else None
