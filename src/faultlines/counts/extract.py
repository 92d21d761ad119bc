"""Tie each quantity in a document to what it counts, a category, and the actor and place it belongs to.

"643 men and boys missing from Saqlawiyah" -> value 643, what "men and boys", category missing,
place Saqlawiyah. The category comes from an event word around the counted noun (its verb when the
noun is its object, or a participle after it), else from the noun itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import COUNT_CATEGORIES, Count, CountCategory, Event, Place
from .grammar import NUMBER, Quantity, find_quantities, number_value, vocabulary
from .tolls import CODED, link_counts
from .victims import bare_number_category, entity_of, find_victims, intended, verb_category

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ActorLookup
    from ..context import Context

SKIP_ENTS = ("DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY")
NAME_ENTS = ("ORG", "NORP", "GPE", "PERSON", "FAC", "LOC")
CASUALTY = ("killed", "wounded", "missing", "abducted", "arrested")
NOMINAL = ("NOUN", "PROPN")
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "pobj", "appos")
WINDOW = 6
LOCATIVE = re.compile(r"\b(?:in|from|at|near|around|across|inside|outside|throughout|into|of)\s+"
                      r"(?:the\s+)?(?:(?:north|south|east|west|central|eastern|western|northern|southern)\w*\s+)?$", re.I)
# A toll stated by whoever coded the note: "Fatalities coded as 10", "deaths estimated at 30", "fatalities
# split across 2 events (3)": the number is the toll, whatever the sentence's own counts say.
STATED = re.compile(
    rf"\b(?:fatalities|deaths|casualties|death toll|toll)\b[^.;]{{0,60}}?"
    rf"(?:\b(?:coded|estimated|reported|recorded|put|given|rounded(?:\s+(?:down|up))?)\s+(?:as|at|to)\s+(?P<n>{NUMBER})\b"
    rf"|\b(?:split|spread|divided|distributed)\s+(?:up\s+)?(?:between|across|among|over)\s+\w+\s+"
    rf"(?:events|locations|days|incidents)\s*\((?P<m>\d+)\))", re.I)
# A toll a report says rose: "the death toll has risen to 7", "the number of wounded climbed to 40".
RISEN = re.compile(
    rf"\b(?:(?P<dead>death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|people killed))"
    rf"|number of (?:the )?(?P<hurt>wounded|injured|injuries))\b[^.;\n]{{0,90}}?"
    rf"\b(?:rose|risen|climbed|increased|jumped|grown|grew|reached|(?:now )?stands|stood)\s+(?:to|at)\s+"
    rf"(?:at least\s+)?(?P<n>{NUMBER})\b", re.I)
# Killed coordinated with another fate: the number counts both, so it is only a ceiling on the dead.
_FATES = r"(?:wounded|injured|captured|arrested|detained|kidnapped|abducted)"
MIXED = re.compile(rf"^\s+(?:were|was|have been|had been)?\s*(?:\w+ly\s+)?(?:killed|dead)\s*(?:,\s*{_FATES}\s*)?"
                   rf"(?:and|or|,)\s*(?:\w+ly\s+)?{_FATES}\b", re.I)
MIXED_BEFORE = re.compile(r"\b(?:killed|killing)\s*(?:and|or)\s*(?:\w+ly\s+)?(?:wounded|injured|wounding|injuring)\s+$", re.I)
STOP_TEXT = {",", ";", ".", ":", "!", "?", "(", ")", "but", "while", "whereas", "although"}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    v = vocabulary()
    events = {w: cat for cat, words in v["event_words"].items() for w in words}
    nouns = {w: cat for cat, words in v["nouns"].items() for w in words}
    return events, nouns, frozenset(v["not_counted"])


def _not_a_count(t: Token) -> bool:
    """A number inside a date, time, percentage, ordinal or measure. A DATE, PERCENT or QUANTITY that the
    tagger gave to plain number words ("eight thousand two hundred civilians") is none of them unless it holds
    a calendar, percent or unit word."""
    if t.ent_type_ not in SKIP_ENTS:
        return False
    if t.ent_type_ not in ("DATE", "PERCENT", "QUANTITY") or not t.is_alpha:
        return True
    ent = entity_of(t)
    return ent is None or any(not (w.like_num or w.lower_ in ("and", "-")) for w in ent)


def event_lexicon() -> dict[str, str]:
    """Event word (lemma or form) -> category, from data/counts.yaml."""
    return _lexicon()[0]


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
        if t.pos_ in NOMINAL or (head is None and (t.pos_ in ("ADJ", "NUM", "DET")
                                                   or (t.dep_ == "amod" and t.tag_ in ("VBN", "VBG")))):
            if t.pos_ in NOMINAL:
                head = t
            j += 1
        elif (t.lower_ in ("and", "or") and head is not None and j + 1 < len(doc) and doc[j + 1].pos_ in NOMINAL
              and doc[j + 1].tag_ == head.tag_):  # "men and boys", not "guns and training"
            j += 1
        else:
            break
    if head is None:
        if i < len(doc) and doc[i].text.isupper() and doc[i].is_alpha:  # "15 IS militants": a name the tagger missed
            end, noun = _past_name(doc, i + 1, doc[i])
            return (i, end, noun) if noun is not doc[i] else None
        return None
    while j > i and doc[j - 1].pos_ not in NOMINAL:
        j -= 1
    return i, *_past_name(doc, j, head)


def _past_name(doc: Doc, j: int, head: Token) -> tuple[int, Token]:
    """When the phrase so far is a name ("4 Communist Party of India-Maoist (CPI-Maoist) cadres", "15 IS
    militants"), the counted noun is the common noun after it: extend [.., j) to that noun."""
    if not (head.pos_ == "PROPN" or head.ent_type_ in NAME_ENTS or head.text.isupper()):
        return j, head
    k = j
    while k < len(doc) and k - j < 10:
        t = doc[k]
        if t.text in ("(", ")", "-", "'s", "of", "and") or t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS \
                or (t.text[:1].isupper() and not t.is_sent_start):
            k += 1
            continue
        break
    end = k
    while end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].text.islower():
        end += 1
    if end == k or doc[k:end].text.count("(") != doc[k:end].text.count(")"):
        return j, head
    return end, doc[end - 1]


