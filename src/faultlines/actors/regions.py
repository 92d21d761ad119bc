"""Subnational governments: a US state, a Canadian province or an Indian state acting as a party ("Texas sued the
administration") is its own government, distinct from the country's state and government (parent: the country);
"Georgia" in a report on American affairs is the US state, never the Caucasus country."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ..structure import find_dateline
from ..values.countries import countries
from ..values.names import fold
from .dictionary import Entry
from .state import PLACE_PREPS, WINDOW, Base, Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "places_regions.yaml"
CUES = yaml.safe_load((REGIONS_FILE.parent / "actor_cues.yaml").read_text(encoding="utf-8"))
FEDERAL_CUES = frozenset(CUES["federal_cues"])  # beside a region's name: a federation's state ("Georgia Gov. Kemp")
GEORGIA_TOWNS = frozenset(CUES["georgia_towns"])
GEORGIA_COUNTRY = frozenset(CUES["georgia_country"])  # in the report: "Georgia" is the Caucasus country
SPORTS_WORDS = frozenset(CUES["sports_words"])
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b(?!-)")  # "won 31-24"
# Regions whose bare name seldom means a government: the UK's nations (its teams, mostly); Tibet (a people, an
# exiled government, the Chinese region).
NO_GOVERNMENT = frozenset({"GB", "Tibet"})
COMPASS = frozenset({"south", "north", "east", "west", "central", "southern", "northern", "eastern", "western",
                     "upstate", "downstate"})
# Region names two countries share: the region is the one country's the report names alone.
SHARED = {"punjab": frozenset({"PAK", "IND"})}
OFFICE_NOUNS = frozenset(CUES["office_nouns"])  # "Texas officials", "the Ohio governor": still the government


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, str] | None]:
    """Folded name or alias -> (name, ISO3) of each first-level region in data/places_regions.yaml; None for a name
    two countries' regions share ("Punjab")."""
    iso3 = {c.iso2: c.iso3 for c in countries() if c.official}
    raw = yaml.safe_load(REGIONS_FILE.read_text(encoding="utf-8")) or {}
    out: dict[str, tuple[str, str] | None] = {}
    for p in raw.get("places", []):
        if p.get("feature") != "admin1" or p.get("country") not in iso3 or p.get("country") in NO_GOVERNMENT \
                or p["name"] in NO_GOVERNMENT:
            continue
        name = str(p["name"])
        for key in {fold(name), *(fold(str(a)) for a in p.get("aliases") or ())}:
            if len(key) < 4 and "." not in key:
                continue
            row = (name.removesuffix(" State"), iso3[p["country"]])
            out[key] = row if out.get(key, row) == row else None
    return out


def region_country(name: str) -> str | None:
    """ISO3 of the first-level region a name means unambiguously ("Borno" -> NGA; "Punjab" -> None)."""
    key = fold(name)
    row = regions().get(key)
    return row[1] if row and key not in SHARED else None


def region_id(name: str, iso3: str, level: int = 1) -> str:
    """A stable id for a region's government: "USA.ADM1.TEXAS", "USA.ADM2.FULTON_COUNTY" (not a state organ: "ADM1"
    is no sector)."""
    return f"{iso3}.ADM{level}.{fold(name).upper().replace(' ', '_').replace('.', '')}"


