"""What a candidate's words mean, for the event judge: its trigger, the heads of its object and subject and of the
word governing it, as static word vectors (faultlines.lexvec), and the mean vector of the sentence's content words.

The words travel with the judge's sparse features as `~slot=word` strings (never sparse features themselves), so
training from cached features and judging at run time build the same dense input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Token

MARK = "~"  # an anchor, not a sparse feature
SLOTS = ("t", "o", "s", "h")  # trigger, object (or passive subject, or prepositional object), subject, governor
SENTENCE = "s="  # the judge's own sentence-lemma features give the sentence mean
WIDTH = 300 * (len(SLOTS) + 1)
# a named argument stands for its kind: "fired the minister" and "fired at Kenya" differ by what the name is
ENTITY_WORD = {"PERSON": "person", "GPE": "country", "NORP": "nationality", "ORG": "organization",
               "LOC": "region", "FAC": "building", "PRODUCT": "product", "EVENT": "event", "LAW": "law",
               "WORK_OF_ART": "book", "MONEY": "money", "DATE": "date", "TIME": "time", "CARDINAL": "number",
               "QUANTITY": "number", "PERCENT": "percent", "ORDINAL": "number", "LANGUAGE": "language"}
OBJECTS = ("dobj", "dative", "attr", "oprd", "nsubjpass")
SUBJECTS = ("nsubj", "csubj", "poss")


def word(t: Token) -> str:
    """The word whose vector stands for a token: its entity kind when it is named, else its lemma."""
    return ENTITY_WORD.get(t.ent_type_, t.lemma_.lower()) if t.ent_type_ else t.lemma_.lower()


def anchors(tok: Token) -> list[str]:
    """The anchor words of a trigger token: itself, its object, its subject and its governing head."""
    obj = subj = None
    for ch in tok.children:
        if obj is None and ch.dep_ in OBJECTS:
            obj = ch
        elif subj is None and ch.dep_ in SUBJECTS:
            subj = ch
        elif subj is None and ch.dep_ == "agent":
            subj = next((g for g in ch.children if g.dep_ == "pobj"), None)
    if obj is None:  # "fired on the crowd", "charged with murder", "the attack on the base"
        obj = next((g for ch in tok.children if ch.dep_ == "prep" for g in ch.children if g.dep_ == "pobj"), None)
    out = [f"{MARK}t={tok.lemma_.lower()}"]
    out += [f"{MARK}{s}={word(t)}" for s, t in (("o", obj), ("s", subj)) if t is not None]
    if tok.head.i != tok.i:
        out.append(f"{MARK}h={tok.head.lemma_.lower()}")
    return out


def dense(feats: list[str]) -> np.ndarray:
    """The dense input of one candidate from its features: the slots' vectors (zeros where a slot is empty or the
    word has no vector), then the mean vector of the sentence's content lemmas."""
    from .. import lexvec

    out = np.zeros(WIDTH, dtype=np.float32)
    where = {s: k for k, s in enumerate(SLOTS)}
    sent = []
    for f in feats:
        if f.startswith(MARK):
            slot, _, w = f[1:].partition("=")
            if slot in where:
                k = where[slot] * 300
                out[k:k + 300] = lexvec.vector(w)
        elif f.startswith(SENTENCE):
            sent.append(lexvec.vector(f[len(SENTENCE):]))
    if sent:
        out[-300:] = np.mean(sent, axis=0)
    return out


def slot_word(feats: list[str], slot: str) -> str:
    """The word of one anchor slot (SLOTS) in a token's features ('' when the token has none)."""
    head = f"{MARK}{slot}="
    return next((f[len(head):] for f in feats if f.startswith(head)), "")


def lexical(feats: list[str], slots: tuple[str, ...]) -> np.ndarray:
    """The static word vectors of the given anchor slots side by side (zeros for an empty slot or an unknown word);
    the trigger spotter's optional vector input."""
    from .. import lexvec

    if not slots:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate([lexvec.vector(slot_word(feats, s)) for s in slots])  # an empty slot's word has no row


def sparse(feats: list[str]) -> list[str]:
    """The features without the anchors."""
    return [f for f in feats if not f.startswith(MARK)]
