"""Label the candidates of the analysts' pooled articles (train/analyst.py: the texts rebuilt from ../shared, the
gold rows in analyst_rows.tsv) for the judge and the open model: the gold type, NONE, or unknown (skipped).

A candidate takes a gold row's type when that row's parties are its parties (the row's classer, accepted
alternatives and "reverse accepted" honoured): its own type when the row accepts it, else the row's (a retype
example). It is NONE when no row of its sentence shares either of its named parties, and unknown otherwise (one
party right: a wrong edge the judge cannot mend by its type).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from ..events.judge import NONE
from ..records import Event
from .analyst import AnalystRow, documents, sentence_of, sentence_spans
from .analyst_match import judge_event, parse_accepted, party_matches
from .code import Coded
from .labels import Pairs, Primary, Record

RIGHT = frozenset({"fully right", "wrong polarity", "wrong voice"})  # type and parties right: the judge's business
HOLD = "FAULTLINES_ANALYST_HOLD"  # comma-separated analyst sets left out of training (leave-one-set-out runs)


def analyst_records(hold: set[str] | None = None) -> list[Record]:
    """One record per rebuilt analyst document (text, document name, set, gold rows); sets in `hold` (default: the
    FAULTLINES_ANALYST_HOLD variable) left out; none without ../shared."""
    hold = hold if hold is not None else {s for s in os.environ.get(HOLD, "").split(",") if s}
    skipped: list[str] = []
    docs = [d for d in documents(skipped=skipped) if d.set not in hold]
    if skipped:
        print(f"  analyst: {len(skipped)} documents not rebuilt exactly, left out: {', '.join(skipped)}")
    return [{"text": d.text, "doc": d.name, "set": d.set, "rows": d.rows} for d in docs]


def _party(aid: str | None, actors: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    return actors.get(aid) if aid else None


def _as_json(e: Event) -> dict[str, Any]:
    return {"type": e.type, "source": e.source, "target": e.target, "polarity": e.polarity,
            "voice": {"kind": e.voice.kind, "name": e.voice.name}}


def _shares(row: AnalystRow, ev: dict[str, Any], actors: dict[str, dict[str, Any]]) -> bool:
    """One of the candidate's named parties is one of the row's parties (either side)."""
    alt = parse_accepted(row.accepted)
    parties = (row.source, *alt.sources, row.target, *alt.targets)
    named = [a for a in (_party(ev["source"], actors), _party(ev["target"], actors)) if a is not None]
    return any(party_matches(p, (), a) for a in named for p in parties)


def label(e: Event, rows: list[AnalystRow], actors: dict[str, dict[str, Any]], *, typed: bool = True) -> str | None:
    """The candidate's label from the gold rows of its sentence: a type, NONE, or None (unknown); `typed` False
    for an open candidate (its type a placeholder)."""
    ev = _as_json(e)
    if typed and any(judge_event(r, ev, actors) in RIGHT for r in rows):
        return e.type
    return party_label(ev, rows, actors)


def party_label(ev: dict[str, Any], rows: list[AnalystRow], actors: dict[str, dict[str, Any]]) -> str | None:
    """The type of the first row whose parties are the candidate's (facts-JSON form `ev`, its own type aside); NONE
    when no row shares either party; None (unknown) when one does."""
    retyped = [r.type for r in rows if judge_event(r, ev | {"type": r.type}, actors) in RIGHT]
    if retyped:
        return retyped[0]
    return None if any(_shares(r, ev, actors) for r in rows) else NONE


def rows_by_sentence(rows: Iterable[AnalystRow]) -> dict[int, list[AnalystRow]]:
    """The gold rows of a document by their sentence number."""
    by_sent: dict[int, list[AnalystRow]] = {}
    for r in rows:
        by_sent.setdefault(r.sent, []).append(r)
    return by_sent


def labelled(rec: Record, c: Coded, cands: list[Event], *, typed: bool = True) -> Iterator[tuple[Event, str]]:
    """Each candidate with a known label (its trigger's sentence in the analysts' numbering picks the rows)."""
    spans = sentence_spans(rec["text"])
    actors = {a.id: asdict(a) for a in c.actors.actors()}
    by_sent = rows_by_sentence(rec["rows"])
    for e in cands:
        at = e.trigger.start if e.trigger is not None else e.start
        lab = label(e, by_sent.get(sentence_of(spans, at), []), actors, typed=typed)
        if lab is not None:
            yield e, lab


def analyst(rec: Record, c: Coded, primary: Primary) -> Pairs:
    """The rule coder's candidates of one analyst document."""
    yield from labelled(rec, c, c.events)


def analyst_open(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """Its open candidates (typed as a placeholder): a row with their parties gives its type, else NONE."""
    yield from labelled(rec, c, cands, typed=False)