def _event_category(doc: Doc, qspan: Span, head: Token, end: int) -> str | None:
    events, _, _ = _lexicon()
    for node in (qspan.root, head):
        verbs = [node.head, *(c for c in node.head.children if c.dep_ == "conj"
                              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
        fates = [vc[0] for v in verbs if (vc := verb_category(v)) is not None and not intended(v)]
        if node.dep_ in ("nsubj", "nsubjpass") and fates:  # "One of the injured men died"; "were kidnapped
            return "killed" if "killed" in fates else fates[0]  # and killed": the last fate is death
    prev = doc[qspan.start - 1] if qspan.start > 0 else None
    if prev is not None and prev.tag_ in ("VBG", "VBD", "VBN") and (cat := events.get(prev.lemma_.lower())) \
            and not intended(prev):
        return cat  # "killing 15 IS militants", whatever the parse made of the name
    for t in head.children:
        if t.dep_ in ("amod", "acl", "relcl") and (cat := events.get(t.lemma_.lower()) or events.get(t.lower_)):
            return cat
    anchor = qspan.root if qspan.root.pos_ in NOMINAL else head
    for node in (head, anchor, qspan.root):
        gov = node.head
        if node.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if node.dep_ in OBJECT_DEPS and gov is not node and (cat := events.get(gov.lemma_.lower()) or events.get(gov.lower_)):
            return None if intended(gov) else cat
    depth = seen = 0
    for t in doc[end:min(len(doc), end + WINDOW + 10)]:
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            continue  # a parenthetical name: "members of the ADF (Allied Democratic Forces) died"
        seen += 1
        if t.lower_ in STOP_TEXT or t.is_sent_start or seen > WINDOW:
            break
        cat = events.get(t.lemma_.lower()) or events.get(t.lower_)
        if cat is None:
            continue
        active = t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children) and head.dep_ == "nsubj"
        if t.tag_ in ("VBD", "VBG", "VBZ", "VBP") and (vc := verb_category(t)) is not None and vc[1] == "object":
            active = True  # "clashed with 4 men ... and killed 1 of them": the 4 are not the killed
        if not active:
            return None if intended(t) else cat
    return None


def _noun_category(head: Token) -> str | None:
    """The category the counted noun itself gives (its head only: "Division Series" is no division of troops)."""
    _, nouns, _ = _lexicon()
    if head.pos_ == "PROPN" and not head.text.islower() and head.lower_ not in ("troops", "soldiers"):
        return None
    return nouns.get(head.lemma_.lower()) or nouns.get(head.lower_)


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


@lru_cache(maxsize=1)
def _owner_verbs() -> frozenset[str]:
    return frozenset(vocabulary()["owner_verbs"])


def _back_reference(ctx: Context, actors: ActorLookup, before: int) -> str | None:
    """The actor a possessive ("its", "their") refers back to: the subject of this or an earlier sentence
    (up to two back), else the last one named before token `before`."""
    doc = ctx.doc
    sent = doc[before].sent
    for _ in range(3):
        for t in sent.root.children:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i < before and (aid := actors.resolve(t)) is not None:
                return aid
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    for t in reversed(doc[max(0, before - 80):before]):
        if t.pos_ in NOMINAL and (aid := actors.token_actor(t.i)) is not None:
            return aid
    return None


def _owner(ctx: Context, actors: ActorLookup, qspan: Span, head: Token, phrase: Span) -> str | None:
    """Who the troops belong to: a name before the noun ("US troops"), else a possessive ("its 2,500 troops")
    or the subject that has, sends or keeps them ("The US keeps 900 troops in Syria"), up the clause."""
    doc = ctx.doc
    if any(actors.token_actor(t.i) is not None for t in doc[phrase.start:head.i]):
        return actors.actor_at(phrase.start_char, phrase.end_char)  # "US troops", "American soldiers"
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children) or \
            (qspan.start > 0 and doc[qspan.start - 1].lower_ in ("its", "their")):
        return _back_reference(ctx, actors, qspan.start)
    for c in head.children:  # "fighters belonging to X", "soldiers of X", "troops from X"
        via = [c] if c.dep_ == "prep" and c.lower_ in ("of", "from") else \
              [g for g in c.children if g.dep_ == "prep"] if c.dep_ == "acl" and c.lemma_ == "belong" else []
        for p in via:
            for g in p.children:
                if g.dep_ == "pobj" and (aid := actors.resolve(g)) is not None:
                    return aid
    node, owns = head, _owner_verbs()
    for _ in range(6):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() not in owns:
            break
        for c in node.children:
            if c.dep_ != "nsubj" or c.i >= qspan.start:
                continue
            if (aid := actors.resolve(c)) is not None:
                return aid
            if any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children):
                return _back_reference(ctx, actors, c.i)
    after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    return actors.token_actor(head.i) if after not in ("in", "into", "inside", "across") else None


