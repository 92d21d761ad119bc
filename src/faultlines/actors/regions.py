"""Subnational governments: a US state, a Canadian province or an Indian state acting as a party ("Texas sued the
administration") is its own government, distinct from the country's state and government (parent: the country);
"Georgia" in a report on American affairs is the US state, never the Caucasus country."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from ..datafile import load_yaml
from ..records import ActorKind
from ..structure import find_dateline
from ..values.countries import countries, iso3_of
from ..values.names import fold, slug
from .dictionary import Entry
from .state import PLACE_PREPS, WINDOW, Base, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .dictionary import Dictionary

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "places_regions.yaml"
CUES = load_yaml((REGIONS_FILE.parent / "actor_cues.yaml").read_text(encoding="utf-8"))
FEDERAL_CUES = frozenset(CUES["federal_cues"])  # beside a region's name: a federation's state ("Georgia Gov. Kemp")
GEORGIA_TOWNS = frozenset(CUES["georgia_towns"])
GEORGIA_COUNTRY = frozenset(CUES["georgia_country"])  # in the report: "Georgia" is the Caucasus country
SPORTS_WORDS = frozenset(CUES["sports_words"])
SIDE_WORDS = frozenset(CUES["side_words"])  # "Syrian rebel/opposition forces": the country's rebels, not its army
CIVIL_GROUPS = frozenset(CUES["civil_groups"])  # "a monitoring group", "rights groups": no armed group
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
    raw = load_yaml(REGIONS_FILE.read_text(encoding="utf-8")) or {}
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
        police force of the report's country (never its government), named over "<Name> County Sheriff"; so too a
        county's prosecutor ("the Wayne County Prosecutor's Office", "Kings County District Attorney") and its courts
        ("a Lucas County grand jury", "Cook County Circuit Court"), the country's judiciary (COUNTY_OFFICES)."""
        out: list[Hit] = []
        doc = self.doc
        for t in doc[2:]:
            if doc[t.i - 1].text != "County" or not doc[t.i - 2].text[:1].isupper():
                continue
            office = _county_office(doc, t.i)
            if office is None:
                continue
            suffix, label, kind, sector, end = office
            start = t.i - 2
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].lower_ not in ("the", "a"):
                start -= 1
            county = doc[start:t.i].text
            country = self._county_country(sheriff=True)
            if country is None or any(self.index.token_actor(i) for i in range(start, end)
                                      if self.index.entry(self.index.token_actor(i)) is not None
                                      and ".ADM" not in str(self.index.token_actor(i))):
                continue
            aid = self.index.add_local(Entry(id=f"{region_id(county, country, 2)}.{suffix}",
                                             name=f"{county} {label}", kind=kind, country=country,
                                             parent=self.d.sub_actor(country, sector)))
            self.index.add(aid, start, end, force=True)
            out.append(Hit(aid, kind, False, self.sent_of[start], start, end, named=True,
                           quote=self.quote_of.get(start, -1)))
        return out

    def _town_forces(self) -> list[Hit]:
        """"arrested by Lubbock Police", "sued the Tulsa Police Department", "the Las Vegas Metropolitan Police": a
        town's name and a capitalised "Police" (and "Department") name the town's police, in the country of the
        regions the report names (or of the one state it names, or whose capital the town is); never a country's
        ("Iraqi Police")."""
        out: list[Hit] = []
        doc = self.doc
        for e in doc.ents:
            if e.label_ == "ORG":  # "the Amarillo Police Department" tagged whole: its town's name
                at = next((t.i for t in e if t.text == "Police"), e.end)
                if e.end - at not in (1, 2) or (e.end - at == 2 and doc[at + 1].text != "Department"):
                    continue  # "the Tulsa Police Benevolent Association" is a union, no force
                e = Span(doc, e.start + (doc[e.start].lower_ == "the"), at, label="GPE")
            at = e.end + (e.end < len(doc) and doc[e.end].text in METRO_WORDS)  # "Indianapolis Metro Police"
            end = at + 1
            if e.label_ != "GPE" or not len(e) or end > len(doc) or doc[at].text != "Police" \
                    or self.d.lookup(e.text) or self.d.demonym(e.text) or any(t.lower_ == "the" for t in e) \
                    or not all(t.text[:1].isupper() for t in e):
                continue
            if end < len(doc) and doc[end].text in ("Department", "Dept", "Dept."):
                end += 1
            country = capital_named(self.d, e) or town_country(e.text, self._county_country())
            if country is None or self.d.entry(self.d.sub_actor(country, "POL")) is None:
                continue
            name = f"{e.text} Police"
            aid = self.index.add_local(Entry(id=slug(name), name=name, kind="police", country=country,
                                             parent=self.d.sub_actor(country, "POL")))
            self.index.add(aid, e.start, end, force=True)
            out.append(Hit(aid, "police", False, self.sent_of[e.start], e.start, end, named=True,
                           quote=self.quote_of.get(e.start, -1)))
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


