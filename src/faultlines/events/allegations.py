"""Allegations with no verb of accusing (round 19, C): "amid allegations that Iran meddled in the vote", "Iraqi
accusations that Kenya armed the militia": the claim's owner (or no one named) ACCUSE the doer of the alleged act,
in the author's voice; the act itself is the claimant's (events/claims.py). Words are data (data/diplomacy.yaml:
alleging)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_parts import FrameParts
from .polarity import polarity
from .readings import Candidate
from .syntax import FROM, VERBAL, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

OWNERS = ("poss", "amod", "compound", "nmod")
BY = frozenset({"by"})


# what one does with an allegation: "the allegations that Iran made against Iraq", "that the ministry looked into"
# are relative clauses about the allegation, whose subject is its maker or handler, not the one accused
HANDLING = frozenset({"make", "level", "raise", "deny", "reject", "dismiss", "repeat", "voice", "bring", "file", "lodge",
                      "publish", "investigate", "look", "hear", "face", "receive", "examine", "probe", "refute",
                      "address", "respond", "air", "spread", "circulate", "report", "inquire", "enquire", "react",
                      "reply", "comment", "testify", "rule", "act"})


# "allegations that X was involved in the bombing", "that X is implicated": a passive that tells X's part, not a harm
# done to X ("allegations that civilians were killed" accuse no one)
PARTS = frozenset({"involve", "implicate", "link", "tie", "connect"})


def _that_clause(c: Token) -> bool:
    """A "that" clause telling the alleged act; the parser may take "that" for the object of an intransitive verb
    ("allegations that Iran meddled in the vote"), never of a verb of handling the allegation."""
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
        return True
    return c.lemma_.lower() not in HANDLING and any(o.dep_ == "dobj" and o.lower_ == "that" for o in c.children) \
        and any(p.dep_ == "prep" for p in c.children)


class AllegationFrames(FrameParts):
    """Readings of a claim noun whose "that" clause names the one accused."""

    def alleged(self, n: Token) -> list[Candidate]:
        """"allegations that X did Y": ACCUSE X, by the allegation's owner or by no one named; an act done to X
        ("allegations that civilians were killed") or a hedge on the clause ("could have") accuses no one."""
        if n.pos_ != "NOUN":
            return []
        doers = [s for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL and _that_clause(c)
                 and not any(a.dep_ == "aux" and a.lower_ in ("could", "might", "may") for a in c.children)
                 for s in c.children if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and c.lemma_.lower() in PARTS)]
        accused = [(a, t) for a, t in self._named(doers) if not self._unofficial(a)]
        if not accused or polarity(n, self.lex, n) == "hypothetical":
            return []  # "wants to address allegations that X ...": made, but the coder would tell it as the wanting's
        owners = self._named([c for c in n.children if c.dep_ in OWNERS] + prep_objects(n, BY | FROM))
        if not owners:
            if n.dep_ == "dobj" and n.head.lemma_.lower() in self.lex.denial_verbs | self.lex.dismissive_verbs:
                return []  # "ICRC rejected accusations that it aided the rebels": the denial is the news, by no accuser
            return [Candidate("ACCUSE", None, None, a, n, None, t, n) for a, t in accused]
        return self._cross("ACCUSE", owners, accused, n, n)
