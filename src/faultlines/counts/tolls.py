"""Tolls: each casualty count tied to its event, each event's fatalities from its killed counts (ACLED's rule:
the most conservative figure), and the events whose toll two voices report differently (`contested`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Count, Event, Facts, Quote, Segment, Toll, Voice
from .grammar import vocabulary

if TYPE_CHECKING:
    from ..context import Context

CODED = "coded fatalities"  # the `what` of a toll the note's coder states ("Fatalities coded as 10"): it wins
LINKED = ("killed", "wounded", "missing", "abducted", "arrested", "displaced")
VIOLENT = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN")
WEAK = ("the", "him", "her", "he", "she", "his", "their", "its", "this", "that")
GENERIC = ("victim", "victims", "person", "people", "man", "men", "body", "bodies", "individual", "individuals")
ADDED = re.compile(r"\b(?:also|another|other(?! (?:sources?|reports?|accounts?|outlets?))|others|more|additional|"
                   r"further|second|third|as well)\b", re.I)
SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|of them|incl\.)\s*$", re.I)
SUMMARY = re.compile(r"^\w+\s+(?:killed|dead|died)\s*(?:[,;]\s*\w+\s+(?:injured|wounded|missing|arrested)\s*)*[.\]]",
                     re.I)
COORDINATED = re.compile(r"^[\s,]*(?:and)?[\s,]*$")


@lru_cache(maxsize=1)
def _total_nouns() -> frozenset[str]:
    return frozenset(vocabulary()["total_nouns"])


def toll_figure(c: Count) -> int:
    """The conservative figure of one count: its value, else its floor, else 0."""
    return c.value if c.value is not None else (c.low or 0)


def is_total(c: Count, text: str = "") -> bool:
    """A count that states a whole toll ("3 fatalities", "the death toll") rather than one group of victims;
    with the document `text`, also a summary sentence of its own ("2 killed.", "Three dead.")."""
    words = c.what.lower().split()
    if bool(words) and words[-1] in _total_nouns():
        return True
    return bool(text) and SUMMARY.match(text[c.start:c.start + 40]) is not None \
        and (c.start == 0 or text[:c.start].rstrip()[-1:] in (".", "]", ")", ""))


def total_group(text: str, counts: Sequence[Count], total: Count) -> list[Count]:
    """A stated total with the groups coordinated before it: "2 rebel and 1 military fatality"."""
    group = [total]
    for c in reversed([c for c in counts if c.end <= total.start]):
        if not COORDINATED.match(text[c.end:group[0].start]):
            break
        group.insert(0, c)
    return group


def _restates(ctx: Context, c: Count, counts: Sequence[Count]) -> bool:
    """A weak victim ("he", "the victim") names someone already counted: a firm killed count anywhere in its
    segment, or any killed count in an earlier sentence ("lynched a man ... he was beaten to death")."""
    seg, sent = ctx.segment_at(c.start), _sentence(ctx, c.start)
    return any(k is not c and k.category == "killed" and ctx.segment_at(k.start) == seg
               and not _coordinated(ctx.text, k, c)
               and (not _weak(k) or (k.start < c.start and _sentence(ctx, k.start) != sent)) for k in counts)


def _coordinated(text: str, a: Count, b: Count) -> bool:
    """Two victim groups joined by "and" or a comma: "killing the father and a son"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return COORDINATED.match(text[first.end:second.start]) is not None


def _weak(c: Count) -> bool:
    words = c.what.lower().split()
    return c.value == 1 and bool(words) and words[0] in WEAK


def _lateness(e: Event) -> tuple[int, int]:
    """The last event before a count: by its end, then by its trigger (several events share one sentence)."""
    return e.end, e.trigger.start if e.trigger else e.start


def _casualty_trigger(e: Event) -> bool:
    """An event that is only its casualties ("two officers were killed"): its trigger is a casualty word."""
    words = vocabulary()["event_words"]
    t = (e.trigger.text if e.trigger else "").lower()
    return any(t in words[k] or t.rstrip("ed") in words[k] for k in ("killed", "wounded"))


