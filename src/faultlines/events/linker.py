"""The learned pair linker: whether one actor of a sentence acts on another, and how, from the shape of the
dependency path between their mentions.

The rules find an event on a word their lexicon lists and look for its arguments in set places; a sentence whose
two parties are linked by a word or a shape they do not know ("X, which has long armed the group, ..." or a chain of
clauses) gives no event at all. Here every ordered pair of mentions that resolve to two different actors is a
candidate, described by its path (the dependency labels up from the source to the words' common head and down to
the target), the words on the path (their lemmas, the lexicon's types for them, prepositions, saying and denial
verbs, negation), the kinds of the two actors and the anchor word's static vector (events/anchors.py). Two models
read them (data/event_linker.npz, written by `python -m faultlines.train.linker_fit`): one says whether the pair is
linked at all, one which PLOVER type the link is. A pair the rules (or the spotter, or the open candidates) already
link either way is left to them; a linked pair becomes a candidate on its anchor word and goes through the same
`build_events` as a rule event (voice, polarity, place and date), so a link inside a reported claim keeps its
claimant's voice. Only the model path proposes links; the rules-only path never sees them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .anchors import MARK, word
from .assemble import build_events
from .readings import Candidate, dateline_spans, within
from .syntax import VERBAL, is_passive, title_case

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..context import Context
    from ..records import Event
    from .coder import SentenceCoder
    from .judge import Judge
    from .lexicon import Lexicon

WEIGHTS = "event_linker.npz"  # the stem of the two weights files: event_linker_link.npz, event_linker_type.npz
FOLDER = "FAULTLINES_LINKER"  # a folder of other weights files (a leave-one-set-out run), else the package's
LINK = "LINK"  # the link model's positive class (its other class is the judge's NONE)
NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
MAX_SHAPE = 4  # dependency labels kept on each side of the path's shape
MAX_PAIRS = 60  # ordered pairs scored in one sentence at most (a list of twenty names is no web of links)


@dataclass(frozen=True)
class Party:
    """A mention that resolves to an actor: its head token, the actor, and whether it stood for a place's country."""

    tok: Token
    actor: str
    placed: bool


@dataclass(frozen=True)
class Pair:
    """An ordered pair of parties of one sentence (`a` the would-be source), its anchor word and features."""

    a: Party
    b: Party
    anchor: Token
    feats: tuple[str, ...]
    taken: bool = False  # the two actors are already linked in the sentence by an event proposed before


@dataclass(frozen=True)
class Linker:
    """The two models and their thresholds: keep a pair when P(link) and its best type's P both reach them."""

    link: Judge
    typer: Judge
    link_min: float
    type_min: float

    def decide(self, feats: list[str]) -> tuple[str, float] | None:
        """The pair's type and the probability of the link, or None when it is not linked surely enough."""
        p = self.link.proba(feats)
        p_link = float(p[list(self.link.classes).index(LINK)])
        if p_link < self.link_min:
            return None
        q = self.typer.proba(feats)
        k = int(np.argmax(q))
        return (self.typer.classes[k], p_link) if q[k] >= self.type_min else None


@lru_cache(maxsize=1)
def load_linker() -> Linker | None:
    """The shipped linker, or None when its weights are not in the package."""
    from .judge import judge_from, read_judge  # noqa: I001 (here: the judge reads the proposer, which reads this)

    names = (WEIGHTS.replace(".npz", "_link.npz"), WEIGHTS.replace(".npz", "_type.npz"))
    folder = os.environ.get(FOLDER)
    link: Judge | None
    typer: Judge | None
    if folder:  # weights trained without one analyst set (linker_fit --hold SET --out DIR)
        with open(Path(folder) / names[0], "rb") as fa, open(Path(folder) / names[1], "rb") as fb:
            link, typer = judge_from(fa), judge_from(fb)
    else:
        link, typer = read_judge(names[0]), read_judge(names[1])
    if link is None or typer is None:
        return None
    return Linker(link, typer, link_min=link.veto, type_min=typer.veto)


