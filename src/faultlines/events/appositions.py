"""Appositions as event arguments: a name set beside an ally or rival ("a fellow US ally, Qatar"), and a noun set
beside a name ("Max Boot, the columnist who ...") standing for the named one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import RELATIVE, WH, antecedent, shared_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorLookup


class Appositions:
    """Mixed into `ArgumentResolver`, which gives `actors`, `np_actor` and `place_country`."""

    actors: ActorLookup

    def np_actor(self, tok: Token | None, depth: int = 0) -> str | None:
        raise NotImplementedError

    def place_country(self, tok: Token) -> str | None:
        raise NotImplementedError

    def relative_head(self, tok: Token) -> Token | None:
        """The common noun a relative pronoun stands for ("a man who was holding", "the government, which hosts"), so
        that an unnamed party is read as its noun is; a predicate noun of "be" stands for the subject it describes
        ("X was a figure who criticized", "X was identified as the man who killed"). None for any other word."""
        if tok.lower_ not in RELATIVE or tok.tag_ not in WH or tok.dep_ != "nsubj":
            return None  # the doer of its clause only: "workers who were dismissed" are background, not an act
        head = antecedent(tok)
        if head is None or head.pos_ != "NOUN":
            return None  # a name is read through the pronoun already, and a place's name is no party of its own
        return _described(head) or head

    def _apposed(self, tok: Token, depth: int) -> str | None:
        """"Max Boot, the columnist and fellow who ...": a noun set off by a comma after a name, in apposition to it (or
        coordinated with one that is), is the named one; a relational noun ("X's ally, Y") is not read back."""
        h = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else tok
        d = self.actors.dictionary
        if h.dep_ != "appos" or tok.pos_ != "NOUN" or h.head.pos_ != "PROPN" or h.i < h.head.i \
                or tok.lemma_.lower() in d.relational_nouns | d.sectors_relational_poss:
            return None
        if tok.doc[h.left_edge.i - 1].text != ",":  # "X, the columnist": set off by a comma right after the name
            return None
        return self.np_actor(h.head, depth + 1)

    def _named_relation(self, tok: Token, depth: int) -> str | None:
        """"a fellow US ally in the Gulf, Qatar": the name set beside an ally or rival is the actor, even when the
        parser hangs it on the last noun of the phrase; the "US" of "US ally" is not."""
        d = self.actors.dictionary
        if tok.lemma_.lower() not in d.relational_nouns | d.sectors_relational_poss:
            return None
        for c in tok.subtree:
            if c.dep_ != "appos" or c.i <= tok.i or c.pos_ != "PROPN":
                continue
            h = c.head
            while h.i != tok.i and h.dep_ in ("pobj", "prep") and h.head.i != h.i:
                h = h.head
            if h.i == tok.i:  # the name may have been read as the place it also is ("in the Gulf, Qatar")
                return self.np_actor(c, depth + 1) or (self.place_country(c) if c.ent_type_ == "GPE" else None)
        return None

    def shared_kind(self, tok: Token, found: str | None, depth: int) -> str | None:
        """"the Japanese and UK governments": a people or state coordinated before a plural noun stands for that
        noun's kind of body of its own state (Japan's government), when the index knows one."""
        if found is None or "." in found or depth > 3:
            return found
        m = tok
        while m.dep_ == "conj" and m.head.i != m.i:
            m = m.head
        if m.dep_ not in ("amod", "compound") or tok.i not in {x.i for x in shared_head(m.head)}:
            return found
        whole = self.np_actor(m.head, depth + 1)
        if whole and "." in whole:
            kind = f"{found}.{whole.split('.', 1)[1]}"
            if self.actors.entry(kind) is not None:
                return kind
        return found


IDENTIFIED = frozenset({"identify", "name", "describe", "confirm", "know", "unmask", "reveal"})


def _described(noun: Token) -> Token | None:
    """The subject a predicate noun describes: "X was a figure (who ...)", "X was identified as the man (who ...)";
    a subject pronoun or a "there"/"it" of existence is no subject to take."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in IDENTIFIED:
        verb = verb.head
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif noun.dep_ == "attr" and verb.lemma_ == "be":
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    if len(subj) != 1 or subj[0].lower_ in ("it", "there", "this", "that") or subj[0].tag_ in WH:
        return None
    return subj[0]
