"""Pronouns as event arguments: third-person antecedents (number and person agreement, a look back one sentence
for objects, a "they" that is no one person telling it) and "we"/"our" inside a quotation, which is the speaker's
side (in whichever of the quotation's sentences or paragraphs it stands)."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..actors.genders import name_gender, unnamed_person
from ..actors.references import partitive_of
from .syntax import OF, adjunct_words, dateline_end, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorLookup
    from ..actors.dictionary import Entry
    from ..records import Quote
    from .lexicon import Lexicon

CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "relcl", "acl", "csubj", "parataxis"})  # "conj" verbs share the "we"
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
# Unnamed people a "he" or "she" may carry on ("a 23-year-old man ... he"): nouns of one sex, and nouns of either.
MALE_NOUNS = frozenset({"man", "boy", "father", "husband", "son", "brother", "uncle", "nephew", "widower",
                        "grandfather", "businessman"})
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister", "aunt", "niece", "widow",
                          "grandmother", "businesswoman"})
NEUTRAL_PEOPLE = frozenset({"teenager", "youth", "shopkeeper", "vendor", "driver", "resident", "villager", "farmer",
                            "student", "worker", "motorist", "passenger", "trader", "herder", "pedestrian"})
SEXED_NOUNS = MALE_NOUNS | FEMALE_NOUNS  # a man or a woman by the noun: a "he" or a "she", never a "they"


def in_quotation(tok: Token) -> bool:
    """The token stands inside quotation marks opened earlier in its paragraph (direct speech, which may run over
    several sentences; a quotation going on into the next paragraph opens it again)."""
    spans = tok.doc.user_data.get(_QUOTED_KEY)
    if spans is None:
        spans = tok.doc.user_data[_QUOTED_KEY] = _quoted_spans(tok.doc.text)
    k = bisect_right(spans, (tok.idx, sys.maxsize)) - 1  # (never Doc.text here: it joins the whole document)
    return k >= 0 and spans[k][0] <= tok.idx < spans[k][1]


_QUOTED_KEY = "faultlines.quoted_spans"
_TOPIC_KEY = "faultlines.he_topics"  # per resolver: token index of an earlier subject "he"/"she" -> its actor


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` inside quotation marks, each within its paragraph line (one pass over the text: a
    straight quote flips, a curly one opens or closes, a line break ends any quotation)."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n" or ch == "\u201d" or (ch == '"' and opened is not None):
            if opened is not None:
                out.append((opened, i + 1))
            opened = None
        else:  # '"' with none open, or an opening curly quote
            opened = i + 1 if opened is None or ch == '"' else opened
    if opened is not None:
        out.append((opened, len(text)))
    return out


_MARKS = re.compile('["\u201c\u201d\n]')

# "the two sides", "both countries": plural nouns that stand for a pair named just before, and the kind of party each
# takes (None: any party but civilians; "state": a country, a person or body standing for its country; "person").
PAIR_NOUNS: dict[str, str | None] = {
    "side": None, "party": None, "rival": None, "foe": None, "adversary": None, "enemy": None, "belligerent": None,
    "country": "state", "nation": "state", "neighbour": "state", "neighbor": "state", "state": "state",
    "government": "state", "leader": "person", "president": "person", "man": "person", "minister": "person",
}
PAIR_PLACES = frozenset({"in", "over", "near", "across", "throughout", "inside", "outside", "around", "within"})
# "relevant parties", "the parties concerned", "the warring parties": the parties to the matter, which stand for a
# pair only when exactly two are named just before (as "the two sides" do); "all sides" is everyone, the speaker's own
# side too ("All sides should work toward X, the minister said" after his talks with another state)
CONCERNED = frozenset({"relevant", "concerned", "involved", "warring", "opposing", "rival", "conflicting"})
STANDS_FOR_STATE = frozenset({"government", "legislature", "military", "police", "intelligence", "person"})


class Pairs:
    """Mixed into `ArgumentResolver`: "the two sides", "both countries", "the two leaders" as one noun for the two
    parties named as a pair in its sentence or the two before (in the same voice)."""

    lex: Lexicon

    def _resolve(self, item: Token) -> str | None:
        raise NotImplementedError

    def entry(self, actor_id: str | None) -> Entry | None:
        raise NotImplementedError

    def pair_actors(self, tok: Token) -> tuple[str, str] | None:
        """The two parties "the two sides" (or "both countries", "the two leaders", a bare "the two") stands for: the nearest sentence
        (its own words before the noun, then the two sentences before) naming two or more parties of the noun's kind
        must name exactly two; places, speakers of the noun's clause and words in another voice do not count."""
        kind = PAIR_NOUNS.get(tok.lemma_.lower(), "none")
        bare = tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(  # "The two spoke by phone"
            k.dep_ == "det" and k.lower_ == "the" for k in tok.children)
        if bare:
            kind = None
        elif kind == "none" or tok.tag_ != "NNS" or not _paired(tok):
            return None
        # the subjects of its own clause and of a verb of saying above it are no side ("X and Y mediated between the
        # two sides", "Qatar said the two sides ...")
        own = next((v.i for v in tok.ancestors if v.pos_ in ("VERB", "AUX")), None)
        spoken = {i for v in tok.ancestors if v.i == own or v.lemma_.lower() in self.lex.reporting_verbs
                  for s in v.children if s.dep_ == "nsubj" and not s.left_edge.i <= tok.i <= s.right_edge.i
                  for i in range(s.left_edge.i, s.right_edge.i + 1)}
        quoted = in_quotation(tok)
        sent = tok.sent
        for _ in range(3):
            found: list[str] = []
            for t in sent:
                if t.i >= tok.i:
                    break
                if t.i in spoken or in_quotation(t) != quoted or _only_place(t):
                    continue
                aid = self._fitting(t, kind)
                if aid is not None and aid not in found and not any(self._related(aid, f) for f in found):
                    found.append(aid)
            if len(found) >= 2:
                return (found[0], found[1]) if len(found) == 2 else None
            if sent.start == 0:
                return None
            sent = tok.doc[sent.start - 1].sent
        return None

    def _fitting(self, t: Token, kind: str | None) -> str | None:
        """The party a word names, as the pair noun's kind wants it; a modifier of a word naming a party of its own
        ("Russian President Putin": Putin, not Russia) is no party of its own."""
        aid = self._resolve(t)
        e = self.entry(aid)
        if aid is None or e is None:
            return None
        h = t
        while h.dep_ in ("compound", "amod", "nmod", "poss", "flat") and h.head.i != h.i:
            h = h.head
            if h.i != t.i and self._resolve(h) not in (None, aid):
                return None
        if kind == "person":
            return aid if e.kind == "person" else None
        if kind == "state":
            return aid if e.kind == "state" else e.country if e.kind in STANDS_FOR_STATE else None
        return None if e.kind == "civilians" else aid

    def _related(self, a: str, b: str) -> bool:
        """One party is the other's parent or body ("Israel" and "the Israeli military")."""
        ea, eb = self.entry(a), self.entry(b)
        return (ea is not None and b in (ea.parent, ea.country)) or (eb is not None and a in (eb.parent, eb.country))


