"""The person a subject "he"/"she" carries on: the subject of the sentence before (or of an earlier clause of its
own sentence), not the nearest name; a person only quoted there gives way to the paragraph's topic."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .genders import unnamed_person
from .state import Base, Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LONG_WINDOW = 6  # sentences back in which the one person named may still be "he" when no one else is
TOPIC_REACH = 3  # sentences back in which a paragraph's opening subject is still its topic
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
REPORTING = frozenset({"say", "tell", "add", "state", "note", "write", "declare", "insist", "claim", "argue", "explain",
                       "warn", "stress", "tweet", "announce", "ask", "reply", "respond", "recall", "remark", "quip",
                       "complain", "acknowledge", "admit", "concede", "contend", "observe", "comment", "affirm"})

OTHER_SEX = {"m": frozenset({"she", "her", "hers", "herself"}), "f": frozenset({"he", "him", "his", "himself"})}


class Topics(Base):
    """Subject pronouns resolved by salience: subjects before objects, the paragraph's topic before a speaker."""

    openings: list[int] | None = None  # sentence -> the first sentence of its paragraph (filled once per document)

    def _gender(self, person: str, by_name: bool = True) -> str | None:
        raise NotImplementedError

    def _stranger_between(self, start: int, end: int) -> bool:
        raise NotImplementedError

    def _topic_person(self, head: Token, said: str) -> str | None:
        """A subject "he"/"she" (`said`: "m"/"f"): the subject of the clause it is reported by ("X said he"); else,
        when no person precedes it in its sentence, the main-clause (or nearest) person subject of the sentence
        before, or, when that one only speaks a quotation and the pronoun reports nothing, the paragraph's topic."""
        if head.dep_ not in SUBJECTS or head.i in self.quoted:
            return None
        sent = self.sent_of[head.i]
        governor = self._reporter(head)
        if governor is not None:
            return governor.actor if self._gender(governor.actor) in (None, said) else None
        if sent == 0 or any(h.sent == sent and h.kind == "person" and h.start < head.i for h in self.history):
            return None  # a person named earlier in its own sentence: the nearest one, as before
        if any(unnamed_person(t, said) and t.i not in self.quoted for t in self.doc[head.sent.start:head.i]):
            return None  # "Officers found the man, and he pulled a gun, X said": maybe the man, not the last sentence's X
        before = self._person_subjects(sent - 1)
        main = [h for h in before if self._clause_of(h).dep_ == "ROOT"]
        pick: Hit | None = (main or before)[-1] if main or before else None
        if pick is not None and self._only_quoting(pick) and self._verb_of(head).lemma_.lower() not in REPORTING:
            pick = self._paragraph_topic(head, said, pick) or pick
        if pick is None or self._together(pick) or self._gender(pick.actor) not in (None, said) \
                or self.doc[pick.start].lower_ in OTHER_SEX[said]:
            return None  # unknown, two at once, or someone just called by the other sex's pronoun
        if self._gender(pick.actor, by_name=False) is None and pick.sent == sent - 1 \
                and self._other_person(pick, pick.sent, said):
            return None  # "Putin met Merkel. She ...": with no gender known, the nearest-name rule decides
        return None if self._stranger_between(pick.end, head.i) else pick.actor

    def _only_person(self, head: Token, said: str, own: set[str]) -> str | None:
        """"Clinton ... (three sentences on her record) ... She pushed": beyond the usual window, the one person of a
        fitting gender named in the last sentences, when no other person, named or not, stands between."""
        sent = self.sent_of[head.i]
        hits = [h for h in self.history if h.kind == "person" and 0 <= sent - h.sent <= LONG_WINDOW and h.quote < 0
                and h.actor not in own]
        fitting = {h.actor for h in hits if self._gender(h.actor) in (None, said)
                   and self.doc[h.start].lower_ not in OTHER_SEX[said]}
        if len(fitting) != 1 or len({h.actor for h in hits}) > 1:
            return None
        if self._gender(next(iter(fitting)), by_name=False) is None and any(
                self._other_person(hits[0], k, said) for k in range(min(h.sent for h in hits), sent)):
            return None  # someone else named in between, if only in a quotation, may be "she"
        last = max(h.end for h in hits)
        if any(e.label_ == "PERSON" and last <= e.start < head.i and self.index.token_actor(e.root.i) is None
               for e in self.doc.ents) or self._stranger_between(last, head.i):
            return None
        return fitting.pop()

    def _other_person(self, h: Hit, sent: int, said: str) -> bool:
        """Sentence `sent` names a person other than `h`'s who may be the pronoun (`said`: "m"/"f"), in or out of a
        quotation, known to an actor or not; one of the other sex, or called by its pronoun, is not."""
        if any(o.sent == sent and o.kind == "person" and o.actor != h.actor and self._fits(o.actor, said)
               for o in self.history):
            return True
        return any(e.label_ == "PERSON" and self.sent_of[e.start] == sent and not h.start <= e.root.i < h.end
                   and self.index.token_actor(e.root.i) is None for e in self.doc.ents)

    def _fits(self, person: str, said: str) -> bool:
        """The person is not known to be of the other sex, nor was called by the other sex's pronoun."""
        return self._gender(person) in (None, said) and not any(
            o.actor == person and self.doc[o.start].lower_ in OTHER_SEX[said] for o in self.history)

    def _reporter(self, head: Token) -> Hit | None:
        """"X refused, saying he would ...", "X told reporters he had no warning": the one person subject of the
        clause whose complement the pronoun's clause is."""
        v = self._verb_of(head)
        if v.dep_ != "ccomp":
            return None
        up = v.head
        for _ in range(4):
            subj = [c for c in up.children if c.dep_ in SUBJECTS]
            if subj:
                hits = [h for h in self.history if h.kind == "person" and h.start <= subj[0].i < h.end]
                if len(subj) == 1 and len(hits) == 1 and not self._together(hits[0]) and hits[0].quote < 0:
                    return hits[0]
                return None
            if up.dep_ not in ("advcl", "xcomp", "conj") or up.head.i == up.i:
                return None
            up = up.head
        return None

    def _person_subjects(self, sent: int) -> list[Hit]:
        """Person mentions of sentence `sent` (outside quotations) that are the subject of a clause, in order."""
        out = []
        for h in self.history:
            if h.sent == sent and h.kind == "person" and h.quote < 0 and self._subject_role(self.doc[h.start:h.end]):
                out.append(h)
        return sorted(out, key=lambda h: h.start)

    def _subject_role(self, span: Span) -> bool:
        root = span.root
        while root.dep_ == "appos" and root.head.i != root.i:  # "the senator, Tom Fields,"
            root = root.head
        return root.dep_ in SUBJECTS

    def _clause_of(self, h: Hit) -> Token:
        root = self.doc[h.start:h.end].root
        while root.dep_ == "appos" and root.head.i != root.i:
            root = root.head
        return self._verb_of(root)

    def _verb_of(self, tok: Token) -> Token:
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _together(self, h: Hit) -> bool:
        """"Dalton and Karimov met ...": two people subjects together; "he" is neither for sure."""
        root = self.doc[h.start:h.end].root
        return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)

    def _only_quoting(self, h: Hit) -> bool:
        """The person is the subject of a reporting verb whose sentence holds a quotation ('"...," said Rep. X')."""
        verb = self._clause_of(h)
        if verb.lemma_.lower() not in REPORTING:
            return False
        s = self.doc[h.start].sent
        return any(t.i in self.quoted for t in s)

    def _paragraph_topic(self, head: Token, said: str, speaker: Hit) -> Hit | None:
        """The person subject of the first sentence of the pronoun's paragraph, when that is an earlier sentence than
        the speaker's, at most TOPIC_REACH sentences back, and another person of a fitting gender."""
        k = self._paragraph_opening(self.sent_of[head.i])
        if k >= speaker.sent or self.sent_of[head.i] - k > TOPIC_REACH:
            return None
        subjects = [h for h in self._person_subjects(k) if self._clause_of(h).dep_ == "ROOT"]
        if len(subjects) != 1 or subjects[0].actor == speaker.actor or self._together(subjects[0]):
            return None
        topic = subjects[0]
        return topic if self._gender(topic.actor) in (None, said) else None

    def _paragraph_opening(self, sent: int) -> int:
        """The first sentence of the paragraph (text between line breaks) that sentence `sent` stands in."""
        if self.openings is None:  # once per document: the paragraph number of every sentence
            self.openings = []
            if not self.doc.has_annotation("SENT_START"):
                return sent
            text = self.ctx.text
            breaks = [i for i, c in enumerate(text) if c == "\n"]
            paragraphs = [bisect_right(breaks, next((t.idx for t in s if not t.is_space), s.start_char))
                          for s in self.doc.sents]
            for k, p in enumerate(paragraphs):
                self.openings.append(k if k == 0 or p != paragraphs[k - 1] else self.openings[-1])
        return self.openings[sent] if sent < len(self.openings) else sent
