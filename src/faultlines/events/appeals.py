"""Help asked of a party (round 19, C): "asked for the king's support for the plan", "appealed for Nigeria's help",
"sought assistance from the World Bank", "requested Russian backing": the asker REQUEST the one whose help is asked
(CAMEO 02). Help asked of no party ("asked for help", "appealed for calm") is none. Words are data (data/diplomacy.yaml:
asking, asked_help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_parts import FrameParts
from .syntax import FOR, FROM, VERBAL, agents, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .readings import Candidate

OWNERS = ("poss", "amod", "compound", "nmod")


class AppealFrames(FrameParts):
    """Readings of a verb of asking whose object is a party's help."""

    def appeal(self, v: Token) -> list[Candidate]:
        """"X asked for Y's support", "X sought help from Y", "X requested Y's backing": X REQUEST Y."""
        d = self._data()
        if v.pos_ not in VERBAL or any(c.dep_ == "dobj" and c.lemma_.lower() not in d["asked_help"]
                                       for c in v.children):
            return []  # "asked Ghana for support" names whom it asks (the lexicon reads it)
        helps = [n for n in prep_objects(v, FOR) + [c for c in v.children if c.dep_ == "dobj"]
                 if n.lemma_.lower() in d["asked_help"]]
        givers = [o for n in helps for o in [c for c in n.children if c.dep_ in OWNERS] + prep_objects(n, FROM)]
        givers += [o for _ in helps[:1] for o in prep_objects(v, FROM)]  # "sought help from the UN"
        askers = agents(v) if is_passive(v) else subjects(v)
        return self._cross("REQUEST", self._named(askers), self._named(givers), v, v)
