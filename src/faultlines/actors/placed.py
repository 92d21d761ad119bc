"""Groups placed somewhere or belonging to a body ("militias in Lebanon", "residents of Nairobi", "fighters
belonging to Shiite militias"): the country or group they are of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .regions import region_country
from .state import MODIFIER_DEPS, Base

if TYPE_CHECKING:
    from spacy.tokens import Token

FEDERAL_MEMBERS = frozenset({"senator", "congressman", "congresswoman", "representative"})
PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "region", "state", "capital", "county",
                         "neighbourhood", "neighborhood", "suburb", "area", "camp"})


def region_tail(place: Token) -> str | None:
    """The country of a region's name right after a town's ("Paris, Texas", "Paris Texas", "Perth, Ontario"): the
    town is that region's, whatever capital or town elsewhere bears its name."""
    doc = place.doc
    k = place.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or (k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"):
        return None  # "Paris, New York" is two words: no single-word region to read
    if k + 1 < len(doc) and doc[k + 1].lemma_.lower() in ("say", "tell", "add", "claim", "announce", "report"):
        return None  # "talks in Moscow, Washington said": the region's namesake speaks
    return region_country(doc[k].text) if place.pos_ == "PROPN" else None


class Placed(Base):
    """Pass B's groups placed in a country or belonging to a named body."""

    def _located(self, head: Token, sector: str) -> str | None:
        """"militias in Lebanon", "rebels from Chad", "the president of Armenia": a group or office placed in
        (or, for state offices, "of") a country belongs to it."""
        if sector not in ("REB", "MIL", "GOV", "LEG", "POL", "INT", "OPP", "CVL", "REF"):
            return None
        if sector == "REB" and any(self.d.generic_actors.get(o.lemma_.lower()) in ("CVL", "PRT", "REF")
                                   for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            return None  # "a group of teenagers in Alton": the teenagers, no armed group of the place (round 16, K)
        preps = ("in", "from", "of") if sector in ("GOV", "MIL", "LEG", "POL", "INT", "CVL", "REF") else ("in", "from")
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                for obj in p.children:
                    state = self._token_name(obj) if obj.dep_ == "pobj" else None
                    if state is None and obj.dep_ == "pobj" and obj.lemma_.lower() in PLACE_NOUNS:
                        state = next((self._token_name(c) for c in obj.children if c.dep_ == "poss"), None)  # "in
                        # Ukraine's Luhansk region" (round 19, C)
                    if state and (tail := region_tail(obj)):
                        state = tail  # "police in Paris, Texas": the town, not the capital its name is
                    if state and self.d.kind_of(state) == "state":
                        return self.d.sub_actor(state, sector)
                    if obj.dep_ == "pobj" and state is None and sector == "POL" and p.lower_ == "in" and (
                            tail := next((c for t in (obj, *obj.conjuncts) if (c := region_tail(t))), None)):
                        return self.d.sub_actor(tail, sector)  # "law enforcement in Dallas and Baton Rouge, Louisiana"
                    if obj.dep_ == "pobj" and sector in ("CVL", "REF") and (c := self._place_country(obj)):
                        return self.d.sub_actor(c, sector)
                    if obj.dep_ == "pobj" and sector == "LEG" and head.lemma_.lower() in FEDERAL_MEMBERS \
                            and region_country(obj.text) == "USA":
                        return "USA.LEG"  # "a senator from Wisconsin" sits in Congress
        return None

    def _place_country(self, obj: Token) -> str | None:
        """"residents of Nairobi", "villagers in a Nigerian town", "people in Borno state": the country of a capital,
        of a town a demonym describes, or of a first-level region (the people of a place are its country's)."""
        if obj.pos_ == "PROPN" and (c := region_tail(obj) or self.d.capital(obj.text)):
            return c
        words = [t for t in obj.lefts if t.dep_ in ("amod", "compound") and t.text[:1].isupper()]
        for t in words:
            aid = self.d.demonym(t.text) or self.d.lookup(t.text)
            if aid and self.d.kind_of(aid) == "state" and obj.lemma_.lower() in PLACE_NOUNS:
                return aid
        if obj.pos_ in ("PROPN", "NOUN"):
            return region_country(self.doc[obj.left_edge.i if words else obj.i:obj.i + 1].text.removeprefix("the "))
        return None

    def _members_of(self, head: Token) -> str | None:
        """"fighters belonging to Shiite militias", "members of the PMF" -> the group."""
        if head.lemma_.lower() not in self.d.member_nouns:
            return None
        for c in head.children:
            preps = [c] if c.dep_ == "prep" and c.lower_ in ("of", "from", "within") else []
            if c.dep_ == "acl" and c.lemma_ in ("belong", "affiliate", "link", "loyal"):
                preps = [p for p in c.children if p.dep_ == "prep"]
            for p in preps:
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        aid = self._np_actor(obj)
                        e = self.index.entry(aid)
                        if e is not None and e.kind not in ("person", "state", "civilians"):
                            return aid
        return None

    def _np_actor(self, tok: Token) -> str | None:
        """Actor of a noun phrase not swept yet: its own name, or a country word + actor noun ("the Syrian parliament")."""
        aid = self.index.token_actor(tok.i)
        if aid is None:
            sector = self._sector(tok)
            mod = next((m for c in tok.children if c.dep_ in MODIFIER_DEPS and (m := self._token_name(c))), None)
            if sector and mod and self.d.kind_of(mod) == "state":
                aid = self.d.sub_actor(mod, sector)
        return aid
