"""Organisations the dictionary lacks named by one word ("Pfizer sued ...", "regulators fined Samsung"): an actor
when the word stands as a party and is no office or common actor word; a company when the text calls it one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .dictionary import Dictionary

# Nouns that call an organisation a company ("the drugmaker", "the tech giant", "the South Korean firm").
COMPANY_NOUNS = frozenset({"company", "firm", "giant", "maker", "drugmaker", "carmaker", "automaker", "manufacturer",
                           "corporation", "conglomerate", "retailer", "bank", "lender", "insurer", "airline", "carrier",
                           "startup", "brand", "producer", "supplier", "contractor", "developer", "publisher",
                           "multinational", "chain", "subsidiary", "exporter", "utility", "operator", "platform",
                           "shipper", "broker", "fund", "investor", "chipmaker", "telecom", "refiner", "distributor"})
# Capitalised words the tagger takes for an organisation that name an office or a body of a state, not a firm.
OFFICE_WORDS = frozenset({"defense", "defence", "interior", "treasury", "justice", "commerce", "energy", "labor",
                          "labour", "health", "education", "agriculture", "state", "foreign", "finance", "house",
                          "senate", "congress", "parliament", "cabinet", "police", "army", "navy", "court", "ministry",
                          "government", "administration", "security", "intelligence", "pentagon", "kremlin",
                          "council", "assembly", "embassy", "opposition", "coalition", "alliance", "union"})
SURNAME_PREFIX = re.compile(r"^(Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|St|Al|El|Ben|Abu|O)[A-Z]")  # "VanBuskirk", "McCain"
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
