"""Organisations the dictionary lacks ("the Beverly Hills Police Department", "Pfizer sued ...", "regulators fined
Samsung"): their kind from the words of the name or what the text calls them, their country where stated; a lone
word only when it stands as a party and is no office or common actor word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import ActorKind
from ..values.names import fold, slug
from .dictionary import Entry
from .name_shapes import machine, on_building
from .regions import CUES  # data/actor_cues.yaml, read once
from .state import Base

ARTICLED = re.compile(r"^(?:al|el|ad|as|an|ar|at|az|ash|ath)-(?=[A-Z])")  # "al-Azhar university" is a name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .dictionary import Dictionary

COMPANY_NOUNS = frozenset(CUES["company_nouns"])  # "the drugmaker", "the tech giant": a company
MEMBER_WORDS = frozenset({"states", "nations", "countries", "republics"})  # an international body's members
OFFICE_WORDS = frozenset(CUES["office_words"])  # "Defense", "Interior" tagged ORG: an office or a body of a state
SURNAME_PREFIX = re.compile(r"^(Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|St|Al|El|Ben|Abu|O)[A-Z]")  # "VanBuskirk", "McCain"
POLICE_NAMES = frozenset({"police", "sheriff", "sheriff's", "constabulary", "gendarmerie"})
OUTLET_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "channel",
                          "outlet", "website", "station", "network"})
STREETS = frozenset({"street", "road", "avenue", "square", "lane", "boulevard", "highway", "bridge", "drive"})
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "dative", "appos"})


def lone_organisation(e: Span, d: Dictionary) -> bool:
    """A one-word organisation name that the text calls a company, or that is shaped like a firm's name and acts as a
    party (subject, object, owner, agent); an office word ("Defense"), a title or an actor noun is none."""
    root = e.root
    low = root.lower_
    if len(root.text) < 3 or not root.is_alpha or low in OFFICE_WORDS or low in d.titles \
            or d.sector_of(low) or d.sector_of(root.lemma_.lower()):
        return False
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    party = first.dep_ in PARTY_DEPS or (first.dep_ == "pobj" and first.head.lower_ in ("by", "against", "with"))
    if not party:
        return described_as_company(e)
    # a lone capitalised word may be a surname the tagger took for an organisation ("Assange said"): only a name
    # shaped like a firm's ("WikiLeaks", "CrowdStrike") or one the text calls a company is an organisation
    firm_shape = any(c.isupper() for c in root.text[1:]) and not SURNAME_PREFIX.match(root.text)
    return firm_shape or described_as_company(e)


def described_as_company(e: Span) -> bool:
    """The text calls the organisation a company: an apposition, a modifier, or a definite company noun that the
    next clause of its verb takes up ("Pfizer, the drugmaker", "tech giant Apple", "... accusing the drugmaker")."""
    root = e.root
    near: list[Token] = [c for c in root.children if c.dep_ in ("appos", "compound", "amod")]
    if root.dep_ == "appos":
        near.append(root.head)
    near.extend(t for t in e.doc[max(0, e.start - 3):e.start] if t.head.i in range(e.start, e.end))
    if any(t.lemma_.lower() in COMPANY_NOUNS for t in near):
        return True
    verb = root.head
    return any(t.lemma_.lower() in COMPANY_NOUNS and t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass")
               and any(c.lower_ == "the" for c in t.lefts) and (t.head.head == verb or verb.head == t.head)
               for t in e.sent)  # "X sued Pfizer, accusing the drugmaker of ...": the company noun takes it up


class Organisations(Base):
    """Pass A's organisations the dictionary lacks (mixed into `Names`, which gives the stubbed helpers)."""

    surnames: dict[str, str]

    def _strip_title(self, e: Span) -> str:
        raise NotImplementedError

    def _by_surname(self, key: str, at: int, suffix: str | None = None) -> str | None:
        raise NotImplementedError

    def _title_case_line(self, e: Span) -> bool:
        raise NotImplementedError

    def _context(self, e: Span, *, sentence: bool) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def _office_name(self, e: Span, text: str, country: str | None) -> str | None:
        raise NotImplementedError

    def _state_word(self, word: str) -> str | None:
        raise NotImplementedError

    def _police_acronym(self, text: str) -> bool:
        """A short all-caps name ending in "PD" (a police department) in a report that speaks of police."""
        return text.isalpha() and text.isupper() and 3 <= len(text) <= 5 and text.endswith("PD") \
            and any(t.lemma_.lower() in ("police", "officer") for t in self.doc)

    def _organisation(self, e: Span) -> str | None:
        text = e.text[4:] if e.text.lower().startswith("the ") else e.text
        if self.d.capital(text) or self.d.lookup(text.title()):
            return None  # a dateline ("BEIRUT (Reuters) -") or a place the model took for an organisation
        stripped = self._strip_title(e)
        if stripped != e.text and (aid := self._by_surname(fold(stripped), e.start) or self.d.lookup(stripped)):
            return aid  # "Outgoing PM Cerar" tagged ORG
        if fold(text.rstrip(" -:\u2013\u2014")) in ("file", "file photo"):
            return None  # "FILE - ...": a photo caption's slug, no body
        if not ARTICLED.sub("", text)[:1].isupper() or len(text) < 2 or text.isdigit() or machine(text):
            return None  # "M109A5", "F-16", "S-400": a model number names equipment, not an actor
        if len(text.split()) >= 2 and fold(text.split()[-1]) in STREETS and not any(
                fold(w) in POLICE_NAMES or fold(w) in ("department", "office", "agency") for w in text.split()[:-1]):  # "Mobile Police on Old Shell Road": the tagger ran a body into a street
            return None  # "Parliament Street", "Congress Avenue": a place's name, no body
        company = False
        if " " not in text and not text.isupper():  # a lone title-case word tagged ORG ("Defense", "Interior") is
            known = self.d.person_by_surname(text)  # rarely an organisation; a leader's surname may be the leader
            if known and self.d.country_of(known) in self.named_states:
                return known
            if fold(text) in self.surnames or not lone_organisation(e, self.d) or self._title_case_line(e):
                return None  # a named person's surname tagged ORG is theirs (pass B); an office word is no one
            company = described_as_company(e)
            text = firm_name(e) if company else text
        low = f" {fold(text)} "
        kind: ActorKind = next((k for w, k in self.d.org_words if f" {w} " in low), "other")
        if kind == "other" and (company or described_as_company(e)):
            kind = "business"  # "Pfizer, the drugmaker", "the tech giant Apple"
        if kind == "other" and e.start > 0 and (self.doc[e.start - 1].lemma_.lower() in OUTLET_NOUNS or (
                e.start > 1 and self.doc[e.start - 2:e.start].text.lower() == "news agency")):
            kind = "media"  # "the newspaper El Diario", "the news agency Tasnim": an outlet whatever its name
        if kind in ("government", "other") and any(w in POLICE_NAMES for w in low.split()):
            kind = "police"  # "the Beverly Hills Police Department", "the County Sheriff's Office"
        if kind == "other" and self._police_acronym(text):
            kind = "police"  # "LAPD", "SFPD officers" in a report on policing (round 18, E)
        if kind == "other" and e.start > 0 and self.doc[e.start - 1].tag_ == "PRP$":
            return None  # "shot into their <car make> <model>", "his <brand> phone": an owned thing, no party
        if kind == "other" and on_building(e) and len(text.split()) >= 2 and not any(t.is_upper for t in e):
            return None  # "the Karim Haddad school": a building's name
        titled = stripped != e.text or (e.start > 0 and self.doc[e.start - 1].lower_.rstrip(".") in self.d.titles)
        if kind == "other" and (titled or _aged(e)) and 2 <= len(stripped.split()) <= 4 and all(
                w[:1].isupper() for w in stripped.split()):
            # "Minister Ahmed Karimov", "Marcus Hale, 33," tagged ORG: a person
            country, parent = self._context(e, sentence=True)
            return self.index.add_local(Entry(id=slug(stripped), name=stripped, kind="person", country=country,
                                              parent=parent))
        country = next((c for t in e if t.text[:1].isupper() and (c := self._state_word(t.text) or (
            self.d.capital(t.text) if t.i > e.start or len(e) > 1 else None))), None)  # "Baghdad University" is Iraqi
        if kind == "igo" and any(t.lower_ in MEMBER_WORDS for t in e):
            country = None  # "the Organization of Eastern Caribbean States": a body of many states, none of them
        country = country or self._apposed_country(e)
        if country is None:  # a lone word's country only where stated beside it ("Google" fined in Brussels)
            country, _ = self._context(e, sentence=kind not in ("igo", "ngo", "business") and (" " in text or text.isupper()))
        if office := self._office_name(e, text, country):
            return office
        return self.index.add_local(Entry(id=slug(text), name=text, kind=kind, country=country))

    def _apposed_country(self, e: Span) -> str | None:
        """"Samsung, the South Korean firm": the state a company noun in apposition with the name is modified by."""
        root = e.root
        nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for n in nouns:
            if n.lemma_.lower() not in COMPANY_NOUNS:
                continue
            for m in n.children:
                if m.dep_ in ("amod", "compound") and m.text[:1].isupper():
                    ent = next((x for x in self.doc.ents if x.start <= m.i < x.end), None)
                    c = self._state_word(ent.text if ent is not None else m.text)
                    if c:
                        return c
        return None

    def _company(self, e: Span) -> str | None:
        """A lone word tagged as a person that the text calls a company and that stands as a party: the company."""
        if not described_as_company(e) or not lone_organisation(e, self.d) or self._title_case_line(e):
            return None
        country = self._apposed_country(e) or self._context(e, sentence=False)[0]
        name = firm_name(e)
        return self.index.add_local(Entry(id=slug(name), name=name, kind="business", country=country))


def firm_name(e: Span) -> str:
    """The company's whole name over the capitalised proper nouns the tagger left beside it, compounds of one another
    ("Purdue Pharma" where only "Pharma" was tagged)."""
    doc, start, end = e.doc, e.start, e.end
    while start > 0 and _bare_propn(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end:
        start -= 1
    while end < len(doc) and _bare_propn(doc[end]) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1
    return doc[start:end].text


def _bare_propn(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not t.ent_type_


def _aged(e: Span) -> bool:
    """The name is followed by an age in commas ("Marcus Hale, 33, is charged"): a person's, whatever its tag."""
    doc = e.doc
    return e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].text.isdigit() \
        and 0 < int(doc[e.end + 1].text) < 120 and doc[e.end + 2].text == ","
