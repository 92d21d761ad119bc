"""Generic references ("these groups", "the government"), members ("fighters of X"), pronouns and "we"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .genders import name_gender, unnamed_person
from .lookup import leader_faction
from .state import (
    DEFINITE,
    FIRST_PLURAL,
    MANY,
    NATIONAL,
    NUMBERLESS,
    ORGANS,
    PRONOUN_WINDOW,
    THIRD_PLURAL,
    THIRD_SINGULAR,
    WINDOW,
    Hit,
)
from .topics import OTHER_SEX, Topics

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "lady", "queen", "princess", "baroness",
                               "dame", "mrs.", "ms."})
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "baron", "sheikh", "monsieur"})
FEMALE_KIN = frozenset({"mother", "daughter", "sister", "wife", "aunt", "niece", "widow", "grandmother", "granddaughter"})
MALE_KIN = frozenset({"father", "son", "brother", "husband", "uncle", "nephew", "widower", "grandfather", "grandson"})
ARMY = frozenset({"army", "military"})
GROUPS = frozenset({"armed_group", "political_party", "military", "police", "ethnic_group", "religious", "civilians"})  # a state's own forces: never the paramilitary group of the same war


SHARES = frozenset({"many", "most", "some", "several", "all", "both", "none", "few", "half", "dozens", "hundreds",
                    "thousands", "one", "two", "three"})  # "90 people, many of them children"


def partitive_of(pron: Token) -> Token | None:
    """The noun a "them" in an apposed share of it stands for: "90 people, many of them children", "30 villagers,
    some of them women" (the plural noun right before the comma that opens the share); None elsewhere."""
    if pron.lower_ != "them" or pron.dep_ != "pobj" or pron.head.lower_ != "of" or pron.head.i != pron.i - 1:
        return None
    share = pron.doc[pron.i - 2] if pron.i >= 3 else None
    if share is None or pron.head.head.i != share.i or not (share.lower_ in SHARES or share.like_num):
        return None
    comma, noun = pron.doc[share.i - 1], pron.doc[share.i - 2]
    return noun if comma.text == "," and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS") else None