def _paired(tok: Token) -> bool:
    """"the two sides", "both countries", "the two warring sides": a count of two or "both", and no name of its own
    ("the two Korean governments" names its own)."""
    kids = list(tok.children)
    two = any(k.dep_ == "nummod" and k.lower_ == "two" for k in kids) and any(
        k.dep_ == "det" and k.lower_ in ("the", "these", "those") for k in kids)
    both = any(k.lower_ == "both" and k.dep_ in ("det", "predet", "preconj") for k in kids) or (  # "the neighbours"
        tok.lemma_.lower() in ("neighbour", "neighbor") and any(k.dep_ == "det" and k.lower_ == "the" for k in kids))
    concerned = tok.lemma_.lower() in ("party", "side") and any(  # "relevant parties", "all sides", "parties concerned"
        k.dep_ in ("amod", "acl", "det") and k.lower_ in CONCERNED for k in kids)
    named = any(k.dep_ in ("compound", "amod", "nmod", "poss") and (k.ent_type_ or k.pos_ == "PROPN") for k in kids)
    return (two or both or concerned) and not named and not any(k.dep_ == "prep" for k in kids)


BLAMING = frozenset({"blame", "accuse", "condemn", "criticize", "criticise", "denounce", "fault", "charge"})
SAYING = frozenset({"say", "add", "claim", "allege", "insist", "argue", "charge"})


