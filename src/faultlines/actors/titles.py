"""Titles as references: "Crown Prince Mohammed bin Salman ... the crown prince" -> the one person so titled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..values.names import fold
from .state import Base

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Title words that can head a reference on their own ("the crown prince", "the minister", "the general").
TITLE_HEADS = frozenset({"president", "minister", "premier", "prince", "king", "queen", "emir", "sheikh", "secretary",
                         "general", "colonel", "commander", "chancellor", "governor", "mayor", "spokesman",
                         "spokeswoman", "spokesperson", "ambassador", "envoy", "chairman", "ayatollah", "pope",
                         "senator", "marshal", "admiral", "imam", "cleric"})
PAST = frozenset({"former", "late", "ousted", "outgoing", "ex"})
# The last title word of a state's office holder, and the organ they belong to ("Sudanese Foreign Minister X").
OFFICE_SECTORS = {"president": "GOV", "minister": "GOV", "premier": "GOV", "chancellor": "GOV", "secretary": "GOV",
                  "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "ambassador": "GOV", "envoy": "GOV",
                  "pm": "GOV", "general": "MIL", "gen": "MIL", "colonel": "MIL", "col": "MIL", "admiral": "MIL",
                  "brigadier": "MIL", "marshal": "MIL", "lieutenant": "MIL"}
# Titles of one who speaks for an organ, and the organs a word before them may name ("police spokesman X")
SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SPEAKING_ORGANS = frozenset({"POL", "MIL", "JUD", "INT"})
# Civil offices ending in "general" ("Attorney General", "Secretary-General"): no army rank.
CIVIL_GENERALS = frozenset({"attorney", "inspector", "solicitor", "director", "surgeon", "auditor", "governor",
                            "secretary", "postmaster", "comptroller", "accountant", "procurator", "consul"})


class Titles(Base):
    """Remember who was named with which title; resolve "the <title>" to the one person who holds it."""

    def _note_title(self, e: Span, aid: str) -> None:
        """Record the title words written before a person's name ("Saudi Crown Prince X", "Defence Minister Y")."""
        words: list[str] = []
        for t in e:
            low = t.lower_.rstrip(".")
            if low not in self.d.titles:
                break
            words.append(low)
        i = e.start - 1
        while i >= 0 and self.doc[i].lower_.rstrip(".") in self.d.titles and self.doc[i].text[:1].isalpha():
            words.insert(0, self.doc[i].lower_.rstrip("."))
            i -= 1
        if words and i >= 1 and self.doc[i].text == "-" and self.doc[i - 1].lower_ == "ex":
            words.insert(0, "former")  # "ex-President X", then "the former president" (round 20, P)
        if words:
            self.titled.append((e.start, aid, tuple(words)))
        entry = self.index.entry(aid)  # the dictionary's role: "Crown Prince of Saudi Arabia"
        role = fold(entry.role.split(" of ")[0].split("(")[0]).split() if entry is not None and entry.role else []
        if role and all(w in self.d.titles for w in role) and tuple(role) != tuple(words):
            self.titled.append((e.start, aid, tuple(role)))

    def _office_parent(self, e: Span, country: str | None) -> str | None:
        """"Sudanese Foreign Minister X", "US spokeswoman Y": a person named with a state's office title, the state
        given by the name's own modifiers (not a guess from the sentence), is a member of its government or army."""
        if country is None or self.d.kind_of(country) != "state":
            return None
        words = [t.lower_.rstrip(".") for t in e if t.lower_.rstrip(".") in self.d.titles]
        i = e.start - 1
        while i >= 0 and self.doc[i].lower_.rstrip(".") in self.d.titles and self.doc[i].text[:1].isalpha():
            words.insert(0, self.doc[i].lower_.rstrip("."))
            i -= 1
        before = {t.lower_ for t in self.doc[max(0, i - 2):i + 1]}  # "Former Sudanese Foreign Minister"
        sector = OFFICE_SECTORS.get(words[-1]) if words and not PAST & (set(words) | before) else None
        organ = self.d.sector_of(self.doc[i].lemma_.lower()) if i >= 0 and words and words[-1] in SPEAKERS else None
        if sector is not None and organ in SPEAKING_ORGANS:
            sector = organ  # "Colombian police spokesman X", "army spokesman Y": that organ's, not the government's
        if sector == "MIL" and words[-1] in ("general", "gen") and self._civil_general(words, i):
            return None
        if sector is None or self._context(e, sentence=False)[0] != country:
            return None
        aid = self.d.sub_actor(country, sector)
        return aid if self.d.entry(aid) is not None else None

    def _civil_general(self, words: list[str], i: int) -> bool:
        """"Attorney General", "Secretary-General": the word before "general" (a title word, or the one just before
        the title words, across a hyphen) names a civil office."""
        if len(words) > 1:
            return words[-2] in CIVIL_GENERALS
        if i >= 1 and self.doc[i].text == "-":
            i -= 1
        return i >= 0 and self.doc[i].lower_ in CIVIL_GENERALS

    def _context(self, e: Span, *, sentence: bool) -> tuple[str | None, str | None]:
        raise NotImplementedError

    def _note_untagged_titles(self) -> None:
        """"President Ruto" the model left untagged still holds the title: a titled stranger makes "the president"
        ambiguous."""
        people = {start for start, _, _ in self.titled}
        for t in self.doc[1:]:
            prev = self.doc[t.i - 1]
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in people or self.index.token_actor(t.i) \
                    or prev.lower_.rstrip(".") not in TITLE_HEADS or not prev.text[:1].isupper():
                continue
            words = [prev.lower_.rstrip(".")]
            i = prev.i - 1
            while i >= 0 and self.doc[i].lower_.rstrip(".") in self.d.titles and self.doc[i].text[:1].isalpha():
                words.insert(0, self.doc[i].lower_.rstrip("."))
                i -= 1
            self.titled.append((t.i, "", tuple(words)))

    def _title_reference(self, ch: Span, head: Token) -> str | None:
        """"the crown prince", "the defence minister": the one person named before with a title ending in these
        words; None when none or several hold it, or when the phrase names its own office ("the president of X")."""
        words = [t.lower_.rstrip(".") for t in ch if t.i <= head.i]
        if len(words) < 2 or words[0] != "the" or head.tag_ not in ("NN", "NNP") or words[-1] not in TITLE_HEADS:
            return None
        words = words[1:]
        if not all(w in self.d.titles for w in words) or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
        past = bool(PAST & set(words))
        found = {aid for start, aid, title in self.titled if start < head.i and len(title) >= len(words)
                 and title[-len(words):] == tuple(words) and past == bool(PAST & set(title))}
        return (found.pop() or None) if len(found) == 1 else None
