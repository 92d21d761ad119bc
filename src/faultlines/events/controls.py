"""Control tightened over a place (round 18, D): "Russia tightens grip on Crimea", "the junta asserted control over the
north's towns", "consolidated its hold on Ukraine's peninsula": the subject COERCE the place's state (CAMEO 17, as a
seizure of ground is coded). A grip on power, on the party or on the ball is on no place: no event. Words are data
(data/diplomacy.yaml: controls)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_parts import FrameParts
from .readings import Candidate
from .syntax import VERBAL, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token


OVER = frozenset({"on", "over", "upon"})


class ControlFrames(FrameParts):
    """Readings of control tightened over a place."""

    def _state(self, aid: str | None) -> str | None:
        e = self.entry(aid)
        return None if e is None else aid if e.kind == "state" else None

    def _held_place(self, t: Token) -> str | None:
        """The state of a place named ("Crimea", "the town of Bunia", a state itself) or owned by a state ("Ukraine's
        peninsula"); a party or a thing of no place ("the ruling party", "power") is none."""
        found = next((a for a, _ in self._actors([t]) if a is not None), None)
        if (state := self._state(found)) is not None:
            return state
        owners = [c for c in t.children if c.dep_ == "poss"]
        return next((s for a, _ in self._named(owners) if (s := self._state(a)) is not None), None)

    def tightened(self, n: Token) -> list[Candidate]:
        """"X tightened its grip on Crimea", "X asserted control over Ukraine's peninsula": X COERCE the state."""
        d = self._data()
        v = n.head
        if n.dep_ != "dobj" or v.pos_ not in VERBAL or v.lemma_.lower() not in d["control_verbs"] or is_passive(v) \
                or any(c.dep_ == "neg" for c in v.children):
            return []
        if n.tag_ == "NNS" or any(c.dep_ in ("compound", "nmod") for c in n.children):
            return []  # "tightened export controls on Korea", "border controls": restrictions, no hold on a place
        held = [(s, t) for t in prep_objects(n, OVER) + prep_objects(v, OVER) if (s := self._held_place(t)) is not None]
        return self._cross("COERCE", self._named(subjects(v)), held, n, v)