def blamed_plural(pron: Token) -> Token | None:
    """"Russia blamed the rebels for X, saying they attacked Y": a subject "they" of what the blamer says is the
    plural party blamed (the verb's object), not the one blaming; None for any other shape."""
    v = pron.head
    say = v.head
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or v.dep_ != "ccomp" or say.lemma_.lower() not in SAYING \
            or say.dep_ not in ("advcl", "conj") or say.tag_ != "VBG":
        return None
    blame = say.head if say.head.dep_ != "conj" or say.head.lemma_.lower() in BLAMING else say.head.head
    objs = [c for c in blame.children if c.dep_ == "dobj" and _plural_head(c)]  # ("blamed X for breaking the truce
    # agreed to on Friday, saying ...": the parser may hang "saying" on a verb joined to the blaming one)
    subs = [c for c in blame.children if c.dep_ == "nsubj"]
    if blame.lemma_.lower() not in BLAMING or len(objs) != 1 or any(_plural_head(c) for c in subs):
        return None
    return objs[0]


# nouns of stating one's own stance, whose "of its/their ..." is the stater's ("X's announcement of their readiness")
DECLARING = frozenset({"announcement", "statement", "declaration", "expression", "affirmation", "reaffirmation",
                       "pledge", "confirmation", "reiteration", "demonstration", "show", "display", "assurance",
                       "proclamation", "notification", "signal"})


def outer_owner(pron: Token) -> Token | None:
    """"Western powers' announcement of their readiness", "Kenya's statement of its intent": a possessive pronoun
    in an "of" phrase of a noun with a possessor of its own is that possessor ("it" takes no plural one)."""
    noun = pron.head
    if pron.lower_ not in ("its", "their") or pron.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
            or noun.head.head.lemma_.lower() not in DECLARING:
        return None  # "Washington's criticism of its record": whose record is the clause's to say
    owners = [c for c in noun.head.head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.i < pron.i]
    if len(owners) != 1 or (pron.lower_ == "its" and _plural_head(owners[0])):
        return None
    return owners[0]


def _plural_head(t: Token) -> bool:
    """The noun phrase `t` heads is plural: a plural noun, or nouns joined by "and"."""
    return t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)


def _only_place(t: Token) -> bool:
    """"talks in Geneva": a place where something happened is no party."""
    return t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj" and t.head.lower_ in PAIR_PLACES


