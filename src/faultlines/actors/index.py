"""ActorIndex: the actors found in one document, their mentions, and token -> actor lookups."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor, Mention
from ..structure import find_dateline

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span

    from .dictionary import Dictionary, Entry
    from .lookup import StandIn


@dataclass(frozen=True)
class ImpliedEvent:
    """A relation stated inside a name: "Iranian-backed groups" -> SUPPORT(IRN -> groups)."""

    type: str
    mode: str | None
    source: str
    target: str
    start: int
    end: int


def _against(t: Token) -> bool:
    """"anti-Syria": the word names what the phrase opposes (or, "pro-", supports), not who it is."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("anti", "pro")


class ActorIndex:
    """Per-document actors, built by the actors stage; later stages read it as an `ActorLookup`.

    `resolve` answers what a token or span refers to; `actors()` lists them all."""

    def __init__(self, doc: Doc, dictionary: Dictionary) -> None:
        self.doc = doc
        self.dictionary = dictionary
        self._tok: list[str | None] = [None] * len(doc)
        self._width: list[int] = [1 << 30] * len(doc)
        self._mentions: dict[str, dict[tuple[int, int], Mention]] = {}
        self._local: dict[str, Entry] = {}
        self._aliases: dict[str, list[str]] = {}
        self._implied: list[ImpliedEvent] = []
        self._sorted: list[tuple[int, int, str]] | None = None
        self._longest = 0
        self._datelines: dict[int, int] = {}  # a sentence's first character -> the end of its dateline (0: none)

    # ------------------------------------------------------------ building
    def add(self, actor_id: str, start_tok: int, end_tok: int, *, force: bool = False) -> str:
        """Record a mention of `actor_id` over tokens [start_tok, end_tok); inner mentions win per token
        unless `force` (a phrase that redefines its head: "Bosnian Serbs", "Iraqi Kurds")."""
        if end_tok <= start_tok:
            return actor_id
        span = self.doc[start_tok:end_tok]
        m = Mention(span.start_char, span.end_char, span.text)
        self._mentions.setdefault(actor_id, {})[(m.start, m.end)] = m
        self._sorted = None
        width = end_tok - start_tok
        for i in range(start_tok, end_tok):
            if force or width <= self._width[i]:
                self._tok[i], self._width[i] = actor_id, width
        return actor_id

    def add_local(self, entry: Entry) -> str:
        """Register an actor that is not in the dictionary (a slug id)."""
        self._local.setdefault(entry.id, entry)
        return entry.id

    def affiliate(self, person: str, body: str) -> None:
        """Make `body` the parent of a person found in this document who has none ("X, a spokesman for Y")."""
        entry = self._local.get(person)
        if entry is not None and entry.kind == "person" and entry.parent is None and body != person:
            self._local[person] = replace(entry, parent=body)

    def add_alias(self, actor_id: str, alias: str) -> None:
        al = self._aliases.setdefault(actor_id, [])
        if alias not in al:
            al.append(alias)

    def imply(self, event: ImpliedEvent) -> None:
        self._implied.append(event)

    def record(self, stand_ins: Iterable[StandIn]) -> None:
        """Add the mentions a later stage found standing for actors (places for countries, generic groups)."""
        for s in stand_ins:
            if s.entry is not None:
                self.add_local(s.entry)
            self.add(s.actor, s.start, s.end)

    def entry(self, actor_id: str | None) -> Entry | None:
        if actor_id is None:
            return None
        return self._local.get(actor_id) or self.dictionary.entry(actor_id)

    # ------------------------------------------------------------ queries
    def mentioned(self) -> set[str]:
        return set(self._mentions)

    def token_actor(self, i: int) -> str | None:
        return self._tok[i]

    def resolve(self, item: Span | Token) -> str | None:
        """The actor a token or span refers to (its syntactic head's actor), or None if it is not an actor."""
        if isinstance(item, Token):
            return self._tok[item.i]
        root = item.root
        if self._tok[root.i] is not None:
            return self._tok[root.i]
        # a single actor named before the head ("Swiss doctors", "Lebanon's new President X") stands for the
        # phrase, and so does one after a head that names a kind of actor ("a spokesman for the army",
        # "refugees from Liberia"); after any other head it does not ("the defeat of Daesh")
        lemma, d = root.lemma_.lower(), self.dictionary
        actor_head = root.pos_ == "PROPN" or bool(d.sector_of(lemma)) or lemma in d.member_nouns \
            or lemma in d.person_nouns or lemma in d.titles
        past = self._dateline_end(item)
        found = {self._tok[t.i] for t in item if self._tok[t.i] is not None
                 and (t.i < root.i or actor_head) and not _against(t) and t.idx >= past}
        return found.pop() if len(found) == 1 and len(item) <= 10 else None

    def _dateline_end(self, item: Span) -> int:
        """"TOLEDO, Ohio (AP) - A Toledo man": a dateline the parser hung on the phrase is where and by whom the
        report was filed, no part of the phrase; the character its words end at (0 when none)."""
        sent = item.sent
        if sent.start_char not in self._datelines:
            line = find_dateline(self.doc.text[sent.start_char:sent.end_char], sent.start_char)
            self._datelines[sent.start_char] = line.end if line is not None else 0
        end = self._datelines[sent.start_char]
        return end if item.root.idx >= end else 0

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor of the tightest mention overlapping the character range [start, end)."""
        if self._sorted is None:
            self._sorted = sorted((s, e, aid) for aid, ms in self._mentions.items() for s, e in ms)
            self._longest = max((e - s for s, e, _ in self._sorted), default=0)
        spans = self._sorted
        i = bisect.bisect_left(spans, (start - self._longest,))
        best: tuple[int, str] | None = None
        while i < len(spans) and spans[i][0] < end:
            s, e, aid = spans[i]
            if start < e:
                width = (e - s) + (0 if s <= start and end <= e else 10_000)
                if best is None or width < best[0]:
                    best = (width, aid)
            i += 1
        return best[1] if best else None

    def actors(self) -> tuple[Actor, ...]:
        """Every actor mentioned, in order of first mention, with mentions sorted by offset."""
        order = sorted(self._mentions, key=lambda a: min(self._mentions[a]))
        out = []
        for aid in order:
            e = self.entry(aid)
            if e is None:
                continue
            aliases = tuple(dict.fromkeys((*e.aliases, *self._aliases.get(aid, ()))))
            mentions = tuple(m for _, m in sorted(self._mentions[aid].items()))
            out.append(Actor(id=aid, name=e.name, kind=e.kind, country=e.country, aliases=aliases,
                             parent=e.parent, mentions=mentions))
        return tuple(out)

    def implied_events(self) -> list[ImpliedEvent]:
        return list(self._implied)
