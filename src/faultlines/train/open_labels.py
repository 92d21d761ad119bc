"""Label the open candidates (events/proposer.py: verbs outside the lexicon between two actors) of the training
sets, tune splits only, as `labels` does for rule candidates: a PLOVER type, NONE, or unknown (skipped)."""

from __future__ import annotations

from collections.abc import Callable

from ..events.judge import NONE, trigger_token
from ..records import Event, Mention
from .code import Coded
from .labels import M2E2_UNMARKED, RAMS_NONE, Pairs, Primary, Record, _hits

OpenLabeller = Callable[[Record, Coded, list[Event], Primary], Pairs]


def _named(m: Mention | None, gold: object) -> bool:
    """The candidate's mention and one of the gold actors' texts contain one another (no gold list: anything)."""
    if not isinstance(gold, list) or not gold:
        return True
    if m is None:
        return False
    text = m.text.lower()
    return any(g.get("actorText") and (g["actorText"].lower() in text or text in g["actorText"].lower()) for g in gold)


def gsr(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """A sentence where the rules found no event: the highest open candidate whose source and target are the gold
    event's actors (by their text) is the gold event."""
    fits = [e for e in cands if isinstance(rec["source"], list) and _named(e.source_mention, rec["source"])
            and _named(e.target_mention, rec["target"])]
    if not c.events and (p := primary(fits, c.ctx.doc)) is not None:
        yield p, rec["type"]


def m2e2(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """At a gold trigger its direct PLOVER type; away from every gold trigger NONE (not for lemmas ACE leaves
    unmarked); at a trigger whose PLOVER reading is conditional, unknown."""
    for e in cands:
        at = [g for g in rec["events"] if _hits(e, g["span"])]
        direct = [g["plover"] for g in at if g["conf"] == "direct" and g["plover"]]
        if direct:
            yield e, direct[0]
        elif not at and (tok := trigger_token(c.ctx.doc, e)) is not None and tok.lemma_.lower() not in M2E2_UNMARKED:
            yield e, NONE


def rams(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """At the gold trigger: its direct type, or NONE for an AIDA type with no PLOVER reading."""
    for e in cands:
        if not _hits(e, rec["span"]):
            continue
        if rec["conf"] == "direct":
            yield e, rec["plover"]
        elif rec["conf"] == "none" and rec["aida"].startswith(RAMS_NONE):
            yield e, NONE


def conflibert(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """A neutral (class 0) sentence: every open candidate is NONE; other classes say too little of which verb."""
    if rec["quad"] == 0:
        for e in cands:
            yield e, NONE


def ngec(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """A lead paragraph where the rules found no event: its highest open candidate has the story's type (weak)."""
    if not c.events and (p := primary(cands, c.ctx.doc)) is not None:
        yield p, rec["type"]


def handmade(rec: Record, c: Coded, cands: list[Event], primary: Primary) -> Pairs:
    """Own sentences: the open candidate on the named trigger word."""
    for e in cands:
        if e.trigger is not None and rec["trigger"].lower() in e.trigger.text.lower():
            yield e, rec["type"]


OPEN_LABELLERS: dict[str, OpenLabeller] = {"gsr": gsr, "m2e2": m2e2, "rams": rams, "conflibert": conflibert,
                                           "ngec": ngec, "handmade": handmade}
