"""Acts reported without their agent, coded as ACLED codes such notes: killings reported by their victims only ("a man
was found dead" -> an unidentified armed group ASSAULT the man), attacks reported by their traces ("monitors observed 12
explosions near X" -> an unidentified armed group ASSAULT), and reciprocal events whose sides hang on a verb of
happening ("clashes erupted between the army and rebels" -> each ASSAULT the other)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import ArgumentResolver
from .readings import Candidate
from .syntax import BETWEEN, OF, VERBAL, agents, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

STATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "advcl", "ccomp", "advmod", "conj"})
NAMED_ARGS = frozenset({"of", "on", "at", "against", "by", "from", "between", "targeting"})
AIMED = frozenset({"against", "on"})
CROWDS = frozenset({"CIVILIANS", "PROTESTERS"})  # generic actors' ids (events/arguments.py GENERIC_IDS)
WHERE = frozenset({"in", "at", "near", "across", "throughout", "inside", "outside", "around", "within"})
GUILTY = frozenset({"guilty", "liable", "culpable"})
# reporting verbs whose subject vouches for what it reports ("said", not "denied" or "claimed")
OWN_REPORTS = frozenset({"say", "announce", "state", "confirm", "report", "add", "tell", "declare"})
ARMED = frozenset({"MIL", "POL", "GOV", "INT", "REB", "LEG", "JUD", "STATE", "OPP", "MED", "BUS", "REL"})


def _negated(*toks: Token) -> bool:
    """"did not hear", "no explosions were reported"."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for t in toks for c in t.children)


