"""Two people of one surname (a father and a son): the conventions news uses to tell them apart ("the elder
Haddad", "Haddad Jr.", "his father, Karim Haddad", "Haddad, 64,")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .state import Base

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KIN = {"father": "elder", "mother": "elder", "son": "younger", "daughter": "younger"}
SUFFIXES = {"jr": "younger", "sr": "elder", "ii": "younger", "iii": "younger"}
ORDER = {"elder": "elder", "older": "elder", "younger": "younger"}
PARENTS, CHILDREN = frozenset({"father", "mother"}), frozenset({"son", "daughter"})


class Kin(Base):
    """What each person of a shared surname is: elder or younger, and which kin noun named them."""

    def _note_kin(self, e: Span, aid: str) -> None:
        """Record a person's generation from a name suffix, a kin apposition or an age in commas."""
        last = e[-1].lower_.rstrip(".")
        if len(e) > 1 and last in SUFFIXES:
            self.generation[aid] = SUFFIXES[last]
        root = e.root
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        kin = next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in KIN), None)
        if kin:
            self.kin_noun[aid] = kin
            self.generation.setdefault(aid, KIN[kin])
        doc = self.doc
        if e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].like_num \
                and doc[e.end + 2].text in (",", ".") and doc[e.end + 1].text.isdigit() and 0 < int(doc[e.end + 1].text) < 120:
            self.age[aid] = int(doc[e.end + 1].text)

    def _kin_pick(self, pool: set[str], at: int, suffix: str | None = None) -> str | None:
        """Of several people sharing a surname, the one "the elder/younger X" or "X Sr./Jr." at token `at` names."""
        doc = self.doc
        want = SUFFIXES.get(suffix or "")
        if want is None and at > 0:
            want = ORDER.get(doc[at - 1].lower_)
        if want is None and at + 1 < len(doc):
            want = SUFFIXES.get(doc[at + 1].lower_.rstrip("."))
        if want is None or len(pool) != 2:
            return None
        gens = self.generation
        found = [a for a in pool if gens.get(a) == want]
        if not found:  # the other one is known to be of the other generation
            found = [a for a in pool if a not in gens] if sum(1 for a in pool if a in gens) == 1 else []
        if len(found) == 1:
            return found[0]
        ages = self.age
        if all(a in ages for a in pool) and len({ages[a] for a in pool}) == 2:
            pick = max if want == "elder" else min
            return pick(pool, key=lambda a: ages[a])
        return None

    def _kin_context(self, pool: set[str], at: int) -> str | None:
        """Of two people sharing a surname, the one a kin word of the surname's own sentence points to: "Haddad's
        father" or "Haddad said his father ..." is not the one introduced as the father; "Haddad said his son ..."
        is the father. Only for a surname that is a subject or a possessor; None when nothing says."""
        if len(pool) != 2 or at >= len(self.doc):
            return None
        tok = self.doc[at]
        owner = at + 2 < len(self.doc) and self.doc[at + 1].lower_ in ("'s", "\u2019s")
        if not owner and tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        words = [self.doc[at + 2]] if owner else [t for t in tok.sent if t.i > at and t.tag_ == "NN" and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)]
        picks = set()
        for w in words:
            kin = w.lemma_.lower()
            if kin not in KIN:
                continue
            same = [a for a in pool if self.kin_noun.get(a) == kin]
            other = PARENTS if kin in CHILDREN else CHILDREN
            if len(same) == 1:  # S speaks of his father: S is not the father
                picks.add(next(a for a in pool if a != same[0]))
            owned = [a for a in pool if self.kin_noun.get(a) in other]
            if len(owned) == 1:  # S speaks of his son and one of them is the father: S is the father
                picks.add(owned[0])
        return picks.pop() if len(picks) == 1 else None

    def _kin_conflict(self, aid: str, at: int, suffix: str | None) -> bool:
        """"Haddad Sr." (or "the elder Haddad") when the one Haddad known is the younger: not him."""
        want = SUFFIXES.get(suffix or "") or (ORDER.get(self.doc[at - 1].lower_) if at > 0 else None)
        have = self.generation.get(aid)
        return want is not None and have is not None and want != have

    def _kin_reference(self, ch: Span, head: Token) -> str | None:
        """"his father", "the father" -> the one person the report introduced as a father (by apposition)."""
        lemma = head.lemma_.lower()
        if lemma not in KIN or head.tag_ != "NN" or any(c.dep_ in ("prep", "appos") for c in head.children):
            return None
        if not any(t.lower_ in ("the", "his", "her") for t in ch if t.i < head.i):
            return None
        found = {a for a, k in self.kin_noun.items() if k == lemma}
        return found.pop() if len(found) == 1 else None
