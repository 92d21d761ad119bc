"""Entity spans the resolver redraws before reading them: a state's or town's name that begins a person's name
("Chad Miller", "Israel Katz") and, later alone, is that person; an institution word inside a longer name ("the All
Progressives Congress", "the Congress of South African Trade Unions") that is that name, not another state's body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..records import ActorKind
from ..values.names import fold, slug
from .dictionary import Entry
from .genders import given_sex, place_given_name
from .name_shapes import BUILDINGS, PLACE_WORDS
from .regions import regions
from .state import ORGANS, PLACE_PREPS, Base

if TYPE_CHECKING:
    from spacy.tokens import Token

# words a dictionary body is called by alone ("Congress", "Parliament") that also end or begin other bodies' names
INSTITUTION_WORDS = frozenset({"congress", "parliament", "senate", "assembly", "council", "court", "cabinet", "duma",
                               "majlis"})
LANDFORMS = frozenset({"basin", "valley", "river", "sea", "lake", "mountains", "hills", "desert", "plateau", "delta",
                       "coast", "region", "province", "state", "county", "city", "district", "border", "gorge", "strait",
                       "memorial", "center", "centre", "hall", "house", "college", "institute", "harbor",
                       "harbour", "beach", "falls", "heights", "springs", "island", "islands", "area", "metro",
                       "downtown", "police", "fire", "zoo", "airport", "station", "drive", "lane", "boulevard", "way",
                       "court", "place", "parkway", "circle", "terrace", "trail", "pike", "plaza"})
# words of a state's own style for its bodies: with no other word they name no body of their own
STATE_STYLES = frozenset({"national", "general", "federal", "supreme", "grand", "great", "popular", "constituent",
                          "legislative", "central", "state", "upper", "lower", "people's", "peoples", "new",
                          "transitional", "provisional", "interim", "high", "consultative", "islamic", "royal"})
# last words of a body's name that "the <Word>" later stands for ("the Mission", "the Commission")
BODY_HEADS = frozenset({"mission", "commission", "committee", "council", "panel", "agency", "authority", "tribunal",
                        "board", "office", "directorate", "bureau", "secretariat", "taskforce", "delegation"})
# kin and partner nouns a person's name follows ("girlfriend Reeva Lenz", "his son, Tom Reyes")
PARTNER_NOUNS = frozenset({"wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "partner",
                           "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "nephew",
                           "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "stepson", "stepdaughter"})
NAME_GLUE = frozenset({"of", "and", "the", "for", "&"})
STREET_ABBREVIATIONS = frozenset({"ave", "st", "rd", "blvd", "dr", "ln", "hwy", "pkwy", "ct", "pl", "cir", "ter",
                                  "sq", "fwy", "expy"})
# verbs whose object is a place ("visited Bello")
PLACE_VERBS = frozenset({"visit", "tour", "leave", "enter", "reach", "flee", "evacuate", "invade", "capture", "seize",
                         "bomb", "shell", "overrun", "occupy", "besiege", "liberate", "retake", "govern", "rule"})
# the head of an office's title ("the National Publicity Secretary")
OFFICE_HEADS = frozenset({"secretary", "director", "officer", "chairman", "chairperson", "chairwoman", "chair",
                          "spokesman", "spokeswoman", "spokesperson", "coordinator", "treasurer", "organiser",
                          "organizer", "adviser", "advisor", "commissioner", "controller", "superintendent", "registrar",
                          "auditor", "deputy", "manager", "head"})
# what a place owns that a person does not ("Paris's mayor")
PLACE_OWNED = frozenset({"mayor", "governor", "police", "council", "government", "residents", "streets", "suburbs",
                         "airport", "port", "population", "economy", "army", "military", "forces", "capital",
                         "border", "people", "citizens", "authorities", "ministry", "embassy", "president"})


def _glued_name(e: Span) -> Span | None:
    """An organisation's name the tagger cut after its "of" ("the Office of the | United States Trade Representative",
    "Union of | journalists"): the name runs on through the noun phrase of that "of" (a short one, no clause)."""
    if e.label_ != "ORG" or len(e) < 2 or e[-1].lower_ not in ("of", "the") or e[0].lower_ == "of":
        return None
    of = next((t for t in reversed(e) if t.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.i < e.end or obj.right_edge.i - e.end > 6 or obj.pos_ not in ("PROPN", "NOUN") or any(
            w.is_punct or w.pos_ in ("VERB", "AUX") for w in e.doc[e.end:obj.right_edge.i + 1]):
        return None
    start = e.start + 1 if e[0].lower_ == "the" else e.start
    return Span(e.doc, start, obj.right_edge.i + 1, label="ORG")


class NameSpans(Base):
    """Pass A's redrawn spans (mixed into `Names`)."""

    surname_people: dict[str, list[tuple[int, str]]]  # surname key -> (start, person) of each named in full

    def _state_word(self, word: str) -> str | None:
        raise NotImplementedError

    def _people_named_like_states(self, ents: list[Span]) -> list[Span]:
        """"Chuck Jordan", "Israel Katz", "Chad Smith": a one-word state name joined (as a compound) to a first name
        before it or to a person's name after it is part of that person's name, not the state; so is a place that is
        also a given name before an untagged surname ("Jordan Wells", "Paris Hale")."""
        out: list[Span] = []
        skip: set[int] = set()
        self.renamed = set()  # spans made here: their root token's entity id is the state's
        tagged = {i for e in ents for i in range(e.start, e.end)}
        for k, e in enumerate(ents):
            if k in skip:
                continue
            state = len(e) == 1 and e.label_ == "GPE" and self.d.kind_of(e.ent_id_ or None) == "state"
            given = len(e) == 1 and e.label_ in ("GPE", "LOC") and place_given_name(e.text)
            if state or given:
                t = e[0]
                nxt = ents[k + 1] if k + 1 < len(ents) else None
                if nxt is not None and nxt.label_ == "PERSON" and nxt.start == e.end and t.dep_ == "compound" \
                        and t.head.i in range(nxt.start, nxt.end) and not t.is_upper \
                        and nxt[0].lower_.rstrip(".") not in self.d.titles:  # not "US President Trump"
                    out.append(Span(self.doc, e.start, nxt.end, label="PERSON"))
                    self.renamed.add(e.start)
                    skip.add(k + 1)
                    continue
                odd = nxt is not None and nxt.start == e.end and len(nxt) == 1 and nxt.label_ in ("GPE", "LOC", "ORG") \
                    and not nxt.ent_id_  # "Paris Hamlin": an unknown surname the tagger took for a place
                if given and self._surname_after(t, tagged - ({e.end} if odd else set())):
                    out.append(Span(self.doc, e.start, e.end + 1, label="PERSON"))
                    self.renamed.add(e.start)
                    skip.update({k + 1} if odd else set())
                    continue
                prev = self.doc[e.start - 1] if e.start > 0 else None
                if state and prev is not None and self._first_name(prev, t) and prev.i not in tagged:
                    out.append(Span(self.doc, prev.i, e.end, label="PERSON"))
                    self.renamed.add(prev.i)
                    continue
            if (start := self._named_before_place(e, ents[k + 1] if k + 1 < len(ents) else None, tagged)) is not None:
                out.append(Span(self.doc, start, e.end + (start == e.start), label="PERSON"))
                self.renamed.add(start)
                skip.update({k + 1} if start == e.start else set())
                continue
            out.append(e)
        self._given_aliases(out)
        return out

    def _named_before_place(self, e: Span, nxt: Span | None, tagged: set[int]) -> int | None:
        """Where a person's name starts that ends in a town's or state's name ("Governor Ade Bello", "Senator Mary
        Paris"): a one-word place after a titled first name or a known given name joined to it; None when none."""
        if e.label_ == "PERSON" and nxt is not None and nxt.start == e.end and len(nxt) == 1 \
                and nxt.label_ in ("GPE", "LOC") and e[-1].dep_ == "compound" and e[-1].head.i == nxt.start \
                and self._given_or_titled(e[-1]) and self._place_as_surname(nxt[0]):
            return e.start  # "Senator Mary Paris": "Mary" tagged alone, "Paris" the place
        if len(e) != 1 or e.label_ not in ("GPE", "LOC") or e.start == 0 or not self._place_as_surname(e[0]):
            return None
        prev = self.doc[e.start - 1]
        if prev.i > 0 and (self.doc[prev.i - 1].like_num or self.doc[prev.i - 1].lower_ in ("on", "at")):
            return None  # "at 7900 Scott Hamilton", "the inn on Scott Hamilton": a street
        if prev.i in tagged or not self._given_or_titled(prev) or not self._first_name(prev, e[0]) \
                and not (prev.i > 0 and self.doc[prev.i - 1].lower_.rstrip(".") in self.d.titles
                         and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == e.start):
            return None  # ("Governor Ade Bello": "Governor" before "Ade" is what _first_name refuses)
        return prev.i

    def _given_or_titled(self, t: Token) -> bool:
        """`t` is a known given name or a capitalised word right after a title ("Governor Ade")."""
        titled = t.i > 0 and self.doc[t.i - 1].lower_.rstrip(".") in self.d.titles
        return t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_.rstrip(".") not in self.d.titles \
            and fold(t.text) not in PLACE_WORDS and (given_sex(t.text) is not None or titled)

    def _place_as_surname(self, t: Token) -> bool:
        """A place's word that may end a person's name: capitalised, no compass word, no street or landform after it
        ("Paris Drive"), no possessive or "-based" after it."""
        after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        return t.is_alpha and t.text[:1].isupper() and not t.is_upper and fold(t.text) not in PLACE_WORDS \
            and fold(t.text) not in regions() \
            and not (after is not None and (fold(after.text) in LANDFORMS or fold(after.text) in BUILDINGS
                                            or after.text[:1].isupper() and after.is_alpha or after.text == "-"))

    def _surname_person(self, e: Span) -> str | None:
        """"Governor Ade Bello ... Bello must resign": a lone place word after a person whose surname it is names that
        person, unless it stands as a place here ("in Bello", "Bello police", "the Paris talks"); a state's name only
        where the text never uses it as a place."""
        if len(e) != 1 or e.label_ not in ("GPE", "LOC") or e.start in self.renamed:
            return None
        key = fold(e.text)
        people = [(s, aid) for s, aid in self.surname_people.get(key, []) if s < e.start and aid]
        if not people or len({aid for _, aid in people}) > 1 or self._place_use(e):
            return None
        place = e.ent_id_ or self.d.lookup(e.text) or self.d.capital(e.text)
        if any(fold(o.text) == key and self._place_use(o) for o in self.doc.ents if o.start != e.start and len(o) == 1) \
                and (place is not None and self.d.kind_of(place) == "state"
                     or e.root.dep_ not in ("nsubj", "nsubjpass", "poss")):
            return None  # "Chuck Jordan ... in Jordan ... Jordan", "John Tyler ... in Tyler ... of Tyler": the report
            # speaks of the place too; the person only as a doer ("Tyler said")
        aid = people[-1][1]
        entry = self.index.entry(aid)
        if entry is None or entry.kind != "person" or (place is not None and entry.country == self.d.country_of(place)):
            return None
        return aid

    def _place_use(self, e: Span) -> bool:
        """The word stands as a place here: "in Bello", "Bello police", "Bello's mayor", "Paris-based", "visited
        Bello", "the Paris talks"."""
        root = e.root
        if e.start > 0 and self.doc[e.start - 1].lower_ in ("the", "a", "an"):
            return True  # "the Paris talks", "an Easter present": a person's surname takes no article
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i > 0 and self.doc[root.head.i - 1].text == ",":
            return True  # "Laprida Shears, 25, of Tyler": a hometown
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first is not root and (first.ent_type_ in ("GPE", "LOC") or first.dep_ == "pobj"
                                  and first.head.lower_ in PLACE_PREPS) or any(
                c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
            return True  # "Tyler or Longview", "in Longview or Tyler", "Longview, Tyler and Jacksonville"
        return self._placed_word(e) or self._possessed_place(root) or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_VERBS)

    def _possessed_place(self, t: Token) -> bool:
        """"Paris's mayor", "Paris-based": the word names the place."""
        after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        return after is not None and (after.text == "-" and not t.whitespace_ or after.tag_ == "POS"
                                      and t.i + 2 < len(self.doc) and self.doc[t.i + 2].lemma_.lower() in PLACE_OWNED)

    def _people_tagged_org(self, e: Span) -> Span:
        """"Marcus Reed" tagged ORG: two capitalised words, the first a known given name, the second no body's, place's
        or building's word, with no "the" before (but "the Marcus Reed trial") and no capitalised word after, that the
        dictionary does not know, are a person; so is a name after a kin noun ("girlfriend Ana Lenz") tagged a place."""
        doc = self.doc
        if self._kin_named(e):
            return Span(doc, e.start, e.end, label="PERSON")  # "his girlfriend Reeva Lenz" tagged FAC
        whole = e
        if e.label_ == "ORG" and len(e) == 3 and e[0].lower_ == "the":
            e = Span(doc, e.start + 1, e.end, label="ORG")  # "the Felix Moreau trial" tagged with its article
        if e.label_ != "ORG" or len(e) != 2 or e.ent_id_ or self.d.lookup(e.text) or given_sex(e[0].text) is None:
            return whole
        last = e[1]
        low = fold(last.text)
        before = doc[e.start - 1] if e.start > 0 else None
        after = doc[e.end] if e.end < len(doc) else None
        article = (after is not None and after.is_lower and after.pos_ == "NOUN"
                   and last.dep_ == "compound" and last.head.i == after.i)  # "the X Y trial"
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in e) \
                or before is not None and (before.lower_ == "the" and not article or before.text[:1].isupper()
                                           and before.is_alpha) \
                or after is not None and (after.text[:1].isupper() and after.is_alpha or after.text in ("-", "&")) \
                or low in BUILDINGS or low in LANDFORMS or low in PLACE_WORDS or low in INSTITUTION_WORDS \
                or low in BODY_HEADS or low in OFFICE_HEADS or low in STREET_ABBREVIATIONS or self.d.sector_of(low) or self._state_word(last.text) \
                or self.d.capital(last.text) or self.d.lookup(last.text) or any(w == low for w, _ in self.d.org_words):
            return whole
        return Span(doc, e.start, e.end, label="PERSON")

    def _credited(self, e: Span) -> bool:
        raise NotImplementedError

    def _kin_named(self, e: Span) -> bool:
        """A two- or three-word name right after a kin or partner noun it belongs to ("girlfriend Reeva Lenz", "his
        wife, Ana Perez"), tagged a building, body or place the dictionary does not know, is a person."""
        if e.label_ not in ("FAC", "ORG", "GPE", "PRODUCT", "WORK_OF_ART") or not 2 <= len(e) <= 3 or e.ent_id_ \
                or self.d.lookup(e.text) or e.start == 0:
            return False
        if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN" for t in e):
            return False
        k = e.start - 1 if self.doc[e.start - 1].text != "," else e.start - 2
        kin = self.doc[k] if k >= 0 else None
        low = fold(e[-1].text)
        if kin is None or not kin.is_lower or kin.lemma_.lower() not in PARTNER_NOUNS or low in BUILDINGS \
                or low in LANDFORMS or low in PLACE_WORDS or low in BODY_HEADS:
            return False
        return (kin.dep_ == "compound" and kin.head.i == e.root.i) or (e.root.dep_ == "appos" and e.root.head.i == kin.i)

    def _untagged_people(self, ents: list[Span]) -> list[Span]:
        """"the Oscar Kovacs trial" the tagger left untagged: a known given name and a capitalised surname, both untagged
        proper nouns, passing the checks of `_people_tagged_org` ("the" before allowed when the name modifies a
        lowercase noun after it), are a person."""
        doc = self.doc
        tagged = {i for e in (*ents, *doc.ents) for i in range(e.start, e.end)}  # dropped ones too (a photo credit)
        out = list(ents)
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if t.i in tagged or nxt.i in tagged or t.pos_ != "PROPN" or nxt.pos_ != "PROPN" \
                    or given_sex(t.text) is None or t.sent != nxt.sent:
                continue
            person = self._people_tagged_org(Span(doc, t.i, t.i + 2, label="ORG"))
            if person.label_ == "PERSON" and not self._credited(person):
                out.append(person)
                tagged.update((t.i, nxt.i))
        return sorted(out, key=lambda e: e.start)

    def _office_title_words(self, e: Span) -> bool:
        """"The National Publicity Secretary", "the Chief Security Officer": words of an office's title before its
        head ("Secretary", "Director") the tagger took for a body's name; no body the dictionary knows or a body's word
        ("Forum", "Party") inside."""
        head = self.doc[e.end] if e.end < len(self.doc) else None
        if e.label_ != "ORG" or head is None or fold(head.text) not in OFFICE_HEADS or not head.text[:1].isupper() \
                or e.root.dep_ != "compound" or e.root.head.i != head.i or e.ent_id_ or self.d.lookup(e.text):
            return False
        low = f" {fold(e.text)} "
        return all(t.is_alpha and t.lower_ != "the" for t in e) and not any(f" {w} " in low for w, _ in self.d.org_words) \
            and not any(self._state_word(t.text) or self.d.lookup(t.text) for t in e)

    def _surname_after(self, t: Token, tagged: set[int]) -> bool:
        """The word after `t` reads as a surname the tagger missed: an untagged capitalised proper noun that `t`
        modifies, no place, building, title, actor noun or name of its own ("Jordan Valley", "Chad Basin" are not)."""
        if t.i + 1 >= len(self.doc) or t.is_upper:
            return False
        before = self.doc[t.i - 1] if t.i > 0 else None
        if before is not None and (before.text[:1].isupper() and before.pos_ == "PROPN"
                                   or before.text == "-" and not before.whitespace_):
            return False  # "Lake Chad Basin", "North Jordan Road": part of a place's name
        if before is not None and before.pos_ == "NOUN" and (self.d.sector_of(before.lemma_.lower()) or any(
                w == before.lemma_.lower() for w, _ in self.d.org_words)):
            return False  # "the party Israel Beitenu", "the group Jordan Watch": a body's name
        n = self.doc[t.i + 1]
        low = fold(n.text)
        after = self.doc[n.i + 1] if n.i + 1 < len(self.doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ in ("PROPN", "NOUN") and after.is_alpha:
            return False  # "Dallas Area Rapid Transit", "Jordan River Foundation": a longer name
        return (n.i not in tagged and n.pos_ == "PROPN" and n.is_alpha and n.text[:1].isupper() and not n.is_upper
                and t.dep_ == "compound" and t.head.i == n.i and low not in PLACE_WORDS and low not in BUILDINGS
                and low not in LANDFORMS
                and (not (low in self.d.titles or self.d.sector_of(n.lemma_.lower()) or self.d.sector_of(low))
                     or after is not None and after.text in (",", "'s", "’s"))  # "Tyre King, 13," or "Tyre King's
                # death": a surname that is also a title or an actor noun, closed by a comma or a possessive (round 20, P)
                and not self.d.lookup(n.text) and not self._state_word(n.text) and not self.d.capital(n.text)
                and low not in regions()  # "Jackson Mississippi", "Victoria Texas"
                and not any(f" {w} " in f" {low} " for w, _ in self.d.org_words))

    def _given_aliases(self, ents: list[Span]) -> None:
        """A lone word after a person named with it as given name ("Jordan Wells ... Jordan was shot") is that
        person (`given_alias`: entity start -> the full name), unless the person is of the state the word names."""
        self.given_alias = {}
        people = [(e.start, fold(e[0].text), e) for e in ents if (e.start in self.renamed or e.label_ == "PERSON")
                  and len(e) >= 2 and place_given_name(e[0].text)
                  and (e[1].lower_.rstrip(".") not in self.d.titles or e.start in self.renamed)]  # "Tyre King" made here
        # ("Georgia Gov. Brian Kemp" tagged as one name is no "Georgia" of his)
        for e in ents:
            if len(e) != 1 or e.start in self.renamed or e.label_ not in ("GPE", "LOC", "PERSON", "ORG"):
                continue
            full = next((p for start, word, p in reversed(people) if start < e.start and word == fold(e.text)), None)
            if full is not None and not self._placed_word(e):
                self.given_alias[e.start] = full

    def _placed_word(self, e: Span) -> bool:
        """"in Jackson", "Jackson, Miss.", "Jackson police": the word names the town, whoever shares its name."""
        root, doc = e.root, self.doc
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            return True
        if e.end + 1 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].ent_type_ == "GPE":
            return True
        return root.dep_ == "compound" and root.head.pos_ == "NOUN"

    def _given_person(self, e: Span) -> str | None:
        """The person a lone given name stands for (see `_given_aliases`); None when that person is the state's."""
        full = self.given_alias.get(e.start)
        if full is None:
            return None
        aid = self._person(full)
        entry = self.index.entry(aid)
        place = e.ent_id_ or self.d.lookup(e.text) or self.d.capital(e.text)
        if entry is None or (place is not None and entry.country == self.d.country_of(place)):
            return None  # "Israel Katz ... Israel": the minister's own state, named as such
        return aid

    def _person(self, e: Span) -> str | None:
        raise NotImplementedError

    def _first_name(self, prev: Token, t: Token) -> bool:
        """`prev` reads as a first name before the word `t`: a capitalised proper noun joined to it, no title, no
        compass or place word ("North Korea", "Greater Syria"), no name of its own."""
        low = prev.lower_.rstrip(".")
        before = self.doc[prev.i - 1] if prev.i > 0 else None
        if before is not None and (before.text == "-" or before.pos_ == "PROPN" or before.text[:1].isupper()):
            return False  # "Jamiat-i-Islami Afghanistan", "Bank of Central Jordan": part of a longer name
        return (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == t.i and prev.is_alpha
                and prev.ent_type_ != "DATE"  # "On 3 March Kenya attacked": a month is no given name
                and prev.text[:1].isupper() and not prev.is_upper and low not in self.d.titles
                and low not in PLACE_WORDS and self._token_name(prev) is None)

    def _institution_names(self, ents: list[Span]) -> list[Span]:
        """Each institution word the dictionary reads alone ("Congress") that heads a longer proper name becomes
        that whole name, an organisation of its own; the entities inside it go."""
        self.inside: dict[int, str] = {}  # start -> the dictionary name a widened name begins with
        wide = [w for e in ents if (w := self._institution_name(e) or self._name_inside(e) or _glued_name(e)) is not None]
        self.widened = {}  # start -> the state an entity inside names ("South African"); their root's id is the body's
        if not wide:
            return ents
        for w in wide:
            inner = [e for e in ents if e.start < w.end and w.start < e.end]
            states = {c for e in inner if (a := e.ent_id_ or self._state_word(e.text)) and (c := self.d.country_of(a))
                      and self.d.kind_of(a) == "state"} | {c for t in w if (c := self._state_word(t.text))}
            self.widened[w.start] = states.pop() if len(states) == 1 else None
        out = [e for e in ents if not any(e.start < w.end and w.start < e.end for w in wide)] + wide
        return sorted(out, key=lambda e: e.start)

    def _widened_before(self, e: Span) -> str | None:
        """"The All Progressives Congress ... Congress said": a lone institution word after a name widened around the
        same word is that name's body (the nearest such name before it)."""
        if len(e) != 1 or fold(e.text) not in INSTITUTION_WORDS:
            return None
        for start in sorted((s for s in self.widened if s < e.start), reverse=True):
            aid = self.index.token_actor(start)
            body = self.index.entry(aid)
            if aid and body is not None and fold(e.text) in {fold(w) for w in body.name.split()}:
                return aid
        return None

    def _widened_actor(self, e: Span) -> str | None:
        """The organisation a widened name stands for: the dictionary's, else one of its own, of the state a name inside
        it gives, else of the state named nearest in its sentence."""
        text = e.text
        if aid := self.d.lookup(text):
            return aid
        low = f" {fold(text)} "
        kind: ActorKind = next((k for w, k in self.d.org_words if f" {w} " in low), "other")
        country = self.widened.get(e.start) or self._context(e, sentence=True)[0]
        inner = self.inside.get(e.start)  # "the European Union Election Observation Mission" is the EU's
        parent = inner if inner and self.d.kind_of(inner) == "igo" else None
        if kind == "other" and parent:
            kind = "igo"
        return self.index.add_local(Entry(id=slug(text), name=text, kind=kind, country=country, parent=parent))

    def _context(self, e: Span, *, sentence: bool) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def _institution_name(self, e: Span) -> Span | None:
        """"the All Progressives Congress", "the National Democratic Congress", "the Congress of South African Trade
        Unions": the name around a lone institution word; None when the words beside it are a state's ("the
        Peruvian Congress", "the Congress of Colombia") or there are none."""
        if len(e) != 1 or fold(e.text) not in INSTITUTION_WORDS or not e.ent_id_:
            return None
        t, doc = e[0], self.doc
        start = t.i
        while start > 0 and self._name_word(doc[start - 1]) and t.i >= doc[start - 1].head.i >= start:
            start -= 1
        while t.i > start > 0 and self._state_word(doc[start - 1].text) and doc[start - 1].text[:1].isupper() \
                and t.i >= doc[start - 1].head.i >= start:
            start -= 1  # "the Nigeria Labour Congress": a state's name before the name's own words ("the Peruvian
            # Congress" has none)
        end = t.i + 1
        of = doc[end] if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == t.i else None
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if of is not None and obj is not None and obj.pos_ == "PROPN":
            words = doc[of.i + 1:obj.right_edge.i + 1]
            named = [w for w in words if w.lower_ not in NAME_GLUE]
            bare = words.text[4:] if words.text.lower().startswith("the ") else words.text
            if named and all(w.text[:1].isupper() and w.is_alpha for w in named) and not self._state_word(bare) \
                    and not self.d.capital(bare) and not self._state_word(obj.text):
                end = obj.right_edge.i + 1
        if end == t.i + 1 and all(fold(w.text) in STATE_STYLES for w in doc[start:t.i]):
            start = t.i  # "the National Congress", "the Federal Parliament": a state's own body, by its style
        if start == t.i and end == t.i + 1:
            return None
        return Span(doc, start, end, label="ORG")

    def _name_inside(self, e: Span) -> Span | None:
        """"The Independent National Electoral Commission", "the European Union Election Observation Mission": a
        dictionary name (no state or state organ) that begins a longer proper name ending in a body's word is part of
        that name."""
        if not e.ent_id_ or self.d.kind_of(e.ent_id_) in (None, "person", *ORGANS) or e[-1].dep_ != "compound":
            return None  # "the Verkhovna Rada Committee on ...": a state organ's part stands for the organ
        head, doc = e[-1].head, self.doc
        if head.i < e.end or head.i - e.end > 4 or fold(head.text) not in BODY_HEADS or not head.text[:1].isupper() \
                or head.ent_id_ or any(not self._name_word(w) for w in doc[e.end:head.i]):
            return None
        start = e.start + 1 if e[0].lower_ == "the" else e.start
        self.inside[start] = e.ent_id_
        return Span(doc, start, head.i + 1, label="ORG")

    def _named_by_head(self, ch: Span, head: Token) -> str | None:
        """"The Mission", "the Commission" after a body named in full whose name holds that word ("... Election
        Observation Mission"): that body, the nearest named in the six sentences before; None when none."""
        if fold(head.text) not in BODY_HEADS or not head.text[:1].isupper() or head.pos_ != "PROPN" \
                or not any(t.lower_ == "the" for t in ch if t.i < head.i) or len(ch) > 3:
            return None
        sent = self.sent_of[head.i]
        for h in reversed(self.history):
            if sent - h.sent > 6:
                break
            e = self.index.entry(h.actor)
            if h.start < head.i and h.named and e is not None and e.kind not in ("state", "person") \
                    and any(fold(t.text) == fold(head.text) for t in self.doc[h.start:h.end] if t.i != head.i):
                return h.actor
        return None

    def _name_word(self, w: Token) -> bool:
        """A capitalised word of an organisation's own name: no state, demonym, capital, title, number or name of a
        body the dictionary knows ("U.S.", "Peruvian", "Rep.")."""
        return (w.is_alpha and w.text[:1].isupper() and w.pos_ in ("PROPN", "ADJ", "NOUN") and not w.ent_id_
                and w.lower_ not in self.d.titles and not self._state_word(w.text) and not self.d.capital(w.text)
                and not self.d.lookup(w.text) and w.ent_type_ not in ("GPE", "NORP", "DATE", "ORDINAL"))