class FoundDead(ArgumentResolver):
    """The agentless readings of a verb: found dead, traces of an attack, a clash that broke out."""

    def agentless(self, v: Token) -> list[Candidate]:
        """The events `v` reports without naming who acted."""
        lemma, lex = v.lemma_.lower(), self.lex
        out = self.found_dead(v) + self.found_guilty(v) if lemma in lex.found_verbs else []
        if lemma in lex.trace_verbs:
            out += self.traces(v)
        if lemma in lex.happenings or (lemma in lex.trace_verbs and is_passive(v)):
            out += self.happened(v)
        if lemma in lex.trace_blasts:
            out += self.blast(v)
        if lemma in lex.ongoing_verbs:
            out += self.ongoing(v)
        return out

    def unnamed_crowd(self, host: Token | None) -> bool:
        """"a joint action committee held a protest": the protest's host has subjects that are no actor and no armed
        or state body, so they protest as the place's protesters."""
        if host is None or is_passive(host):
            return False
        subs = [c for c in host.children if c.dep_ == "nsubj"]
        d = self.actors.dictionary
        return bool(subs) and all(
            s.pos_ == "NOUN" and self.np_actor(s) is None and self.generic_actor(s) is None
            and d.sector_of(s.lemma_.lower()) not in ARMED for s in subs)

    def _trace(self, n: Token) -> tuple[Token, str] | None:
        """The perceived trace of an attack and its mode ("a total of 21 explosions", "shots/bursts"), if `n` is one."""
        lex = self.lex
        if n.lemma_.lower() in lex.transparent or n.lemma_.lower() in lex.partitive or n.like_num:
            n = next(iter(prep_objects(n, OF)), n)
        words = [w.rstrip("s") if w not in lex.trace_nouns else w for w in n.lower_.split("/")]
        modes = [lex.trace_nouns.get(n.lemma_.lower() if len(words) == 1 else w) for w in words]
        mode = next((m for m in modes if m), None)
        named = [p for p in prep_objects(n, NAMED_ARGS) if p.lemma_.lower() not in lex.trace_nouns and p.lower_ != "fire"]
        if mode is None or _negated(n) or named or any(
                c.dep_ == "poss" or self.np_actor(c) for c in n.lefts if c.dep_ in ("poss", "compound", "amod")):
            return None  # "the shooting of a man", "Russian shelling": the noun's own reading names its actors
        return n, mode

    def _accident(self, v: Token) -> bool:
        """A sentence that names a disaster or an accident ("a gas explosion", "blasts from the refinery")."""
        lex = self.lex
        return any((t.lemma_.lower() in lex.disasters and t.lemma_.lower() != "fire") or t.lemma_.lower() in
                   lex.trace_accidents for t in v.sent)

    def blast(self, v: Token) -> list[Candidate]:
        """"a bomb exploded in a market": with no planter named, an unidentified armed group ASSAULT (no target)."""
        if _negated(v) or self._accident(v):
            return []
        out: list[Candidate] = []
        for d in (c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.trace_devices):
            if self.np_actor(d) is None and not _negated(d):
                shooters = self.generic_actor(d, "UAG", at=v)
                if shooters is not None:
                    out.append(Candidate("ASSAULT", "explosives", shooters, None, v, None, None))
        return out

    def traces(self, v: Token) -> list[Candidate]:
        """"observed 21 explosions near X", "gunfire was heard in Y": an unidentified armed group ASSAULT (no target)."""
        if _negated(v) or self._accident(v):
            return []  # "a gas explosion was heard", "blasts from the refinery": an accident
        heard = [c for c in v.children if c.dep_ == ("nsubjpass" if is_passive(v) else "dobj")]
        out: list[Candidate] = []
        for h in heard:
            found = self._trace(h)
            if found is None:
                continue
            n, mode = found
            shooters = self.generic_actor(n, "UAG", at=v)
            if shooters is not None:
                out.append(Candidate("ASSAULT", mode, shooters, None, v, None, None))
        return out

    def happened(self, v: Token) -> list[Candidate]:
        """"clashes erupted between X and Y", "a firefight took place between X and Y": each side on the other."""
        lex = self.lex
        parts = {c.lower_ for c in v.children if c.dep_ in ("prt", "dobj")}
        if _negated(v) or (v.lemma_.lower() == "take" and "place" not in parts) or (
                v.lemma_.lower() == "break" and "out" not in parts):
            return []
        sides = prep_objects(v, BETWEEN)
        out: list[Candidate] = []
        subj = "nsubjpass" if v.lemma_.lower() in lex.trace_verbs else "nsubj"  # "clashes were reported between"
        for n in (c for c in v.children if c.dep_ == subj):
            lemma = n.lemma_.lower()
            rules = [r for r in lex.nouns.get(lemma, ()) if not r.gated and not r.not_event]
            if not sides or lemma not in lex.reciprocal_nouns or not rules or _negated(n) or prep_objects(n, BETWEEN):
                continue  # "clashes between X and Y erupted": the noun's own reading
            actors = [(a, t) for a, t in self._actors(sides) if a is not None]
            if len(sides) == 1 and sides[0].tag_ == "NNS" and actors:  # "between rival gangs": one generic actor
                out.append(Candidate(rules[0].type, rules[0].mode, actors[0][0], None, n, actors[0][1], None, v))
                continue
            out.extend(Candidate(rules[0].type, rules[0].mode, s, t, n, st, tt, v)
                       for s, st in actors for t, tt in actors if s != t)
        return out

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


    def found_guilty(self, v: Token) -> list[Candidate]:
        """"a court found X guilty", "X was found guilty by a jury": the finder ACCUSE X (CAMEO 116, "find guilty");
        an acquittal ("found him not guilty") is no accusation."""
        states = [c for c in v.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in GUILTY]
        if not states or _negated(v, *states):
            return []
        passive = is_passive(v)
        found = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        found += [c for s in states for c in s.children if c.dep_ == "nsubj" and not passive]
        finders = agents(v) if passive else [c for c in v.children if c.dep_ == "nsubj"]
        source, source_tok = next(((self.np_actor(f) or self.generic_actor(f), f) for f in finders), (None, None))
        out: list[Candidate] = []
        for f in found:
            target = self.np_actor(f) or self.generic_actor(f)
            if target is not None and target != source:
                out.append(Candidate("ACCUSE", None, source, target, v, source_tok, f))
        return out


    def ongoing(self, v: Token) -> list[Candidate]:
        """"the army said military operations were continuing in X": an operation nobody owns, reported going on by a
        military or government speaker, is the speaker's own ASSAULT (coded in the speaker's voice)."""
        lex, say = self.lex, v.head
        if _negated(v) or v.dep_ != "ccomp" or say.lemma_.lower() not in OWN_REPORTS or _negated(say):
            return []
        speakers = [c for c in say.children if c.dep_ == "nsubj"]
        if not speakers:
            return []
        speaker = self.np_actor(speakers[0]) or self.generic_actor(speakers[0])
        if speaker is None or speaker.rsplit(".", 1)[-1].lower() not in lex.ongoing_speakers:
            return []
        out: list[Candidate] = []
        for n in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.ongoing_nouns):
            mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            kinds = [m for m in mods if m.lower_ in lex.ongoing_modifiers or m.lemma_.lower() in lex.ongoing_modifiers]
            owned = any(m.dep_ == "poss" or (m not in kinds and self.np_actor(m)) for m in mods)
            aimed = prep_objects(n, AIMED)  # "operations against the rebels were continuing": on whom
            targets = [(a, t) for t in aimed if (a := self.np_actor(t) or self.generic_actor(t)) and a != speaker]
            if owned or (set(prep_objects(n, NAMED_ARGS)) - set(aimed)) or _negated(n) or len(targets) != len(aimed) \
                    or not (kinds or targets or n.lemma_.lower() == "offensive"):
                continue  # "rebel operations", "operations of X", "its operations": the noun's own reading
            out.extend(Candidate("ASSAULT", None, speaker, a, n, speakers[0], t, v) for a, t in targets)
            if not targets:
                out.append(Candidate("ASSAULT", None, speaker, None, n, speakers[0], None, v))
        return out


