"""Label the rule coder's candidates on the training part of each set: a PLOVER type, NONE, or unknown (skipped).

Only what the gold supports is labelled: a candidate at a gold trigger takes the gold type; a candidate of a
type the set annotates exhaustively, in a sentence without such an event, is NONE; anything else is skipped.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..datafile import load_yaml
from ..events.judge import NONE, trigger_token
from ..records import Event, Mention
from . import corpora
from .code import Coded

# RAMS types with no PLOVER reading: a candidate on such a trigger is a false event.
RAMS_NONE = ("disaster.", "life.injure.illness", "life.die.nonviolentdeath", "contact.funeralvigil",
             "personnel.", "transaction.transferownership.purchase", "transaction.transfermoney.purchase",
             "transaction.transfermoney.payforservice", "manufacture.", "government.legislate",
             "contact.publicstatementinperson", "contact.mediastatement", "movement.transportperson.selfmotion",
             "inspection.sensoryobserve", "artifactexistence.artifactfailure", "artifactexistence.shortage")
# ConfliBERT's classes are the Phoenix/CAMEO quads of each PLOVER type's CAMEO root, with 0 = neutral (01
# statements, 02 appeals): an appeal ("urged X to", "called on X to") is PLOVER's REQUEST, itself neutral, and a
# demand (CAMEO 10) is a REQUEST in verbal conflict; 16 reduce relations (SANCTION) is verbal conflict, 14 protest
# material conflict (as bench/events_heldout.py scores them; the train file agrees); a statement has no type.
QUAD = {0: {"REQUEST"}, 1: {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}, 2: {"AID", "RETREAT", "CONCEDE", "COOPERATE"},
        3: {"ACCUSE", "REJECT", "THREATEN", "SANCTION", "REQUEST"}, 4: {"MOBILIZE", "PROTEST", "COERCE", "ASSAULT"}}
# M2E2's Demonstrate events miss many marches and rallies (checked on tune sentences), so only its ASSAULT and
# CONSULT annotation is taken as exhaustive enough to label a candidate NONE; own sentences cover non-protest rallies.
M2E2_FULL = {"ASSAULT", "CONSULT"}
# ACE leaves ongoing or general fighting ("heavy fighting in the city", "the war") unannotated: no negatives there.
M2E2_UNMARKED = frozenset({"fight", "fighting", "battle", "war", "combat", "clash", "insurgency", "conflict",
                           "offensive", "operation", "campaign", "violence", "bombing", "target"})
ACLED_ONE = {"Armed clash": "ASSAULT", "Attack": "ASSAULT", "Peaceful protest": "PROTEST", "Arrests": "COERCE",
             "Protest with intervention": "PROTEST", "Air/drone strike": "ASSAULT",
             "Shelling/artillery/missile attack": "ASSAULT", "Remote explosive/landmine/IED": "ASSAULT"}
VIOLENT = {"ASSAULT", "COERCE"}
MADE = "made"  # the id of a candidate made for an own sentence (no parties: its party features are left out)
PARTY_SHAPE = ("src=", "tgt=", "st=", "pst=")
HANDMADE = Path(__file__).with_name("handmade.yaml")
Labelled = tuple[Coded, Event, str]
Record = dict[str, Any]
Primary = Callable[[list[Event], Any], Event | None]
Pairs = Iterator[tuple[Event, str]]


def _hits(e: Event, span: tuple[int, int]) -> bool:
    return e.trigger is not None and e.trigger.start < span[1] and span[0] < e.trigger.end


def _unmarked(c: Coded, e: Event) -> bool:
    tok = trigger_token(c.ctx.doc, e)
    return tok is None or tok.lemma_.lower() in M2E2_UNMARKED


def gsr(rec: Record, c: Coded, primary: Primary) -> Pairs:
    p = primary(c.events, c.ctx.doc)
    if p is not None:
        yield p, rec["type"]


def m2e2(rec: Record, c: Coded, primary: Primary) -> Pairs:
    gold_types = {g["plover"] for g in rec["events"] if g["plover"]}
    for e in c.events:
        at = [g for g in rec["events"] if _hits(e, g["span"])]
        direct = [g["plover"] for g in at if g["conf"] == "direct"]
        if direct:
            yield e, direct[0]
        elif any(g["plover"] == e.type for g in at) or e.type in gold_types:
            yield e, e.type
        elif e.type in M2E2_FULL and not at and not _unmarked(c, e):
            yield e, NONE


def rams(rec: Record, c: Coded, primary: Primary) -> Pairs:
    for e in c.events:
        if not _hits(e, rec["span"]):
            continue
        if rec["conf"] == "direct" or (rec["conf"] == "conditional" and rec["plover"] == e.type):
            yield e, rec["plover"]
        elif rec["conf"] == "none" and rec["aida"].startswith(RAMS_NONE):
            yield e, NONE


def conflibert(rec: Record, c: Coded, primary: Primary) -> Pairs:
    if rec["quad"] == 0:
        for e in c.events:
            yield e, e.type if e.type in QUAD[0] else NONE
        return
    for e in c.events:
        if e.type in QUAD[rec["quad"]]:
            yield e, e.type


def acled(rec: Record, c: Coded, primary: Primary) -> Pairs:
    if not c.events:
        return
    first = next(iter(c.ctx.doc.sents)).end_char
    p = primary([e for e in c.events if e.start < first] or c.events, c.ctx.doc)
    one = ACLED_ONE.get(rec["sub_event_type"])
    # The note's type only confirms a candidate of that type, or moves a violent act between ASSAULT and COERCE
    # ("set the bank on fire"); an arrest or a demand named in a protest note is another event, not a PROTEST.
    if p is not None and one and (p.type == one or {p.type, one} <= VIOLENT):
        yield p, one


def ngec(rec: Record, c: Coded, primary: Primary) -> Pairs:
    for e in c.events:
        if e.type == rec["type"]:
            yield e, e.type


def handmade(rec: Record, c: Coded, primary: Primary) -> Pairs:
    """Candidates on the row's trigger word take its type; a row with `as` labels only candidates of that type and,
    when the rules propose none, a candidate of that type made on the word (a sense the rules' gates already
    skip, so the judge learns it from the word's meaning and its arguments, not from the gate)."""
    word, only = rec["trigger"].lower(), rec.get("as")
    hits = [e for e in c.events if e.trigger is not None and word in e.trigger.text.lower()
            and (only is None or e.type == only)]
    if not hits and only is not None:
        tok = next((t for t in c.ctx.doc if t.lower_ == word), None)
        if tok is not None:
            sent = tok.sent
            hits = [Event(MADE, only, None, None, sent.start_char, sent.end_char, sent.text,
                          trigger=Mention(tok.idx, tok.idx + len(tok), tok.text))]
    for e in hits:
        yield e, rec["type"]


def handmade_records() -> list[Record]:
    """The project's own labelled sentences (written here, not taken from any data set)."""
    rows = load_yaml(HANDMADE.read_text())
    return [{"text": r["text"], "trigger": r["trigger"], "type": r["type"], "as": r.get("as")} for r in rows]


Labeller = Callable[[Record, Coded, Primary], Pairs]


def training_sets(seed: int = 42, *, analyst: bool = False) -> list[tuple[str, list[Record], Labeller]]:
    """(name, records, labeller) for every training source, tune splits only; NGEC and ACLED sampled; `analyst`:
    the analysts' pooled articles too."""
    rng = random.Random(seed)
    acled_recs = [r for r in corpora.acled() if r["split"] == "tune" and r["text"].strip()]
    ngec_recs = [r for r in corpora.ngec() if r["text"]]
    for r in ngec_recs:
        r["text"] = r["text"].split("\n\n")[0][:600]  # the lead paragraph carries the headline's event
    return [
        ("gsr", [r for r in corpora.gsr() if r["split"] == "tune"], gsr),
        ("m2e2", [r for r in corpora.m2e2() if r["split"] == "tune"], m2e2),
        ("rams", [r for r in corpora.rams() if r["split"] == "tune"], rams),
        ("conflibert", list(corpora.conflibert("train")), conflibert),
        ("acled", rng.sample(acled_recs, min(1200, len(acled_recs))), acled),
        ("ngec", rng.sample(ngec_recs, min(2500, len(ngec_recs))), ngec),
        ("handmade", handmade_records(), handmade),
        *(analyst_set() if analyst else []),
    ]


def analyst_set() -> list[tuple[str, list[Record], Labeller]]:
    """The analysts' pooled articles (train/analyst_labels.py), when ../shared rebuilds them."""
    from .analyst_labels import analyst, analyst_records  # it labels with this module's types

    recs = analyst_records()
    return [("analyst", recs, analyst)] if recs else []


def fold_groups(text_ids: list[str], recs: dict[str, list[Record]]) -> list[str]:
    """A cross-validation group for each text id ("set:k", the k-th of `recs[set]`, as `training_sets` lists them):
    texts of one source document (an M2E2 article, a RAMS article's overlapping windows) or with the same wording,
    in any set, share one group, so no near-duplicate sits on both sides of a fold."""
    parent: dict[str, str] = {}

    def root(a: str) -> str:
        while parent.setdefault(a, a) != a:
            parent[a] = a = parent[parent[a]]
        return a

    for tid in dict.fromkeys(text_ids):
        name, k = tid.rsplit(":", 1)
        rec = recs[name][int(k)]
        keys = [f"text:{re.sub(r'[^a-z0-9]+', '', rec['text'].lower())[:200]}"]
        if rec.get("doc"):
            keys.append(f"doc:{name}:{rec['doc']}")
        for other in keys:
            parent[root(other)] = root(tid)
    return [root(t) for t in text_ids]