def parties(sent: Span, coder: SentenceCoder, skip: list[tuple[int, int]]) -> list[Party]:
    """The heads of the sentence's noun phrases that resolve to an actor (a place standing for its country marked
    so), outside the character spans `skip` (datelines)."""
    out: list[Party] = []
    for t in sent:
        if t.pos_ not in NOUNISH or t.dep_ in ("compound", "poss") and t.pos_ != "PROPN" and t.pos_ != "PRON":
            continue
        if within(t, skip):
            continue
        aid, tok = coder._actors([t])[0]
        if aid is None or tok is None:
            continue
        if t.dep_ in ("compound", "flat") and t.head.pos_ in NOUNISH and coder._actors([t.head])[0][0] == aid:
            continue  # "President [Barack] Obama": one mention, its head's
        out.append(Party(t, aid, t.i in coder.placed_at))
    return out


def path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The dependency path from `a` to `b`: the tokens from `a` up to (not including) the common head, the common
    head, and the tokens from `b` up to it (None when the two are in different trees)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    where = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in where:
            return up_a[:k], t, up_b[:where[t.i]]
    return None


def anchor_of(a: Token, top: Token, b: Token) -> Token:
    """The word an event between `a` and `b` stands on: the common head, or, when it is one of the two (a noun
    phrase holding the other), the nearest verb above it, else the head itself."""
    if top.i not in (a.i, b.i):
        return top
    return next((t for t in top.ancestors if t.pos_ in VERBAL), top)


def _types(t: Token, lex: Lexicon) -> set[str]:
    lemma = t.lemma_.lower()
    rules = lex.verbs.get(lemma, ()) if t.pos_ in VERBAL else lex.nouns.get(lemma, ())
    return {r.type for r in rules if not r.not_event}


def _kind(p: Party, coder: SentenceCoder) -> str:
    if p.placed:
        return "place"
    e = coder.entry(p.actor)
    return e.kind if e is not None else "?"


def features(a: Party, b: Party, coder: SentenceCoder, ruled: dict[int, str]) -> Pair | None:
    """The features of the ordered pair (a as source, b as target), or None when their tokens share no tree."""
    got = path(a.tok, b.tok)
    if got is None:
        return None
    up, top, down = got
    lex = coder.lex
    anchor = anchor_of(a.tok, top, b.tok)
    ups = [t.dep_ for t in up][:MAX_SHAPE]
    downs = [t.dep_ for t in down][:MAX_SHAPE]
    inner = up[1:] + down[1:] + ([top] if top.i not in (a.tok.i, b.tok.i) else [])
    f = [f"u={'/'.join(ups)}", f"d={'/'.join(downs)}", f"ud={'/'.join(ups)}|{top.pos_}|{'/'.join(downs)}",
         f"u0={ups[0] if ups else '-'}", f"d0={downs[0] if downs else '-'}", f"n={min(len(up) + len(down), 7)}",
         f"tp={top.pos_}", f"tdep={top.dep_}", f"ap={anchor.pos_}", f"al={anchor.lemma_.lower()}",
         f"ord={'ab' if a.tok.i < b.tok.i else 'ba'}", f"ka={_kind(a, coder)}", f"kb={_kind(b, coder)}",
         f"kk={_kind(a, coder)}|{_kind(b, coder)}"]
    f += [f"at={t}" for t in _types(anchor, lex)] or ["at=-"]
    for t in inner:
        lemma = t.lemma_.lower()
        f.append(f"w={lemma}")
        f += [f"wt={x}" for x in _types(t, lex)]
        if t.dep_ in ("prep", "agent"):
            f.append(f"p={lemma}")
        if lemma in lex.reporting_verbs or lemma in lex.claim_verbs:
            f.append("say")
        if lemma in lex.denial_verbs:
            f.append("deny")
        if t.i in ruled:
            f.append(f"rt={ruled[t.i]}")
    for side, t in (("a", a.tok), ("b", b.tok)):
        if t.head.dep_ in ("prep", "agent") and t.dep_ == "pobj":
            f.append(f"p{side}={t.head.lower_}")
    if any(c.dep_ == "neg" for c in anchor.children):
        f.append("neg")
    if anchor.pos_ in VERBAL and is_passive(anchor):
        f.append("passive")
    lo, hi = sorted((a.tok.i, b.tok.i))
    between = [t.lower_ for t in a.tok.doc[lo + 1:hi]]
    if "and" in between or "or" in between:
        f.append("cc")
    if between.count(",") >= 2:
        f.append("commas")
    if anchor.i in ruled:
        f.append(f"ar={ruled[anchor.i]}")
    f += [f"{MARK}t={anchor.lemma_.lower()}", f"{MARK}s={word(a.tok)}", f"{MARK}o={word(b.tok)}"]
    if anchor.head.i != anchor.i:
        f.append(f"{MARK}h={anchor.head.lemma_.lower()}")
    return Pair(a, b, anchor, tuple(f))


