"""Polarity of an event (asserted, negated, hypothetical, question) and intent (AGREE / THREATEN)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import PLOVER_SIGN, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon

# Dependency links over which negation of a governing verb reaches the trigger ("didn't start arming").
NEG_LINKS = ("xcomp", "dobj", "pobj", "prep", "pcomp", "aux", "acl")  # "gave no order to pull out"


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head is not out[-1] and len(out) < 12:
        out.append(out[-1].head)
    return out


def _negated_here(t: Token, lex: Lexicon) -> bool:
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither")):
            return True
    return False


def pending(tok: Token) -> bool:
    """"X has yet to agree", "X is yet to sign": not done (negated), but not refused either."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("xcomp", "conj") or t.head is t:
            return False
        t = t.head
        if t.lemma_ in ("have", "be") and any(c.lower_ == "yet" and c.i < tok.i for c in t.children):
            return True
    return False


def polarity(tok: Token, lex: Lexicon, host: Token | None = None) -> Polarity:
    """Question if the sentence asks; hypothetical under a condition, a modal of possibility or a wish;
    negated under "not", "no", "never", "without" or a verb of denial; else asserted."""
    sent = tok.sent
    if sent.text.rstrip().rstrip("\"'”’ )").endswith("?"):
        return "question"
    chain = _chain(tok)
    hypothetical = negated = False
    neg_open = True
    for i, t in enumerate(chain):
        below = chain[i - 1] if i else None
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in lex.conditional_marks:
                hypothetical = True
            if c.dep_ == "aux" and (c.lower_ in lex.hypothetical_modals or c.lemma_ in lex.hypothetical_modals):
                hypothetical = True
        if below is not None and t.lemma_ in lex.hypothetical_heads and (below.dep_ in ("xcomp", "ccomp") or (
                below.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in below.children))):
            hypothetical = True  # "wants X to", "called for X to withdraw"
        if neg_open:
            if _negated_here(t, lex) and (i == 0 or t is host or below is None or below.dep_ in NEG_LINKS):
                negated = True
            if below is not None and below.dep_ in ("xcomp", "pcomp", "ccomp") and t.lemma_ in lex.negating_heads:
                negated = True
            if t.pos_ == "ADP" and (t.lower_ in lex.negators or (
                    t.i > 0 and f"{t.nbor(-1).lower_} {t.lower_}" in lex.negating_phrases)):
                negated = True
            if below is not None and below.dep_ not in NEG_LINKS and t is not host:
                neg_open = False
    if hypothetical:
        return "hypothetical"
    return "negated" if negated or pending(tok) else "asserted"


def intent_type(tok: Token, type_: str, lex: Lexicon) -> str:
    """AGREE for a cooperative act that is promised, THREATEN for a hostile one that is announced
    ("vowed to respond", "pledged to retaliate" are threats)."""
    if type_ == "AGREE" and tok.lemma_ in lex.intent_verbs and any(
            c.dep_ == "xcomp" and (c.lemma_.lower() in lex.hostile_responses or " ".join(
                [c.lemma_.lower(), *(p.lower_ for p in c.children if p.dep_ == "prt")]) in lex.hostile_responses)
            for c in tok.children):
        return "THREATEN"
    if type_ in ("AGREE", "THREATEN", "REQUEST"):
        return type_
    intended = tok.lemma_ in lex.intent_verbs or any(c.dep_ == "aux" and c.lower_ in lex.intent_modals
                                                      for c in tok.children)
    t = tok
    while not intended and t.dep_ in ("xcomp", "conj") and t.head is not t:
        t = t.head
        if t.dep_ == "conj":
            continue
        intended = t.lemma_ in lex.intent_verbs or (t.pos_ == "ADJ" and t.lemma_ in lex.intent_adjectives)
        if t.pos_ == "ADJ" and not intended:
            break
    if not intended:
        return type_
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
           for c in tok.children):
        return "THREATEN"
    return "AGREE" if PLOVER_SIGN[type_] > 0 else ("THREATEN" if PLOVER_SIGN[type_] < 0 else type_)
