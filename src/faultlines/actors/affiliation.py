"""A spokesperson and whom they speak for: "X, a spokesman for the SDF", "Pentagon spokesman X", "Spokesperson for
the State Department X". The title noun is the person named beside it (the subject of "said" is X, not
"Spokesperson"), and the body they speak for becomes the person's parent, the side a quoted "we" stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lookup import leader_faction
from .organisations import OUTLET_NOUNS
from .state import Base, Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # a title noun stands for the name beside it only as a subject
SPEAKING = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# nouns a state's army and a backed militia share: "U.S.-backed forces" alone names neither side
SHARED_FORCE_NOUNS = frozenset({"force", "troop", "soldier", "unit", "personnel"})
SIDE_KINDS = frozenset({"armed_group", "military"})
# a state's own institution, whoever backs it: "the UN-backed government in Tripoli" is Libya's
SEATS = frozenset({"government", "regime", "administration", "authority", "cabinet"})
BODIES = frozenset({"state", "government", "legislature", "military", "police", "intelligence", "armed_group",
                    "political_party", "igo", "ngo", "media", "business", "religious"})


class Affiliations(Base):
    """Ties each spokesperson noun to the person it names and the body that person speaks for."""

    def _affiliate(self) -> None:
        for t in self.doc:
            if t.lemma_.lower() in OUTLET_NOUNS and t.pos_ == "NOUN" and t.dep_ in SUBJECTS \
                    and self.index.token_actor(t.i) is None:
                outlet = next((a for c in t.children if c.dep_ == "appos" and (a := self.index.token_actor(c.i))
                               and (e := self.index.entry(a)) is not None and e.kind == "media"), None)
                if outlet is not None:  # "The newspaper El Heraldo said": the speaker is El Heraldo
                    self.index.add(outlet, t.i, t.i + 1)
            if t.lemma_.lower() not in SPEAKING or t.pos_ != "NOUN" or t.i in self.quoted:
                continue
            person = self._spokesperson(t)
            if person is None:
                continue
            if self.index.token_actor(t.i) is None and t.dep_ in SUBJECTS:
                self.index.add(person, t.i, t.i + 1)  # "Spokesperson ... X said": the speaker is X
            body = self._body(t, person)
            if body is not None:
                self.index.affiliate(person, body)

    def _person_at(self, t: Token | None) -> str | None:
        aid = self.index.token_actor(t.i) if t is not None else None
        entry = self.index.entry(aid)
        return aid if entry is not None and entry.kind == "person" else None

    def _spokesperson(self, t: Token) -> str | None:
        """The person the noun `t` names: its apposition ("the spokesman, X"), the name it modifies ("SDF spokesman
        X", "X, a spokesman for ..."), or a name after the body it speaks for ("a spokesman for the SDF, X";
        "Spokesperson for the State Department X", the body written as the name's modifier)."""
        if t.dep_ in ("compound", "appos") and (p := self._person_at(t.head)):
            return p
        for c in t.children:
            if c.dep_ == "appos" and (p := self._person_at(c)):
                return p
        for obj in self._for_objects(t):
            for c in obj.children:
                if c.dep_ == "appos" and (p := self._person_at(c)):
                    return p
            if (p := self._person_at(obj)) and any(self._body_at(c) for c in obj.lefts if c.dep_ == "compound"):
                return p  # (a spokesman for a person, "a spokesman for Biden", is someone else)
        return None

    def _for_objects(self, t: Token) -> list[Token]:
        return [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
                if o.dep_ == "pobj"]

    def _body_at(self, t: Token) -> str | None:
        aid = self.index.token_actor(t.i)
        entry = self.index.entry(aid)
        return aid if entry is not None and entry.kind in BODIES else None

    def _body(self, t: Token, person: str) -> str | None:
        """The body the spokesperson speaks for: the object of "for"/"of" or a modifier of the noun ("Pentagon
        spokesman", "the army's spokesman"); not one inside the person's own name."""
        for obj in self._for_objects(t):
            for c in (obj, *(c for c in obj.lefts if c.dep_ == "compound")):
                if (org := self._body_at(c)) and org != person:
                    return org
        for c in t.lefts:
            if c.dep_ in ("compound", "poss", "amod", "nmod") and (org := self._body_at(c)):
                return org
        return None

    def _backed_side(self, ch: Span, head: Token, backer: str) -> str | None:
        """Who a bare "<X>-backed forces" is: a leader's faction after "of", a group already said to be backed by X, or, after a possessive ("its
        U.S.-backed forces"), the one armed side named in this or the sentence before. None when the text does not
        say (the caller then names no party: the phrase is not a new nameless group)."""
        for p in head.children:  # "the Russian-backed forces of Haftar": the leader's faction
            for obj in (o for o in p.children if o.dep_ == "pobj") if p.dep_ == "prep" and p.lower_ == "of" else ():
                faction = leader_faction(self.index.entry, self.index.token_actor(obj.i))
                if faction is not None and faction != backer and backer not in self.d.parent_chain(faction):
                    return faction
        sent = self.sent_of[head.i]
        near = [h for h in self.history if sent - h.sent <= 1 and not h.demonym and h.kind in SIDE_KINDS
                and h.actor != backer and backer not in self.d.parent_chain(h.actor)]
        known = {h.actor for h in near if backer in self.backed.get(h.actor, set())}
        if len(known) == 1:
            return known.pop()
        if not any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in ch if t.i < head.i):
            return None
        sides = {h.actor for h in near if self._subject_hit(h)}  # "its/their" is the side that acts or speaks:
        # "pits the Houthis against forces loyal to the government. Their Saudi-backed forces" are not the Houthis'
        sides = {a for a in sides if not any(p in sides for p in self.d.parent_chain(a))}
        one = sides.pop() if len(sides) == 1 else None
        return one if one is not None and self.backed.get(one, {backer}) == {backer} else None

    def _backed_owner(self, ch: Span, head: Token, backer: str) -> str | None:
        """"Hezbollah's Iranian-backed fighters" are Hezbollah: a named armed group owning the backed phrase."""
        return next((a for t in ch if t.i < head.i and t.dep_ == "poss" and (a := self.index.token_actor(t.i))
                     and self.d.kind_of(a) == "armed_group" and a != backer), None)

    def _subject_hit(self, h: Hit) -> bool:
        """The mention is a subject of its clause (or a conjunct of one)."""
        tok = self.doc[h.end - 1]
        while tok.dep_ in ("conj", "compound", "appos") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in SUBJECTS

    def _backed_seat(self, head: Token, backer: str) -> str | None:
        """"the UN-backed government in Tripoli", "the Saudi-backed government of Yemen": the institution of the state
        whose capital or name follows (never the backer's own)."""
        if head.lemma_.lower() not in SEATS:
            return None
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of")]
        if nxt is not None and nxt.lower_ in ("in", "of") and nxt not in preps:
            preps.append(nxt)  # "its war against the U.S.-backed government in Kabul", "in Kabul" hung on the verb
        for p in preps:
            for obj in p.children:
                named = self.index.token_actor(obj.i) if obj.dep_ == "pobj" else None
                state = self.d.capital(obj.text) if obj.dep_ == "pobj" and obj.pos_ == "PROPN" else None
                state = state or (named if self.d.kind_of(named) == "state" else None)
                if state is not None and state != backer:
                    return self.d.sub_actor(state, "GOV")
        return None
