"""The suspect as a person: "Police identified the suspect as X", "the gunman, X," -> every "the suspect", "the
gunman" of the report is X (before the name too, as crime reports name the suspect last); one person only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .state import Base

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns for the one who did it: any of them names the same person once the report has identified one.
CULPRITS = frozenset({"suspect", "shooter", "gunman", "attacker", "assailant", "killer", "bomber", "perpetrator",
                      "stabber", "murderer", "hijacker", "kidnapper", "abductor", "sniper", "culprit", "accused"})
NAMING = frozenset({"identify", "name"})
ALLOWED = frozenset({"the", "this", "alleged", "suspected", "lone", "accused", "same", "armed", "male", "female"})


class Culprits(Base):
    """Who "the suspect" is: the one person the report identifies by one of the culprit nouns."""

    culprits: set[str]

    def _note_culprits(self) -> None:
        """Every person a culprit noun is tied to by "identified/named ... as X", an apposition or a copula."""
        self.culprits = set()
        for t in self.doc:
            if t.lemma_.lower() not in CULPRITS or t.tag_ != "NN" or t.pos_ != "NOUN":
                continue
            for p in self._identified(t):
                aid = self.index.token_actor(p.i)
                entry = self.index.entry(aid)
                if entry is not None and entry.kind == "person":
                    self.culprits.add(entry.id)

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
        return [o for o in out if o.pos_ == "PROPN"]

    def _culprit_reference(self, ch: Span, head: Token) -> str | None:
        """"the suspect", "the alleged gunman", a headline's "suspect arrested": the one person identified as the
        culprit; None with none or two, for a plural or an indefinite ("a suspect" may be anyone)."""
        if len(self.culprits) != 1 or head.lemma_.lower() not in CULPRITS or head.tag_ != "NN":
            return None
        words = [t.lower_ for t in ch if t.i < head.i]
        if any(w not in ALLOWED for w in words) or (words and words[0] not in ("the", "this")):
            return None
        seg = self.ctx.segment_at(head.idx)
        if not words and (seg is None or seg.kind != "title"):
            return None  # a bare "suspect" only in a headline
        return next(iter(self.culprits))
