"""The report's place: the dateline city ("TRIPOLI, Libya (Reuters) -", "KYIV —") is where the news body's events
happened when their sentences name no place of their own.

Only the reporter's body text takes it: not the title, a pasted excerpt, a comment, or words inside quotation
marks; only events that happen at a place (attacks, raids, protests, deployments, meetings); not an event whose
sentence names another place (the dateline's own country, and a country named as the event's party, aside),
nor one dated in another year than the report ("in 2019", "from 2003 to 2011"); only verbs ("shelled", not "his
arrest"); and only when the report is about the dateline's country (no other country's places named more often).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Event, Place

if TYPE_CHECKING:
    from ..context import Context

TAKES_DATELINE = frozenset({"body"})
# Events that happen somewhere (an attack, a raid, a protest, a deployment, a meeting); a statement, an accusation
# or a shipment of arms is made wherever its maker is, which the filing city does not tell.
HAPPEN_THERE = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONSULT"})


def report_place(ctx: Context, places: list[Place], events: list[Event]) -> list[Event]:
    """`events` with the dateline's place given to those of the news body that have none and whose sentences
    name no other place."""
    d = ctx.dateline
    if d is None or "/" in d.place:  # "TRIPOLI/ANKARA (Reuters) -": filed from two cities, placed in neither
        return events
    named = [p for p in places if any(d.start <= m.start < d.end for m in p.mentions)]
    home = min(named, key=lambda p: p.feature == "country", default=None)  # "SEOUL, South Korea": Seoul
    if home is None:
        return events
    if not _about(home, places, d.start, d.end):
        return events
    others = [(m.start, m.end) for p in places if p.id != home.id and not _holds(p, home) for m in p.mentions]
    year = (ctx.document.published or "")[:4]
    return [replace(e, place=home.id) if e.place is None and _takes(ctx, e, others, year) else e for e in events]


def _about(home: Place, places: list[Place], start: int, end: int) -> bool:
    """The report is about the dateline's country: no other country's places are named more often ("CAIRO —" over a
    story about Tunisia is a bureau's filing line, not where it happened)."""
    by_country: Counter[str | None] = Counter()
    for p in places:
        by_country[p.country] += sum(1 for m in p.mentions if not start <= m.start < end)
    return by_country[home.country] >= max(by_country.values(), default=0)


def _holds(p: Place, home: Place) -> bool:
    """The dateline's own country ("TRIPOLI - Libya's army ..."): no other place."""
    return p.feature == "country" and p.country is not None and p.country == home.country


def _takes(ctx: Context, e: Event, others: list[tuple[int, int]], year: str) -> bool:
    """The event is the reporter's, in the body, outside quotation marks, named in sentences without a place
    of their own, and not dated to another year."""
    spans = [(m.start, m.end) for m in e.evidence] or [(e.start, e.end)]
    if e.type not in HAPPEN_THERE:
        return False
    parties = [(m.start, m.end) for m in (e.source_mention, e.target_mention) if m is not None]
    for start, end in spans:
        seg = ctx.segment_at(start)
        if seg is not None and seg.kind == "dateline":  # "KYIV — Russian forces shelled ...": the words after it
            seg = ctx.segment_at(min(end - 1, seg.end + len(ctx.text[seg.end:end]) - len(ctx.text[seg.end:end].lstrip())))
        if seg is None or seg.kind not in TAKES_DATELINE:
            return False
        if any(start <= a < end and not any(s <= a < t for s, t in parties) for a, _ in others):
            return False
    if e.trigger is None or ctx.quote_at(e.trigger.start) is not None:
        return False
    word = ctx.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if word is None or word.root.pos_ != "VERB":  # "after his arrest": a nominal event, told in passing, anywhere
        return False
    if e.date and ("/" in e.date or (len(e.date) == 4 and not year) or (year and not e.date.startswith(year))):
        return False
    return True
