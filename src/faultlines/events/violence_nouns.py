"""Noun events of violence with their parties in the phrase: "the violence against police" (ASSAULT on the police,
no source named), "the army's brutality toward detainees", "the murder (torture, kidnapping, capture, deportation) of X
by Y", "an exchange of fire between X and Y", "the withdrawal of French troops from Mali", "the deaths of three men at
the hands of police" (the police ASSAULT the men), and "a plea to X" (REQUEST). Frames are data
(data/violence_nouns.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datafile import data_file, word_list
from .lexicon import Rule
from .nominal import NominalEvents
from .noun_parties import charged_with, patient_owner
from .readings import Candidate
from .syntax import BETWEEN, FROM, IN, OF, TO, VERBAL, WITH, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

KEYS = frozenset({"version", "frames", "hands", "ending", "exchanges", "pleas", "withdrawals", "fronts",
                  "charged_deaths", "sentences", "violent_deaths", "death_kinds"})
FRAME_KEYS = frozenset({"lemmas", "type", "mode", "target_preps", "owned", "mods", "alone", "doer_of", "unless",
                        "with"})
FRAME_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
HANDS_KEYS = frozenset({"nouns", "verbs", "not_suffered"})
EXCHANGE_KEYS = frozenset({"nouns", "fire", "other"})
PLEA_KEYS = frozenset({"nouns", "not_with"})
SENTENCE_KEYS = frozenset({"nouns", "marks", "served", "given"})
OPPOSING = frozenset({"against"})
ON = frozenset({"on", "upon"})  # whom a sentence is imposed on


@dataclass(frozen=True)
class ViolenceNouns:
    """The frames by lemma, and the words of "at the hands of"."""

    frames: dict[str, Rule]
    hand_nouns: frozenset[str]
    hand_verbs: frozenset[str]
    not_suffered: frozenset[str]
    ending: frozenset[str]
    owned: frozenset[str]  # frames whose possessor is whom the act was done to
    doer_of: frozenset[str]  # frames whose "of" party is whom it was done to only with its doer named
    unless: dict[str, frozenset[str]]  # frames that are no act with one of these words on the noun, or a clause
    exchanges: frozenset[str]
    fire: frozenset[str]  # what is exchanged: shots (firearms), or any other "of" noun of an armed exchange
    other_fire: frozenset[str]
    pleas: frozenset[str]
    not_pleas: frozenset[str]
    withdrawals: frozenset[str]
    fronts: frozenset[str]  # nouns of a military coalition that fights the "against" party
    charged_deaths: frozenset[str]  # a death that is a killing when someone is charged in it
    sentences: dict[str, frozenset[str]]  # prison sentences served or handed down
    violent_deaths: frozenset[str]  # deaths "in" an act of violence
    death_kinds: frozenset[str]  # the violence a death is named by ("the shooting death of X")


@lru_cache(maxsize=1)
def violence_nouns() -> ViolenceNouns:
    """data/violence_nouns.yaml, checked for unknown keys by name."""
    raw = data_file("violence_nouns.yaml")
    hands, exchanges, pleas = raw.get("hands") or {}, raw.get("exchanges") or {}, raw.get("pleas") or {}
    sentences = raw.get("sentences") or {}
    if set(raw) - KEYS or set(hands) - HANDS_KEYS or set(exchanges) - EXCHANGE_KEYS or set(pleas) - PLEA_KEYS \
            or set(sentences) - SENTENCE_KEYS:
        raise ValueError("violence_nouns.yaml: unknown keys")
    frames: dict[str, Rule] = {}
    owned: set[str] = set()
    doer_of: set[str] = set()
    unless: dict[str, frozenset[str]] = {}
    for f in raw.get("frames") or ():
        if set(f) - FRAME_KEYS or f.get("type") not in FRAME_TYPES:
            raise ValueError(f"violence_nouns.yaml: bad frame {f!r}")
        mods = word_list(f, "mods")  # only with one of these modifiers ("threatening acts"); then the doer may do it to none
        rule = Rule(type=f["type"], mode=f.get("mode"), target_preps=word_list(f, "target_preps"),
                    needs_target=not mods and not f.get("alone"), needs_compound=mods or word_list(f, "with"))
        # "alone": the doer suffices; "with": only with one of these things ("the use of force"), to a target named
        frames.update((w, rule) for w in word_list(f, "lemmas"))
        if f.get("owned"):
            owned |= word_list(f, "lemmas")
        if f.get("doer_of"):
            doer_of |= word_list(f, "lemmas")
        unless.update((w, word_list(f, "unless")) for w in word_list(f, "lemmas") if f.get("unless"))
    return ViolenceNouns(frames, word_list(hands, "nouns"), word_list(hands, "verbs"), word_list(hands, "not_suffered"),
                         word_list(raw, "ending"), frozenset(owned), frozenset(doer_of), unless,
                         word_list(exchanges, "nouns"),
                         word_list(exchanges, "fire"), word_list(exchanges, "other"), word_list(pleas, "nouns"),
                         word_list(pleas, "not_with"), word_list(raw, "withdrawals"), word_list(raw, "fronts"),
                         word_list(raw, "charged_deaths"), {k: word_list(sentences, k) for k in SENTENCE_KEYS},
                         word_list(raw, "violent_deaths"), word_list(raw, "death_kinds"))


@lru_cache(maxsize=1)
def violence_words() -> frozenset[str]:
    """Words that may start a reading of this module."""
    data = violence_nouns()
    return frozenset(data.frames) | data.exchanges | data.pleas | data.withdrawals | data.fronts \
        | data.charged_deaths | data.sentences["nouns"] | data.violent_deaths | {"hand"}


def _topic(n: Token, data: ViolenceNouns, counted: frozenset[str]) -> bool:
    """Violence as a topic, not a thing done: "to end violence against women", "awareness of violence against X",
    "violence against women is a crisis", a word of a title ("Plan to End Violence Against Children"); "a wave
    (series) of violence against X" is violence done."""
    return (n.dep_ == "dobj" and n.head.lemma_.lower() in data.ending) or (n.dep_ == "pobj" and n.head.lower_ == "of"
                                                                           and n.head.head.lemma_.lower() not in counted) \
        or (n.dep_ == "nsubj" and n.head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in n.head.children)) \
        or (n.text[:1].isupper() and n.i != n.sent.start)


