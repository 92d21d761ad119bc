"""Camps named by a common noun: a country's critics, the ruling party, a warlord's supporters (round 18, E); rights
groups, a party of their own, "the Erdogan government", and "IS militants" misparsed (round 19, C)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dictionary import Entry
from .lookup import leader_faction
from .regions import state_named
from .state import Base

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CRITICS = frozenset({"critic", "detractor"})
RULING = frozenset({"ruling", "governing"})
PARTY_HEADS = frozenset({"party", "coalition"})
BACKERS = frozenset({"supporter", "follower", "sympathiser", "sympathizer", "loyalist"})
RULERS = frozenset({"person", "government", "political_party"})  # whose critics are of their own country
WATCHDOGS = frozenset({"group", "organisation", "organization", "watchdog", "body", "monitor", "ngo"})
RIGHTS = frozenset({"rights", "freedom", "liberties"})
REGIMES = frozenset({"government", "administration", "regime", "cabinet", "junta"})
FIGHTERS = frozenset({"militant", "fighter", "jihadist", "extremist", "insurgent", "gunman", "terrorist", "member"})  # "rights groups", "press freedom groups", "civil liberties groups"


class Camps(Base):
    """Generic camps the sector nouns do not cover: critics are civilians of the country they criticise in,
    the ruling party is its state's government, a warlord's supporters are his armed faction, rights groups (a rights
    group, press freedom groups) are non-governmental bodies of no country."""

    def _camp(self, ch: Span, head: Token) -> str | None:
        """The actor of a camp noun phrase, or None when the phrase names none of these camps."""
        lemma = head.lemma_.lower()
        if lemma in CRITICS and head.tag_ in ("NNS", "NNPS"):
            if any(c.dep_ == "prep" and c.lower_ in ("including", "like", "such") for c in head.rights):
                return None  # "Haftar's critics including Turkey": the critics named are the parties
            return self._critics(head)
        if lemma in PARTY_HEADS and any(c.lower_ in RULING for c in head.lefts if c.dep_ in ("amod", "compound")):
            country = self._ruled_country(head)
            return self.d.sub_actor(country, "GOV") if country else None
        if lemma in BACKERS and head.tag_ in ("NNS", "NNPS"):
            return self._faction_followed(head)
        if lemma in REGIMES and (ruled := self._leaders_government(head)):
            return ruled
        if lemma in FIGHTERS and (group := self._misparsed_group(ch)):
            return group
        if lemma in WATCHDOGS and any(c.dep_ in ("compound", "amod") and c.lower_ in RIGHTS for c in head.lefts) \
                and not any(c.dep_ == "appos" and c.ent_type_ for c in head.children):  # "rights groups, the Cotton
            # Campaign": the body named
            return self.index.add_local(Entry(id="RIGHTS_GROUPS", name="Rights groups", kind="ngo", country=None))
        return None

    def _leaders_government(self, head: Token) -> str | None:
        """"the Erdogan government", "the Hun Sen administration": the government of the leader's country."""
        for c in head.lefts:
            e = self.index.entry(self._token_name(c)) if c.dep_ == "compound" and c.ent_type_ == "PERSON" else None
            if e is not None and e.kind == "person" and e.country and self.d.kind_of(e.country) == "state":
                return self.d.sub_actor(e.country, "GOV")
        return None

    def _misparsed_group(self, ch: Span) -> str | None:
        """"IS militants" with "IS" parsed as the verb "is": the armed group named just before the fighters' noun."""
        if ch.start == 0 or self.doc[ch.start - 1].pos_ not in ("AUX", "VERB"):
            return None
        hit = next((h for h in reversed(self.history) if h.end == ch.start and h.start == ch.start - 1), None)
        return hit.actor if hit is not None and self.d.kind_of(hit.actor) == "armed_group" else None

    def _critics(self, head: Token) -> str | None:
        """"critics say", "critics of the president": civilians of the ruler's country, or of the one state the
        sentence names; "critics of Israel" (a state) may be anyone's: civilians of no country."""
        followed = self._followed(head)
        if followed is not None:
            e = self.index.entry(followed)
            country = e.country if e is not None and e.kind in RULERS else None
        else:
            country = self._sentence_state(head)
        if country is None or self.d.kind_of(country) != "state":
            return self.index.add_local(Entry(id="CIVILIANS", name="Civilians", kind="civilians", country=None))
        return self.d.sub_actor(country, "CVL")

    def _ruled_country(self, head: Token) -> str | None:
        """The state whose ruling party this is: its possessor or modifier ("Rwanda's ruling party"), else the one
        state the sentence names, else the one state the report has named so far."""
        for c in head.lefts:
            if c.dep_ in ("poss", "compound", "amod") and (aid := self._token_name(c)) \
                    and (country := self.d.country_of(aid)):
                return country
        return self._sentence_state(head) or self._report_state(head)

    def _faction_followed(self, head: Token) -> str | None:
        """"Haftar supporters", "supporters of the warlord X": the armed faction X leads; a politician's, a state's
        or an armed group's own supporters stay a crowd (the events stage makes them protesters)."""
        e = self.index.entry(self._followed(head))
        return leader_faction(self.index.entry, e.id) if e is not None and e.kind == "person" else None

    def _followed(self, head: Token) -> str | None:
        """Whom a camp noun follows or opposes: its modifier, possessor or "of" object ("Kagame's critics", "critics
        of Kagame's government", "Haftar supporters")."""
        for c in head.lefts:
            if c.dep_ in ("poss", "compound") and (aid := self._token_name(c)):
                return aid
        for p in head.rights:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    aid = self._token_name(o) or next((a for c in o.children if (
                        c.dep_ in ("poss", "compound", "amod") and c.i < o.i or c.dep_ == "appos")
                                                       and (a := self._token_name(c))), None)  # "of the warlord X"
                    if aid:
                        return aid
        return None

    def _sentence_state(self, head: Token) -> str | None:
        """The one state the sentence names (by name, demonym or capital; people's names aside)."""
        found = {c for e in head.sent.ents if e.label_ != "PERSON" and (a := state_named(self.d, e))
                 and (c := self.d.country_of(a)) and self.d.kind_of(c) == "state"}
        return found.pop() if len(found) == 1 else None

    def _report_state(self, head: Token) -> str | None:
        """The one state the report has named before this phrase."""
        found = {c for h in self.history if h.start < head.i and (c := self.d.country_of(h.actor))}
        return found.pop() if len(found) == 1 else None
