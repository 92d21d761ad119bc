"""Noun events of violence with their parties in the phrase: "the violence against police" (ASSAULT on the police,
no source named), "the army's brutality toward detainees", "the deaths of three men at the hands of police" (the
police ASSAULT the men). Frames are data (data/violence_nouns.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors.regions import SCORE  # a match's score
from ..datafile import data_file, word_list
from .lexicon import Rule
from .nominal import NominalEvents
from .syntax import VERBAL, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .readings import Candidate

KEYS = frozenset({"version", "frames", "hands", "ending"})
FRAME_KEYS = frozenset({"lemmas", "type", "target_preps"})
HANDS_KEYS = frozenset({"nouns", "verbs", "not_suffered"})
OF = frozenset({"of"})


@dataclass(frozen=True)
class ViolenceNouns:
    """The frames by lemma, and the words of "at the hands of"."""

    frames: dict[str, Rule]
    hand_nouns: frozenset[str]
    hand_verbs: frozenset[str]
    not_suffered: frozenset[str]
    ending: frozenset[str]


@lru_cache(maxsize=1)
def violence_nouns() -> ViolenceNouns:
    """data/violence_nouns.yaml, checked for unknown keys by name."""
    raw = data_file("violence_nouns.yaml")
    hands = raw.get("hands") or {}
    if set(raw) - KEYS or set(hands) - HANDS_KEYS:
        raise ValueError("violence_nouns.yaml: unknown keys")
    frames: dict[str, Rule] = {}
    for f in raw.get("frames") or ():
        if set(f) - FRAME_KEYS or f.get("type") != "ASSAULT":
            raise ValueError(f"violence_nouns.yaml: bad frame {f!r}")
        rule = Rule(type="ASSAULT", target_preps=word_list(f, "target_preps"), needs_target=True)
        frames.update((w, rule) for w in word_list(f, "lemmas"))
    return ViolenceNouns(frames, word_list(hands, "nouns"), word_list(hands, "verbs"), word_list(hands, "not_suffered"),
                         word_list(raw, "ending"))


@lru_cache(maxsize=1)
def violence_words() -> frozenset[str]:
    """Words that may start a reading of this module."""
    data = violence_nouns()
    return frozenset(data.frames) | {"hand"}


def _topic(n: Token, data: ViolenceNouns) -> bool:
    """Violence as a topic, not a thing done: "to end violence against women", "awareness of violence against X",
    "violence against women is a crisis", a word of a title ("Plan to End Violence Against Children")."""
    return (n.dep_ == "dobj" and n.head.lemma_.lower() in data.ending) or (n.dep_ == "pobj" and n.head.lower_ == "of") \
        or (n.dep_ == "nsubj" and n.head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in n.head.children)) \
        or (n.text[:1].isupper() and n.i != n.sent.start)


class ViolenceFrames(NominalEvents):
    """Readings of violence nouns; `CriticismIdioms` asks them for each token of a sentence."""

    def violence(self, tok: Token) -> list[Candidate]:
        """Every reading of this module that starts at `tok`."""
        data = violence_nouns()
        lemma = tok.lemma_.lower()
        if lemma in data.frames and tok.pos_ == "NOUN" and lemma not in self.lex.nouns and not _topic(tok, data):
            rule = data.frames[lemma]
            hit = {w.i for p in prep_objects(tok, rule.target_preps) for w in p.subtree}
            return [self._by_force(c, tok) for c in self.noun(tok, (rule,)) if c.target is not None
                    and c.target_tok is not None and c.target_tok.i in hit  # its own "against" party, not a place
                    and not (c.source_tok is not None and c.source_tok.pos_ == "PRON")]  # "its violence": whose?
        if lemma == "hand" and tok.lower_ == "hands":
            return self.at_hands(tok)
        return []

    def _by_force(self, c: Candidate, n: Token) -> Candidate:
        """"Kenyan police brutality": the force the compound names, of the state its adjective names, not the state."""
        d = self.actors.dictionary
        e = self.entry(c.source)
        if e is None or e.kind != "state":
            return c
        forces = [f for x in n.children if x.dep_ == "compound" and (sector := d.sector_of(x.lemma_.lower()))
                  and (f := d.sub_actor(e.id, sector)) is not None and d.entry(f) is not None]
        return replace(c, source=forces[0]) if forces else c

    def at_hands(self, h: Token) -> list[Candidate]:
        """"the deaths of three men at the hands of police", "two protesters died at the hands of the militia": the
        "of" party of "hands" ASSAULTs the ones harmed; a defeat suffered at someone's hands is a match or a vote."""
        data = violence_nouns()
        at = h.head
        if h.dep_ != "pobj" or at.lower_ != "at" or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return []
        doers = prep_objects(h, OF)
        harm = at.head
        lemma = harm.lemma_.lower()
        if harm.pos_ == "NOUN" and lemma in data.hand_nouns:
            victims = prep_objects(harm, OF)
            if not victims and harm.dep_ == "dobj" and harm.head.pos_ in VERBAL:
                victims = subjects(harm.head)  # "three men suffered torture at the hands of police"
        elif harm.pos_ in VERBAL and lemma in data.hand_verbs and not any(
                o.dep_ == "dobj" and o.lemma_.lower() in data.not_suffered for o in harm.children):
            victims = subjects(harm)
        else:
            return []
        if SCORE.search(h.sent.text) or any(t.lemma_.lower() in self.lex.sports_words for t in h.sent):
            return []  # "was beaten at the hands of Kenya in the final": a match
        out = self._pairs("ASSAULT", None, harm, doers, victims, True, harm)
        return [c for c in out if c.source is not None and c.target is not None]