def sentence_pairs(sent: Span, coder: SentenceCoder, skip: list[tuple[int, int]], ruled: dict[int, str]
                   ) -> list[Pair]:
    """Every ordered pair of two different actors' mentions in the sentence, with its features."""
    found = parties(sent, coder, skip)
    out: list[Pair] = []
    for a in found:
        for b in found:
            if a.actor == b.actor or a.tok.i == b.tok.i or (a.placed and b.placed):
                continue
            pair = features(a, b, coder, ruled)
            if pair is not None:
                out.append(pair)
            if len(out) >= MAX_PAIRS:
                return out
    return out


def linked(pairs: list[Pair], linker: Linker) -> list[Candidate]:
    """The candidates of the pairs the linker links, one per pair of actors (its surest direction and mention),
    none for a pair of actors already linked in the sentence."""
    best: dict[tuple[int, frozenset[str]], tuple[float, Candidate]] = {}
    for p in pairs:
        key = (p.a.tok.sent.start, frozenset((p.a.actor, p.b.actor)))
        if p.taken or (got := linker.decide(list(p.feats))) is None:
            continue
        type_, prob = got
        if key not in best or prob > best[key][0]:
            best[key] = (prob, Candidate(type=type_, mode=None, source=p.a.actor, target=p.b.actor,
                                         trigger=p.anchor, source_tok=p.a.tok, target_tok=p.b.tok))
    return [c for _, c in best.values()]


def document_pairs(ctx: Context, coder: SentenceCoder, found: list[Event]) -> list[Pair]:
    """The ordered pairs of every sentence of the document (headlines and signatures left out, as for the open
    candidates); `found` are the events already proposed, whose trigger types the pairs' paths carry."""
    at = {e.trigger.start: e.type for e in found if e.trigger is not None}
    ruled = {t.i: at[t.idx] for t in ctx.doc if t.idx in at}
    datelines = dateline_spans(ctx)
    taken = linked_before(found)
    out: list[Pair] = []
    for sent in ctx.doc.sents:
        if ctx.in_signature(sent.start_char) or title_case(sent):
            continue
        here = taken.get(sent.start_char, set())
        out.extend(replace(p, taken=frozenset((p.a.actor, p.b.actor)) in here)
                   for p in sentence_pairs(sent, coder, datelines, ruled))
    return out


def linked_before(found: list[Event]) -> dict[int, set[frozenset[str]]]:
    """The pairs of actors the events link, by the start of their sentence."""
    taken: dict[int, set[frozenset[str]]] = {}
    for e in found:
        if e.source and e.target:
            taken.setdefault(e.start, set()).add(frozenset((e.source, e.target)))
    return taken


def linked_events(ctx: Context, coder: SentenceCoder, place_mentions: list[tuple[int, int, str]],
                  found: list[Event], linker: Linker) -> list[Event]:
    """The events of the pairs the linker links that no event of `found` already links in their sentence."""
    return [e for c in linked(document_pairs(ctx, coder, found), linker)
            for e in build_events(ctx, c, coder.lex, place_mentions, coder.actor_name)]
