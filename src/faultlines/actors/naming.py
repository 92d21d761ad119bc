"""Pass A of the resolver: named entities -> dictionary actors, demonyms, acronyms, surnames, new actors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..structure import find_dateline
from ..values.names import fold, slug
from .dictionary import Entry
from .kin import Kin
from .name_runs import join_name_runs, namesake_runs, uncaptioned
from .name_shapes import (
    before_possessive,
    counted,
    credit_line,
    lead_modifier,
    on_attack,
    on_building,
    storm,
    surname_keys,
    the_west,
    unsuffixed,
)
from .name_spans import NameSpans
from .offices import OFFICE_NAME_ENDS, OFFICE_NAME_WORDS, Offices
from .organisations import OUTLET_NOUNS, Organisations
from .regions import CUES, Regions, local_unit, state_named
from .state import MODIFIER_DEPS, NAME_LABELS, Hit
from .titles import Titles
from .typos import misspelt_surname

if TYPE_CHECKING:
    from spacy.tokens import Token


class Names(NameSpans, Titles, Kin, Offices, Regions, Organisations):
    """Resolve every named entity once, in document order."""

    def _names(self) -> list[Hit]:
        ents = [self._people_tagged_org(before_count(e)) for e in self.doc.ents if e.label_ in NAME_LABELS]  # "Marcus Reed"
        self.surname_people: dict[str, list[tuple[int, str]]] = {}
        self.given_people: dict[str, list[tuple[int, str]]] = {}  # first word -> (start, person) named in full
        ents = join_name_runs(self.doc, [e for e in uncaptioned(self.doc, ents) if not storm(e) and not self._credited(e)
                                         and not self._office_title_words(e) and not lowercase_title(e)])
        # ("National Publicity Secretary" is an office; "the independent monitors" no newspaper)
        ents = self._untagged_people(ents)  # "the Oscar Kovacs trial": a person the tagger missed
        ents = self._institution_names(ents)  # "the All Progressives Congress" is no "Congress"
        ents = self._people_named_like_states([e if e.ent_id_ in self.d.entries or self.d.lookup(e.text)
                                               else before_possessive(e) for e in ents])  # "Haftar's forces" is a name
        ents, wider = namesake_runs(self.doc, ents, self._keeps_name, self._unnamed_country)  # "Burhan Wani": no leader
        self.renamed |= wider
        for e in ents:
            if e.label_ != "PERSON":
                continue
            name = self._strip_title(e)
            known = e.ent_id_ if e.ent_id_ in self.d.entries and e.start not in self.renamed else self.d.lookup(e.text) or self.d.lookup(name)
            words = unsuffixed(name)
            if known is None and e.text == name and on_attack(e):
                continue  # "the Ain Draham attack": a place's name, no one's surname
            if len(words) >= 2 and (known is None or self.d.kind_of(known) == "person"):
                for key in surname_keys(words[-1]):  # "Odigie-Oyegun", later "Oyegun"
                    self.surnames.setdefault(key, known or slug(name))
                    self.surname_people.setdefault(key, []).append((e.start, known or slug(name)))
                self.given_people.setdefault(fold(words[0]), []).append((e.start, known or slug(name)))
                self._note_kin(e, known or slug(name))
        self._untagged_namesakes(ents)
        hits: list[Hit] = []
        self.named_hits = hits  # pass A's hits so far: the states an unnamed office may belong to
        self.named_states = {c for e in ents if e.start not in self.given_alias and (a := state_named(self.d, e))
                             and (c := self.d.country_of(a))}
        congress_of = self._congress_of(ents)
        sheriffs = self._sheriffs() + self._town_forces()  # before the people, whose office one may be ("County Sheriff Paul Penzone")
        ents = [e for e in ents if not any(h.start <= e.start + (self.doc[e.start].lower_ == "the") and e.end <= h.end
                                           for h in sheriffs)]  # its county, "the Wayne County Prosecutor's Office"
        for e in ents:
            congress = congress_of != "USA.LEG" and fold(e.text) == "congress" and e.ent_id_ == "USA.LEG"
            if congress and congress_of is None:
                continue  # a bare "Congress" in a report on two countries that call their parliament so
            paren = next((t.i for t in e if t.text == "(" and t.i > e.start), None)
            acr = self.doc[paren + 1] if paren is not None and paren + 1 < e.end else None
            if paren is not None:  # "Zagros Liberation Front (ZLF" tagged as one entity
                e = Span(self.doc, e.start, paren, label=e.label_, span_id=e.ent_id_)
            aid, demonym = (congress_of, False) if congress else self._name_actor(e)  # Peru's, India's party
            if aid is not None and acr is not None and acr.text[:1].isupper():
                self.acronyms[acr.text] = aid
                self.index.add_alias(aid, acr.text)
            if aid is None:
                continue
            self.index.add(aid, e.start, e.end)
            entry = self.index.entry(aid)
            if entry is not None and entry.kind == "person":
                self._note_title(e, aid)
            hits.append(Hit(aid, entry.kind if entry else "other", e.root.tag_ in ("NNS", "NNPS") or demonym
                             and e.text.endswith("s"), self.sent_of[e.start], e.start, e.end, demonym,
                            lemma=e.root.lemma_.lower(), named=not demonym, quote=self.quote_of.get(e.start, -1)))
            self._acronym_after(e, aid)
        hits.extend(self._bare_names())
        hits.extend(sheriffs)
        self._note_untagged_titles()
        return sorted(hits, key=lambda h: h.start)

    def _american(self, ents: list[Span], iso: str) -> bool:
        """The report names something of state `iso` besides a bare "Congress" (the U.S., Washington, an American)."""
        for e in ents:
            if fold(e.text) == "congress":
                continue
            aid = e.ent_id_ or self.d.lookup(e.text) or self.d.demonym(e.text) or self.d.capital(e.text)
            if aid and (aid == iso or self.d.country_of(aid) == iso):
                return True
        return False

    def _congress_of(self, ents: list[Span]) -> str | None:
        """Whose a bare "Congress" is: the U.S. one when the report names anything American (or a US party) or no
        state whose parliament (or leading party) is called Congress; else that state's (India's: the party);
        None when it names two such states."""
        if self._american(ents, "USA") or any(t.text in US_PARTIES for t in self.doc):
            return "USA.LEG"
        named = set()
        for e in ents:
            aid = e.ent_id_ or self.d.lookup(e.text) or self.d.demonym(e.text) or self.d.capital(e.text)
            c = self.d.country_of(aid) if aid else None
            if c in CONGRESS_STATES:
                named.add(c)
        if not named:
            return "USA.LEG"
        if len(named) > 1:
            return None
        c = named.pop()
        return "INC" if c == "IND" and self.d.entry("INC") else self.d.sub_actor(c, "LEG")

    def _untagged_namesakes(self, ents: list[Span]) -> None:
        """A known surname after an untagged capitalised first name ("Karim Haddad" the model missed) is one more
        person of that surname, so a bare surname stays ambiguous (a father and a son)."""
        tagged = {i for e in ents for i in range(e.start, e.end)}
        for t in self.doc[1:]:
            key = fold(t.text)
            prev = self.doc[t.i - 1]
            first = prev.i not in tagged or (prev.dep_ == "compound" and prev.head.i == t.i)  # "Karim" read as GPE
            if key not in self.surname_people or t.i in tagged or not first or t.pos_ != "PROPN" \
                    or prev.pos_ != "PROPN" or not prev.text[:1].isupper() or not prev.is_alpha \
                    or prev.lower_.rstrip(".") in self.d.titles or prev.ent_type_ == "DATE":  # "1 February Macron"
                continue
            if all(f"{prev.text} {t.text}" != self.doc[s: s + 2].text for s, _ in self.surname_people[key]):
                self.surname_people[key].append((prev.i, ""))  # someone else, with no actor of their own

    def _credited(self, e: Span) -> bool:
        """A name in a byline or credit line (a ``dateline`` segment that is no "BEIRUT (Reuters) -"): a writer."""
        seg = self.ctx.segment_at(e.start_char)
        if seg is not None and seg.kind == "dateline" and find_dateline(self.ctx.text[seg.start:seg.end]) is None:
            return True
        return credit_line(e) or byline(e)

    def _bare_names(self) -> list[Hit]:
        """Surnames and acronyms the model left untagged ("Witty said", "the ZLF")."""
        if not self.surnames and not self.acronyms:
            return []
        out = []
        for t in self.doc:
            if not t.text[:1].isupper() or self.index.token_actor(t.i) is not None:
                continue
            if t.ent_type_ in ("GPE", "LOC") and self._place_use(Span(self.doc, t.i, t.i + 1)):
                continue  # "Governor Ade Bello ... in Bello": the town
            key = fold(t.text)
            aid = self.acronyms.get(t.text) or self._by_surname(key, t.i) or (
                self._by_surname(near, t.i) if t.pos_ == "PROPN" and (near := self._misspelt(t.i, key)) else None)
            if aid and (t.text in self.acronyms or t.pos_ == "PROPN" or self._surname_as_subject(t)):
                self.index.add(aid, t.i, t.i + 1)
                kind = "person" if t.text not in self.acronyms else (self.d.kind_of(aid) or "other")
                out.append(Hit(aid, kind, False, self.sent_of[t.i], t.i, t.i + 1, named=True,
                               quote=self.quote_of.get(t.i, -1)))
        return out

    def _surname_as_subject(self, t: Token) -> bool:
        """"Troy Beck ... Beck later shot a clerk": a named person's surname the tagger read as a verb or adjective
        is theirs where it stands as a subject, capitalised inside no all-caps line."""
        lead = lead_modifier(t.head) if t.head.i == t.i + 1 else None  # "Long shot two officers"
        first = lead is not None and lead.i == t.i  # (spaCy makes a new Token object on each access: compare indices)
        return (t.dep_ in ("nsubj", "nsubjpass") or first) and t.is_alpha and not t.is_upper and t.text[:1].isupper() \
            and fold(t.text) in self.surname_people

    def _by_surname(self, key: str, at: int, suffix: str | None = None) -> str | None:
        """The person a bare surname at token `at` names: the one person of that surname named before it (with none
        before, the only one in the document); None when two share it (a father and a son)."""
        people = self.surname_people.get(key, [])
        pool = {aid for start, aid in people if start < at} or {aid for _, aid in people}
        if len(pool) > 1:  # "the elder Haddad", "Haddad Jr."
            named = {aid for _, aid in people if aid}
            return self._kin_pick(named, at, suffix) or (self._kin_context(named, at) if suffix is None else None)
        one = (next(iter(pool)) or None) if len(pool) == 1 else None
        return None if one and self._kin_conflict(one, at, suffix) else one

    def _keeps_name(self, aid: str, t: Token) -> bool:
        """`t` beside a one-word name leaves it the dictionary's: a word of the entry's own names, a title, a common
        noun ("Assad Forces", "Trump Tower"), or any word of a title-case line."""
        e = self.d.entry(aid)
        own = {w for n in ((e.name, *e.aliases) if e is not None else ()) for w in fold(n).split()}
        low = t.lower_.rstrip(".")
        return fold(t.text) in own or low in self.d.titles or self.d.sector_of(t.lemma_.lower()) is not None \
            or self.d.sector_of(low) is not None or self._title_case_line(self.doc[t.i:t.i + 1])

    def _name_actor(self, e: Span) -> tuple[str | None, bool]:
        text, label = e.text, e.label_
        if e.start in self.renamed:
            return self._person(e), False
        if e.start in self.widened:
            return self._widened_actor(e), False  # "the All Progressives Congress"
        if body := self._widened_before(e):
            return body, False  # "... Congress said": that party, no other state's body
        if e.start in self.given_alias and (person := self._given_person(e)):
            return person, False  # "Jordan Wells ... Jordan was shot": the person, not Jordan
        if person := self._surname_person(e):
            return person, False  # "Governor Ade Bello ... Bello must resign": the governor, not the town
        if person := self._first_word_person(e):
            return person, False  # "Ban Ki-moon ... Ban said", "Prince Zeid ... Zeid urged": the one so named
        if text in SHOUTED and self._shouting(e):
            return None, False
        if the_west(e):
            return "WEST", False  # "the West backs Kyiv": the Western powers, no American town called West
        if label in ("GPE", "LOC", "ORG") and (row := self._region(e)) is not None:
            return self._region_actor(e, row), False  # "Texas sued": Texas's government; "in Texas": a place
        if label in ("GPE", "ORG", "FAC") and (county := self._county(e)) is not None:
            return county, False
        if label == "NORP" or (label in ("GPE", "ORG") and e.ent_id_ == "" and self.d.demonym(text)
                               and not self.d.lookup(text)):
            iso = self.d.demonym(text) or (e.ent_id_ if self.d.entry(e.ent_id_ or None) else None)
            if iso and self.d.kind_of(iso) == "state":
                people = self.d.sub_actor(iso, "CVL")
                if counted(e) and self.d.entry(people) is not None:
                    return people, True  # "three Palestinians", "many Tunisians": people, not the state
                return iso, True
        if self._other_party(e):
            return None, False  # "Manitoba's New Democrats": not the US Democrats
        if e.ent_id_ and self.index.entry(e.ent_id_) is not None:
            return e.ent_id_, False
        aid = self.d.lookup(text) or self.acronyms.get(text)
        if aid:
            return aid, False
        if label in ("GPE", "LOC", "FAC"):
            return self.d.capital(text) if label == "GPE" and not local_unit(e) else None, False
        if label == "NORP":
            return None, False
        if label == "PERSON":
            return self._person(e), False
        return self._organisation(e), False

    def _other_party(self, e: Span) -> bool:
        """A one-word party name after a capitalised word that makes it another party's name ("New Democrats",
        "Social Democrats", data/actor_cues.yaml `party_name_prefixes`)."""
        prev = self.doc[e.start - 1] if e.start > 0 else None
        aid = e.ent_id_ or self.d.lookup(e.text)
        return len(e) == 1 and prev is not None and prev.text in PARTY_PREFIXES and not prev.is_sent_start \
            and self.d.kind_of(aid or None) == "political_party"

    def _unnamed_country(self, aid: str) -> bool:
        """The entry belongs to a country the report never names (by name, demonym or capital)."""
        country = self.d.country_of(aid)
        return country is not None and not any(
            e.label_ in ("GPE", "NORP", "LOC") and (a := state_named(self.d, e)) and self.d.country_of(a) == country
            for e in self.doc.ents)

    def _first_word_person(self, e: Span) -> str | None:
        """A lone name tagged PERSON or ORG that is the first word of the one person named in full before it (family
        names first, "Wang Yi ... Wang said"), when it is no surname, no known name and no title."""
        if len(e) != 1 or e.label_ not in ("PERSON", "ORG") or not e.text.istitle() or not e.text.isalpha():
            return None
        key = fold(e.text)
        if key in self.surnames or self.d.lookup(e.text) or key in self.d.titles or self._title_case_line(e) \
                or self._placed_word(e):
            return None  # ("police in Jackson" after "Jackson Smith": the town)
        people = {aid for start, aid in self.given_people.get(key, []) if start < e.start}
        return people.pop() if len(people) == 1 else None

    def _shouting(self, e: Span) -> bool:
        """"IS", "US", "WHO" in an all-caps line are words, not names."""
        near = [t for t in self.doc[max(0, e.start - 2):e.end + 2] if t.is_alpha and t.i not in range(e.start, e.end)]
        return bool(near) and all(t.is_upper for t in near)

    def _strip_title(self, e: Span) -> str:
        words = e.text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.d.titles:
            words = words[1:]
        return " ".join(words)

    def _person(self, e: Span) -> str | None:
        name = self._strip_title(e)
        if name == e.text and e.start > 0 and self.doc[e.start - 1].lemma_.lower() in OUTLET_NOUNS \
                and self.doc[e.start - 1].pos_ in ("NOUN", "ADJ") and not self.d.lookup(name):
            country, _ = self._context(e, sentence=False)  # "the newspaper El Faro" tagged PERSON: the outlet
            return self.index.add_local(Entry(id=slug(name), name=name, kind="media", country=country))
        if not any(c.isupper() for c in name) or any(c.isdigit() for c in name):
            return None  # "C-5 Galaxy", "F-16 Falcon": a name with a number is a machine's, not a person's
        aid = self.d.lookup(name)
        if aid:
            return aid
        words = unsuffixed(name)
        key = fold(" ".join(words))
        if len(words) == 1 and key in self.surnames:  # "Haddad", "Haddad Sr."
            suffix = name.split()[-1].lower().rstrip(".") if len(name.split()) > 1 else None
            aid = self._by_surname(key, e.start, suffix)  # None for a surname two people share
            if aid is not None or suffix is None:
                return aid
            # "Haddad Sr." when only "Omar Haddad Jr." is known: someone of his own (made below)
        if len(words) == 1 and len(e) == 1 and e.text == name and (near := self._misspelt(e.start, key)):
            return self._by_surname(near, e.start)  # "Livinston is charged", after "Treon Livingston, 33,"
        key = fold(name)
        if len(name.split()) == 1:
            titled_word = e.text != name or (e.start > 0 and self.doc[e.start - 1].lower_.rstrip(".") in self.d.titles)
            known = self.d.person_by_surname(name)  # "President Reagan", "Chancellor Kohl"
            if not titled_word:  # a lone unknown word tagged PERSON is usually noise ("Thankfully", "Gawd"); a known
                # leader's surname ("Lavrov said") is that leader when the report names the leader's country
                if known and self.d.country_of(known) in self.named_states:
                    return known
                return self._company(e) if key not in self.surnames else None  # "sued Pfizer, ... the drugmaker"
            if known:
                return known
        titled = e.text != name or (e.start > 0 and self.doc[e.start - 1].lower_.rstrip(".") in self.d.titles)
        if not titled and (on_building(e) or on_attack(e)):
            return None  # "the Hoa Lo prison", "the King Fahd hospital", "the Ain Draham attack": a place's name
        if not titled and self._title_case_line(e):
            return None  # "Drone Attack Kills Five": a headline's capitals make no person
        country, parent = self._context(e, sentence=titled)
        parent = parent or (self._office_parent(e, country) if titled else None)
        return self.index.add_local(Entry(id=slug(name), name=name, kind="person", country=country, parent=parent))

    def _misspelt(self, i: int, key: str) -> str | None:
        """The surname of a person named in full that the bare word at `i` misspells (typos.py)."""
        return misspelt_surname(self.doc, i, key, self.surnames, self.d)

    def _title_case_line(self, e: Span) -> bool:
        """A headline-style line: nearly every word, small ones included, starts with a capital."""
        words = [t for t in e.sent if t.is_alpha and not t.is_upper]
        if len(words) < 4:
            return False
        small = [t for t in words if t.i not in range(e.start, e.end)]
        caps = sum(t.text[:1].isupper() for t in small)
        return bool(small) and caps >= 0.8 * len(small)

    def _office_name(self, e: Span, text: str, country: str | None) -> str | None:
        """An office's own name without its state ("the Interior Ministry", "Supreme Court") -> that office of the
        state the passage is about, as a government organ; None when the passage names no one state."""
        words = [fold(w) for w in text.replace("\u2019", "'").split()]
        if not words or words[-1] not in OFFICE_NAME_ENDS and words[0] != "ministry" and \
                not (len(words) >= 2 and words[-2:] == ["prosecutor's", "office"]):
            return None
        if not all(w in OFFICE_NAME_WORDS for w in words) or e.root.i in self.quoted:
            return None
        if country is not None and not any(self._state_word(t.text) == country for t in e if t.text[:1].isupper()):
            country, _ = self._context(e, sentence=False)  # the state of a modifier ("Russia's"), not a nearby one
        country = country or self._office_country(self.sent_of[e.start], self.named_hits)
        if country is None or self.d.kind_of(country) != "state":
            return None
        state = self.d.entry(country)
        name = f"{text} ({state.name if state else country})"
        return self.index.add_local(Entry(id=slug(f"{country} {text}"), name=name, kind="government", country=country,
                                          parent=self.d.sub_actor(country, "GOV")))

    def _state_word(self, word: str) -> str | None:
        """ISO3 for a demonym or a country name ("Angolan", "Angola")."""
        aid = self.d.demonym(word) or self.d.lookup(word)
        return aid if aid and self.d.kind_of(aid) == "state" else None

    def _context(self, e: Span, *, sentence: bool) -> tuple[str | None, str | None]:
        """(country, parent organisation) named around a new actor: "Serbian President X", "King X of Morocco",
        "U.N. Secretary-General X", "X, a retired U.S. colonel"; with `sentence`, else the nearest state
        named in the same sentence (news names a titled official's country close by)."""
        toks: list[Token] = []
        for child in e.root.children:
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                if not (e.start <= child.i < e.end):
                    toks.extend(t for t in child.subtree if abs(t.i - e.start) < 16)
        toks.extend(t for t in self.doc[max(0, e.start - 4):e.start] if t.head.i in range(e.start, e.end))
        country = parent = None
        for t in sorted(toks, key=lambda t: abs(t.i - e.start)):
            aid = self._token_name(t)
            entry = self.index.entry(aid)
            if entry is None:
                continue
            if (entry.kind in ("igo", "ngo", "armed_group", "political_party", "media") or ".ADM" in entry.id) \
                    and parent is None:  # "Texas Gov. Greg Abbott" serves Texas's government
                parent = entry.id
            country = country or entry.country
            if country:
                break
        if country is None and parent is None and sentence:
            sent = self.doc[e.start].sent if self.doc.has_annotation("SENT_START") else self.doc[:]
            outlet = e.start > 0 and self.doc[e.start - 1].lemma_.lower() in OUTLET_NOUNS  # "the newspaper El Heraldo"
            best = None
            for t in sent:
                if t.i in range(e.start, e.end) or not t.text[:1].isupper() or outlet and _reported(t, e.root):
                    continue
                aid = self._token_name(t)
                if aid and self.d.kind_of(aid) == "state" and (best is None or abs(t.i - e.start) < best[0]):
                    best = (abs(t.i - e.start), aid)
            country = best[1] if best else None
        return country, parent

    def _acronym_after(self, e: Span, aid: str) -> None:
        doc = self.doc
        if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")":
            acr = doc[e.end + 1].text
            if 2 <= len(acr) <= 8 and acr[0].isupper() and sum(c.isupper() for c in acr) >= 2:
                self.acronyms[acr] = aid
                self.index.add_alias(aid, acr)


# States whose parliament (or, for India, the party news means) is called "Congress" in English copy.
CONGRESS_STATES = frozenset({"PHL", "PER", "COL", "ARG", "BRA", "CHL", "MEX", "GTM", "HND", "PRY", "DOM", "ECU", "SLV",
                             "BOL", "LBY", "IND", "FSM", "MHL"})
SHOUTED = frozenset({"IS", "US", "WHO", "ICE", "AP"})  # acronyms that are also English words in capitals
US_PARTIES = frozenset({"Republican", "Republicans", "Democrats", "GOP"})
PARTY_PREFIXES = frozenset(CUES["party_name_prefixes"])


def byline(e: Span) -> bool:
    """"By Peter Goffin, The Canadian Press.": a name after a sentence's opening "By" and before its comma or stop
    is the writer's, no party (a pronoun after it is not the writer)."""
    doc = e.doc
    if e.label_ != "PERSON" or e.start == 0 or e.end >= len(doc):
        return False
    by = doc[e.start - 1]
    return by.lower_ == "by" and by.i == by.sent.start and (doc[e.end].text in (",", ".", ";", "|")
                                                            or doc[e.end].is_space)


def before_count(e: Span) -> Span:
    """"shooting McDonald 16 times": a name the tagger ran on into the count after it ends before the count; a
    headline's name runs on into neither the dateline glued to it ("Leader Besigye-KAMPALA — ...") nor the
    headline's verb ("Commander Badreddine Killed in Syria")."""
    doc = e.doc
    if len(e) > 1 and e[-1].like_num and e.end < len(doc) and doc[e.end].lemma_.lower() == "time":
        return Span(doc, e.start, e.end - 1, label=e.label_, span_id=e.ent_id_)
    dash = next((t.i for t in e if t.text == "-" and t.i > e.start and t.i + 1 < e.end and doc[t.i + 1].is_upper
                 and doc[t.i + 1].is_alpha and len(doc[t.i + 1]) > 2 and not doc[t.i - 1].is_upper), None)
    if dash is not None:  # "Besigye-KAMPALA": a title-case name, then a capitalised filing city
        return Span(doc, e.start, dash, label=e.label_, span_id=e.ent_id_)
    if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in HEADLINE_VERBS and e[-1].text.istitle():
        return Span(doc, e.start, e.end - 1, label=e.label_, span_id=e.ent_id_)
    return e


# past participles and present verbs a title-case headline puts right after a name ("X Killed", "X Arrested")
HEADLINE_VERBS = frozenset({"killed", "captured", "arrested", "detained", "jailed", "freed", "released", "sentenced",
                            "charged", "convicted", "acquitted", "wounded", "injured", "shot", "dies", "died", "dead",
                            "says", "said", "warns", "urges", "visits", "meets", "condemns", "accuses", "denies",
                            "resigns", "confirmed", "executed", "abducted", "kidnapped", "slain", "ousted", "elected"})


def lowercase_title(e: Span) -> bool:
    """"the independent monitors", "the nation's capital": a title of the dictionary's made of "the" and one common
    word ("The Independent", "The Nation") matches its case-blind pattern in lower case; then it is that word."""
    return len(e) == 2 and e[0].lower_ == "the" and e[1].is_lower and bool(e.ent_id_)


def _reported(t: Token, root: Token) -> bool:
    """`t` stands in a clause reported by another ("X said Peru had ...", "reported that Bolivia ...") that does not
    hold `root`: a state named there is what the outlet reports on, not the outlet's country (for a person speaking
    it mostly is: a minister speaks of his own state, so this holds only for outlets)."""
    for a in [t, *t.ancestors]:
        if a.dep_ in ("ccomp", "parataxis") and not a.left_edge.i <= root.i <= a.right_edge.i:
            return True
    return False