class References(Topics):
    """Noun phrases that point back to an actor already named."""

    def _generic(self, ch: Span, head: Token, sector: str, *, exclude: str | None = None, force: bool = False) -> str | None:
        """"these groups", "the militias", "the government" -> the most recent compatible actor."""
        lemma = head.lemma_.lower()
        if sector in ("CVL", "REF", "BUS", "REL", "MED") or (lemma in self.d.not_anaphoric and not force):
            return None
        plural = head.tag_ in ("NNS", "NNPS")
        if not plural and lemma in self.d.person_nouns and not force:
            return None
        definite = any(t.lower_ in DEFINITE for t in ch if t.i < head.i)
        if not (force or definite or (plural and lemma in self.d.strong_nouns)):
            return None
        if plural and lemma in MANY and not force:
            return None  # "those governments", "regimes": several, never the one named last
        if not force and self._placed(head):
            return None  # "militias from Misrata", "rebels in the north": a new description, not a reference
        if sector == "MIL" and lemma in ARMY and definite and (c := self._rebels_country(self.sent_of[head.i])):
            return self.d.sub_actor(c, "MIL")  # "Sudanese rebels accused the army": Sudan's, not the last army named
        aid = self._antecedent(sector, plural, self.sent_of[head.i], exclude, organs=not force, lemma=lemma,
                               at=head.i, same_only=not (force or definite))
        if aid is None and sector == "GOV" and any(t.lower_ == "federal" for t in ch if t.i < head.i):
            aid = self._federal(self.sent_of[head.i])  # "Texas sued the federal government": the United States'
        country = self.d.country_of(aid) if aid else None
        if sector == "GOV" and lemma in NATIONAL and (where := self._opened_in(head)):
            return self.d.sub_actor(where, "GOV")  # "In neighbouring Moldova, the government said": Moldova's
        if sector == "GOV" and lemma in NATIONAL and country:  # "the government" is the national one
            return self.d.sub_actor(self._home_of(country, self.sent_of[head.i]), "GOV")
        return aid

    def _opened_in(self, head: Token) -> str | None:
        """The state a clause is set in before its subject ("In Moldova, the government ...", "In Kyiv, the
        authorities ..."): the report's own country does not leak into another state's government (round 18, E)."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for p in head.head.children:
            if p.dep_ == "prep" and p.lower_ == "in" and p.i < head.i:
                for o in p.children:
                    aid = self._token_name(o) or self.d.capital(o.text) if o.dep_ == "pobj" else None
                    if aid and self.d.kind_of(aid) == "state":
                        return aid
        return None

    def _rebels_country(self, sent: int) -> str | None:
        """The one country whose own rebels ("Sudanese rebels", "Afghan insurgents") this sentence names."""
        found = {c for h in self.history if h.sent == sent and h.kind == "armed_group" and (c := self.d.country_of(h.actor))
                 and h.actor == f"{c}.REB"}
        return found.pop() if len(found) == 1 and self.d.kind_of(next(iter(found))) == "state" else None

    def _federal(self, sent: int) -> str | None:
        """The national government over the one country whose regions ("Texas", "Ontario") were just named."""
        found = {self.index.entry(h.actor).country for h in self.history  # type: ignore[union-attr]
                 if sent - h.sent <= WINDOW and ".ADM1." in h.actor}
        one = found.pop() if len(found) == 1 else None
        return self.d.sub_actor(one, "GOV") if one and self.d.kind_of(one) == "state" else None

    def _rivals(self, first: Hit, same_sentence: list[Hit]) -> str | None:
        """"Hamas and Islamic Jihad fired rockets. The group said ...": two groups named in the sentence the phrase
        points back to compete; its subject wins, else neither (a group and its parent are one candidate)."""
        subjects = {r.actor for r in same_sentence if _role(self.doc[r.start:r.end].root) in ("nsubj", "nsubjpass")}
        if len(subjects) == 1:
            return subjects.pop()
        related = {first.actor, *self.d.parent_chain(first.actor)}
        others = {r.actor for r in same_sentence if r.actor not in related and first.actor not in self.d.parent_chain(r.actor)}
        return None if others else first.actor

    def _placed(self, head: Token) -> bool:
        """The phrase places its group somewhere ("in Darfur", "from Misrata")."""
        return any(p.dep_ == "prep" and p.lower_ in ("in", "from") and any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in o.children)) for o in p.children)
            for p in head.rights)

    def _home_of(self, country: str, sent: int) -> str:
        """"the government" in a report on Tunisia that just mentioned the U.S. embassy is Tunisia's: when the
        recent window names several states, the one the report has named most so far (if it is among them)."""
        recent = {c for h in self.history if sent - h.sent <= WINDOW and (c := self.d.country_of(h.actor))}
        if len(recent) < 2:
            return country
        counts: dict[str, int] = {}
        for h in self.history:
            c = self.d.country_of(h.actor)
            if c:
                counts[c] = counts.get(c, 0) + 1
        home = max(counts, key=lambda c: counts[c])
        ranked = sorted(counts.values(), reverse=True)
        if home in recent and home != country and ranked[0] >= 2 * ranked[1]:
            return home  # clearly the report's country; otherwise the nearest state stands
        return country

    def _antecedent(self, sector: str, plural: bool | None, sent: int, exclude: str | None = None, *,
                    country: str | None = None, organs: bool = True, lemma: str | None = None,
                    at: int | None = None, same_only: bool = False) -> str | None:
        """The most recent actor in the window whose kind suits `sector` (kinds tried in preference order);
        one whose head noun is the same word ("the militias" after "Iranian-backed militias") comes first.
        Inside a quotation (token `at`), only actors that quotation named; with `same_only`, only the same word
        (a bare plural, "militants", is a new group unless the same word named one just before)."""
        recent = [h for h in reversed(self.history) if sent - h.sent <= WINDOW and h.actor != exclude]
        quote = self.quote_of.get(at, -1) if at is not None else -1
        if quote >= 0:  # another voice: its "the group" is one it named itself
            recent = [h for h in recent if h.quote == quote]
        if lemma:
            compat = self.d.sectors[sector].compatible
            same = next((h for h in recent if h.lemma == lemma and h.kind in compat and not h.demonym
                         and (plural is None or h.kind in NUMBERLESS or h.plural == plural or (h.named and not plural))), None)
            if same is not None:
                return same.actor
        if same_only:
            return None
        if sector == "STATE":
            return next((c for h in recent if h.kind in ORGANS and (c := self.d.country_of(h.actor))), None)
        for kind in self.d.sectors[sector].compatible:
            for h in recent:
                if h.kind != kind or h.demonym or ".ADM1." in h.actor:
                    continue  # a region's government ("Texas") is never "the government" or "the administration"
                if plural is not None and h.kind not in NUMBERLESS and h.plural != plural and not (h.named and not plural):
                    continue  # "the Rapid Support Forces" ... "the militia"; but "the rebels" may be several groups
                if country is not None and self.d.country_of(h.actor) != country:
                    continue
                if kind in ("armed_group", "political_party"):
                    return self._rivals(h, [r for r in recent if r.sent == h.sent and r.kind == kind and not r.demonym
                                            and (plural is None or r.plural == plural or (r.named and not plural))
                                            and (country is None or self.d.country_of(r.actor) == country)])
                return self.d.sub_actor(h.actor, sector) if kind == "state" else h.actor
        if sector in ("LEG", "POL", "INT", "JUD") and country is None and organs:
            c = self._office_country(sent)  # "the parliament" after two states: neither's
            return self.d.sub_actor(c, sector) if c and self.d.kind_of(c) == "state" else None
        if sector in ("GOV", "MIL") and country is None and organs:
            c = next((c for h in recent if h.kind in ORGANS and (c := self.d.country_of(h.actor))), None)
            if c is None and sector == "MIL" and lemma in ARMY:  # "The RSF took the town. The army ..." -> Sudan's
                c = self._war_country(recent)
            if c is None or (sector == "MIL" and any(h.kind == "armed_group" and self.d.country_of(h.actor) == c
                                                     and (lemma not in ARMY or self._army_named(h.actor)
                                                          or len({self.d.country_of(r.actor) for r in recent
                                                                  if r.kind in ORGANS}) > 1)
                                                     for h in recent)):
                return None  # "the forces" in a civil war: the state's army or the armed group? say nothing
            return self.d.sub_actor(c, sector)
        return None

    def _war_country(self, recent: list[Hit]) -> str | None:
        """The one country of the armed groups just named, when none of them calls itself an army."""
        groups = [h.actor for h in recent if h.kind == "armed_group" and not h.demonym]
        countries = {self.d.country_of(a) for a in groups}
        if len(countries) != 1 or any(self._army_named(a) for a in groups):
            return None
        country = countries.pop()
        counts: dict[str, int] = {}  # the report's states so far: the group's own must lead ("Hezbollah ... Israel")
        for h in self.history:
            c = self.d.country_of(h.actor) if h.kind in ORGANS else None
            if c:
                counts[c] = counts.get(c, 0) + 1
        mine = counts.pop(country, 0) if country else 0
        return country if mine and mine > max(counts.values(), default=0) else None

    def _army_named(self, actor: str) -> bool:
        """An armed group that calls itself an army ("Libyan National Army"): "the army" may be it."""
        e = self.index.entry(actor)
        return e is None or any(w.lower() in ARMY for w in e.name.split())

    def _pronoun(self, head: Token, low: str) -> str | None:
        if low in FIRST_PLURAL:
            return self._first_person(head, None)
        if low == "it" and head.i not in self.quoted:
            return self._it(head)
        if head.i in self.quoted or (low not in THIRD_SINGULAR and low not in THIRD_PLURAL):
            return None
        sent = self.sent_of[head.i]
        if low in THIRD_PLURAL and (parallel := self._parallel_subject(head)):
            return parallel
        if low in ("him", "her") and (named := self._subjects_person(head, "f" if low == "her" else "m")):
            return named  # "Critics of President X accused him": X, not the man the report spoke of before
        if low in THIRD_SINGULAR and (topic := self._topic_person(head, "f" if low in ("she", "her") else "m")):
            return topic  # "X met Y. He said ...": X, the subject carried on, not Y, the nearest name
        if partitive_of(head) is not None:
            return None  # "90 people, many of them children": the people (events/pronouns.py), no earlier actor
        if low == "they" and self._told_by_noun(head):
            return None  # "Minneapolis police said they arrested ...": the police (events/arguments.py), no earlier name
        own = self._clause_subjects(head) if low in ("them", "him", "her") else set()
        for h in reversed(self.history):
            if sent - h.sent > PRONOUN_WINDOW:
                break
            if h.actor in own:
                continue  # "They killed five of them": not the clause's own subject
            if low in THIRD_SINGULAR and h.kind == "person":
                said = "f" if low in ("she", "her") else "m"
                if self._gender(h.actor) not in (None, said) or self.doc[h.start].lower_ in OTHER_SEX[said]:
                    continue  # "Ms Haddad ... he": someone else
                if any(unnamed_person(t, said) for t in self.doc[h.end:head.i]):
                    return None  # "X said a suspect was arrested who told them he shot Y": maybe the suspect
                return None if self._stranger_between(h.end, head.i) else h.actor
            if low in THIRD_PLURAL and h.plural and h.kind not in ("person", "media") and not h.demonym:
                return h.actor
        if low in THIRD_SINGULAR:
            return self._only_person(head, "f" if low in ("she", "her") else "m", own)
        return None

    def _told_by_noun(self, head: Token) -> bool:
        """A subject "they" of a clause reported by a common plural noun ("police said they ...", "officials say they
        ..."): the teller is the pronoun's referent, whatever was named before."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = head.head
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return False
        tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return len(tellers) == 1 and tellers[0].pos_ == "NOUN" and tellers[0].i < head.i \
            and (tellers[0].tag_ == "NNS" or tellers[0].lemma_.lower() in ("police", "military", "army", "government"))

    def _subjects_person(self, head: Token, sex: str) -> str | None:
        """The one person named inside the subject of the object pronoun's verb, not as the subject itself ("critics of
        X accused him", "X's opponents attacked her"): the pronoun's referent (round 18, E)."""
        if head.dep_ not in ("dobj", "pobj") or head.i in self.quoted:
            return None
        verb = head.head.head if head.dep_ == "pobj" else head.head
        people = {h.actor for s in verb.children if s.dep_ == "nsubj" and s.i < head.i for h in self.history
                  if h.kind == "person" and s.left_edge.i <= h.start and h.end <= s.right_edge.i + 1 and not h.start <= s.i < h.end
                  and self._gender(h.actor) in (None, sex)}
        return people.pop() if len(people) == 1 else None

    def _parallel_subject(self, head: Token) -> str | None:
        """"The Houthis fired at Saudi forces. They said ...": an active subject "they" opening a sentence is the
        group that was the subject of the sentence before (not the nearest plural, often the other side)."""
        if head.dep_ != "nsubj" or head.i in self.quoted or head.sent.start == 0 \
                or any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[head.sent.start:head.i]):
            return None
        before = self.doc[head.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ == "conj" for c in subj.children):
            return None
        hit = next((h for h in reversed(self.history) if h.start <= subj.i < h.end), None)
        if hit is None or hit.demonym or hit.quote >= 0 or not (hit.plural or hit.named and hit.kind in GROUPS):
            return None  # a named group ("the Houthis", "Hamas") is "they" whatever its tag; a state, a person is not
        return hit.actor

    def _clause_subjects(self, head: Token) -> set[str]:
        """The actors of the subject of the clause an object pronoun stands in."""
        verb = self._verb_of(head)
        subjects = [s for s in verb.children if s.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
            subjects.append(verb.head)  # "X, who joined her": "her" is not X
        return {a for s in subjects for t in (s.subtree if s.dep_ == "nsubj" else [s])
                if (a := self.index.token_actor(t.i))}

    def _gender(self, person: str, by_name: bool = True) -> str | None:
        """"m" or "f" when an honorific ("Ms", "Sir") or a kin noun ("his mother") says so, or (`by_name`) a given
        name of one sex ("Angela")."""
        found = self._told_gender(person)
        if found is None and by_name and (entry := self.index.entry(person)) is not None and entry.kind == "person":
            found = name_gender(entry.name)
        return found

    def _told_gender(self, person: str) -> str | None:
        if person in self.genders:
            return self.genders[person]
        kin = self.kin_noun.get(person)
        found = "f" if kin in FEMALE_KIN else "m" if kin in MALE_KIN else None
        for h in self.history:
            if found is None and h.actor == person:
                word = self.doc[h.start - 1].lower_.rstrip(".") if h.start > 0 else ""
                first = self.doc[h.start].lower_.rstrip(".")
                found = "f" if {word, first} & FEMALE_HONORIFICS else "m" if {word, first} & MALE_HONORIFICS else None
        if found:
            self.genders[person] = found
        return found

    def _stranger_between(self, start: int, end: int) -> bool:
        """A person named as a subject between tokens `start` and `end` whom no actor stands for ("Obama ... Sanders
        won. He ..."): "he" may be that person, so the one named earlier is no safe antecedent."""
        if any(e.label_ == "PERSON" and start <= e.start and e.end <= end and e.root.pos_ == "PROPN"
               and e.root.dep_ in ("nsubj", "nsubjpass") and not e.text.isupper()
               and all(self.index.token_actor(t.i) is None for t in e) for e in self.doc.ents):
            return True
        return any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ in ("", "PERSON")
                   and t.text.istitle() and self.index.token_actor(t.i) is None for t in self.doc[start:end])

    def _it(self, head: Token) -> str | None:
        """Object "it" ("Washington arms the YPG, and Ankara bombs it") -> the nearest singular noun before it,
        when that noun names an organisation or state (not the verb's own subject); a thing in between wins."""
        if head.dep_ not in ("dobj", "pobj", "dative"):
            return None
        verb = head.head.head if head.dep_ == "pobj" else head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "attr") and verb.head.i != verb.i:
            verb = verb.head  # "imposed punitive measures against it": the clause is the verb's
        own = {t.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
        if not own:  # no clear clause around the pronoun
            return None
        subject_actors = {a for i in own if (a := self.index.token_actor(i))}
        start = head.sent.start
        if not subject_actors and start > 0 and any(self.doc[i].lower_ in ("it", "they") for i in own):
            topic = self._subject_of(self.doc[start - 1].sent, set())  # "X ... In 1997 it imposed measures against it"
            subject_actors = {topic} if topic else set()
        sent = self.sent_of[head.i]
        for i in range(head.i - 1, -1, -1):
            t = self.doc[i]
            if sent - self.sent_of[i] > 1:
                return None
            if self.sent_of[i] < sent:  # the sentence before: its subject is the topic carried on
                return self._subject_of(t.sent, subject_actors) or self._it_before(i, subject_actors)
            if i in own or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "poss"):
                continue
            if t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN"):
                continue  # "the deal with Russia ... ratified it": the phrase's head is the referent
            aid = self.index.token_actor(i)
            if aid is not None and (aid in subject_actors or self._plural(t, aid)):
                continue  # "it" is neither the clause's own subject nor a plural ("terrorists")
            if aid is None:
                if t.tag_ in ("NNS", "NNPS"):
                    continue
                return None
            e = self.index.entry(aid)
            return aid if e is not None and e.kind not in ("person", "civilians", "ethnic_group", "religious") else None
        return None

    def _plural(self, t: Token, aid: str) -> bool:
        """A plural noun that "it" cannot mean ("terrorists"); a state with a plural name ("the Netherlands") is one."""
        e = self.index.entry(aid)
        return t.tag_ in ("NNS", "NNPS") and not (e is not None and e.kind == "state")

    def _it_fits(self, aid: str | None) -> bool:
        e = self.index.entry(aid)
        return e is not None and e.kind not in ("person", "civilians", "ethnic_group", "religious")

    def _subject_of(self, sent: Span, skip: set[str]) -> str | None:
        """The organisation or state that is the main subject of `sent` ("The UAE denied arming the RSF")."""
        root = sent.root
        for s in root.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                aid = self.index.token_actor(s.i)
                return aid if aid not in skip and self._it_fits(aid) and s.tag_ != "NNS" else None
        return None

    def _it_before(self, last: int, skip: set[str]) -> str | None:
        """Object "it" and a sentence before whose subject is no organisation: the nearest singular noun there."""
        sent = self.sent_of[last]
        for i in range(last, -1, -1):
            t = self.doc[i]
            if self.sent_of[i] < sent:
                return None
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "poss"):
                continue
            if t.dep_ == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN"):
                continue
            aid = self.index.token_actor(i)
            if aid is not None and (aid in skip or self._plural(t, aid)):
                continue
            if aid is None:
                if t.tag_ in ("NNS", "NNPS"):
                    continue
                return None
            return aid if self._it_fits(aid) else None
        return None

    def _leader_faction(self, person: str | None) -> str | None:
        """A leader's armed faction ("Haftar's forces", "his fighters" after Hemedti -> the RSF)."""
        return leader_faction(self.index.entry, person)

    def _first_person(self, head: Token, sector: str | None) -> str | None:
        """"we", "our troops" -> the author's country (given, or inferred from the first "our <forces>")."""
        if head.i in self.quoted or self.ctx.voice_at(head.idx).kind == "quoted":
            return None
        if self.ctx.voice_at(head.idx).kind == "commenter" and not self.ctx.author_country:
            return None  # a commenter's "our courts" is their own country's, which the thread seldom says
        if self.author and sector == "STATE" and head.tag_ in ("NNS", "NNPS"):
            return None  # "our two countries": the author's and another
        if self.author:
            return self.d.sub_actor(self.author, sector or "STATE") if sector or head.lower_ in FIRST_PLURAL else None
        if sector in (None, "CVL", "REF", "STATE"):
            return None
        aid = self._antecedent(sector, None, self.sent_of[head.i])
        country = self.d.country_of(aid) if aid else None
        if country and self.d.kind_of(aid) in NUMBERLESS:
            self.author = country
            return aid
        return None


def _role(tok: Token) -> str:
    """The dependency of a conjunct's first conjunct ("Hamas and Islamic Jihad fired": both are subjects)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_