def _text_sentence(text: str, char: int) -> int:
    """Where the sentence holding `char` starts, by its full stop (for stored facts, which have no parse)."""
    return max(text.rfind(". ", 0, char), text.rfind("\n", 0, char)) + 1


def _sentence(ctx: Context, char: int) -> int:
    tok = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return tok.sent.start_char if tok is not None and len(tok) else char


def link_counts(ctx: Context, counts: list[Count], events: Sequence[Event]) -> list[Count]:
    """Each casualty count with the id of its event: a violent event in its sentence (the nearest trigger),
    else the last asserted violent event before it in the same segment."""
    out = []
    for c in counts:
        if c.category not in LINKED:
            out.append(c)
            continue
        here = [e for e in events if e.start <= c.start < e.end]
        pick = [e for e in here if e.type in VIOLENT]
        best: Event | None
        seg = ctx.segment_at(c.start)
        before = [e for e in events if e.end <= c.start and e.type in VIOLENT and e.polarity == "asserted"
                  and (seg is None or seg.start <= e.start)]
        if pick:
            best = _incident(min(pick, key=lambda e: abs((e.trigger.start if e.trigger else e.start) - c.start)),
                             before)
        else:
            best = _incident(max(before, key=_lateness), before) if before else None
        out.append(replace(c, event=best.id) if best is not None else c)
    return out


def _incident(e: Event, before: Sequence[Event]) -> Event:
    """A casualty-only event with no attacker stands for the violent event before it ("... attacked a post. Two
    officers were killed. 2 fatalities.": all three are one incident); any other event for itself."""
    if e.source is not None or not _casualty_trigger(e):
        return e
    earlier = [b for b in before if b.end <= e.start]
    return max(earlier, key=_lateness) if earlier else e


def combine(text: str, counts: list[Count]) -> Toll:
    """One voice's toll for one event: its last stated total, else the sum of its distinct victim groups."""
    totals = [c for c in counts if c.what == CODED] or [c for c in counts if is_total(c, text)]
    if totals:
        return _sum(total_group(text, counts, totals[-1]))
    kept: list[Count] = []
    for c in counts:
        if (_weak(c) and kept and not COORDINATED.match(text[kept[-1].end:c.start])) or SUBSET.search(text[max(0, c.start - 20):c.start]) or (
                kept and text[kept[-1].end:c.start].count("(") > text[kept[-1].end:c.start].count(")")):
            continue  # "the victim" after "a man"; "2 commanders" in "21 militants including 2 commanders";
            # "1 child" in "5 civilians (2 men, 2 women, and 1 child)"
        sent = _text_sentence(text, c.start)
        earlier = [k for k in kept if _text_sentence(text, k.start) != sent]
        head = c.what.lower().split()[-1] if c.what.strip() else ""
        if earlier and not ADDED.search(text[sent:c.end]) and (
                head in GENERIC or any(k.what.lower().split()[-1:] == [head] for k in earlier)):
            continue  # a later sentence restating the toll ("Two men were shot ... The victims died")
        kept.append(c)
    return _sum(kept)


def _sum(kept: list[Count]) -> Toll:
    value = sum(c.value for c in kept if c.value is not None) if all(c.value is not None for c in kept) else None
    low = sum(c.low if c.low is not None else (c.value or 0) for c in kept)
    high = sum(c.high for c in kept if c.high is not None) if all(c.high is not None for c in kept) else None
    return Toll(value, low, high)


def voice_tolls(ctx: Context, event: Event, counts: Sequence[Count]) -> dict[Voice, Toll]:
    """The killed toll of `event` as each voice reports it."""
    by_voice: dict[Voice, list[Count]] = {}
    for c in counts:
        if c.event == event.id and c.category == "killed":
            by_voice.setdefault(ctx.voice_at(c.start), []).append(c)
    return {v: combine(ctx.text, cs) for v, cs in by_voice.items()}


