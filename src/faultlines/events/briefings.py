"""Telling a party something (round 18, D): "Lavrov spoke to Blinken", "the envoy briefed the Somali government",
"informed the delegation of the decision" are consultations (CONSULT); a resident telling the police what she saw, or
tipping them off, cooperates with them (COOPERATE, as analysts code civilians informing the police). Outlets and
private persons are no counterpart ("spoke to Reuters", "talked to his brother"). Words are data (data/diplomacy.yaml:
briefing, speaking, informing_police)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_parts import FrameParts
from .readings import Candidate
from .syntax import TO, WH, agents, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token


ABOUT = frozenset({"about", "of"})
SIDES = frozenset({"party", "side"})  # bare "the parties", "both sides": a lawsuit's or a quarrel's, no named party
SPOTS = frozenset({"left", "right", "center", "centre", "second", "third", "front", "rear", "background", "foreground"})


def tellers(v: Token) -> list[Token]:
    """The verb's subjects; in a photo caption the parser may hang the subject on its place in the picture ("Lavrov,
    left, speaks to Kerry": "Lavrov" the subject of "left")."""
    return subjects(v) or [s for c in v.children if c.dep_ == "advcl" and c.lower_ in SPOTS
                           for s in c.children if s.dep_ == "nsubj"]


class BriefingFrames(FrameParts):
    """Readings of a party told something by another."""

    def _consulted(self, by: list[tuple[str, Token]], to: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
        """The parties of `to` consulted by those of `by`: no outlet or company ("spoke to Reuters") and never two
        private persons ("talked to her brother"); police talking to residents, a minister to Blinken are."""
        kinds = self._data()["briefed_kinds"]
        if not by or not all((e := self.entry(a)) is not None and e.kind in kinds for a, _ in by):
            return []
        return [(a, t) for a, t in to if (e := self.entry(a)) is not None and e.kind in kinds
                and not (self._unofficial(a) and all(self._unofficial(b) for b, _ in by))]

    def briefed(self, v: Token) -> list[Candidate]:
        """"X briefed / informed / spoke to Y": X CONSULT Y, both public parties; "a resident told the officers what
        she saw": the teller COOPERATE the police."""
        d = self._data()
        lemma = v.lemma_.lower()
        if any(c.dep_ == "neg" for c in v.children):
            return []
        if lemma in d["speaking"]:
            if is_passive(v) or (lemma == "reach" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                                for c in v.children)):
                return []  # "reached Kabul" is a place reached; "reached out to Seoul" speaks to it
            told, by_ = prep_objects(v, TO), tellers(v)
        elif is_passive(v):  # "the delegation was briefed by the envoy"
            told, by_ = [c for c in v.children if c.dep_ == "nsubjpass"], agents(v)
        else:
            told, by_ = objects(v), tellers(v)
        to = [(a, t) for a, t in self._named(told) if not {w.lemma_.lower() for w in t.subtree} & d["outlets"]
              and not (lemma == "reach" and self._unofficial(a))]  # "reached out to Russian youth": no counterpart
        by = [(a, t) for a, t in self._named(by_) if not (t.lemma_.lower() in SIDES and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in t.children))]  # "the parties" of a suit
        police = [(a, t) for a, t in to if (e := self.entry(a)) is not None and e.kind == "police"]
        if lemma in d["informing_police"] and police and (prep_objects(v, ABOUT) or any(
                c.dep_ in ("ccomp", "dobj") and any(w.tag_ in WH for w in c.subtree) for c in v.children)):
            civil = [(a, t) for a, t in by if self._unofficial(a)]
            return self._cross("COOPERATE", civil, police, v, v)  # "told them what she saw", "told police about X"
        if lemma not in d["briefing"] and lemma not in d["speaking"]:
            return []
        return self._cross("CONSULT", by, self._consulted(by, to), v, v)
