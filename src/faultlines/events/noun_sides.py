"""The sides of a fight named by a noun: "between Indian and Pakistani troops" (two states' organs), a gunfight's
side read as civilians (armed, so the unidentified armed group), "X was killed in a shoot-out with Y" (X and Y)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.regions import SCORE  # a match's score
from .noun_forces import DRIVES, RAIDS, NounForces
from .noun_parties import split_sides
from .readings import Candidate
from .syntax import IN, OF, VERBAL, WITH, conjuncts, is_passive, prep_objects, subjects

if TYPE_CHECKING:

    from spacy.tokens import Span, Token


AFTER = frozenset({"after", "following", "since", "during", "amid", "amidst"})  # a time adjunct of a past act

GUNFIGHTS = frozenset({"shoot-out", "shootout", "gunfight", "firefight", "gunbattle", "shooting"})
# "was killed in (during) a gunfight with police", "was taken into custody after a shoot-out with police"
FOUGHT_IN = frozenset({"in", "during", "after", "following"})
WOUNDED = frozenset({"wounded", "injured", "hurt", "killed", "maimed"})  # hurt in a fight: its side
# acts only a state's armed forces do, so "the Turkish shelling" is Turkey's military's (#12 round 16, N3)
ARMED_ACTS = frozenset({"shelling", "airstrike", "air-strike", "bombardment", "barrage", "artillery", "airstrikes"})
# what an "anti-" word names as the crowd's target when it is no actor of its own: the state's government
RULERS = frozenset({"government", "regime", "junta"})
# two states joined by a hyphen before a joint act: "U.S.-South Korean drills", "Russian-Chinese talks"
PAIR = re.compile(r"((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)- ?([A-Z]\w*(?:\s[A-Z]\w*)?)")
# (talks too would be right, "the U.S.-Turkey meeting", but the tune bench's gold misses them)
JOINT = frozenset({"COOPERATE"})
# who may announce an arrest it made: a state, its police, army, courts, prosecutors, government, intelligence
FORCES = frozenset({"POL", "MIL", "JUD", "GOV", "INT", "SEC", "SPY"})
TOLD = frozenset({"announce", "report", "confirm", "reveal", "disclose", "say", "publicize", "publicise", "tweet", "post"})
HOLDS = frozenset({"arrest", "detention"})  # "announced the arrest of X": taken into custody, as the verbs' mode
FREES = frozenset({"release"})  # "announced the release of X": let go by whoever held X, as the verb's mode
# who may announce a release it made: any organ of a state ("Iran's foreign ministry") or an armed group ("Hamas")
FREERS = frozenset({"state", "government", "military", "police", "intelligence", "armed_group"})
# (#12 round 17, N) what a protest against "his rule", "Assad's regime" aims at: its owner, the ruler
REIGNS = frozenset({"rule", "reign", "regime", "presidency", "dictatorship", "leadership", "government", "administration"})
# spans and runs of a protest named as a time ("after weeks of protests", "following a wave of protests against X")
SPELLS = frozenset({"week", "month", "day", "year", "hour", "wave", "series", "spate", "round", "night", "weekend"})
NAMED = frozenset({"PERSON", "GPE", "NORP", "ORG"})
FRAMED = frozenset({"face", "wake", "midst"})
TIMING = SPELLS | FRAMED | {"part"}  # the "of" hosts of a time noun ("weeks of", "in the wake of", "as part of")
# a protest as history or a story's setting, no news: "in the decades after", "the film follows ... after protests"
AGES = frozenset({"century", "decade", "era", "epoch", "history", "historian", "anniversary"})
WORKS = frozenset({"film", "movie", "novel", "book", "story", "play", "series", "documentary", "drama", "opera", "poem",
                   "song", "memoir", "exhibition", "show", "episode"})  # "in the face of (in the wake of) mass protests against X"
# legal acts whose maker, unnamed, is the courts of the one state the sentence places them in ("the trial of X opened in
# Moscow"); the state's courts are no party named when the sentence places them in no state
TRIED = frozenset({"trial", "indictment", "prosecution"})
PUT_ON_TRIAL = frozenset({"trial"})  # a legal act however it stands in the sentence ("an indictment of X" may be a verdict)
# what a trial does as the subject ("the trial of X opened (was adjourned) in Cairo"); "is an indictment of" is a verdict
SESSIONS = frozenset({"open", "begin", "start", "resume", "continue", "adjourn", "end", "conclude", "close", "postpone",
                      "delay", "announce", "unseal", "proceed", "wrap", "reopen", "suspend"})
# "between the two countries": the two states named in the sentence or the one before
PAIRED = frozenset({"country", "nation", "state", "neighbour", "neighbor"})
# reports of an army's act that own it: "the Turkish military confirmed the airstrikes on X" (the victim's own side
# confirming is kept out: the act must hit another state's ground or another party)
OWNED_UP = frozenset({"confirm", "acknowledge", "admit", "announce"})
DEFENCE = frozenset({"defence", "defense", "war"})  # "the Turkish defence ministry" speaks for the army


# verbs by which an act or a decision sets off protests ("the verdict sparked protests"): held by the place's crowd
SPARKS = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "fuel"})


def set_off(act: Token) -> Token | None:
    """"the verdict sparked protests", "sparked two weeks of protests": the active verb that set the act off, or None."""
    h = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.lemma_.lower() in SPELLS \
        else act
    v = h.head
    return v if h.dep_ == "dobj" and v.pos_ in VERBAL and v.lemma_.lower() in SPARKS and not is_passive(v) else None


def _hyphened(t: Token) -> bool:
    """"Saudi-led", "US-backed": the state word opens a hyphened compound."""
    doc, words = t.doc, ("led", "backed", "supported")
    return (t.lower_ in words and t.i > 0 and doc[t.i - 1].text == "-") \
        or (t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in words)


class NounSides(NounForces):
    """Sides of reciprocal act nouns; `NominalEvents` and `ViolenceFrames` ask for them."""

    def sides(self, toks: list[Token]) -> list[tuple[str, Token]]:
        """The sides named by "between" objects with their actors; "between Indian and Pakistani troops" names two (each
        state's organ of the head's kind), "between the army and the RSF" one each."""
        d = self.actors.dictionary
        split = split_sides(toks[0]) if len(toks) == 1 else []
        if not split:
            return [(x, t) for x, t in self._actors(toks) if x is not None and t is not None]
        sector = d.sector_of(toks[0].lemma_.lower())
        out: list[tuple[str, Token]] = []
        for m in split:
            x = self.np_actor(m)
            e = self.entry(x)
            if x is not None and e is not None and e.kind == "state" and sector and d.entry(d.sub_actor(x, sector)):
                x = d.sub_actor(x, sector)
            if x is not None and (x, m) not in out:
                out.append((x, m))
        return out if len({x for x, _ in out}) > 1 else []

    def happened(self, v: Token) -> list[Candidate]:
        """`FoundDead.happened`, with a side of a gunfight read as civilian ("a shoot-out erupted between the suspect
        and police") the unidentified armed group of its country: whoever trades shots is armed."""
        out = []
        for c in super().happened(v):
            if c.trigger.lemma_.lower() in GUNFIGHTS:
                c = replace(c, source=self.armed_side(c.source, c.source_tok),
                            target=self.armed_side(c.target, c.target_tok))
            out.append(c)
        return out

    def armed_side(self, actor: str | None, tok: Token | None) -> str | None:
        """The unidentified armed group for a side of a gunfight read as civilians or as a bare state by a common noun
        ("the Kenyan suspect")."""
        if actor is None or tok is None or not (actor == "CIVILIANS" or actor.endswith(".CVL") or self._person_state(
                actor, tok)):
            return actor
        return self.generic_actor(tok, "UAG") or actor

    def _person_state(self, actor: str | None, tok: Token) -> bool:
        """A common noun read as its nationality's state ("the Kenyan suspect" as Kenya): no side of a fight."""
        e = self.entry(actor)
        return tok.pos_ == "NOUN" and e is not None and e.kind == "state"

    def fought_in(self, n: Token, a: Token, type_: str, mode: str | None) -> list[Candidate] | None:
        """"Two militants were killed in a gunfight with Indian troops", "a soldier died during clashes with rebels",
        "X was arrested after a shoot-out with police": the verb's subject and the "with" party are the two sides, each
        on the other; None for another shape."""
        v = a.head.head
        hurt = v.pos_ in VERBAL and v.lower_ in WOUNDED  # "during clashes with X, two men were wounded"
        if a.dep_ != "pobj" or a.head.lower_ not in FOUGHT_IN or v.pos_ not in VERBAL or (v.i > a.i and not hurt) \
                or a.lemma_.lower() not in self.lex.reciprocal_nouns:
            return None
        foes = prep_objects(a, WITH)
        subj = [x for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in conjuncts(c)]
        if hurt and not subj and v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
            subj = [v.head]  # "a student injured during clashes with police" (round 19)
        among = v.head.head if v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.lower_ == "among" else None
        if hurt and not subj and among is not None and among.head.pos_ in VERBAL:  # "X was among those injured in"
            subj = [x for c in among.head.children if c.dep_ == "nsubj" for x in conjuncts(c)]
        if not foes or not subj:
            return None
        gunfight = n.lemma_.lower() in GUNFIGHTS or a.lemma_.lower() in GUNFIGHTS or mode == "firearms"
        if gunfight and type_ == "ASSAULT":  # a shoot-out is fought with guns
            mode = "firearms"
        ours = [(self.armed_side(x, t) if gunfight else x, t) for x, t in self.sides(subj)
                if gunfight or not self._person_state(x, t)]
        theirs = [(self.armed_side(x, t) if gunfight else x, t) for x, t in self.sides(foes)
                  if gunfight or not self._person_state(x, t)]
        return [Candidate(type_, mode, s, t, n, st, tt, v) for one, other in ((ours, theirs), (theirs, ours))
                for s, st in one for t, tt in other if s is not None and t is not None and s != t]

    def wire_fixes(self, n: Token, out: list[Candidate], type_: str = "", mode: str | None = None,
                   host: Token | None = None) -> list[Candidate]:
        """A state named by an adjective on an act only armies do ("the Turkish shelling") is its military; an arrest
        noun holds a person (mode arrest); a protest's
        "anti-X" word names its target ("an anti-India rally": India; "anti-government": the crowd's government)."""
        d = self.actors.dictionary
        pair = self._pair(n) if type_ in JOINT and n.lemma_.lower() in self.lex.reciprocal_nouns else []
        if pair:  # "U.S.-South Korean joint exercises": each with the other
            return [Candidate(type_, mode, s, t, n, st, tt, host) for s, st in pair for t, tt in pair if s != t]
        if n.lemma_.lower() in ARMED_ACTS and self.sporting(n.sent):
            return [c for c in out if c.type != "ASSAULT"]  # "the Brazilian barrage of shots won the match 3-1"
        fixed = []
        for c in out:
            if c.type == "COERCE" and c.source is None and n.lemma_.lower() in DRIVES:
                driven = self._drive_of(n, c)
                if driven is None:
                    continue
                c = driven
            e = self.entry(c.source)
            if c.type == "ASSAULT" and n.lemma_.lower() in ARMED_ACTS and e is not None \
                    and e.kind == "state" and c.source_tok is not None and c.source_tok.dep_ in ("amod", "compound") \
                    and c.source_tok.head == n and d.entry(d.sub_actor(e.id, "MIL")) is not None \
                    and not _hyphened(c.source_tok):  # "Saudi-led airstrikes": a coalition's, led by the state
                c = replace(c, source=d.sub_actor(e.id, "MIL"))
            if c.type == "COERCE" and n.lemma_.lower() in HOLDS and not self._holder(c):
                c = replace(c, source=None, source_tok=None)  # "the party announced the arrest of its leader"
            if c.type == "COERCE" and c.mode is None and n.lemma_.lower() in HOLDS and c.target_tok is not None \
                    and c.target_tok.ent_type_ not in ("LOC", "FAC") and not (  # "Ahmed Bello" read as a GPE is a man
                    c.target_tok.ent_type_ == "GPE" and (e := self.entry(c.target)) is not None and e.kind == "state"):
                c = replace(c, mode="arrest")
            if c.type == "PROTEST":
                c = self._anti(n, c)
            if c.type == "RETREAT" and n.lemma_.lower() in FREES:
                c = self._freed(n, c)
            if c.type == "ASSAULT" and c.source is None and n.lemma_.lower() in ARMED_ACTS:
                c = self._owned_up(n, c)
            if c.type == "ASSAULT" and c.source is None and n.lemma_.lower() in RAIDS:
                c = self._arrest_raid(n, c)
            fixed.append(c)
        return fixed

    def _freed(self, n: Token, c: Candidate) -> Candidate:
        """"Pakistani authorities announced the release of X": X is let go (mode release), by the announcer only when it
        is a state, its force or an armed group; "the release of the report", "of funds" frees no one."""
        of = prep_objects(n, OF)
        if c.target is None:
            freed = [(x, p) for p in of if (x := self.np_actor(p)) is not None and x != c.source
                     and p.ent_type_ not in ("GPE", "LOC", "FAC")]
            if not freed:
                return c
            c = replace(c, target=freed[0][0], target_tok=freed[0][1])
        elif c.target_tok not in of:  # "the Kremlin's press release" frees no one
            return c
        e = self.entry(c.source)
        if not self._holder(c) and not (e is not None and e.kind in FREERS):  # "Hamas (the foreign ministry) announced"
            c = replace(c, source=None, source_tok=None)
        return replace(c, mode=c.mode or "release")

    def _owned_up(self, n: Token, c: Candidate) -> Candidate:
        """"The Turkish military confirmed the airstrikes on Kurdish positions": an army (or a state, for an act only
        armies do) that confirms or announces such an act owns it, when the act hits another side than its own."""
        d, v = self.actors.dictionary, n.head
        if n.dep_ != "dobj" or v.pos_ not in VERBAL or v.lemma_.lower() not in OWNED_UP or is_passive(v) \
                or c.target is None:
            return c
        for t in subjects(v):
            e = self.entry(self.np_actor(t))
            if e is not None and e.country and any(c.lower_ in DEFENCE for c in t.lefts):  # "the defence ministry"
                e = self.entry(e.country)
            army = e.id if e is not None and e.kind == "military" and e.country else \
                d.sub_actor(e.id, "MIL") if e is not None and e.kind == "state" else None
            home = e.country if e is not None and e.kind == "military" else e.id if e is not None else None
            if army is None or d.entry(army) is None or c.target in (army, home) or d.country_of(c.target) == home:
                continue
            return replace(c, source=army, source_tok=t, host=v)
        return c

    def tried(self, n: Token, host: Token | None, out: list[Candidate]) -> list[Candidate]:
        """"The trial of X opened in Moscow", "the indictment of X was announced in Washington": a trial, indictment or
        prosecution of a named party with no maker named is the courts' of the one state the sentence places it in."""
        d = self.actors.dictionary
        v = n.head
        held = v.pos_ in VERBAL and ((n.dep_ in ("nsubj", "nsubjpass") and v.lemma_.lower() in SESSIONS) or (
            n.dep_ == "pobj" and v.lower_ in ("at", "during") and v.head.pos_ in VERBAL))
        if n.lemma_.lower() not in TRIED or any(c.source is not None for c in out) or not out:
            return out
        tried = [c for c in out if c.target is not None and (e := self.entry(c.target)) is not None and e.kind != "state"]
        if not held:  # "new evidence could sway the trial of two officers": a trial going on, by no one named (round 19);
            return [replace(c, host=None) for c in tried] if n.lemma_.lower() in PUT_ON_TRIAL else []  # "a damning
        verb = host or (n.head if n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in VERBAL else None)  # indictment of
        tried = [replace(c, host=c.host or verb) for c in tried]  # the government", "seen as an indictment of X": verdicts
        v = v.head if n.dep_ == "pobj" else v
        states = self._states_at(t for w in (n, v) for t in prep_objects(w, IN))
        state, at = states.popitem() if len(states) == 1 else (None, None)
        courts = d.sub_actor(state, "JUD") if state else None
        if courts is None or d.entry(courts) is None:
            return tried  # placed in no one state: by no one named (round 19)
        return [replace(c, source=courts, source_tok=at) for c in tried if c.target != courts]

    def two_states(self, t: Token) -> list[tuple[str, Token]]:
        """"between the two countries (nations, neighbours)": the two states named in this sentence or the one before,
        each with the word that names it; none unless exactly two are named."""
        d, doc = self.actors.dictionary, t.doc
        if t.lemma_.lower() not in PAIRED or t.tag_ != "NNS" or not any(
                c.dep_ == "nummod" and c.lower_ == "two" for c in t.children):
            return []
        start = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start
        found: dict[str, Token] = {}
        for ent in doc[start:t.sent.end].ents:
            x = (d.lookup(ent.text) or d.demonym(ent.text.lower())) if ent.label_ in ("GPE", "NORP") else None
            e = self.entry(x)
            if e is not None and e.kind == "state":
                found.setdefault(e.id, ent.root if ent.root.sent == t.sent else t)
        return list(found.items()) if len(found) == 2 else []

    def ruler(self, a: Token, tgts: list[Token]) -> list[Token]:
        """"protests against his rule", "against Assad's regime": the owner of a rule that names no party stands for it;
        "X fled after protests against his rule": a "his" of no antecedent is the named person whose clause it frames."""
        out = []
        frame = self.after_spell(a)
        for t in tgts:
            owners = [c for c in t.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ in NAMED)] \
                if t.lemma_.lower() in REIGNS and not self.np_actor(t) else []  # not "her brother's rule"
            if frame is not None and [o.lower_ for o in owners] in (["his"], ["her"]) and not self.np_actor(owners[0]):
                owners = [s for s in subjects(frame.head) if s.ent_type_ == "PERSON" and self.np_actor(s)] or owners
            out += owners or [t]
        return out

    def home_crowd(self, crowd: str | None, found: list[Candidate]) -> str | None:
        """Protesters of no country placed, against a state's government or leader: that state's protesters ("after
        protests against the Serbian government"), the word of the target standing for them."""
        d = self.actors.dictionary
        e = self.entry(crowd)
        if e is None or e.country:
            return crowd
        homes = {h: c.target_tok for c in found if c.target is not None and c.target_tok is not None and (
            h := d.country_of(c.target) or (c.target if (f := self.entry(c.target)) is not None and f.kind == "state"
                                            else None))}
        home, at = homes.popitem() if len(homes) == 1 else (None, None)
        mine = d.sub_actor(home, "PRT") if home else None
        if mine is None or at is None or d.entry(mine) is None:
            return crowd
        self.place_spans.setdefault(mine, set()).add((at.i, at.i + 1))
        return mine

    @staticmethod
    def opposed(t: Token | None) -> bool:
        """A protest's target named after "against" ("against the government", "against his rule": its owner)."""
        return t is not None and (t.head.lower_ == "against" or (t.dep_ == "poss" and t.head.head.lower_ == "against"))

    @staticmethod
    def after_spell(a: Token) -> Token | None:
        """The time preposition of "after mass protests", "following weeks of protests", "in the face of (in the wake of)
        protests": the noun names a time; None when it does not."""
        h = a.head.head if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lemma_.lower() in TIMING \
            else a
        if h.dep_ != "pobj":
            return None
        frame = h.head if h.head.lower_ in AFTER or (h.lemma_.lower() in FRAMED and h.head.lower_ == "in") or (
            h.lemma_.lower() == "part" and h.head.lower_ == "as") else None  # "as part of protests against X"
        if frame is None or frame.head.pos_ not in VERBAL or frame.head.lemma_.lower() == "set" or any(
                t.lemma_.lower() in AGES for t in a.sent) or any(t.lemma_.lower() in WORKS for t in subjects(frame.head)):
            return None  # "the novel is set in the years after protests against British rule": background, not news
        return frame

    def _holder(self, c: Candidate) -> bool:
        """Whether the one who announces (reports, confirms) an arrest is the force that made it: a state or its police,
        army, courts or government ("Kenyan police announced the arrest of X"), not a party, a family or a rights group."""
        if c.host is None or c.source_tok is None or c.host.lemma_.lower() not in TOLD \
                or c.source_tok not in subjects(c.host):
            return True
        e = self.entry(c.source)
        return e is not None and (e.kind == "state" or e.id.rsplit(".", 1)[-1] in FORCES)

    def _pair(self, n: Token) -> list[tuple[str, Token]]:
        """Two states named by a hyphened pair of names or demonyms before the noun ("U.S.-South Korean",
        "Russian-Chinese", "US-Philippine"), each with its first token; none for a pair not two states ("Indo-Pacific")."""
        doc, d = n.doc, self.actors.dictionary
        start = min((c.left_edge.i for c in n.lefts), default=n.i)
        text = doc[start:n.i].text
        for m in PAIR.finditer(text):
            out = []
            for g in (1, 2):
                words = m.group(g).split()
                names = [" ".join(words[k:]) for k in range(len(words))] if g == 1 else \
                    [" ".join(words[:k]) for k in range(len(words), 0, -1)]
                x = next((y for w in names if (y := d.lookup(w) or d.demonym(w))), None)
                e = self.entry(x)
                at = doc.char_span(doc[start].idx + m.start(g), doc[start].idx + m.end(g), alignment_mode="expand")
                if x is None or e is None or e.kind != "state" or at is None:
                    break
                out.append((x, at[0]))
            if len(out) == 2 and out[0][0] != out[1][0]:
                return out
        return []

    def _anti(self, n: Token, c: Candidate) -> Candidate:
        """"an anti-India protest" aims at India, "an anti-government rally" at the crowd's (or the place's) government;
        an "anti-" word that names no party ("anti-corruption", "anti-war") leaves the protest as it was."""
        doc, d = n.doc, self.actors.dictionary
        for t in n.lefts:
            x = doc[t.i + 2] if t.lower_ == "anti" and t.i + 2 < n.i and doc[t.i + 1].text == "-" else None
            if x is None or x.head != n:
                continue
            if x.lower_ in RULERS:
                state = d.country_of(c.source) or d.country_of(c.target)
                e = self.entry(c.target) or self.entry(c.source)
                state = state or (e.id if e is not None and e.kind == "state" else None)
                gov = d.sub_actor(state, "GOV") if state else None
                return replace(c, target=gov, target_tok=x) if gov and d.entry(gov) else c
            who = (d.lookup(x.text) or d.demonym(x.lower_)) if x.ent_type_ in ("GPE", "NORP", "ORG") else None
            if who is not None and who != c.source:
                return replace(c, target=who, target_tok=x)
        return c

    def sporting(self, sent: Span) -> bool:
        """A match, not a fight: a score ("ended 2-1") or a word of sport in the sentence."""
        return bool(SCORE.search(sent.text)) or any(t.lemma_.lower() in self.lex.sports_words for t in sent)
