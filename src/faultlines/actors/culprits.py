"""The suspect as a person: "Police identified the suspect as X", "the gunman, X," -> "the suspect", "the gunman" a
few sentences around is X (before the name too, as crime reports name the suspect last); one person only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .state import Base

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns for the one who did it: any of them names the same person once the report has identified one.
CULPRITS = frozenset({"suspect", "shooter", "gunman", "attacker", "assailant", "killer", "bomber", "perpetrator",
                      "stabber", "murderer", "hijacker", "kidnapper", "abductor", "sniper", "culprit", "accused"})
NAMING = frozenset({"identify", "name"})
# Verbs whose sufferer a crime report takes for its culprit ("X, 34, is charged", "police arrested X"): the one
# person so named is "the suspect" when no culprit noun was tied to anyone.
CHARGING = frozenset({"charge", "arrest", "indict", "accuse", "apprehend"})
ALLOWED = frozenset({"the", "this", "alleged", "suspected", "lone", "accused", "same", "armed", "male", "female"})
# Words before the phrase in its sentence that turn to another case ("In a separate case, the gunman ...").
ELSEWHERE = frozenset({"separate", "another", "second", "other", "different", "unrelated"})
# Nouns for an unnamed person a report charges before it names them ("a South Side man has been charged").
STRANGERS = frozenset({"man", "woman", "aide", "resident", "teen", "teenager", "youth", "driver", "employee",
                       "officer", "worker", "student", "mother", "father", "son", "daughter"})
# A charge named in the charging clause ("on charges of obstruction", "charged with theft") must be for a violent
# crime, the kind "the suspect" of a crime report is sought for; a clause naming no charge is taken as it is.
CHARGE_NOUNS = frozenset({"charge", "count", "suspicion", "allegation"})
CRIMES = frozenset({"shooting", "shoot", "murder", "kill", "killing", "homicide", "attack", "stabbing", "stab",
                    "bombing", "bomb", "assault", "manslaughter", "kidnapping", "kidnap", "robbery", "rob", "beating",
                    "death", "arson", "carjacking", "rape", "abduction", "hijacking", "wound", "injure", "massacre",
                    "slaying", "terrorism", "gunfire", "firing", "battery", "violence"})
# Verbs saying a culprit got away or is wanted ("the suspect fled", "police are seeking the gunman").
AT_LARGE = frozenset({"flee", "escape", "seek", "hunt", "search", "look", "want"})
REACH = 5  # sentences from where the culprit was identified within which "the suspect" is that person


class Culprits(Base):
    """Who "the suspect" is: the one person the report identifies by one of the culprit nouns."""

    culprits: set[str]
    culprit_sents: list[int]  # sentences in which a culprit was identified
    culprit_charged: bool  # the culprit is the one person charged, not one identified by a culprit noun

    def _note_culprits(self) -> None:
        """Every person a culprit noun is tied to by "identified/named ... as X", an apposition or a copula."""
        self.culprits, self.culprit_sents, self.culprit_charged = set(), [], False
        for t in self.doc:
            if t.lemma_.lower() not in CULPRITS or t.tag_ != "NN" or t.pos_ != "NOUN":
                continue
            for p in self._identified(t):
                aid = self.index.token_actor(p.i)
                entry = self.index.entry(aid)
                if entry is not None and entry.kind == "person":
                    self.culprits.add(entry.id)
                    self.culprit_sents.append(self.sent_of[t.i])
        if not self.culprits and any((t.lemma_.lower() in CULPRITS and t.tag_ == "NN") or self._charged_stranger(t)
                                     for t in self.doc):
            self._note_charged()

    def _note_charged(self) -> None:
        """"Treon Lee, 33, is charged in the shooting", "Police arrested Lee": the one person a report charges or
        arrests (outside quotations), when it also speaks of "the suspect"."""
        charged: dict[str, list[int]] = {}
        for t in self.doc:
            if t.pos_ != "PROPN" or t.i in self.quoted or t.dep_ not in ("nsubjpass", "dobj") \
                    or t.head.lemma_.lower() not in CHARGING or any(c.dep_ == "neg" for c in t.head.children) \
                    or self._another_case(t) or not self._violent_charge(t.head, t):
                continue
            for c in (t, *(c for c in t.subtree if c.dep_ == "conj")):  # "arrested X and Y": two suspects
                entry = self.index.entry(self.index.token_actor(c.i))
                if entry is not None and entry.kind == "person":
                    charged.setdefault(entry.id, []).append(self.sent_of[t.i])
        if len(charged) == 1:
            (person, sents), = charged.items()
            self.culprits.add(person)
            self.culprit_sents.extend(sents)
            self.culprit_charged = True

    def _violent_charge(self, verb: Token, charged: Token) -> bool:
        """The charge the clause names, if any, is for a violent crime ("on charges of obstruction" is not)."""
        named = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "for", "of")]
        named += [t for t in verb.subtree if t.lemma_.lower() in CHARGE_NOUNS and t.i not in
                  range(charged.left_edge.i, charged.right_edge.i + 1)]
        return not named or any(w.lemma_.lower() in CRIMES for c in named for w in c.subtree)

    def _at_large(self, head: Token) -> bool:
        """The sentence says the culprit is at large, fled or is sought: not the person under arrest."""
        sent = head.sent
        if any(t.lower_ == "at" and t.i + 1 < sent.end and self.doc[t.i + 1].lower_ == "large" for t in sent):
            return True
        verb = head.head.head if head.dep_ == "pobj" else head.head
        return verb.lemma_.lower() in AT_LARGE and head.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj")

    def _charged_stranger(self, t: Token) -> bool:
        """"A South Side man has been charged with murder", "An aide to the mayor was indicted": one unnamed person
        whom the sentence charges or arrests (the report names them in the next sentences)."""
        return t.lemma_.lower() in STRANGERS and t.tag_ == "NN" and t.dep_ == "nsubjpass" \
            and t.head.lemma_.lower() in CHARGING and any(c.lower_ in ("a", "an") for c in t.lefts) \
            and not any(c.dep_ == "neg" for c in t.head.children) and t.i not in self.quoted

    def _identified(self, t: Token) -> list[Token]:
        """Tokens naming whom the culprit noun `t` is."""
        out = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ == "appos":
            out.append(t.head)
        verb = t.head
        if t.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in NAMING:  # "identified the suspect as X"
            out += [o for p in (*verb.children, *t.children) if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children if o.dep_ == "pobj"]
        if verb.lemma_.lower() == "be" and t.dep_ in ("nsubj", "attr"):  # "the gunman was X", "X is the suspect"
            out += [o for o in verb.children if o.dep_ in ("nsubj", "attr") and o.i != t.i]
        if t.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in NAMING:  # "identified X as the
            out += [o for o in verb.head.children if o.dep_ in ("dobj", "nsubjpass")]  # suspect", "X was named as"
        for rel in t.children:  # "The suspect, who has been identified as X, ..."
            if rel.dep_ == "relcl" and rel.lemma_.lower() in NAMING:
                out += [o for p in rel.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                        if o.dep_ == "pobj"]
        return [o for o in out if o.pos_ == "PROPN"]

    def _culprit_reference(self, ch: Span, head: Token) -> str | None:
        """"the suspect", "the alleged gunman", a headline's "suspect arrested": the one person identified as the
        culprit; None with none or two, for a plural or an indefinite ("a suspect" may be anyone). Also "a man" the
        sentence charges, when the report charges one named person within two sentences of it."""
        if len(self.culprits) == 1 and self._charged_stranger(head) \
                and any(abs(self.sent_of[head.i] - k) <= 2 for k in self.culprit_sents):
            return next(iter(self.culprits))
        if len(self.culprits) != 1 or head.lemma_.lower() not in CULPRITS or head.tag_ != "NN":
            return None
        words = [t.lower_ for t in ch if t.i < head.i]
        if any(w not in ALLOWED for w in words) or (words and words[0] not in ("the", "this")):
            return None
        seg = self.ctx.segment_at(head.idx)
        headline = seg is not None and seg.kind == "title"
        if not words and not headline:
            return None  # a bare "suspect" only in a headline
        if not headline and (self._another_case(head)
                             or all(abs(self.sent_of[head.i] - k) > REACH for k in self.culprit_sents)):
            return None
        if self.culprit_charged and self._at_large(head):
            return None  # "The suspect remains at large" after "police arrested X on charges of ..."
        return next(iter(self.culprits))

    def _another_case(self, head: Token) -> bool:
        """"the gunman who killed three people" (a restrictive relative clause), "in a separate case, the gunman":
        the phrase describes a culprit of its own."""
        if any(c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text != "," for c in head.rights):
            return True
        return any(t.lower_ in ELSEWHERE for t in self.doc[head.sent.start:head.i])
