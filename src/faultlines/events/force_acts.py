"""Force told by its tool or hold ("used a Taser on X", "pepper-sprayed the crowd", "tackled the gunman", "took the
shooter down"), shots fired at a party by no one named ("shots were fired at two officers"), gunfire traded ("exchanged
gunfire with troopers") and a chase ("led police on a chase"): the acts of police reporting with no trigger verb of
their own. Words are data (data/policing.yaml)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .policing import policing_data
from .readings import Candidate, Readings
from .syntax import TO, VERBAL, WITH, agents, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

ON = frozenset({"on", "against", "at"})
PARTY_KINDS = frozenset({"person", "civilians", "police", "armed_group", "military", "government", "legislature"})


@lru_cache(maxsize=1)
def _force_lemmas() -> frozenset[str]:
    """Every verb lemma `ForceActs.force_act` reads (the cheap test before the sentence is searched for sport)."""
    data = policing_data()
    return frozenset().union(*(data[k] for k in ("force_verbs", "spray_verbs", "use_verbs", "takedown_verbs",
                                                 "fire_verbs", "trade_verbs"))) | {"lead"}


class ForceActs(Readings):
    """Mixed into `PoliceActs`: `force_act(tok)` reads a verb for one of the force shapes."""

    def force_act(self, tok: Token) -> list[Candidate]:
        """The force a verb tells with its tool, hold, shots, traded gunfire or chase; [] for any other verb."""
        data = policing_data()
        lemma = tok.lemma_.lower()
        if tok.pos_ not in VERBAL or tok.dep_ == "amod" or lemma not in _force_lemmas() \
                or any(t.lemma_.lower() in self.lex.sports_words for t in tok.sent):
            return []  # "the linebacker tackled the quarterback": a game
        if lemma in data["force_verbs"] or (lemma in data["spray_verbs"] and self._sprayed(tok, data)):
            return self._forced(tok, "beat" if lemma == "tackle" else None)
        if lemma in data["use_verbs"] and any(o.lemma_.lower() in data["force_tools"] or any(
                c.lemma_.lower() in data["force_tools"] for c in o.lefts) for o in objects(tok)):
            return self._forced(tok, None, ON)  # "used a Taser on him", "deployed pepper spray against"
        if lemma in data["takedown_verbs"] and (any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) or any(
                p.lemma_.lower() == "ground" for p in prep_objects(tok, TO))):
            return self._forced(tok, "beat")  # "took the shooter down", "wrestled him to the ground"
        if lemma in data["fire_verbs"] and is_passive(tok) and not agents(tok) and any(
                s.lemma_.lower() in data["shot_nouns"] for s in subjects(tok)):
            return self._shots_at(tok)  # "shots were fired at two officers"
        if lemma in data["trade_verbs"] and any(o.lemma_.lower() in data["shot_nouns"] for o in objects(tok)):
            return self._traded(tok)  # "exchanged gunfire with troopers"
        if lemma == "lead" and any(p.lemma_.lower() in data["chase_nouns"] for p in prep_objects(tok, frozenset({"on"}))):
            return self._chased(tok)  # "led police on a chase"
        return []

    @staticmethod
    def _sprayed(tok: Token, data: dict[str, frozenset[str]]) -> bool:
        """"pepper-sprayed the crowd", "sprayed him with pepper spray / mace" (not "sprayed the crops")."""
        return any(c.lower_ in data["force_tools"] for c in tok.lefts if c.dep_ in ("npadvmod", "compound", "advmod")) \
            or any(p.lemma_.lower() in data["force_tools"] or any(c.lemma_.lower() in data["force_tools"]
                   for c in p.lefts) for p in prep_objects(tok, WITH))

    def _force_party(self, toks: list[Token]) -> tuple[str | None, Token | None]:
        """The first of `toks` that is a party (a person, civilians, a force), not a thing ("took down the drone")."""
        for aid, t in self._actors(toks):
            e = self.entry(aid)
            if aid is not None and t is not None and e is not None and e.kind in PARTY_KINDS \
                    and t.lemma_.lower() not in self.lex.instruments:
                return aid, t
        return None, None

    def _forced(self, tok: Token, mode: str | None, preps: frozenset[str] = frozenset()) -> list[Candidate]:
        """Who used force on whom: the subject on the object (or on the `preps` object: "used a Taser on X"); in the
        passive the agent on the subject ("was tackled by a guard")."""
        if is_passive(tok):
            doers, done = agents(tok), subjects(tok)
        else:
            doers, done = subjects(tok), (prep_objects(tok, preps) if preps else objects(tok))
        target, target_tok = self._force_party(done)
        if target is None:
            return []  # "tackled the problem", "took down the flag", "used a Taser on the dog"
        source, source_tok = self._force_party(doers) if doers else (None, None)
        if source == target:
            return []
        return [Candidate("ASSAULT", mode, source, target, tok, source_tok, target_tok)]

    def repressed(self, c: Candidate) -> Candidate:
        """A crowd-control tool fired at someone ("fired tear gas at protesters", "used pepper spray on him") is force
        without gunfire: the attack keeps its type (as round 15 codes tear gas fired at protesters) and drops the
        firearms mode."""
        data = policing_data()
        if c.type != "ASSAULT" or c.mode != "firearms" or not any(
                o.lemma_.lower() in data["force_tools"] or any(m.lemma_.lower() in data["force_tools"]
                                                               for m in o.lefts if m.dep_ in ("compound", "amod"))
                for o in objects(c.trigger)):
            return c
        return Candidate("ASSAULT", None, c.source, c.target, c.trigger, c.source_tok, c.target_tok, c.host)

    def _shots_at(self, tok: Token) -> list[Candidate]:
        """"shots were fired at two officers": an attack on them by no one named (the car or house fired at is
        where the shots went, no party)."""
        target, target_tok = self._force_party(prep_objects(tok, ON | frozenset({"toward", "towards", "into"})))
        if target is None:
            return []
        return [Candidate("ASSAULT", "firearms", None, target, tok, None, target_tok)]

    def _traded(self, tok: Token) -> list[Candidate]:
        """"the suspect exchanged gunfire with troopers": the subject fired on the "with" party (as "exchanged fire")."""
        source, source_tok = self._force_party(subjects(tok))
        target, target_tok = self._force_party([*prep_objects(tok, WITH), *(p for o in objects(tok) for p in prep_objects(o, WITH))])
        if source_tok is not None and (e := self.entry(source)) is not None and e.kind == "civilians":
            source = self.generic_actor(source_tok, "UAG") or source  # "the driver exchanged gunfire": an armed man
        if target is None or source == target:
            return []
        return [Candidate("ASSAULT", "firearms", source, target, tok, source_tok, target_tok)]

    def _chased(self, tok: Token) -> list[Candidate]:
        """"the driver led police on a chase": the police pursued the driver (COERCE)."""
        police, police_tok = self._force_party(objects(tok))
        fled, fled_tok = self._force_party(subjects(tok))
        e = self.entry(police)
        if police is None or fled is None or e is None or e.kind != "police" or police == fled:
            return []  # "led the team on a tour"
        return [Candidate("COERCE", None, police, fled, tok, police_tok, fled_tok)]