def _held(n: Token, words: frozenset[str] | None) -> bool:
    """A noun of a frame with `unless` words that names a thing held, not an act: one of those words on it, or a
    clause of what is held ("the conviction that the vote was rigged")."""
    return words is not None and any(c.lemma_.lower() in words or c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" for m in c.children) for c in n.children)


class ViolenceFrames(NominalEvents):
    """Readings of violence nouns; `CriticismIdioms` asks them for each token of a sentence."""

    def violence(self, tok: Token) -> list[Candidate]:
        """Every reading of this module that starts at `tok`."""
        data = violence_nouns()
        lemma = tok.lemma_.lower()
        if lemma in data.frames and tok.pos_ == "NOUN" and lemma not in self.lex.nouns \
                and not _topic(tok, data, self.lex.transparent):
            rule = data.frames[lemma]
            if _held(tok, data.unless.get(lemma)):
                return []  # "the firm conviction that ...": a belief
            hit = {w.i for p in prep_objects(tok, rule.target_preps) for w in p.subtree}
            if rule.needs_compound and rule.needs_target:  # "the use of live ammunition against protesters": the parser
                hit |= {w.i for o in prep_objects(tok, OF) for p in prep_objects(o, rule.target_preps) for w in p.subtree}
            of = {w.i for p in prep_objects(tok, OF) for w in p.subtree} if lemma in data.doer_of else set()
            hit -= of  # "harassment of a child" with no doer: a crime charged, no act named
            if lemma in data.owned:  # "Ley's murder", "his abduction": done to the owner
                hit |= {o.i for o in patient_owner(tok, tok)}
            if rule.type == "ASSAULT":  # "a shooting rampage that left four soldiers dead"
                hit |= {o.i for o in self._left_hurt(tok)}
            return [self._taken(self._by_force(c, tok)) for c in self.noun(tok, (rule,)) if (
                    c.target is not None and c.target_tok is not None and (c.target_tok.i in hit or (  # its own party
                        c.source is not None and c.target_tok.i in of))  # "the regime's harassment of X"
                    or (not rule.needs_target and c.source is not None))  # "threatening acts by X"
                    and not (c.source_tok is not None and c.source_tok.pos_ == "PRON")]  # "its violence": whose?
        if lemma == "hand" and tok.lower_ == "hands":
            return self.at_hands(tok)
        if lemma in data.withdrawals and tok.pos_ == "NOUN":
            return self.withdrawal(tok)
        if lemma in data.fronts and tok.pos_ == "NOUN":
            return self.front(tok)
        if lemma in data.charged_deaths and tok.pos_ == "NOUN" and (held := charged_with(tok)) is not None:
            return self.charged_death(tok, *held)
        if lemma in data.violent_deaths and tok.pos_ == "NOUN" and not _topic(tok, data, self.lex.transparent):
            return self.violent_death(tok, data.death_kinds)  # not "the anniversary of the shooting death of X"
        if lemma in data.sentences["nouns"] and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
            return self.prison_term(tok, data.sentences)
        if lemma in data.exchanges and tok.pos_ == "NOUN":
            return self.exchange(tok, data)
        if lemma in data.pleas and tok.pos_ == "NOUN" and tok.dep_ != "compound" and not any(
                c.lemma_.lower() in data.not_pleas for c in tok.children):
            rule = Rule(type="REQUEST", target_preps=TO, needs_target=True)
            hit = {p.i for p in prep_objects(tok, TO) + (prep_objects(tok.head, TO) if tok.dep_ == "dobj" else [])}
            return [c for c in self.noun(tok, (rule,)) if c.source is not None and c.target_tok is not None
                    and c.target_tok.i in hit]
        return []

    def withdrawal(self, n: Token) -> list[Candidate]:
        """"the withdrawal of French troops from Mali", "the US drawdown from Iraq": the troops' side (the "of" troops, else
        the owner or a name before a noun the lexicon does not read) RETREATs from the named place's state."""
        places = [p for p in prep_objects(n, FROM) if p.ent_type_ in ("GPE", "LOC")]
        if not places:
            return []
        troops = [o for o in prep_objects(n, OF) if self.actors.dictionary.sector_of(o.lemma_.lower()) == "MIL"]
        srcs = troops or ([] if n.lemma_.lower() in self.lex.nouns else [  # the lexicon reads "the US withdrawal"
            c for c in n.lefts if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")])
        host = n.head if n.dep_ in ("dobj", "nsubj", "nsubjpass") and n.head.pos_ in VERBAL else None
        return [c for c in self._pairs("RETREAT", None, n, srcs, places, True, host)
                if c.source is not None and c.target is not None and c.source != c.target]

    def charged_death(self, n: Token, v: Token, held: list[Token]) -> list[Candidate]:
        """"X was charged in the shooting death of his wife": the one charged ASSAULTed the dead ("of" party)."""
        dead = prep_objects(n, OF)
        if not dead:
            return []
        return [c for c in self._pairs("ASSAULT", None, n, held, dead, True, v)
                if c.source is not None and c.target is not None and c.source != c.target]

    def violent_death(self, n: Token, kinds: frozenset[str]) -> list[Candidate]:
        """"the deaths of a dozen people in clashes outside the palace": an ASSAULT on the dead, in an act of violence,
        by its doer ("in an al-Shabaab attack", "in an attack by X", "in clashes with X": the other side), else by no
        one named; "the shooting death of X" likewise; a death in a crash or in hospital is none."""
        kind = next((c for c in n.children if c.dep_ in ("compound", "amod") and c.lower_ in kinds), None)
        if kind is not None:  # "the shooting death of a man", "her stabbing death"
            dead = prep_objects(n, OF) or [c for c in n.children if c.dep_ == "poss"]
            doers = [b for p in n.children if p.dep_ == "prep" and p.lower_ == "by" for b in p.children
                     if b.dep_ == "pobj"]
            mode = "firearms" if kind.lower_ in ("shooting", "gunshot") else None
            return [c for c in self._pairs("ASSAULT", mode, n, doers, dead, True) if c.target is not None
                    and c.source != c.target]
        acts = [x for x in prep_objects(n, IN) if x.pos_ == "NOUN" and any(
            r.type == "ASSAULT" for r in self.lex.nouns.get(x.lemma_.lower(), ()))]
        if len(acts) != 1 or prep_objects(acts[0], BETWEEN) or prep_objects(acts[0], OPPOSING):
            return []  # "deaths in the war between X and Y", "in the campaign against X": whose dead?
        act = acts[0]
        doers = [c for c in act.children if c.dep_ in ("poss", "compound", "amod") and self.np_actor(c)] + \
            prep_objects(act, WITH) + [b for p in act.children if p.dep_ == "prep" and p.lower_ == "by"
                                       for b in p.children if b.dep_ == "pobj"]
        return [c for c in self._pairs("ASSAULT", None, n, doers, prep_objects(n, OF), True, act)
                if c.target is not None and c.source != c.target]

    def prison_term(self, n: Token, words: dict[str, frozenset[str]]) -> list[Candidate]:
        """"X is serving a five-year prison sentence" (COERCE on X by no one named), "a court handed X a ten-year
        sentence", "imposed a life sentence on X" (by the court): a sentence marked as a penalty, as its verb tells it."""
        v, marks = n.head, words["marks"]
        if not any(w.lemma_.lower() in marks or w.lower_.rpartition("-")[2] in marks
                   for c in (*n.lefts, *prep_objects(n, OF)) for w in c.subtree):
            return []  # "wrote a sentence about X": no penalty
        lemma = v.lemma_.lower()
        if lemma in words["served"] and not is_passive(v):
            held = subjects(v) or (subjects(v.head.head) if v.dep_ == "pcomp" and v.head.head.pos_ in VERBAL else [])
            return [c for c in self._pairs("COERCE", None, n, [], held, True, v) if c.target is not None]  # "X ...
            # after completing a sentence": the clause's subject
        if lemma in words["given"] and not is_passive(v):
            held = [c for c in v.children if c.dep_ == "dative"] + prep_objects(n, ON) + prep_objects(v, ON)
            return [c for c in self._pairs("COERCE", None, n, subjects(v), held, True, v)
                    if c.target is not None and c.source != c.target]
        return []

    def front(self, n: Token) -> list[Candidate]:
        """"the U.S.-led coalition against the Islamic State group": a coalition the dictionary knows as an armed force
        ASSAULTs the "against" party; a coalition of parties or causes ("against the president") is none."""
        if not n.ent_type_ and not any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < n.i for c in n.children):
            return []  # a bare "the coalition" is named in its own phrase, never taken from an earlier sentence
        e = self.entry(self.np_actor(n))
        against = prep_objects(n, OPPOSING)
        if e is None or e.kind != "military" or not against:
            return []
        return [c for c in self._pairs("ASSAULT", None, n, [n], against, True)
                if c.source is not None and c.target is not None and c.source != c.target]

    def exchange(self, n: Token, data: ViolenceNouns) -> list[Candidate]:
        """"an exchange of fire between X and Y" (also on a verb of happening: "an exchange of gunfire broke out
        between"), "exchanges of fire with police" (the host's subject and the "with" party): each on the other."""
        shots = {o.lemma_.lower() for o in prep_objects(n, OF)}
        if not shots & (data.fire | data.other_fire) or any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                                                        for c in (*n.children, *n.head.children)):
            return []
        mode = "firearms" if shots & data.fire else None
        sides = prep_objects(n, BETWEEN) or (prep_objects(n.head, BETWEEN) if self._happened(n) else [])
        found: list[tuple[str | None, Token | None]] = list(self.sides(sides)) if sides else []
        fought = self.fought_in(n, n, "ASSAULT", mode) if len(found) < 2 else None
        if fought:  # "three officers were wounded in an exchange of fire with bandits"
            return fought
        if len(found) < 2:  # "X's exchange of fire with Y", "X reported an exchange of fire with Y"
            rule = Rule(type="ASSAULT", mode=mode, target_preps=WITH, needs_target=True)
            read = [c for c in self.noun(n, (rule,)) if c.source is not None][:1]
            found = [(c.source, c.source_tok) for c in read] + [(c.target, c.target_tok) for c in read]
        if mode == "firearms":  # whoever trades shots is armed ("between the suspect and police")
            found = [(self.armed_side(x, t), t) for x, t in found]
        host = n.head if n.head.pos_ in VERBAL else None
        return [Candidate("ASSAULT", mode, s, t, n, st, tt, host) for s, st in found for t, tt in found
                if s is not None and t is not None and s != t]

    def _by_force(self, c: Candidate, n: Token) -> Candidate:
        """"Kenyan police brutality": the force the compound names, of the state its adjective names, not the state."""
        d = self.actors.dictionary
        e = self.entry(c.source)
        if e is None or e.kind != "state":
            return c
        forces = [f for x in n.children if x.dep_ == "compound" and (sector := d.sector_of(x.lemma_.lower()))
                  and (f := d.sub_actor(e.id, sector)) is not None and d.entry(f) is not None]
        return replace(c, source=forces[0]) if forces else c

    def _taken(self, c: Candidate) -> Candidate:
        """"the capture of the rebel commander": a person taken is arrested, as the verb's row says of "captured the
        suspect"; ground and things stay seized ("the capture of the town")."""
        t, d = c.target_tok, self.actors.dictionary
        if c.mode != "seize" or t is None or t.ent_type_ in ("GPE", "LOC", "FAC"):
            return c
        lemma = t.lemma_.lower()
        return replace(c, mode="arrest") if t.ent_type_ == "PERSON" or lemma in d.person_nouns \
            or lemma in d.member_nouns or lemma in d.generic_actors else c  # "the chief suspect", "the gunman"

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
        if self.sporting(h.sent):
            return []  # "was beaten at the hands of Kenya in the final": a match
        out = self._pairs("ASSAULT", None, harm, doers, victims, True, harm)
        return [c for c in out if c.source is not None and c.target is not None]