def conservative(tolls: Sequence[Toll]) -> Toll:
    """ACLED's rule across reports: the smallest figure, the lowest floor, the highest ceiling."""
    values = [t.value for t in tolls if t.value is not None]
    lows = [t.low for t in tolls if t.low is not None]
    highs = [t.high for t in tolls]
    return Toll(min(values) if values else None, min(lows) if lows else None,
                None if any(h is None for h in highs) else max(h for h in highs if h is not None))


def event_tolls(ctx: Context, events: Sequence[Event], counts: Sequence[Count]) -> list[Event]:
    """The events with `fatalities` filled from their linked killed counts."""
    out = []
    counts = [c for c in counts if not (c.category == "killed" and _weak(c) and _restates(ctx, c, counts))]
    for e in events:
        tolls = voice_tolls(ctx, e, counts) if e.polarity == "asserted" else {}
        out.append(replace(e, fatalities=conservative(list(tolls.values()))) if tolls else e)
    return out


def voice_in(quotes: Sequence[Quote], segments: Sequence[Segment], char: int) -> Voice:
    """Who says the words at `char` in stored facts (the same rules as Context.voice_at)."""
    for q in quotes:
        if q.start <= char < q.end and (q.speaker_name or q.speaker):
            return Voice("quoted", q.speaker_name or q.speaker)
    for s in segments:
        if s.start <= char < s.end:
            if s.kind in ("comment", "signature"):
                return Voice("commenter", s.author)
            if s.kind == "excerpt":
                return Voice("quoted", s.author)
    return Voice("author", None)


def toll_disputes(facts: Facts) -> list[tuple[Event, dict[Voice, tuple[int, ...]]]]:
    """Events whose killed figures differ between voices: each with the figures every voice gives."""
    out = []
    for e in facts.events:
        figures: dict[Voice, tuple[int, ...]] = {}
        for c in facts.counts:
            if c.event == e.id and c.category == "killed":
                v = voice_in(facts.quotes, facts.segments, c.start)
                figures[v] = (*figures.get(v, ()), toll_figure(c))
        if len(figures) > 1 and len({max(f) for f in figures.values()}) > 1:
            out.append((e, figures))
    return out


def _acled_figure(text: str, e: Event, killed: Sequence[Count]) -> int:
    """An event's toll as ACLED codes it: its figure, else vague tolls at ACLED's numbers ("dozens" 12)."""
    t = e.fatalities
    if t is None:
        return 0
    if t.value is not None:
        return t.value
    vague = vocabulary()["acled_vague"]
    linked = [replace(c, value=vague[c.approx], low=vague[c.approx], high=vague[c.approx])
              if c.value is None and c.approx in vague else c for c in killed if c.event == e.id]
    toll = combine(text, linked)
    return toll.value if toll.value is not None else (t.low or 0)


def note_fatalities(facts: Facts) -> int:
    """The deaths a short note (one incident, ACLED-style) reports: the toll its coder states ("fatalities coded
    as 10"), else a closing total ("3 fatalities."), else its events' tolls plus killed counts tied to no event."""
    killed = [c for c in facts.counts if c.category == "killed"]
    coded = [c for c in killed if c.what == CODED]
    if coded:
        return toll_figure(coded[-1])
    if killed and is_total(killed[-1], facts.text):
        return sum(toll_figure(c) for c in total_group(facts.text, killed, killed[-1]))
    total = sum(_acled_figure(facts.text, e, killed) for e in facts.events if e.fatalities is not None)
    if any(e.type == "PROTEST" for e in facts.events):
        return total  # deaths named in a protest note are its grievance, not its toll
    loose = [c for c in killed if c.event is None]
    loose = [c for c in loose if not (_weak(c) and any(
        k is not c and not _coordinated(facts.text, k, c)
        and (not _weak(k) or (k.start < c.start and ". " in facts.text[k.end:c.start])) for k in loose))]
    if not loose:
        return total
    vague = vocabulary()["acled_vague"]
    toll = combine(facts.text, [replace(c, value=vague[c.approx], low=vague[c.approx], high=vague[c.approx])
                                if c.value is None and c.approx in vague else c for c in loose])
    return total + (toll.value if toll.value is not None else (toll.low or 0))
