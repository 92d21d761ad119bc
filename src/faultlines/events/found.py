"""Killings reported by their victims only: "a man was found dead", "the bodies of two women were found" ->
an unidentified armed group ASSAULT the victims (ACLED's coding of such notes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import ArgumentResolver
from .readings import Candidate
from .syntax import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

STATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "advcl", "ccomp", "advmod", "conj"})


class FoundDead(ArgumentResolver):
    """The found-dead reading of a finding verb."""

    def _victim(self, v: Token, found: Token) -> Token | None:
        """The person found killed: the found person with a state of death, or the owner of found remains."""
        lex = self.lex
        if any(c.dep_ == "det" and c.lower_ == "no" for c in found.children):
            return None  # "no bodies were found"
        lemma = found.lemma_.lower()
        if lemma in lex.remains_nouns:
            owners = [p for c in found.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
            return owners[0] if owners else found
        states = [c for c in (*v.children, *found.children) if c.dep_ in STATE_DEPS or c.dep_ == "amod"]
        if any(s.lemma_.lower() in lex.dead_states or s.lower_ in lex.dead_states for s in states):
            return found
        return None

    def found_dead(self, v: Token) -> list[Candidate]:
        """"X was found dead / shot", "police found the body of X": unidentified armed group ASSAULT X."""
        if any(c.dep_ == "neg" for c in v.children) or any(t.lemma_.lower() in self.lex.disasters for t in v.sent):
            return []
        found = [c for c in v.children if c.dep_ == ("nsubjpass" if is_passive(v) else "dobj")]
        out: list[Candidate] = []
        for f in found:
            victim = self._victim(v, f)
            if victim is None or victim.pos_ not in ("NOUN", "PROPN"):
                continue
            target = self.np_actor(victim) or self.generic_actor(victim) or self.generic_actor(victim, "CVL")
            source = self.generic_actor(victim, "UAG", at=v)
            if target is None or source is None or target == source:
                continue
            out.append(Candidate("ASSAULT", None, source, target, v, None, victim))
        return out


def without_states(found: list[Candidate]) -> list[Candidate]:
    """Drops the state a found-dead report describes ("found shot dead": "shot" has no shooter of its own)."""
    finds = {c.trigger.i for c in found if c.source_tok is None and c.type == "ASSAULT" and c.target_tok is not None
             and c.trigger.lemma_.lower() in ("find", "discover")}
    return [c for c in found if not (c.trigger.head.i in finds and c.trigger.i not in finds
                                     and c.trigger.dep_ in STATE_DEPS)]
