"""Whose "we" an unquoted first person is when no author country is given: a headline naming the text as a head of
state's or minister's own words ("Message from President X", "Statement by the Foreign Minister Y") makes the
author's "we" and "our troops" that person's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .state import Base, Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

OWN_WORDS = frozenset({"message", "statement", "remarks", "address", "speech", "letter", "declaration", "op-ed",
                       "oped", "article", "essay", "column", "interview", "broadcast"})


class Author(Base):
    """The author's state, read from a headline that says whose words follow."""

    def _author_from_title(self, hits: list[Hit]) -> None:
        """Set the author's state from a headline "<message> from/by <official>" (only when none was given)."""
        if self.author is not None:
            return
        title = next((s for s in self.ctx.segments if s.kind == "title"), None)
        if title is None:
            return
        for h in hits:
            first = self.doc[h.start]
            if h.kind != "person" or not title.start <= first.idx < title.end:
                continue
            entry = self.index.entry(h.actor)
            if entry is None or entry.country is None or self.d.kind_of(entry.parent) not in ("government", "state"):
                continue  # a known official: a person of a state's government
            if self._introduced(first):
                self.author = entry.country
                return

    def _introduced(self, first: Token) -> bool:
        """The name follows "<message> from/by" with at most title words between ("Message from President X")."""
        i = first.i - 1
        while i >= 0 and (self.doc[i].lower_.rstrip(".") in self.d.titles or self.doc[i].lower_ == "the"):
            i -= 1
        return i >= 1 and self.doc[i].lower_ in ("from", "by") and self.doc[i - 1].lower_ in OWN_WORDS