def count_category(name: str) -> CountCategory:
    """A category named in data/counts.yaml as the records' vocabulary; an unknown one is a data error."""
    for c in COUNT_CATEGORIES:
        if c == name:
            return c
    raise ValueError(f"counts.yaml: unknown count category {name!r}; use one of {', '.join(COUNT_CATEGORIES)}")


def _count(ctx: Context, places: list[Place], n: int, q: Quantity, what: str, category: str, actor: str | None,
           p_start: int, p_end: int, sent: Span) -> Count:
    start, end = min(q.start, p_start), max(q.end, p_end)
    return Count(id=f"c{n}", category=count_category(category), what=what, start=start, end=end, text=ctx.text[start:end],
                 value=q.value, low=q.low, high=q.high, approx=q.approx, actor=actor,
                 place=_place_for(ctx, places, p_start, p_end, sent))


NUMBER_GLUE = frozenset({"-", "and", "a", "an", ",", "hundred", "thousand", "million", "billion", "trillion"})


def _currency_entity(qspan: Span) -> bool:
    """A MONEY entity over the number that names a currency: the tagger also calls bare number words MONEY
    ("killed twenty-six thousand one civilians")."""
    money = (entity_of(t) for t in qspan if t.ent_type_ == "MONEY")
    return any(ent is not None and any(not w.like_num and w.lower_ not in NUMBER_GLUE for w in ent) for ent in money)