def _placed(t: Token) -> bool:
    """"in Minsk", "at a Moscow airport": a place phrase, where an act happened."""
    return t.dep_ == "pobj" and t.head.lower_ in WHERE


def without_states(found: list[Candidate]) -> list[Candidate]:
    """Drops the state a found-dead report describes ("found shot dead": "shot" has no shooter of its own), and the
    state that stands in as the target of an arrest only by its place ("were detained in Minsk": not Belarus)."""
    finds = {c.trigger.i for c in found if c.source_tok is None and c.type == "ASSAULT" and c.target_tok is not None
             and c.trigger.lemma_.lower() in ("find", "discover")}
    kept = [replace(c, target=None, target_tok=None) if c.mode == "arrest" and c.target_tok is not None
            and _placed(c.target_tok) else c
            for c in found if not (c.trigger.head.i in finds and c.trigger.i not in finds
                                   and c.trigger.dep_ in STATE_DEPS)]
    return [c for c in kept if not _unheld(c)]


def _unheld(c: Candidate) -> bool:
    """An arrest with no arrester that names no one either: read off a verb that is no passive clause of its own
    ("forces arrested and beat X", "relatives of people imprisoned in X": a guessed passive or a background detail),
    or whose arrested are nobody in particular ("five people were arrested": no edge of the map, news of no one)."""
    if c.mode != "arrest" or c.source is not None or c.trigger.pos_ not in VERBAL:
        return False
    deps = {ch.dep_ for ch in c.trigger.children}
    if not deps & {"nsubjpass", "auxpass", "dobj"}:  # but "Navalny, arrested in January, ...": a named one held
        return not (c.trigger.dep_ == "acl" and c.target is not None and c.target_tok is not None
                    and c.target_tok.i == c.trigger.head.i and c.target_tok.pos_ == "PROPN")
    if "dobj" in deps:  # "they arrested X": an arrest by someone unresolved, coded as before
        return False
    return c.target is None or c.target.split(".")[0] in CROWDS or c.target.rsplit(".", 1)[-1] in ("CVL", "PRT", "REF")
