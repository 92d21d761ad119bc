"""Shared state of one resolver sweep: the history of resolved mentions, quotes, sentences, constants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .index import ActorIndex

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..context import Context
    from .dictionary import Dictionary

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
ORGANS = {"state", "government", "legislature", "military", "police", "intelligence"}
NATIONAL = {"government", "regime", "administration", "authority", "cabinet"}
MANY = {"government", "regime", "administration", "cabinet", "state", "country", "nation", "parliament"}
NUMBERLESS = {"state", "government", "legislature", "military", "police", "intelligence", "igo"}
DEFINITE = {"the", "these", "those", "this", "that", "such", "both"}
LEADING_DETS = {"the", "a", "an"}
FIRST_PLURAL = {"we", "us", "ourselves"}
THIRD_SINGULAR = {"he", "him", "she", "her"}
THIRD_PLURAL = {"they", "them"}
QUOTE_OPEN, QUOTE_CLOSE = {"\u201c", "\u00ab"}, {"\u201d", "\u00bb"}
WINDOW = 8
PRONOUN_WINDOW = 2
MODIFIER_DEPS = {"compound", "amod", "appos", "nmod", "poss", "npadvmod"}
PLACE_PREPS = frozenset({"in", "into", "to", "from", "across", "near", "inside", "at", "throughout", "within", "over"})
PAST_WINDOW = 2  # sentences back in which an unnamed office's state must be the only one named


@dataclass(frozen=True)
class Hit:
    """One resolved mention, remembered for later generic references."""

    actor: str
    kind: str
    plural: bool
    sent: int
    start: int
    end: int
    demonym: bool = False
    lemma: str = ""
    named: bool = False  # a name ("the Rapid Support Forces"), whose grammatical number says nothing of the group's
    quote: int = -1  # the quotation the mention stands in (-1: outside quotes)


class Base:
    """Per-document state and the small helpers every rule uses."""

    def __init__(self, ctx: Context, dictionary: Dictionary) -> None:
        self.ctx, self.d, self.doc = ctx, dictionary, ctx.doc
        self.index = ActorIndex(ctx.doc, dictionary)
        self.history: list[Hit] = []
        self.acronyms: dict[str, str] = {}
        self.surnames: dict[str, str] = {}
        self.titled: list[tuple[int, str, tuple[str, ...]]] = []  # (token, person, title words) of titled names
        self.kin_noun: dict[str, str] = {}  # person -> the kin noun that introduced them ("father")
        self.generation: dict[str, str] = {}  # person -> "elder" / "younger"
        self.age: dict[str, int] = {}  # person -> the age given in commas
        self.widened: dict[int, str | None] = {}  # institution words widened to the name around them (name_spans)
        self.given_alias: dict[int, Span] = {}  # a lone given name -> the full name (name_spans)
        self.renamed: set[int] = set()  # entity starts re-spanned by naming: their root's entity id is a state's
        self.genders: dict[str, str] = {}  # person -> "m" / "f", as honorifics and kin nouns tell
        self.named_hits: list[Hit] = []
        self.capital_mentions: list[tuple[int, str]] | None = None  # pass A's hits, in order (pass B's history starts empty)
        self.named_states: set[str] = set()  # countries of every name, demonym or capital the document uses
        self.backed: dict[str, set[str]] = {}
        self.backed_locals: set[str] = set()
        self.author = ctx.author_country
        self.sent_of, self.quoted = self._scan()
        self.quote_of: dict[int, int] = self._quote_numbers()

    def _scan(self) -> tuple[list[int], set[int]]:
        doc, sent_of, quoted = self.doc, [0] * len(self.doc), set()
        if doc.has_annotation("SENT_START"):
            for k, s in enumerate(doc.sents):
                sent_of[s.start:s.end] = [k] * (s.end - s.start)
        inside = False
        for t in doc:
            if t.text in QUOTE_OPEN or (t.text == '"' and not inside):
                inside = True
            elif t.text in QUOTE_CLOSE or t.text == '"':
                inside = False
            elif inside:
                quoted.add(t.i)
            if "\n" in t.text or "\n" in t.whitespace_:
                inside = False
        return sent_of, quoted

    def _quote_numbers(self) -> dict[int, int]:
        """token -> the number of the quotation it stands in (runs of quoted tokens)."""
        out: dict[int, int] = {}
        k = -1
        for i in sorted(self.quoted):
            if i - 1 not in self.quoted:
                k += 1
            out[i] = k
        return out

    def _office_country(self, sent: int, hits: list[Hit] | None = None) -> str | None:
        """The one state whose organs, people or name (not as a place: "killed in Syria") the last sentences mention,
        or among several the one the whole report names at least three times as often as any other; None when no
        state or no clear one. A capital named nearby counts as its state's."""
        pool = self.history if hits is None else hits
        window = [h for h in pool if 0 <= sent - h.sent <= PAST_WINDOW and h.quote < 0
                  and (h.kind in ORGANS or h.kind == "person") and self.d.country_of(h.actor)]
        owners = {self.d.country_of(h.actor) for h in window if not self._as_place(h)}
        recent = {self.d.country_of(h.actor) for h in window} | {c for k, c in self._capitals() if 0 <= sent - k <= PAST_WINDOW}
        if not owners:
            return None  # only places: who holds the office is not said
        if len(recent) == 1:
            return recent.pop()
        counts: dict[str, int] = {}
        for h in self.named_hits:
            c = self.d.country_of(h.actor) if h.kind in ORGANS else None
            if c:
                counts[c] = counts.get(c, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][0] in owners and (len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]) \
                and ranked[0][1] >= 4:
            return ranked[0][0]
        return None

    def _as_place(self, h: Hit) -> bool:
        """A state named as where something happens ("in Syria", "to Iraq"), not as a party."""
        if h.kind != "state" or h.demonym:
            return False
        root = self.doc[h.start:h.end].root
        return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS

    def _capitals(self) -> list[tuple[int, str]]:
        """(sentence, state) of every capital the document names: a place the actors stage can place itself."""
        if self.capital_mentions is None:
            self.capital_mentions = [(self.sent_of[e.start], c) for e in self.doc.ents
                                     if e.label_ == "GPE" and (c := self.d.capital(e.text))]
        return self.capital_mentions

    def _token_name(self, t: Token) -> str | None:
        """The actor a single token names on its own (an entity already seen, a country, a demonym)."""
        aid = self.index.token_actor(t.i)
        if aid is None and t.text[:1].isupper():
            aid = self.d.lookup(t.text) or self.d.demonym(t.text)
        return aid

    def _named(self, text: str) -> str | None:
        """An actor named by a bare word: name, demonym or capital ("Tehran-backed")."""
        return self.d.lookup(text) or self.d.demonym(text) or self.d.capital(text)

    def _sector(self, head: Token) -> str | None:
        lemma = head.lemma_.lower()
        if head.i > 0:
            two = f"{self.doc[head.i - 1].lemma_.lower()} {lemma}"
            if two in self.d.nouns:
                return self.d.nouns[two]
        sector = self.d.sector_of(lemma) or self.d.sector_of(head.lower_)
        if sector in ("MIL", "GOV") and any(c.dep_ in ("amod", "compound") and self.d.sector_of(c.lemma_.lower()) == "REB"
                                            for c in head.lefts):
            return "REB"  # "the paramilitary force", "rebel forces", "militia units" are armed groups, not an army
        return sector

    def _record(self, aid: str | None, ch: Span, head: Token, *, force: bool = False) -> None:
        if aid is None:
            return
        start = ch.start
        while start < head.i and self.doc[start].lower_ in LEADING_DETS:
            start += 1
        self.index.add(aid, start, head.i + 1, force=force)
        e = self.index.entry(aid)
        self.history.append(Hit(aid, e.kind if e else "other", head.tag_ in ("NNS", "NNPS"),
                                self.sent_of[head.i], start, head.i + 1, lemma=head.lemma_.lower(),
                                quote=self.quote_of.get(head.i, -1)))