def find_counts(ctx: Context, actors: ActorLookup, places: list[Place], events: Sequence[Event] = ()) -> list[Count]:
    """Every counted quantity in the document (not in signatures), as Count records c1, c2, ...; with `events`,
    each casualty count carries the id of the event it belongs to (tolls.link_counts)."""
    doc = ctx.doc
    _, _, not_counted = _lexicon()
    out: list[Count] = []
    covered: set[int] = set()
    last: Count | None = None
    for q in find_quantities(ctx.text):
        if ctx.in_signature(q.start):
            continue
        qspan = _tokens(doc, q)
        if qspan is None or any(_not_a_count(t) for t in qspan if t.like_num):
            continue
        money = qspan.start > 0 and doc[qspan.start - 1].text in ("$", "\u20ac", "\u00a3")
        money = money or _currency_entity(qspan)
        found = counted_phrase(doc, qspan)
        if found is not None and found[2].i >= qspan.end + 1 and doc[qspan.end].lower_ == "of" \
                and found[2].pos_ == "PRON":
            found = None
        if found is None and not money:
            category = bare_number_category(qspan)
            if category is None and last is not None and last.category in ("troops", "fighters") \
                    and qspan.sent.start_char <= last.start and qspan.end < len(doc) \
                    and doc[qspan.end].lower_ in ("in", "to", "at"):  # "900 troops in Syria and 2,500 in Iraq"
                out.append(last := _count(ctx, places, len(out) + 1, q, last.what, last.category, last.actor,
                                          qspan.end_char, qspan.end_char, qspan.sent))
                continue
            if category is None:
                continue
            covered.update(range(qspan.start, qspan.end))
            out.append(last := _count(ctx, places, len(out) + 1, q, "people", category, None,
                                      qspan.end_char, qspan.end_char, qspan.sent))
            continue
        if found is not None:
            i, j, head = found
            if head.lemma_.lower() in not_counted or head.lower_ in not_counted:
                continue
            if any(_not_a_count(t) for t in doc[i:j] if t.like_num):
                continue  # "five of the 2015 series"
            phrase = doc[i:j]
            category = "money" if money else (_event_category(doc, qspan, head, j) or _noun_category(head) or "other")
            if category not in CASUALTY and last is not None and last.category in CASUALTY \
                    and ctx.text[last.end:q.start].strip(" ,") in ("and", ""):
                category = last.category  # "killed 15 militants and 2 suicide bombers"
            if q.value == 1 and q.approx is None and category not in CASUALTY:
                continue
            if category == "killed" and (MIXED.match(ctx.text[phrase.end_char:phrase.end_char + 40])
                                         or MIXED_BEFORE.search(ctx.text[max(0, q.start - 30):q.start])):
                q = replace(q, value=None, low=None, high=q.high if q.high is not None else q.value,
                            approx="up to")  # "7 militants were killed and wounded": some of the 7 died
            actor = (_owner(ctx, actors, qspan, head, phrase) if category in ("troops", "fighters")
                     else actors.actor_at(phrase.start_char, phrase.end_char))
            covered.update(range(qspan.start, j))
            out.append(last := _count(ctx, places, len(out) + 1, q, phrase.text, category, actor,
                                      phrase.start_char, phrase.end_char, qspan.sent))
        else:
            out.append(last := _count(ctx, places, len(out) + 1, q, "money", "money", None,
                                      qspan.end_char, qspan.end_char, qspan.sent))
    for m in RISEN.finditer(ctx.text):
        value = number_value(m.group("n"))
        span = doc.char_span(m.start("n"), m.end("n"), alignment_mode="expand")
        if value is None or span is None or ctx.in_signature(m.start()) or STATED.match(ctx.text, m.start()):
            continue
        q = Quantity(value, value, value, None, m.start("n"), m.end("n"), m.group("n"))
        what, category = ("death toll", "killed") if m.group("dead") else ("wounded", "wounded")
        out.append(_count(ctx, places, len(out) + 1, q, what, category, None, m.start(), m.end("n"), span.sent))
    for m in STATED.finditer(ctx.text):
        key = "n" if m.group("n") else "m"
        value = number_value(m.group(key))
        span = doc.char_span(m.start(key), m.end(key), alignment_mode="expand")
        if value is None or span is None or ctx.in_signature(m.start()):
            continue
        q = Quantity(value, value, value, None, m.start(key), m.end(key), m.group(key))
        out.append(_count(ctx, places, 0, q, CODED, "killed", None, m.end(key), m.end(key), span.sent))
    for p in places:
        for pm in p.mentions:
            if (pspan := doc.char_span(pm.start, pm.end, alignment_mode="expand")) is not None:
                covered.update(range(pspan.start, pspan.end))
    for v in find_victims(doc, covered):
        if ctx.in_signature(doc[v.start].idx):
            continue
        span = doc[v.start:v.end]
        q = Quantity(v.value, v.value, v.value, None, span.start_char, span.start_char, "")
        out.append(_count(ctx, places, 0, q, span.text, v.category, actors.actor_at(span.start_char, span.end_char),
                          span.start_char, span.end_char, span.sent))
    out.sort(key=lambda c: c.start)
    out = [replace(c, id=f"c{n}") for n, c in enumerate(out, 1)]
    return link_counts(ctx, out, events) if events else out
