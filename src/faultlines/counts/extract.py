"""Tie each quantity in a document to what it counts, a category, and the actor and place it belongs to.

"643 men and boys missing from Saqlawiyah" -> value 643, what "men and boys", category missing,
place Saqlawiyah. The category comes from an event word around the counted noun (its verb when the
noun is its object, or a participle after it), else from the noun itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Count, Place
from .grammar import Quantity, find_quantities, vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ActorIndex
    from ..context import Context

SKIP_ENTS = ("DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY")
NOMINAL = ("NOUN", "PROPN")
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "pobj", "appos")
WINDOW = 6
LOCATIVE = re.compile(r"\b(?:in|from|at|near|around|across|inside|outside|throughout|into|of)\s+"
                      r"(?:the\s+)?(?:(?:north|south|east|west|central|eastern|western|northern|southern)\w*\s+)?$", re.I)
STOP_TEXT = {",", ";", ".", ":", "!", "?", "(", ")", "but", "while", "whereas", "although"}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    v = vocabulary()
    events = {w: cat for cat, words in v["event_words"].items() for w in words}
    nouns = {w: cat for cat, words in v["nouns"].items() for w in words}
    return events, nouns, frozenset(v["not_counted"])


def _tokens(doc: Doc, q: Quantity) -> Span | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def counted_phrase(doc: Doc, qspan: Span) -> tuple[int, int, Token] | None:
    """Token range [i, j) of the counted noun phrase after the quantity, and its head noun."""
    i = qspan.end
    if i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        return None  # a compound modifier: "3-deep", "30-year-old"
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    j, head = i, None
    while j < len(doc):
        t = doc[j]
        if t.pos_ in NOMINAL or (t.pos_ in ("ADJ", "NUM", "DET") and head is None):
            if t.pos_ in NOMINAL:
                head = t
            j += 1
        elif (t.lower_ in ("and", "or") and head is not None and j + 1 < len(doc) and doc[j + 1].pos_ in NOMINAL
              and doc[j + 1].tag_ == head.tag_):  # "men and boys", not "guns and training"
            j += 1
        else:
            break
    if head is None:
        return None
    while j > i and doc[j - 1].pos_ not in NOMINAL:
        j -= 1
    return i, j, head


def _event_category(doc: Doc, qspan: Span, head: Token, end: int) -> str | None:
    events, _, _ = _lexicon()
    for t in head.children:
        if t.dep_ in ("amod", "acl", "relcl") and (cat := events.get(t.lemma_.lower()) or events.get(t.lower_)):
            return cat
    anchor = qspan.root if qspan.root.pos_ in NOMINAL else head
    for node in (head, anchor):
        gov = node.head
        if node.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if node.dep_ in OBJECT_DEPS and gov is not node and (cat := events.get(gov.lemma_.lower()) or events.get(gov.lower_)):
            return cat
    for t in doc[end:min(len(doc), end + WINDOW)]:
        if t.lower_ in STOP_TEXT or t.is_sent_start:
            break
        cat = events.get(t.lemma_.lower()) or events.get(t.lower_)
        if cat is None:
            continue
        active = t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) and head.dep_ == "nsubj"
        if not active:
            return cat
    return None


def _noun_category(phrase: Span) -> str | None:
    _, nouns, _ = _lexicon()
    for t in reversed(phrase):
        if t.pos_ in NOMINAL and (cat := nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)):
            return cat
    return None


def _clause(doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause around [start, end): the sentence cut at commas and semicolons."""
    lo, hi = sent.start_char, sent.end_char
    for t in sent:
        if t.text in (",", ";", ":", "(", ")", "\u2014"):
            if t.idx < start:
                lo = t.idx + 1
            elif t.idx >= end and t.idx < hi:
                hi = t.idx
                break
    return lo, hi


def _place_for(ctx: Context, places: list[Place], start: int, end: int, sent: Span) -> str | None:
    """The place named in a locative phrase after the counted noun in its clause, else one before it."""
    lo, hi = _clause(ctx.doc, sent, start, end)
    after = []
    for p in places:
        for m in p.mentions:
            if end <= m.start < hi and LOCATIVE.search(ctx.text[max(end, m.start - 30):m.start]):
                after.append((m.start, p.id))
    if after:
        return min(after)[1]
    before = [(m.start, p.id) for p in places for m in p.mentions if lo <= m.start and m.end <= start]
    return max(before)[1] if before else None


def find_counts(ctx: Context, actors: ActorIndex, places: list[Place]) -> list[Count]:
    """Every counted quantity in the document (not in signatures), as Count records c1, c2, ..."""
    doc = ctx.doc
    _, _, not_counted = _lexicon()
    out: list[Count] = []
    for q in find_quantities(ctx.text):
        if ctx.in_signature(q.start):
            continue
        qspan = _tokens(doc, q)
        if qspan is None or any(t.ent_type_ in SKIP_ENTS for t in qspan if t.like_num):
            continue
        money = qspan.start > 0 and doc[qspan.start - 1].text in ("$", "\u20ac", "\u00a3")
        money = money or any(t.ent_type_ == "MONEY" for t in qspan)
        found = counted_phrase(doc, qspan)
        if found is None and not money:
            continue
        if found is not None:
            i, j, head = found
            if head.lemma_.lower() in not_counted or head.lower_ in not_counted:
                continue
            if q.value == 1 and q.approx is None:
                continue
            phrase = doc[i:j]
            what = phrase.text
            category = "money" if money else (_event_category(doc, qspan, head, j) or _noun_category(phrase) or "other")
            actor = actors.actor_at(phrase.start_char, phrase.end_char)
            p_start, p_end = phrase.start_char, phrase.end_char
        else:
            what, category, actor = "money", "money", None
            p_start = p_end = qspan.end_char
        place = _place_for(ctx, places, p_start, p_end, qspan.sent)
        out.append(Count(id=f"c{len(out) + 1}", category=category, what=what, start=q.start, end=max(q.end, p_end),
                         text=ctx.text[q.start:max(q.end, p_end)], value=q.value, low=q.low, high=q.high,
                         approx=q.approx, actor=actor, place=place))
    return out