# The office words after "<Name> County": (the words, lower case) -> (id suffix, name, kind, sector of the parent).
COUNTY_OFFICES: dict[tuple[str, ...], tuple[str, str, ActorKind, str]] = {
    ("sheriff",): ("SHERIFF", "Sheriff's Office", "police", "POL"),
    ("prosecutor",): ("PROSECUTOR", "Prosecutor's Office", "government", "JUD"),
    ("prosecuting", "attorney"): ("PROSECUTOR", "Prosecutor's Office", "government", "JUD"),
    ("district", "attorney"): ("PROSECUTOR", "Prosecutor's Office", "government", "JUD"),
    ("state", "'s", "attorney"): ("PROSECUTOR", "Prosecutor's Office", "government", "JUD"),
    ("grand", "jury"): ("COURT", "courts", "government", "JUD"),
    ("jury",): ("COURT", "courts", "government", "JUD"),
    ("court",): ("COURT", "courts", "government", "JUD"),
    ("circuit", "court"): ("COURT", "courts", "government", "JUD"),
    ("superior", "court"): ("COURT", "courts", "government", "JUD"),
    ("district", "court"): ("COURT", "courts", "government", "JUD"),
    ("common", "pleas", "court"): ("COURT", "courts", "government", "JUD"),
}


def _county_office(doc: Doc, i: int) -> tuple[str, str, ActorKind, str, int] | None:
    """The office named from token `i` on ("Sheriff", "District Attorney", "grand jury"), with the end of its name
    (a trailing "'s Office" or "Department" included): (suffix, name, kind, sector, end)."""
    for words, row in sorted(COUNTY_OFFICES.items(), key=lambda kv: -len(kv[0])):
        end = i + len(words)
        if end <= len(doc) and tuple(t.lower_.replace("\u2019", "'") for t in doc[i:end]) == words:
            if end + 1 < len(doc) and doc[end].text in ("'s", "\u2019s") and doc[end + 1].lower_ in ("office", "department"):
                end += 2
            return (*row, end)
    return None


METRO_WORDS = frozenset({"Metro", "Metropolitan", "City", "Municipal"})  # between a town's name and "Police"
LOCAL_UNITS = frozenset({"County", "Parish", "Township", "Borough"})


_UNIT_HEADS: list[Any] = [None, frozenset()]  # the last document read and the names before its "County" words


def local_unit(e: Span) -> bool:
    """"Nassau County", "Victoria Township": a capital's name that heads a county's in the report is the county's
    (there and when bare: "Nassau police" beside "Nassau County"), no capital. The names before each unit word are
    gathered once per document (asked for every place name, a scan of the whole document each time was quadratic)."""
    doc = e.doc
    if _UNIT_HEADS[0] is not doc:
        heads = {doc[t.i - n:t.i].text for t in doc if t.text in LOCAL_UNITS for n in range(1, min(t.i, 6) + 1)}
        _UNIT_HEADS[:] = [doc, frozenset(heads)]
    return e.text in _UNIT_HEADS[1]


def town_country(name: str, guess: str | None) -> str | None:
    """The country of a town a report names ("Baton Rouge police"): the report's `guess` (the country of its regions
    or of the one state it names) when the gazetteer has such a town there or knows none of that name, else the one
    country the gazetteer has towns of that name in ("Baton Rouge" in a report naming only Iraq: the United
    States); none when there is no guess, or the towns lie in several countries and not in the guessed one."""
    towns = {iso for e in _gazetteer().lookup(name) if e.feature != "country" and (iso := iso3_of(e.country))}
    if guess is None or not towns or guess in towns:
        return guess
    return towns.pop() if len(towns) == 1 else None


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The places stage's gazetteer (its index is loaded once, for the entity ruler)."""
    from ..places import Gazetteer  # places import actors: a late import

    return Gazetteer()


def capital_named(d: Dictionary, e: Span) -> str | None:
    """The country whose capital `e` names, unless the report names "<e> County" (its namesake county, no capital)."""
    return None if local_unit(e) else d.capital(e.text)


def state_named(d: Dictionary, e: Span) -> str | None:
    """The actor a name stands for by the dictionary alone: the entity ruler's id, its name, a demonym, or a capital."""
    return e.ent_id_ or d.lookup(e.text) or d.demonym(e.text) or capital_named(d, e)
