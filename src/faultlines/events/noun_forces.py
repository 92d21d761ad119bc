"""Acts of forces named by a noun: "the police killing of X" (the force its compound names), a raid in which arrests are
made (the police's), a crackdown framing a coercive act or placed in one state (its force or government)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .found import FoundDead
from .noun_parties import force_compound
from .readings import Candidate
from .syntax import VERBAL, is_passive, objects, prep_objects, subjects

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token


# campaigns of coercion a clause's act belongs to: "police detained dozens in a crackdown on X" (#12 round 16, N3)
DRIVES = frozenset({"crackdown", "purge", "clampdown", "roundup"})
# the organs a crackdown's own modifier may name ("a police crackdown in Kenya", "the government crackdown")
CRACKERS = frozenset({"POL", "GOV", "MIL"})
ON = frozenset({"on", "against"})  # whom a crackdown aims at
RULED = frozenset({"crackdown", "clampdown"})  # only a government cracks down: with no force named, the placed state's
# a raid in which people are arrested is a police act (COERCE), by the arrester or the police of its one state
RAIDS = frozenset({"raid", "sweep"})
# attack nouns whose "from" party fired them: "airstrikes from Russian warplanes", "shelling from Syrian artillery",
# "rocket fire from Hamas" (#12 round 19, Y2); "aid from the UN", "refugees from Syria", a union's strike are no attack
FIRED = frozenset({"airstrike", "air-strike", "strike", "shelling", "fire", "gunfire", "bombardment", "barrage",
                   "rocket", "missile", "shell", "mortar", "bombing", "salvo", "attack"})


class NounForces(FoundDead):
    """The forces behind act nouns; `NounSides` and `NominalEvents` ask for them."""

    def _arrest_raid(self, n: Token, c: Candidate) -> Candidate:
        """"Police arrested 40 men in a raid on a bar", "men detained in a raid on a club in Lagos": a raid in which an
        arrest is made is the arrester's (a passive's: the police of the one state the sentence names) COERCE of the
        ones arrested."""
        d, v = self.actors.dictionary, n.head.head
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "during") or v.pos_ not in VERBAL or not any(
                r.type == "COERCE" and r.mode == "arrest" for r in self.lex.verbs.get(v.lemma_.lower(), ())):
            return c
        held = [t for t in (objects(v) if not is_passive(v) else [v.head] if v.dep_ == "acl" else
                            [x for x in v.children if x.dep_ == "nsubjpass"]) if t.pos_ in ("NOUN", "PROPN")]
        who = [(x, t) for t in held if (x := self.np_actor(t) or self.generic_actor(t)) is not None]
        doers = [(x, t) for t in subjects(v) if (x := self.np_actor(t)) is not None] if not is_passive(v) else []
        if not doers:
            states = self._states_at(t for t in n.sent if t.ent_iob_ == "B")
            home = next(iter(states)) if len(states) == 1 else None
            police = d.sub_actor(home, "POL") if home else None
            doers = [(police, n)] if police is not None and d.entry(police) is not None else []
        if not doers or not who:
            return c
        return replace(c, type="COERCE", mode="arrest", source=doers[0][0], source_tok=doers[0][1], target=who[0][0],
                       target_tok=who[0][1], host=v)

    def fired_from(self, n: Token, a: Token) -> list[Token]:
        """The party an attack noun came from, its doer: "airstrikes from Russian warplanes" (an actor or a force's
        weapon the actor lookup names); not a place of no actor ("fire from the north")."""
        if n.lemma_.lower() not in FIRED and a.lemma_.lower() not in FIRED:
            return []
        return [p for p in prep_objects(a, frozenset({"from"})) if self.np_actor(p)]

    def force_doer(self, n: Token, out: list[Candidate]) -> list[Candidate]:
        """"The police killing of a teenager in Ohio", "an army raid of the camp": the force a compound names, of the one
        state the sentence places the act in (else the document's), did the act to its "of" party."""
        d = self.actors.dictionary
        words = [c for c in n.lefts if force_compound(c, n, d.sector_of)]
        if not words or not any(c.source is None and c.target is not None for c in out):
            return out
        states = self._states_at(t for t in n.sent if t.ent_iob_ == "B")
        home = next(iter(states)) if len(states) == 1 else None if states else self.home
        force = d.sub_actor(home, d.sector_of(words[0].lemma_.lower()) or "") if home else None
        if force is None or d.entry(force) is None:
            return out
        self.place_spans.setdefault(force, set()).add((words[0].i, words[0].i + 1))
        return [replace(c, source=force, source_tok=words[0]) if c.source is None and c.target not in (None, force)
                else c for c in out]

    def _states_at(self, toks: Iterable[Token]) -> dict[str, Token]:
        """The states the place names among `toks` stand for, each with its word."""
        return {x: t for t in toks if t.ent_type_ == "GPE" if (x := self._state_at(t)) is not None}

    def _state_at(self, t: Token) -> str | None:
        """The state a place name stands for: the state itself, or the country of a city or region."""
        e = self.entry(self.np_actor(t))  # a capital the dictionary names stands for its state
        if (e is None or e.kind != "state") and self.town(t):
            e = self.entry(self.place_country(t))
        return e.id if e is not None and e.kind == "state" else None

    def _drive_of(self, n: Token, c: Candidate) -> Candidate | None:
        """"Egyptian police detained dozens in (as part of) a crackdown on X": the crackdown is the doer's of the coercive
        act it frames (never a passive's subject: "students were beaten in a crackdown" did not crack down)."""
        up = n.head.head if n.head.lower_ in ("in", "during", "amid") else None
        if n.head.lower_ == "of" and n.head.head.lower_ == "part" and n.head.head.head.lower_ == "as":
            up = n.head.head.head.head
        if up is None or up.pos_ not in VERBAL or is_passive(up) or not any(
                r.type in ("COERCE", "ASSAULT") for r in self.lex.verbs.get(up.lemma_.lower(), ())):
            return self._force_drive(n, c)
        doers = [(x, t) for t in subjects(up) if (x := self.np_actor(t)) is not None and x != c.target]
        return replace(c, source=doers[0][0], source_tok=doers[0][1]) if doers else self._force_drive(n, c)

    def _force_drive(self, n: Token, c: Candidate) -> Candidate | None:
        """"a police (army, government) crackdown on the opposition in Egypt": the force its compound names (a bare
        crackdown: the government) of the one state the sentence places it in; "in Egypt" is then no target."""
        d = self.actors.dictionary
        aims = prep_objects(n, ON)
        if aims and not any(self.np_actor(o) or self.generic_actor(o) for o in aims):
            return None  # "a police crackdown on drunk driving (tax evasion) in Ohio": on an offence, no party
        kinds = [(k, x) for x in n.lefts if x.dep_ in ("compound", "amod") and (k := d.sector_of(x.lemma_.lower()))
                 in CRACKERS]
        states = self._states_at(t for t in n.sent if t.ent_iob_ == "B")
        if not kinds and states and n.lemma_.lower() in RULED:  # "a crackdown on the Brotherhood in Egypt"
            kinds = [("GOV", next(iter(states.values())))]
        home = next(iter(states)) if len(states) == 1 else None
        force = d.sub_actor(home, kinds[0][0]) if kinds and home is not None else None
        if force is None or d.entry(force) is None or c.target == force:
            return c
        at = kinds[0][1]
        self.place_spans.setdefault(force, set()).add((at.i, at.i + 1))
        if c.target == home:
            return replace(c, source=force, source_tok=at, target=None, target_tok=None)
        return replace(c, source=force, source_tok=at)
