"""Disapproval voiced as concern (round 18, D): "expressed concern about the base China is building", "voiced concerns
over Russia's drills", "said it was concerned about the Turkish buildup": the speaker ACCUSE the owner of the thing
(CAMEO 111, PLOVER ACCUSE). Concern for someone ("for the victims", "about the health of X") is sympathy, no event.
Words are data (data/diplomacy.yaml: concerns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_parts import FrameParts
from .readings import Candidate
from .syntax import OF, VERBAL, WH, agents, prep_objects, subjects

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from .lexicon import Rule


NAMES = ("compound", "amod", "nmod", "poss")
BY = frozenset({"by"})
AS = frozenset({"as"})
HARMS = frozenset({"ASSAULT", "COERCE"})
TOLLS = frozenset({"toll", "casualty"})  # "concern over the mounting civilian death toll" (civilians' only)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
FEARED = frozenset({"possible", "potential", "future", "further", "planned", "imminent", "looming", "threatened",
                    "expected", "feared", "likely", "new", "more", "renewed"})
SEEING = frozenset({"see", "call", "describe", "term", "view", "regard", "consider", "perceive", "characterize",
                    "characterise", "label", "brand", "deem"})


class ConcernFrames(FrameParts):
    """Readings of concern voiced about a party's act or thing."""

    def _concerned_about(self, about: list[Token]) -> list[tuple[str, Token]]:
        """The parties a concern is about: a party named, else the owner of the thing ("Russia's drills", "the
        Turkish buildup", "the base China is building", "arrests by the police"); never a thing of someone's welfare
        ("the health of the jailed editor") nor civilians ("the victims")."""
        d = self._data()
        found: list[tuple[str, Token]] = []
        for p in about:
            if p.lemma_.lower() in d["concern_welfare"]:
                continue
            own = [(a, t) for a, t in self._named([p]) if t is p]
            if own:
                found += own
                continue
            owners = [c for c in p.children if c.dep_ in NAMES and (c.ent_type_ or c.pos_ in ("PROPN", "PRON"))]
            owners += [s for r in p.children if r.dep_ == "relcl" and r.lemma_.lower() not in self.lex.reporting_verbs
                       for s in subjects(r)]  # "the base Russia runs" ("a deal that X says was reached": X reports it)
            owners += prep_objects(p, BY)
            if p.lemma_.lower() in d["concern_acts"]:
                owners += prep_objects(p, OF)  # "the conduct of Ugandan troops"
            found += self._named(owners)
        return [(a, t) for a, t in found if not a.endswith("CVL") and a != "CIVILIANS"]

    def concern(self, n: Token) -> list[Candidate]:
        """"X expressed / voiced / raised concern(s) about Y's act", "X was concerned about Y's act": X ACCUSE Y."""
        d = self._data()
        if n.pos_ in VERBAL or n.tag_ in ("JJ", "VBN"):  # "was concerned about", "is alarmed over"
            # ... or felt, in the passive, at what its "by" names ("is troubled by Russia's arrest of X", "was alarmed
            # by the attack"): the participle is its own host
            felt = n.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in n.children) \
                and bool(agents(n))
            be = n if felt else n.head
            if (not felt and (n.dep_ != "acomp" or be.lemma_.lower() != "be")) \
                    or any(c.dep_ == "neg" for c in (*be.children, *n.children)):
                return []
            if be.dep_ == "ccomp" and be.head.lemma_.lower() in d["concern_guesses"]:
                return []  # "he thought Chinese leaders were concerned about X": a guess at their mind, no statement
            speakers, host = [s for s in subjects(be) if not any(self._unofficial(a) for a, _ in self._named([s]))], be
            # residents "worried about the gunman" fear him, accuse no one; a state "concerned about" X's act does
        elif n.pos_ == "NOUN" and n.dep_ == "dobj" and n.head.lemma_.lower() in d["concern_hosts"]:
            host = n.head
            if any(c.dep_ == "neg" for c in host.children):
                return []
            speakers = agents(host) if any(c.dep_ == "auxpass" for c in host.children) else subjects(host)
        else:
            return []
        about = prep_objects(n, d["concern_preps"]) or prep_objects(host, d["concern_preps"]) \
            or _seen_as(n, d["concern_preps"]) or _seen_as(host, d["concern_preps"]) \
            or (agents(n) if host is n else [])
        about += _feared_doers(n, self.lex.verbs)
        others = self._concerned_about(about)
        if not others and host is n:
            return []  # "Kenya was angered by the killing of its soldiers": felt at a harm of no one named, no concern
            # voiced (round 18's test); "is troubled by Russia's arrest of X" names the one it is about
        if not others and any(self._done_act(p) for p in about):  # "expressed outrage at the chemical attack": as
            return [Candidate("ACCUSE", None, a, None, n, t, None, host)  # "condemned the attack", no doer named
                    for a, t in self._named(speakers) if not self._unofficial(a)]
        return self._cross("ACCUSE", self._named(speakers), others, n, host)

    def _done_act(self, p: Token) -> bool:
        """A harm done (a definite attack, killing or arrest, or its toll; not a feared or possible one): "the
        attack", "Sunday's bombing", "the mounting death toll", never "possible attacks", "further strikes"."""
        return p.pos_ == "NOUN" and ((p.lemma_.lower() in TOLLS and any(c.lower_ == "civilian" for c in p.lefts)) or any(
            r.type in HARMS and not r.not_event for r in self.lex.nouns.get(p.lemma_.lower(), ()))) \
            and any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in p.children) \
            and not any(c.lower_ in FEARED for c in p.children)


def _seen_as(x: Token, preps: frozenset[str]) -> list[Token]:
    """"expressed alarm at what it sees as Russia's harassment of the station": what the concern is about, named by
    the speaker's own description ("what it called", "what they view as")."""
    return [o for p in x.children if p.dep_ == "prep" and p.lower_ in preps for c in p.children
            if c.dep_ == "pcomp" and c.lemma_.lower() in SEEING and any(w.tag_ in WH for w in c.children)
            for o in prep_objects(c, AS) + [w for w in c.children if w.dep_ in ("oprd", "attr")]]


def _feared_doers(n: Token, acts: Mapping[str, tuple[Rule, ...]]) -> list[Token]:
    """"expressed disappointment that Belarus did not use its influence", "was concerned that Russia is arming the
    rebels": the subject of the clause is the party the concern is about, when the clause tells an act of the
    lexicon or a failure to act; never a passive ("that Ghana was not consulted") nor a fate ("that Chad could face
    famine": concern for Chad)."""
    return [s for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and (any(k.dep_ == "neg" for k in c.children) or any(not r.not_event for r in acts.get(c.lemma_.lower(), ())))
            for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
