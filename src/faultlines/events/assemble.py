"""Turn coded candidates into `Event` records (voice, polarity, date, place) and merge duplicates."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..records import PLOVER_SIGN, Event, Mention, Voice
from .lexicon import Lexicon
from .polarity import polarity
from .syntax import VERBAL, subjects
from .when import event_date, event_place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..context import Context
    from .readings import Candidate

# A promise, concession or retreat that is refused is a rejection in PLOVER ("will not accept", "did not lift").
REFUSALS = ("AGREE", "CONCEDE", "RETREAT")


def _span(tok: Token | None) -> Mention | None:
    if tok is None:
        return None
    left = min((c.left_edge.i for c in tok.lefts if c.dep_ not in ("det", "punct")), default=tok.i)
    sp = tok.doc[left: tok.i + 1]
    return Mention(sp.start_char, sp.end_char, sp.text)


def reported_by(t: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb of saying or denying whose clause holds the trigger ("Dorrian insisted ...")."""
    x = t
    for _ in range(10):
        if x.head is x:
            return None
        if x.dep_ in ("ccomp", "xcomp", "pcomp") and x.head.lemma_.lower() in lex.reporting_verbs:
            found = subjects(x.head)
            return found[0] if found else None
        x = x.head
    return None


def voice_of(ctx: Context, t: Token, lex: Lexicon) -> Voice:
    """The structure stage's voice, narrowed to the named party whose saying or denial the article reports."""
    voice = ctx.voice_at(t.idx)
    if voice.kind == "commenter" or (voice.kind == "quoted" and voice.name):
        return voice
    speaker = reported_by(t, lex)
    if speaker is None or speaker.pos_ == "PRON":
        return voice
    return Voice("quoted", _span(speaker).text)  # type: ignore[union-attr]


def build_event(ctx: Context, c: Candidate, lex: Lexicon, place_mentions: list[tuple[int, int, str]]) -> Event:
    sent = c.trigger.sent
    text = sent.text.rstrip()
    start = sent.start_char
    t = c.trigger
    extra = [x for x in (c.target_tok, c.host) if x is not None]
    seg = ctx.segment_at(start)
    pol = polarity(t, lex, c.host)
    type_ = c.type
    if pol == "negated" and type_ in REFUSALS:
        type_, pol = "REJECT", "asserted"
    return Event(id="", type=type_, mode=c.mode, source=c.source, target=c.target, start=start,
                 end=start + len(text), text=text, place=event_place(t, extra, place_mentions),
                 date=event_date(c.host if c.host is not None and t.pos_ not in VERBAL else t,
                                 ctx.document.published),
                 polarity=pol, voice=voice_of(ctx, t, lex), sign=PLOVER_SIGN[type_],
                 trigger=Mention(t.idx, t.idx + len(t.text), t.text), source_mention=_span(c.source_tok),
                 target_mention=_span(c.target_tok), segment=seg.id if seg else None,
                 evidence=(Mention(start, start + len(text), text),))


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (type, source, target, polarity, voice); later sightings add evidence and fill gaps."""
    merged: dict[tuple[Any, ...], Event] = {}
    for e in events:
        key = (e.type, e.source, e.target, e.polarity, e.voice.kind, e.voice.name)
        old = merged.get(key)
        if old is None:
            merged[key] = e
            continue
        ev = old.evidence + tuple(m for m in e.evidence if m not in old.evidence)
        merged[key] = replace(old, evidence=ev, mode=old.mode or e.mode, date=old.date or e.date,
                              place=old.place or e.place)
    out = sorted(merged.values(), key=lambda e: (e.start, e.trigger.start if e.trigger else 0))
    return [replace(e, id=f"e{i + 1}") for i, e in enumerate(out)]
