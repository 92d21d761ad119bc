"""Officials and offices named by title, not by name: "the foreign ministry spokesman", "officials said", "the
Interior Ministry" -> the organ of the one state the passage is about; nothing when two states compete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..values.names import fold
from .references import References
from .state import WINDOW

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Head nouns of an office or its holder: they speak and act for a state's government, forces or courts.
OFFICE_HEADS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "prosecutor",
                          "prosecution", "court", "judge", "judiciary", "president", "premier", "chancellor", "king",
                          "emir", "monarch"})
ONE_HOLDER = frozenset({"president", "premier", "chancellor", "king", "emir", "monarch"})
# "the army spokesman", "military officials": the modifier names the organ the office belongs to.
ORGAN_SECTORS = frozenset({"GOV", "MIL", "POL", "INT", "JUD", "LEG"})
PAST_WORDS = frozenset({"former", "ex", "retired", "late", "then", "previous"})
NO_STATE_WORDS = frozenset({"un", "u.n.", "eu", "nato", "party", "opposition", "rebel", "militia", "campaign", "company",
                            "club", "league", "union", "church", "school", "university", "election", "electoral",
                            "tribal", "local", "provincial", "state", "county", "city", "municipal", "regional"})
# Nouns any armed group, army or government is called by: left to the sector rules (rivals, sides, subjects).
ANY_GROUP = frozenset({"group", "force", "army", "militia", "government", "company", "firm", "state", "country",
                       "regime", "administration", "military", "faction"})
# Words an office's own name is made of ("Interior Ministry", "Supreme Court", "Prosecutor's Office").
OFFICE_NAME_ENDS = frozenset({"ministry", "court", "prosecutor", "prosecution", "presidency", "judiciary"})
OFFICE_NAME_WORDS = frozenset({"ministry", "of", "the", "for", "and", "foreign", "affairs", "interior", "defence", "defense",
                               "justice", "home", "internal", "supreme", "constitutional", "high", "military", "court",
                               "prosecutor", "prosecutor's", "prosecutor\u2019s", "general", "public", "office",
                               "'s", "\u2019s", "presidency", "judiciary", "appeals", "cassation", "criminal", "security",
                               "information", "health", "finance", "national", "state"})


class Offices(References):
    """Resolve an unnamed office to the organ of the passage's one state."""

    def _office(self, ch: Span, head: Token, sector: str) -> str | None:
        """"the foreign ministry spokesman", "a military official", "officials said" -> the passage's state's organ
        (its government, or the forces, police or courts a modifier names)."""
        lemma = head.lemma_.lower()
        if lemma not in OFFICE_HEADS or sector not in ORGAN_SECTORS or head.i in self.quoted:
            return None
        words = {t.lower_ for t in ch if t.i < head.i}
        if words & PAST_WORDS or words & NO_STATE_WORDS or any(t.pos_ == "PROPN" for t in ch if t.i < head.i):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "with", "at") for c in head.children):
            return None  # "a spokesman for the rebels", "officials from both sides": someone else's office
        if any(c.dep_ in ("poss",) for c in head.children):
            return None  # "its spokesman", "the group's officials"
        if head.tag_ not in ("NNS", "NNPS") and not words & ({"the"} if lemma in ONE_HOLDER else {"the", "a", "an"}):
            return None  # "they wanted a president": no one in particular
        if any(start < head.i and title and title[-1] == lemma for start, _, title in self.titled):
            return None  # "President Macron hosted President Ruto. The president ...": a person, but which?
        if lemma not in self.d.person_nouns and (
                same := self._antecedent(sector, None, self.sent_of[head.i], lemma=lemma, at=head.i, same_only=True)):
            return same  # "the International Criminal Court ... the court"; "officials" are not the last officials
        for c in head.lefts:
            s = self.d.sector_of(c.lemma_.lower())
            if c.dep_ in ("compound", "amod") and s in ("MIL", "POL", "INT", "JUD") and lemma not in ("ministry", "minister"):
                sector = s
            elif c.dep_ in ("compound", "amod") and s is not None and s not in ORGAN_SECTORS:
                return None  # "rebel spokesman", "party officials"
        country = self._capital_after(head) or self._office_country(self.sent_of[head.i])
        if country is None or self.d.kind_of(country) != "state":
            return None
        return self.d.sub_actor(country, sector)

    def _capital_after(self, head: Token) -> str | None:
        """"officials in Kabul", "the ministry in Moscow": a capital placed after the office gives its state."""
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                for obj in p.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return self.d.capital(obj.text)
        return None

    def _word_of_a_name(self, ch: Span, head: Token) -> str | None:
        """"the agency" after the International Atomic Energy Agency, "the department" after the State Department: a
        definite singular noun that is a word of the name of the one organisation named in the last sentences."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NN" or lemma in self.d.person_nouns or head.i in self.quoted or len(lemma) < 4 \
                or lemma in ANY_GROUP:
            return None
        if [t.lower_ for t in ch if t.i < head.i] != ["the"] or any(c.dep_ == "prep" for c in head.children):
            return None  # "the agency's chief", "the agency of X", "the new agency"
        sent, found = self.sent_of[head.i], set()
        for h in reversed(self.history):
            if sent - h.sent > WINDOW:
                break
            e = self.index.entry(h.actor)
            if e is None or not h.named or e.kind in ("person", "state", "civilians", "ethnic_group", "religious"):
                continue
            if lemma in {w for n in (e.name, *e.aliases) for w in fold(n).split()}:
                found.add(h.actor)
        found = {a for a in found if not any(p in found for p in self.d.parent_chain(a))}
        return found.pop() if len(found) == 1 else None
