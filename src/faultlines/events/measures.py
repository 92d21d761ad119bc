"""Measures one party takes against another, told in a clause on the measure or with the member as object: "the
sanctions the U.N. imposed on North Korea", "sanctions imposed on Iran by the EU" (SANCTION U.N. -> North Korea, in
the clause's own polarity), "the African Union suspended Mali" (SANCTION by a body of states on a member). Words
are data (data/diplomacy.yaml: imposing, suspending); `DiplomacyFrames` asks these readings for each token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominal import NominalEvents
from .readings import Candidate
from .syntax import RELATIVE, VERBAL, agents, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .diplomacy_data import DiplomacyData

AGAINST = frozenset({"on", "against", "upon"})
STATES = frozenset({"state", "government"})


class MeasureFrames(NominalEvents):
    """Readings of a sanction noun with its imposing clause, and of a member suspended."""

    def _data(self) -> DiplomacyData:
        raise NotImplementedError

    def _named(self, toks: list[Token]) -> list[tuple[str, Token]]:
        raise NotImplementedError

    def imposed(self, n: Token) -> list[Candidate]:
        """"the sanctions the U.N. imposed on North Korea", "sanctions imposed on Iran by the EU": the clause's doer
        SANCTIONs the party it imposes them on; both named, or none (the noun's own reading keeps a light verb's)."""
        if n.pos_ != "NOUN" or not any(r.type == "SANCTION" for r in self.lex.nouns.get(n.lemma_.lower(), ())):
            return []
        out: list[Candidate] = []
        for v in n.children:
            if v.dep_ not in ("relcl", "acl") or v.pos_ not in VERBAL or v.lemma_.lower() not in self._data()["imposing"] \
                    or any(c.dep_ == "neg" for c in v.children):
                continue
            participle = v.dep_ == "acl" and (is_passive(v) or v.tag_ == "VBN")  # "sanctions imposed by X"
            doers = agents(v) if participle else [s for s in subjects(v) if s.i != n.i and s.lower_ not in RELATIVE]
            targets = prep_objects(v, AGAINST)
            out += [Candidate("SANCTION", None, a, b, n, ta, tb, v) for a, ta in self._named(doers)
                    for b, tb in self._named(targets) if a != b]
        return out

    def suspended(self, v: Token) -> list[Candidate]:
        """"The African Union suspended Mali", "could suspend Niger from the bloc": a body of states (an IGO) SANCTIONs
        the state it suspends; a state suspending talks or aid is the lexicon's, a person suspended is no sanction."""
        if v.pos_ not in VERBAL or v.lemma_.lower() not in self._data()["suspending"] or is_passive(v):
            return []
        bodies = [(a, t) for a, t in self._named(subjects(v)) if (e := self.entry(a)) is not None and e.kind == "igo"]
        members = [(a, t) for a, t in self._named([c for c in v.children if c.dep_ == "dobj"])
                   if (e := self.entry(a)) is not None and e.kind in STATES]
        return [Candidate("SANCTION", None, a, b, v, ta, tb, v) for a, ta in bodies for b, tb in members if a != b]