class Regions(Base):
    """Pass A's subnational governments."""

    _us_report: bool | None = None
    _foreign_namesakes: frozenset[int] = frozenset()  # tokens of a US state named like a country ("Georgia")

    def _region(self, e: Span) -> tuple[str, str] | None:
        """(name, ISO3) when the entity names a first-level region whose name no country shares, or a US state named
        like a country ("Georgia") in a report on American affairs."""
        text = e.text[4:] if e.text.lower().startswith("the ") else e.text
        row = regions().get(fold(text))
        if row is None:
            return None
        if fold(text) in SHARED and self.named_states & SHARED[fold(text)] != {row[1]}:
            return None  # "Punjab" in a report that does not name Pakistan alone: maybe India's
        known = self.d.lookup(text)
        if known is not None and self.d.kind_of(known) == "state" and known != row[1]:
            if row[1] != "USA" or not self._american_state(e, known):
                return None
            self._foreign_namesakes |= set(range(e.start, e.end))  # no place or party of the country either
            return row
        return None if known is not None else row

    def foreign_namesake(self, i: int) -> bool:
        """Token `i` names a US state named like a country ("Georgia" in an American report): never the country."""
        return i in self._foreign_namesakes

    def _namesake_people(self, head: Token, sector: str) -> str | None:
        """"the Georgia man" in an American report: people a US state named like a country describes are American
        civilians, never the country's."""
        if sector not in ("CVL", "REF") or not any(c.dep_ in ("compound", "amod", "nmod") and self.foreign_namesake(c.i)
                                                  for c in head.lefts):
            return None
        return self.d.sub_actor("USA", sector)

    def _region_actor(self, e: Span, row: tuple[str, str]) -> str | None:
        """The region's government when the entity acts as a party; None where it only places something ("in
        Texas", "a Texas town")."""
        if not self._party_use(e.root) or self._in_dateline(e) or self._sports(e):
            return None
        return self._region_entry(*row)

    def _in_dateline(self, e: Span) -> bool:
        """"LITTLETON, Colo. (CBS4) -": the state of a dateline is where the report was filed, no party."""
        seg = self.ctx.segment_at(e.start_char)
        if seg is None:
            return False
        line = find_dateline(self.ctx.text[seg.start:seg.end], seg.start)
        return line is not None and line.start <= e.start_char < line.end

    def _county(self, e: Span) -> str | None:
        """"Fulton County sued the state": a county acting as a party is its own government, in the country of the
        regions the report names (or of the one state it names)."""
        text = e.text[4:] if e.text.lower().startswith("the ") else e.text
        if not text.endswith(" County") or len(text.split()) < 2 or not self._party_use(e.root):
            return None
        country = self._county_country()
        if country is None:
            return None
        return self.index.add_local(Entry(id=region_id(text, country, 2),
                                          name=f"Government of {text}", kind="government", country=country,
                                          parent=country))

    def _sheriffs(self) -> list[Hit]:
        """"Maricopa County Sheriff Paul Penzone", "the Harris County Sheriff's Office": a county sheriff's office, a
        police force of the report's country (never its government), named over "<Name> County Sheriff"."""
        out: list[Hit] = []
        doc = self.doc
        for t in doc[2:]:
            if t.lower_ != "sheriff" or doc[t.i - 1].text != "County" or not doc[t.i - 2].text[:1].isupper():
                continue
            start = t.i - 2
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].lower_ not in ("the", "a"):
                start -= 1
            county = doc[start:t.i].text
            country = self._county_country(sheriff=True)
            if country is None or any(self.index.token_actor(i) for i in range(start, t.i + 1)
                                      if self.index.entry(self.index.token_actor(i)) is not None
                                      and ".ADM" not in str(self.index.token_actor(i))):
                continue
            end = t.i + 1
            if end + 1 < len(doc) and doc[end].text in ("'s", "\u2019s") and doc[end + 1].lower_ in ("office", "department"):
                end += 2
            aid = self.index.add_local(Entry(id=f"{region_id(county, country, 2)}.SHERIFF",
                                             name=f"{county} Sheriff's Office", kind="police", country=country,
                                             parent=self.d.sub_actor(country, "POL")))
            self.index.add(aid, start, end, force=True)
            out.append(Hit(aid, "police", False, self.sent_of[start], start, end, named=True,
                           quote=self.quote_of.get(start, -1)))
        return out

    def _county_country(self, *, sheriff: bool = False) -> str | None:
        """The country of the regions the report names, else of the one state it names by name or demonym (a
        capital's namesake county is no clue: "Hamilton County" is no Bermudan county); a county sheriff is
        American unless the report's regions say otherwise."""
        named = {r[1] for x in self.doc.ents if (r := regions().get(fold(x.text))) is not None}
        states = {c for x in self.doc.ents if (a := self.d.lookup(x.text) or self.d.demonym(x.text))
                  and self.d.kind_of(a) == "state" and (c := self.d.country_of(a))}
        countries = named or ({"USA"} if sheriff else states)
        return next(iter(countries)) if len(countries) == 1 else None

    def _sheriff_near(self, head: Token) -> str | None:
        """"deputies" after a county sheriff's office named in the last sentences: its deputies."""
        sent = self.sent_of[head.i]
        found = {h.actor for h in self.history if sent - h.sent <= WINDOW and h.actor.endswith(".SHERIFF")}
        return found.pop() if len(found) == 1 else None

    def _region_entry(self, name: str, iso3: str) -> str:
        return self.index.add_local(Entry(id=region_id(name, iso3), name=f"Government of {name}", kind="government",
                                          country=iso3, parent=iso3))

    def _party_use(self, root: Token) -> bool:
        """The name is a clause's party (subject, object, agent, owner) or modifies an office ("Texas officials",
        "Georgia Gov. Brian Kemp"), not a place ("in Texas") or a descriptive modifier ("a Texas man")."""
        doc, first_word = root.doc, root.doc[root.left_edge.i]
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            return False
        if root.i >= 2 and doc[root.i - 1].text == "," and doc[root.i - 2].pos_ == "PROPN":
            return False  # "of Fredericksburg, Virginia was inside", misparsed: a town's state
        if any(t.lower_ in COMPASS for t in doc[max(0, first_word.i - 1):root.i]):
            return False  # "South Florida": a part of the state, a place
        if root.dep_ == "poss":  # "Florida's governor", not "Florida's Gulf Coast"
            return root.head.lemma_.lower() in OFFICE_NOUNS or self.d.sector_of(root.head.lemma_.lower()) in (
                "GOV", "LEG", "POL", "JUD")
        if root.dep_ == "appos":  # "in Houston, Texas": where the town lies; "a woman from X, Minn." misparsed
            return root.head is not root and root.head.pos_ == "PROPN" and self._party_use(root.head)
        if root.dep_ == "conj":
            first = root
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            return first is not root and self._party_use(first)
        if root.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            head = root.head
            if (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS) or head.lower_ == "state":
                return False  # "villagers in Borno state", "Indiana State Police"
            return head.lower_ in OFFICE_NOUNS or head.lemma_.lower() in OFFICE_NOUNS or (
                head.pos_ == "PROPN" and any(t.lower_.rstrip(".") in ("governor", "gov", "attorney", "lt", "executive")
                                             for t in root.doc[root.i + 1:head.i]))
        if root.dep_ == "pobj" and root.head.lower_ == "of":  # "the governor of Texas", not "the people of Texas"
            return root.head.head.lower_ in OFFICE_NOUNS or root.head.head.lemma_.lower() in OFFICE_NOUNS
        if root.dep_ == "pobj":
            return root.head.lower_ in ("by", "against", "with") and root.head.head.pos_ in ("VERB", "NOUN")
        return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "dative", "appos", "attr")

    def _american_state(self, e: Span, country: str) -> bool:
        """"Georgia" is the US state: a federal cue stands within three words of it ("Georgia Gov. Kemp", "Georgia
        sued the federal government"), or the report names nothing of the country (its capital, its people, Russia,
        Abkhazia) and names another US state or a town of the US state."""
        doc = self.doc
        near = {t.lower_ for t in doc[max(0, e.start - 3):min(len(doc), e.end + 3)]}
        if near & FEDERAL_CUES or (e.start >= 2 and doc[e.start - 2:e.start].text.lower() == "state of"):
            return True
        if self._us_report is None:
            own = any(t.lower_ in GEORGIA_COUNTRY or self.d.capital(t.text) == country or self.d.demonym(t.text) == country
                      for t in doc if t.text[:1].isupper())
            other = any((r := regions().get(fold(x.text))) is not None and r[1] == "USA" and fold(x.text) != fold(e.text)
                        for x in doc.ents if x.label_ in ("GPE", "LOC", "ORG"))
            towns = any(t.lower_ in GEORGIA_TOWNS for t in doc)
            self._us_report = not own and (other or towns)
        return self._us_report

    def _sports(self, e: Span) -> bool:
        """A sports report ("Oklahoma hosted Texas in front of 90,000 fans", "Florida visits Georgia" after a score):
        its sentence has a score or a sports word, or the report a score and a sports word or two sports words."""
        if SCORE.search(e.sent.text) or any(t.lower_ in SPORTS_WORDS for t in e.sent):
            return True
        words = {t.lower_ for t in self.doc if t.lower_ in SPORTS_WORDS}
        return len(words) >= 2 or (bool(words) and SCORE.search(self.doc.text) is not None)