class Pronouns(Pairs):
    """Mixed into `ArgumentResolver`, which gives `np_actor`, `_resolve`, `entry` and `lex`; `quotes` are the
    quotes stage's quotations (set by `code_events`), whose speakers own the "we" of every sentence they hold."""

    lex: Lexicon
    actors: ActorLookup
    place_spans: dict[str, set[tuple[int, int]]]
    quotes: tuple[Quote, ...] = ()

    def np_actor(self, tok: Token | None, depth: int = 0) -> str | None:
        raise NotImplementedError

    def _resolve(self, item: Token) -> str | None:
        raise NotImplementedError

    def entry(self, actor_id: str | None) -> Entry | None:
        raise NotImplementedError

    def pronoun_actor(self, pron: Token, depth: int = 0) -> str | None:
        """A third-person pronoun's antecedent in its sentence or the one before: for a subject, the nearest
        earlier subject; for an object or possessive, the nearest earlier actor that is not a subject of its own
        clauses. "him"/"her" take persons; "it"/"they" take anything but persons; "it" takes no plural and an
        object "them"/"their" only a plural ("urged them": not a singular organisation)."""
        p = pron.lower_
        if p not in PRONOUNS:
            return None
        person = p in ("he", "him", "his", "she", "her")
        is_subject = pron.dep_ in ("nsubj", "nsubjpass") or (pron.dep_ == "poss" and pron.head.dep_ in ("nsubj", "nsubjpass"))
        verb = pron.head if pron.dep_ != "poss" else pron.head.head
        own = {self._resolve(s) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")} \
            if not is_subject and pron.dep_ != "poss" else set()  # "the army pressed its attacks": its own
        inside: set[int] = set()  # words of the subjects of its clauses ("pro-X forces ambushed ..., killing one of
        if not is_subject and pron.dep_ != "poss":  # them": not X); "X said it would take measures against it": not X
            for v in verb.ancestors:
                subs = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass")
                        and not s.left_edge.i <= pron.i <= s.right_edge.i]  # "none of them": no loop through it
                own |= {self.np_actor(s, max(depth + 1, 4)) for s in subs}
                inside.update(i for s in subs for i in range(s.left_edge.i, s.right_edge.i + 1))
        if person and in_quotation(pron):  # '"She pulled a gun," Thomas said': a speaker is no "she" of her own
            own.add(self._quoting(pron, depth + 1) or next((q.speaker for q in self.quotes
                                                           if q.start <= pron.idx < q.end), None))
        part = partitive_of(pron)
        if part is not None:  # "90 people, many of them children, were killed": the people, not the speaker
            return self.np_actor(part, depth + 1) or self.generic_actor(part)
        hung = self._hung_plural(pron)
        if hung is not None:  # "the gunmen shouted as they fired": the gunmen
            return self.np_actor(hung, depth + 1) or self.generic_actor(hung)
        sent = pron.sent
        chained = self._chained(pron) if is_subject and person and pron.dep_ != "poss" else None
        if chained is not None:  # '"...," he said. He urged ...': the same one as the "he" before
            return self._carried(chained)
        if is_subject and pron.dep_ != "poss":
            inside |= adjunct_words(pron.head, pron.i)
        found = self._antecedent(pron, sent.start, person, is_subject, own, skip=inside)
        if found is None and not is_subject and pron.dep_ != "poss" and sent.start > 0 and not person:
            # an object looks back one sentence to the arguments of its clauses ("Russia seized a tanker. Britain
            # threatened measures against it.")
            found = self._antecedent(pron, pron.doc[sent.start - 1].sent.start, person, is_subject, own,
                                     args_only=True)
        if found is None and person and not in_quotation(pron):
            found = self._unnamed_person(pron, own)
        return found

    def _hung_plural(self, pron: Token) -> Token | None:
        """A subject "they" in a clause hung on another ("as they fired", "and they fled") takes that clause's subject
        when it is a plural noun phrase ("the gunmen shouted as they fired"); a singular or pronoun subject decides
        nothing here."""
        if pron.lower_ != "they" or pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        v = pron.head
        while v.dep_ in ("advcl", "conj") and v.head.i != v.i:
            v = v.head
            subs = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                s = subs[0]
                many = _plural_head(s) or not self._single_person(s)  # "the police shouted as they ...": a body
                fits = s.pos_ in ("NOUN", "PROPN") and many and in_quotation(s) == in_quotation(pron)
                return s if fits and self._party_word(s) else None
        return None

    def _single_person(self, t: Token) -> bool:
        """The noun names one person ("a woman", "the officer", a person's name), not a body ("the police")."""
        if _plural_head(t):
            return False
        lemma = t.lemma_.lower()
        e = self.entry(self._resolve(t))
        return t.ent_type_ == "PERSON" or (e is not None and e.kind == "person") or lemma in self.lex_people() \
            or lemma in SEXED_NOUNS or lemma in NEUTRAL_PEOPLE \
            or self.actors.dictionary.generic_actors.get(lemma) == "CVL"

    def _party_word(self, t: Token) -> bool:
        """The noun names a party: an actor of the index, a generic actor ("gunmen", "villagers") or a state's force
        ("police", "soldiers")."""
        d = self.actors.dictionary
        low, lemma = t.lower_, t.lemma_.lower()
        return self._resolve(t) is not None or lemma in d.generic_actors or low in d.generic_actors \
            or (low.endswith("s") and low[:-1] in d.generic_actors) or d.sector_of(lemma) is not None

    def singular_teller(self, pron: Token, speaker: Token) -> bool:
        """A subject "they" in a clause told by one person ("a woman", "the officer", a name) is not that person when
        the person is a man or a woman by its noun, or when a plural party stands between them or is the subject the
        pronoun's clause hangs on ("A woman says the gunmen shouted as they fired"). An object "them" may hold its
        teller ("X said he was at home when two men shot at them")."""
        sex = "m" if pron.lower_ in ("he", "him", "his") else "f" if pron.lower_ in ("she", "her") else None
        start = speaker.i + 1 if speaker.i < pron.i else pron.sent.start  # a teller after the clause: from its start
        if sex and any(unnamed_person(t, sex) for t in pron.doc[start:pron.i]):
            return True  # "X said officers found the man ..., and he pulled a gun": the man, not X
        if pron.lower_ != "they" or pron.dep_ not in ("nsubj", "nsubjpass") or speaker.tag_ not in ("NN", "NNP") \
                or not self._single_person(speaker):
            return False  # "the government said they ...", "the army": a body may be a "they"
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in SEXED_NOUNS:
            return True
        return self._hung_plural(pron) is not None or self.plural_between(speaker, pron) is not None

    def plural_between(self, speaker: Token, pron: Token) -> Token | None:
        """The plural party nearest before a pronoun of a teller's clause, after the teller ("X blamed the rebels,
        saying they ..."), or None."""
        return next((t for t in reversed(pron.doc[speaker.i + 1:pron.i]) if t.pos_ in ("NOUN", "PROPN")
                     and _plural_head(t) and t.dep_ not in ("compound", "amod") and self._party_word(t)), None)

    def _unnamed_person(self, pron: Token, own: set[str | None]) -> str | None:
        """"A 23-year-old man was arrested after he stabbed ...": "he" with no named antecedent is the unnamed person
        who is the nearest earlier subject (its sentence or the one before) when the noun's sex agrees; that person
        is a generic actor ("Civilians (Kenya)"), like the noun itself."""
        said = "m" if pron.lower_ in ("he", "him", "his") else "f"
        sent = pron.sent
        floor = pron.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(pron.i - 1, floor - 1, -1):
            t = pron.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or in_quotation(t):
                continue
            if t.pos_ != "NOUN" or t.tag_ != "NN":
                return None  # the nearest subject is a name, a pronoun or a plural: not an unnamed person
            lemma = t.lemma_.lower()
            sex = "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None
            if sex != said and not (sex is None and lemma in NEUTRAL_PEOPLE):
                return None
            d = self.actors.dictionary
            verb = pron.head if pron.dep_ != "poss" else pron.head.head
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
                g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(d.generic_actors.get(o.lemma_.lower()) == "CVL" for o in objs):
                return None  # "he stabbed a woman": two civilians of one pool would make the event a loop
            if self._only_placed(verb, objs):
                return None  # "he stabbed his neighbour in Nairobi": the state where it happened is no victim
            aid = self.generic_actor(t)
            return aid if aid is not None and aid not in own and (e := self.entry(aid)) is not None \
                and e.kind == "civilians" else None
        return None

    def generic_actor(self, tok: Token, sector: str | None = None, at: Token | None = None) -> str | None:
        raise NotImplementedError

    def _only_placed(self, verb: Token, objs: list[Token]) -> bool:
        """The verb's only party besides the pronoun would be a state reached through a place phrase ("in
        Nairobi"): no object or agent is an actor other than a bare state."""
        places = [o for o in objs if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")]
        if not places:
            return False
        others = [o for o in objs if o not in places] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return not any((e := self.entry(self.np_actor(o) or self.generic_actor(o))) is not None and e.kind != "state"
                       for o in others)

    def _earlier_subject(self, pron: Token) -> Token | None:
        """The nearest earlier subject outside quotations (in the pronoun's sentence or the one before) that is a
        pronoun or a single person ("the minister", a person's name); plurals and things are passed over."""
        sent = pron.sent
        floor = pron.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        people = self.lex_people()
        adjunct = adjunct_words(pron.head, pron.i) if pron.dep_ in ("nsubj", "nsubjpass") else set()
        for i in range(pron.i - 1, floor - 1, -1):
            t = pron.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or in_quotation(t) or i in adjunct or self._attributing(t, pron):
                continue
            if t.pos_ == "PRON" or ((t.ent_type_ == "PERSON" or t.lemma_.lower() in people) and t.tag_ in ("NN", "NNP")):
                return t
        return None

    def _chained(self, pron: Token) -> Token | None:
        """The earlier subject, when it is the same subject pronoun ("He said the talks went well. He urged ...")."""
        t = self._earlier_subject(pron)
        return t if t is not None and t.lower_ == pron.lower_ else None

    def _carried(self, first: Token) -> str | None:
        """The actor of an earlier subject "he"/"she": the chain of "He ..." sentences behind it is resolved from its
        start forward, each once per document, so no run is too long (no recursion depth grows with the run)."""
        memo: dict[int, str | None] = first.doc.user_data.setdefault(f"{_TOPIC_KEY}.{id(self)}", {})
        chain: list[Token] = []
        t: Token | None = first
        while t is not None and t.i not in memo:
            chain.append(t)
            t = self._chained(t)
        for t in reversed(chain):  # each one's own earlier "he" is known by now
            memo[t.i] = self.np_actor(t)
        return memo[first.i]

    def _antecedent(self, pron: Token, floor: int, person: bool, is_subject: bool, own: set[str | None],
                    args_only: bool = False, skip: frozenset[int] | set[int] = frozenset()) -> str | None:
        """The nearest earlier actor from `floor` that agrees with the pronoun (see `pronoun_actor`)."""
        p = pron.lower_
        if is_subject and pron.sent.start > 0:  # a subject may look back one sentence
            floor = min(floor, pron.doc[pron.sent.start - 1].sent.start)
        sex = "m" if p in ("he", "him", "his") else "f" if p in ("she", "her") else None
        for i in range(pron.i - 1, floor - 1, -1):
            t = pron.doc[i]
            if sex and unnamed_person(t, sex) and not in_quotation(t):
                return None  # "X said a suspect was arrested who told them he shot Y": the suspect, not X
            if args_only and (t.sent.start == pron.sent.start or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")):
                continue
            aid = self._resolve(t) or (self._forces_before(t, pron) if p == "they" and is_subject else None)
            if aid is None or aid in own or t.i in skip or (is_subject and t.dep_ not in ("nsubj", "nsubjpass", "poss")):
                continue
            if t.i < dateline_end(t):
                continue  # "ISLAMABAD (AP) — ... stops its crackdown": the filing city and the agency are no antecedent
            if t.sent.start == pron.sent.start and in_quotation(t) and not in_quotation(pron):
                continue  # '"Israel attacked our hospital," it said': the speaker is not one its words name
            if is_subject and self._attributing(t, pron):
                continue  # "X was arrested, Chief Y said. He was charged": X, not the one who told it
            entry = self.entry(aid)
            if entry is None or (entry.kind == "person") != person or self._other_sex(aid, pron):
                continue
            h = t
            while h.dep_ in ("compound", "amod") and h.head.i != h.i:  # "Congress workers": the head's number
                h = h.head
            plural = h.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in h.children)
            if p in ("it", "its") and plural and t.dep_ != "poss":
                continue
            if p in ("them", "their") and not is_subject and not plural:
                continue
            if p in ("they", "them", "their") and h.tag_ == "NN" and h.lemma_.lower() in SEXED_NOUNS:
                continue  # "a woman ... they": a man or a woman is a "he" or a "she"
            return aid
        return None

    def followed(self, pron: Token) -> str | None:
        """The person in the "of" phrase of a subject that follows or opposes someone ("Critics of President X accused
        him", "supporters of X praised his record"): the "him"/"his" of that clause, though inside its subject."""
        from .pairing import FOLLOWERS  # noqa: PLC0415 (pairing builds on this module's class)

        if pron.lower_ not in ("him", "his", "her") or pron.dep_ in ("nsubj", "nsubjpass"):
            return None
        verb = pron.head.head if pron.dep_ == "poss" else pron.head
        for s in verb.children:
            if s.dep_ != "nsubj" or s.lemma_.lower() not in FOLLOWERS:
                continue
            for o in prep_objects(s, OF):
                aid = self._resolve(o)
                e = self.entry(aid)
                if aid is not None and e is not None and e.kind == "person" and not self._other_sex(aid, pron):
                    return aid
        return None

    def _forces_before(self, t: Token, pron: Token) -> str | None:
        """"Dallas police officers patrolled the area. They were talking to neighbors": a subject "they" stands for the
        plural police or troops that were the subject before it, named by no name (the force of the story's place);
        not past a nearer plural subject ("police arrived, and after students were sure, they opened the door")."""
        if t.dep_ not in ("nsubj", "nsubjpass") or not (t.tag_ == "NNS" or t.lemma_.lower() == "police") or any(
                x.dep_ in ("nsubj", "nsubjpass") and (x.tag_ in ("NNS", "NNPS") or x.lower_ in ("they", "we"))
                for x in pron.doc[t.i + 1:pron.i]):
            return None
        found = self.generic_actor(t)
        e = self.entry(found)
        return found if e is not None and e.kind in ("police", "military") else None

    def _attributing(self, t: Token, pron: Token) -> bool:
        """`t` is the subject of a trailing attribution (", Chief Y said") in an earlier sentence, and the pronoun's
        own verb reports nothing: the topic is the reported clause's, not the teller's."""
        h = t.head
        return t.dep_ == "nsubj" and t.sent.start != pron.sent.start and h.lemma_.lower() in self.lex.reporting_verbs \
            and (h.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < h.i for c in h.children)) \
            and pron.head.lemma_.lower() not in self.lex.reporting_verbs

    def other_topic(self, pron: Token, aid: str, depth: int = 0) -> bool:
        """A subject "he"/"she" carries on the last single person that was a subject: when that subject (in its
        sentence or the one before) is a person other than `aid`, or one the index does not know, `aid` is doubtful."""
        if pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass") or in_quotation(pron):
            return False
        t = self._earlier_subject(pron)
        if t is None or (t.pos_ == "PRON" and t.lower_ != pron.lower_):
            return False  # no person subject to compare, or another pronoun ("they", "it") carries the topic
        if t.lower_ == pron.lower_:  # "X met Y. He said ... He urged": the first "he" decides
            return self._carried(t) != aid
        subject = self._resolve(t)
        return subject != aid and not self._other_sex(subject, pron)  # "Biden met May. She ...": not Biden

    def _other_sex(self, aid: str | None, pron: Token) -> bool:
        """The actor is a person whose given name is of the other sex than "he"/"him"/"his" or "she"/"her"."""
        said = "m" if pron.lower_ in ("he", "him", "his") else "f" if pron.lower_ in ("she", "her") else None
        entry = self.entry(aid)
        if said is None or entry is None or entry.kind != "person":
            return False
        return name_gender(entry.name) not in (None, said)

    def lex_people(self) -> frozenset[str]:
        raise NotImplementedError

    def quoted_self(self, pron: Token, depth: int = 0) -> str | None:
        """"I"/"me"/"my" inside a quotation: its speaker, when the speaker is a person ('"I met them," Corker said');
        outside one (the author's own "I") or with no known speaker, no one."""
        speaker = self._quoting(pron, depth)
        if speaker is None and in_quotation(pron):
            speaker = next((q.speaker for q in self.quotes if q.start <= pron.idx < q.end), None)
        entry = self.entry(speaker)
        return speaker if entry is not None and entry.kind == "person" else None

    def quoted_side(self, pron: Token, depth: int = 0) -> str | None:
        """"We"/"our" inside a quotation: the speaker's side (a person's organisation or country, else the
        speaking organisation); outside one, or with no known speaker, no one."""
        speaker = self._quoting(pron, depth)
        if speaker is None and in_quotation(pron):  # a quotation of several sentences: the quotes stage's speaker
            speaker = next((q.speaker for q in self.quotes if q.start <= pron.idx < q.end), None)
        entry = self.entry(speaker)
        if entry is None:
            return None
        side = speaker if entry.kind != "person" else entry.parent if entry.parent and self.entry(entry.parent) else None
        if side is None and pron.lower_ in ("we", "us") and pron.dep_ != "poss" and self._other_party(pron, speaker):
            side = speaker  # '"We will work with the police," a neighbour said': a speaker of no known body is her "we"
        if side is not None and side not in self.actors.mentioned():  # the minister's "we" is his government, which
            self.place_spans.setdefault(side, set()).add((pron.i, pron.i + 1))  # the report may name nowhere else
        return side

    def _other_party(self, pron: Token, speaker: str | None) -> bool:
        """The clause of a quoted "we" names a party besides its speaker ("we will work with the police"), so the
        speaker standing for it makes an edge, never a lone act ("we must fight terrorism")."""
        verb = pron.head
        if any(t.lower_ == "to" and t.dep_ == "aux" and t.i < pron.i for t in verb.subtree):
            return False  # "(in order) to fight crime, we must ...": the purpose's act would be the speaker's alone
        todo, seen = [c for c in verb.children if c.i != pron.i and c.dep_ not in CLAUSES], []
        while todo:  # the clause's own words, not those of clauses under it
            t = todo.pop()
            seen.append(t)
            todo += [c for c in t.children if c.dep_ not in CLAUSES]
        return any(t.pos_ in ("NOUN", "PROPN") and (self.np_actor(t, 3) or self.generic_actor(t)) not in (None, speaker)
                   for t in seen if t.dep_ != "compound")  # "a community meeting": no party

    def _quoting(self, pron: Token, depth: int = 0) -> str | None:
        """The subject of the reporting verb whose quotation, within the sentence, holds the pronoun ('"We will
        respond," the army said'; '"We urge ...," she added': whom "she" is)."""
        if not in_quotation(pron):
            return None
        v, say = pron, None
        while v.head.i != v.i and say is None:
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.lex.reporting_verbs:
                say = v.head
            v = v.head
        if say is None:
            return None
        subj = [s for s in say.children if s.dep_ == "nsubj" and (s.pos_ != "PRON" or s.lower_ in ("he", "she"))]
        return self.np_actor(subj[0], depth + 1) if subj else None

