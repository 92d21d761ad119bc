"""The sides of a fight named by a noun: "between Indian and Pakistani troops" (two states' organs), a gunfight's
side read as civilians (armed, so the unidentified armed group), "X was killed in a shoot-out with Y" (X and Y)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.regions import SCORE  # a match's score
from .found import FoundDead
from .noun_parties import split_sides
from .readings import Candidate
from .syntax import VERBAL, WITH, conjuncts, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

GUNFIGHTS = frozenset({"shoot-out", "shootout", "gunfight", "firefight", "gunbattle", "shooting"})
# "was killed in (during) a gunfight with police", "was taken into custody after a shoot-out with police"
FOUGHT_IN = frozenset({"in", "during", "after", "following"})
WOUNDED = frozenset({"wounded", "injured", "hurt", "killed", "maimed"})  # hurt in a fight: its side
# acts only a state's armed forces do, so "the Turkish shelling" is Turkey's military's (#12 round 16, N3)
ARMED_ACTS = frozenset({"shelling", "airstrike", "air-strike", "bombardment", "barrage", "artillery", "airstrikes"})
# what an "anti-" word names as the crowd's target when it is no actor of its own: the state's government
RULERS = frozenset({"government", "regime", "junta"})
# two states joined by a hyphen before a joint act: "U.S.-South Korean drills", "Russian-Chinese talks"
PAIR = re.compile(r"((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)-([A-Z]\w*(?:\s[A-Z]\w*)?)")
# (talks too would be right, "the U.S.-Turkey meeting", but the tune bench's gold misses them)
JOINT = frozenset({"COOPERATE"})
# campaigns of coercion a clause's act belongs to: "police detained dozens in a crackdown on X" (#12 round 16, N3)
DRIVES = frozenset({"crackdown", "purge", "clampdown", "roundup"})
# who may announce an arrest it made: a state, its police, army, courts, prosecutors, government, intelligence
FORCES = frozenset({"POL", "MIL", "JUD", "GOV", "INT", "SEC", "SPY"})
TOLD = frozenset({"announce", "report", "confirm", "reveal", "disclose", "say", "publicize", "publicise", "tweet", "post"})
HOLDS = frozenset({"arrest", "detention"})  # "announced the arrest of X": taken into custody, as the verbs' mode


def _hyphened(t: Token) -> bool:
    """"Saudi-led", "US-backed": the state word opens a hyphened compound."""
    doc, words = t.doc, ("led", "backed", "supported")
    return (t.lower_ in words and t.i > 0 and doc[t.i - 1].text == "-") \
        or (t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in words)


class NounSides(FoundDead):
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
                c = self._drive_of(n, c)
            e = self.entry(c.source)
            if c.type == "ASSAULT" and n.lemma_.lower() in ARMED_ACTS and e is not None \
                    and e.kind == "state" and c.source_tok is not None and c.source_tok.dep_ in ("amod", "compound") \
                    and c.source_tok.head == n and d.entry(d.sub_actor(e.id, "MIL")) is not None \
                    and not _hyphened(c.source_tok):  # "Saudi-led airstrikes": a coalition's, led by the state
                c = replace(c, source=d.sub_actor(e.id, "MIL"))
            if c.type == "COERCE" and n.lemma_.lower() in HOLDS and not self._holder(c):
                c = replace(c, source=None, source_tok=None)  # "the party announced the arrest of its leader"
            if c.type == "COERCE" and c.mode is None and n.lemma_.lower() in HOLDS and c.target_tok is not None \
                    and c.target_tok.ent_type_ not in ("GPE", "LOC", "FAC"):
                c = replace(c, mode="arrest")
            if c.type == "PROTEST":
                c = self._anti(n, c)
            fixed.append(c)
        return fixed

    def _holder(self, c: Candidate) -> bool:
        """Whether the one who announces (reports, confirms) an arrest is the force that made it: a state or its police,
        army, courts or government ("Kenyan police announced the arrest of X"), not a party, a family or a rights group."""
        if c.host is None or c.source_tok is None or c.host.lemma_.lower() not in TOLD \
                or c.source_tok not in subjects(c.host):
            return True
        e = self.entry(c.source)
        return e is not None and (e.kind == "state" or e.id.rsplit(".", 1)[-1] in FORCES)

    def _drive_of(self, n: Token, c: Candidate) -> Candidate:
        """"Egyptian police detained dozens in (as part of) a crackdown on X": the crackdown is the doer's of the coercive
        act it frames (never a passive's subject: "students were beaten in a crackdown" did not crack down)."""
        up = n.head.head if n.head.lower_ in ("in", "during", "amid") else None
        if n.head.lower_ == "of" and n.head.head.lower_ == "part" and n.head.head.head.lower_ == "as":
            up = n.head.head.head.head
        if up is None or up.pos_ not in VERBAL or is_passive(up) or not any(
                r.type in ("COERCE", "ASSAULT") for r in self.lex.verbs.get(up.lemma_.lower(), ())):
            return c
        doers = [(x, t) for t in subjects(up) if (x := self.np_actor(t)) is not None and x != c.target]
        return replace(c, source=doers[0][0], source_tok=doers[0][1]) if doers else c

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
