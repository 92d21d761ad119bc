#!/usr/bin/env python3
"""Held-out event bench: rules-only vs rules+judge on the TEST split of every event dev set.

Usage (from the project root):  .venv/bin/python bench/events_heldout.py [--split tune|test] [--no-model]
    [--sets gsr,conflibert,rams,m2e2,acled] [--limit N]

Splits are bench/splits.py's (once and for all); ConfliBERT's own test file is its test split (no tune part
here: its train file is training data). Figures, per set, for both paths from one parse:
- PLOVER GSR: primary event type P/R/F1 and (source ISO3, type, target ISO3) F1 (as bench/events_plover.py).
- ConfliBERT CAMEO: the primary event's CAMEO quad class (PLOVER type mapped by its CAMEO root, QUAD) vs the gold class. Class 0 is
  CAMEO's neutral quad (01 statements, 02 appeals): a REQUEST there is right, any other asserted event is
  a false event (false-event rate); only asserted events count (a negated, hypothetical or questioned act
  is CAMEO's statement about it, not the act); recall is over classes 1-4; (source, quad, target) F1 where the NER file marks
  a Source: the event's source/target mention must overlap the gold S/T span.
- RAMS: type P/R at the gold trigger (records whose AIDA type maps directly, or to no PLOVER type at all);
  the disaster check: windows whose gold event is a disaster, accident, physical illness or non-violent death (DISASTER;
  M2E2's ACE types have none) and the share of them with any event, of any polarity, coded ASSAULT or as
  violence (ASSAULT, COERCE).
- M2E2: recall of gold PLOVER-mapped triggers; precision of coded ASSAULT/PROTEST/CONSULT (the types M2E2
  annotates exhaustively); false-event rate on sentences with no gold event (those types, and any type).
- ACLED notes: event found, primary type within the ACLED sub-event's admissible PLOVER types, and the
  source actor compatible with actor1 (name overlap or ACLED inter1 class vs actor kind: a heuristic); and the
  snippet view: per ACLED sub-event type, the share of notes whose primary event has a right PLOVER type (a note
  with no event counts as wrong), as a held-back check of snippets labelled with ACLED sub-event types would.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_plover import actor_code, gold_codes, primary  # noqa: E402
from splits import analyst_keys  # noqa: E402

from faultlines.events.judge import judge_events, load_judge  # noqa: E402
from faultlines.events.lexicon import load_lexicon  # noqa: E402
from faultlines.pipeline import Pipeline  # noqa: E402
from faultlines.train import corpora  # noqa: E402
from faultlines.train.code import Coded, code_texts  # noqa: E402

# ConfliBERT's classes are the Phoenix/CAMEO quads of the CAMEO root each PLOVER type comes from: 0 neutral
# (01 statements, 02 appeals), 1 verbal cooperation (03-05), 2 material cooperation (06 COOPERATE, 07 AID,
# 08 yield: CONCEDE, RETREAT), 3 verbal conflict (09-13, 16 reduce relations: SANCTION), 4 material conflict
# (14 protest, 15 MOBILIZE, 17 COERCE, 18-20 ASSAULT). REQUEST is an appeal (0) unless it is CAMEO's 10 DEMAND.
QUAD = {"REQUEST": 0, "CONSULT": 1, "AGREE": 1, "SUPPORT": 1,
        "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
        "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
# CAMEO 10 DEMAND: a demand or an order, or a reported "X must ..." (the reporting-verb REQUEST)
DEMAND_LEMMAS = {"demand", "order", "insist", "say", "declare", "reiterate", "state", "tell", "stress", "add", "argue"}


def quad(e, doc) -> int | None:
    """The CAMEO quad of a coded event (REQUEST split into appeal 0 and demand 3 by its trigger)."""
    if e.type == "REQUEST" and e.trigger is not None:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() in DEMAND_LEMMAS:
            return 3
    return QUAD.get(e.type)
ACLED = {"Armed clash": {"ASSAULT"}, "Government regains territory": {"ASSAULT", "COERCE", "RETREAT"},
         "Non-state actor overtakes territory": {"ASSAULT", "COERCE", "RETREAT"},
         "Attack": {"ASSAULT"}, "Sexual violence": {"ASSAULT"}, "Abduction/forced disappearance": {"COERCE", "ASSAULT"},
         "Peaceful protest": {"PROTEST"}, "Protest with intervention": {"PROTEST"},
         "Excessive force against protesters": {"PROTEST", "ASSAULT", "COERCE"},
         "Violent demonstration": {"PROTEST", "ASSAULT"}, "Mob violence": {"ASSAULT", "PROTEST"},
         "Agreement": {"AGREE", "COOPERATE"}, "Arrests": {"COERCE"}, "Disrupted weapons use": {"COERCE", "ASSAULT"},
         "Headquarters or base established": {"MOBILIZE"}, "Looting/property destruction": {"ASSAULT", "COERCE"},
         "Non-violent transfer of territory": {"RETREAT", "MOBILIZE", "COERCE"}}
EXPLOSIVE = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
             "Suicide bomb", "Grenade", "Chemical weapon"}
INTER_KINDS = {"1": {"military", "government", "police", "state", "intelligence"},
               "2": {"armed_group"}, "3": {"armed_group", "political_party"}, "4": {"armed_group", "ethnic_group"},
               "5": {"civilians", "other", "ethnic_group", "political_party"},
               "6": {"civilians", "other", "ethnic_group", "political_party", "ngo"},
               "7": {"civilians", "other"}, "8": {"military", "igo", "armed_group", "state"}}
M2E2_FULL = {"ASSAULT", "PROTEST", "CONSULT"}
# RAMS (AIDA) types of disasters, accidents, physical illness and deaths without violence: no PLOVER event, never
# violence. Hunger and thirst are left out: on tune windows they are mostly sieges and starvation used in war.
DISASTER = ("disaster.", "life.die.nonviolentdeath", "life.injure.illnessdegradationphysical")
VIOLENCE = {"ASSAULT", "COERCE"}
Paths = dict[str, Callable[[Coded], list]]
LEX = load_lexicon()
PAIRS: dict[int, Counter] = {}  # (gold, primary predicted) on the GSR, per path
SNIPPETS: dict[int, Counter] = {}  # (ACLED sub-event type, right) per path
ERRORS: dict[int, list[tuple[str, str]]] = {}  # ConfliBERT (cause, detail) per path, for --errors
GOLDS: dict[int, list[tuple[str, str, str, str]]] = {}  # RAMS/M2E2 (fine type, outcome, lemma, detail) per path


def _mention(m, text: str) -> str:
    return "-" if m is None else text[m.start:m.end]


def triple_error(rec, p, doc) -> str | None:
    """Why a ConfliBERT record's (source, quad, target) is not right: its cause, or None when right (or no gold)."""
    if rec["quad"] == 0:
        return None if p is None or quad(p, doc) == 0 else "spurious"
    if p is None:
        return "missed"
    if quad(p, doc) != rec["quad"]:
        return "type wrong" if quad(p, doc) else "type wrong (quad 0)"
    if not rec["S"]:
        return None
    if not overlaps(p.source_mention, rec["S"]):
        return "source missing" if p.source_mention is None else "source wrong"
    if rec["T"] and not overlaps(p.target_mention, rec["T"]):
        return "target missing" if p.target_mention is None else "target wrong"
    return None


def per_type(pairs: Counter) -> None:
    """Per-type precision / recall of the primary event, and the most-confused pairs."""
    types = sorted({g for g, _ in pairs} | {p for _, p in pairs if p != "-"})
    print(f"  {'type':10}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}")
    for t in types:
        gold, pred = sum(v for (g, _), v in pairs.items() if g == t), sum(v for (_, p), v in pairs.items() if p == t)
        ok = pairs[(t, t)]
        print(f"  {t:10}{gold:>6}{pred:>6}{ok / pred if pred else 0:>7.2f}{ok / gold if gold else 0:>7.2f}")
    worst = [(v, g, p) for (g, p), v in pairs.items() if g != p]
    print("  most confused (gold -> predicted): "
          + ", ".join(f"{g}->{p} {v}" for v, g, p in sorted(worst, reverse=True)[:8]))


def snippet_view(per_path: dict[str, Counter]) -> None:
    """Per ACLED sub-event type: notes, and the share whose primary event has a right PLOVER type, per path."""
    subs = sorted({sub for c in per_path.values() for sub, _ in c}, key=lambda s: -sum(
        v for (x, _), v in next(iter(per_path.values())).items() if x == s))
    print("\n  snippet view: right PLOVER type per ACLED sub-event type (no event = wrong)")
    print(f"  {'sub-event type':36}{'n':>5}" + "".join(f"{k:>14}" for k in per_path))
    for sub in subs:
        cells = [(c[(sub, True)], c[(sub, True)] + c[(sub, False)]) for c in per_path.values()]
        print(f"  {sub[:35]:36}{cells[0][1]:>5}" + "".join(f"{ok / max(1, n):>14.3f}" for ok, n in cells))
    tot = [(sum(v for (_, r), v in c.items() if r), sum(c.values())) for c in per_path.values()]
    print(f"  {'all':36}{tot[0][1]:>5}" + "".join(f"{ok / max(1, n):>14.3f}" for ok, n in tot))


def prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p, r = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlaps(m, spans) -> bool:
    return m is not None and any(m.start < b and a < m.end for a, b in spans)


def _outcome(events, fine: str, gold: str, span: tuple[int, int], c, at: list) -> None:
    """Where a gold trigger of a mapped type is won or lost: hit, wrong type, right type on another trigger of the
    sentence (merged or misplaced), a trigger lemma with no event there, or a word the lexicon lacks."""
    sp = c.ctx.doc.char_span(*span, alignment_mode="expand")
    lemma = "-" if sp is None else sp.root.lemma_.lower()
    if gold == "NONE":
        outcome = "spurious: " + "/".join(sorted({e.type for e in at}))
    elif any(e.type == gold for e in at):
        outcome = "hit"
    elif at:
        outcome = "wrong type: " + "/".join(sorted({e.type for e in at}))
    elif any(e.type == gold for e in events(c)):
        outcome = "right type elsewhere"
    elif lemma in LEX.trigger_lemmas:
        outcome = "trigger lemma, no event"
    else:
        outcome = "not a trigger lemma"
    got = "; ".join(f"{e.type} {_mention(e.trigger, c.ctx.text)!r}" for e in events(c)) or "-"
    GOLDS.setdefault(id(events), []).append((fine, outcome, lemma, f"{gold} at {lemma!r} || got {got}\n      {c.ctx.text}"))


def gold_report(name: str, paths: Paths, errors: bool) -> None:
    """Per fine (AIDA / ACE) type recall, the outcome of each gold trigger, the lemmas lost most, per path."""
    def golds(rows: list) -> list:
        return [r for r in rows if not r[1].startswith("spurious")]

    rules = golds(GOLDS.get(id(paths["rules"]), []))
    for k, ev in paths.items():
        rows = GOLDS.pop(id(ev), [])
        if k != "rules":  # the judge's vetoes: hit by the rules, lost on this path
            rows = [(f, "judge dropped" if o != "hit" and r[1] == "hit" else o, lem, line)
                    for (f, o, lem, line), r in zip(golds(rows), rules, strict=True)] \
                + [r for r in rows if r[1].startswith("spurious")]
        print(f"\n  {k}: {name} gold triggers by fine type (n, recall)")
        for fine, n in Counter(f for f, o, *_ in rows if not o.startswith("spurious")).most_common():
            hit = sum(1 for f, o, *_ in rows if f == fine and o == "hit")
            print(f"  {fine[:52]:54}{n:>5}{hit / n:>7.2f}")
        print("  outcomes: " + ", ".join(f"{o} {v}" for o, v in Counter(
            o.split(":")[0] for _, o, *_ in rows).most_common()))
        for o in ("not a trigger lemma", "trigger lemma, no event", "wrong type", "right type elsewhere", "judge dropped",
                  "spurious"):
            lem = Counter(f"{lemma}" for _, oc, lemma, _ in rows if oc.startswith(o))
            print(f"  {o}: " + ", ".join(f"{x} {v}" for x, v in lem.most_common(40)))
        if errors:
            for fine, o, _, line in sorted(rows):
                if o != "hit":
                    print(f"    [{fine}] {o}: {line}")


def bench_gsr(recs, coded, events) -> dict[str, Any]:
    n, n_pred, tp, trip = len(recs), 0, 0, 0
    pairs = PAIRS.setdefault(id(events), Counter())
    for rec, c in zip(recs, coded, strict=True):
        p = primary(events(c), c.ctx.doc)
        pairs[(rec["type"], p.type if p else "-")] += 1
        if p is None:
            continue
        n_pred += 1
        if p.type != rec["type"]:
            continue
        tp += 1
        by_id = {a.id: a for a in c.actors.actors()}
        src, tgt = gold_codes(rec["source"]), gold_codes(rec["target"])
        psrc = actor_code(by_id[p.source]) if p.source in by_id else None
        ptgt = actor_code(by_id[p.target]) if p.target in by_id else None
        if ((psrc in src) if src else psrc is None) and (not tgt or ptgt in tgt):
            trip += 1
    P, R, F = prf(tp, n_pred, n)
    return {"n": n, "type P": P, "type R": R, "type F1": F, "triple F1": prf(trip, n_pred, n)[2]}


def asserted(evs: list) -> list:
    """The events the sentence asserts (in the author's or a claimant's voice): CAMEO codes a denial, a
    wish, an appeal or a question as the statement itself (quads 0 and 3), not as the act it names."""
    return [e for e in evs if e.polarity == "asserted"]


def bench_conflibert(recs, coded, all_events) -> dict[str, Any]:
    def events(c):
        return asserted(all_events(c))
    gold_ev = sum(r["quad"] > 0 for r in recs)
    neg = [c for r, c in zip(recs, coded, strict=True) if r["quad"] == 0]
    n_pred = tp = tp_pos = trip = n_trip_gold = 0
    errs = ERRORS.setdefault(id(all_events), [])
    for rec, c in zip(recs, coded, strict=True):
        p = primary(events(c), c.ctx.doc)
        cause = triple_error(rec, p, c.ctx.doc)
        if cause is not None:
            text = rec["text"]
            gold = " | ".join(f"{k}={'; '.join(text[a:b] for a, b in rec[k]) or '-'}" for k in ("S", "T"))
            got = "-" if p is None else (f"{p.type}/{quad(p, c.ctx.doc)} {_mention(p.trigger, text)!r} "
                                         f"S={_mention(p.source_mention, text)} T={_mention(p.target_mention, text)}")
            errs.append((cause, f"[{rec['key']}] gold q{rec['quad']} {gold} || got {got}\n      {text}"))
        has_s = rec["quad"] > 0 and bool(rec["S"])
        n_trip_gold += has_s
        if p is None:
            continue
        n_pred += 1
        if quad(p, c.ctx.doc) == rec["quad"]:
            tp += 1
            tp_pos += rec["quad"] > 0
            if has_s and overlaps(p.source_mention, rec["S"]) and (not rec["T"] or overlaps(p.target_mention, rec["T"])):
                trip += 1
    P, R = tp / max(1, n_pred), tp_pos / max(1, gold_ev)
    F = 2 * P * R / (P + R) if P + R else 0.0
    return {"n": len(recs), "type P": P, "type R": R, "type F1": F, "triple F1": prf(trip, n_pred, n_trip_gold)[2],
            "false events": sum(any(quad(e, c.ctx.doc) != 0 for e in events(c)) for c in neg) / max(1, len(neg)),
            # the stricter reading: any coded event, negated or hypothetical too, on a neutral sentence
            "false any-polarity": sum(any(quad(e, c.ctx.doc) != 0 for e in all_events(c)) for c in neg) / max(1, len(neg)),
            "no-event n": len(neg)}


def bench_rams(recs, coded, events) -> dict[str, Any]:
    n_pred = tp = n_gold = disaster = dis_bad = dis_violent = 0
    for rec, c in zip(recs, coded, strict=True):
        at = [e for e in events(c) if e.trigger is not None and overlaps(e.trigger, [rec["span"]])]
        if rec["aida"].startswith(DISASTER):
            disaster += 1
            dis_bad += any(e.type == "ASSAULT" for e in events(c))
            dis_violent += any(e.type in VIOLENCE for e in events(c))
        if rec["conf"] == "direct":
            n_gold += 1
            tp += any(e.type == rec["plover"] for e in at)
            n_pred += bool(at)
            _outcome(events, rec["aida"], rec["plover"], rec["span"], c, at)
        elif rec["conf"] == "none":
            n_pred += bool(at)
            if at:  # an event coded at a trigger of no PLOVER type: a false one, listed with the losses
                _outcome(events, rec["aida"], "NONE", rec["span"], c, at)
    P, R, F = prf(tp, n_pred, n_gold)
    return {"n": len(recs), "type P": P, "type R": R, "type F1": F,
            "disaster n": disaster, "disaster->ASSAULT": dis_bad / max(1, disaster),
            "disaster->violence": dis_violent / max(1, disaster)}


def bench_m2e2(recs, coded, events) -> dict[str, Any]:
    n_gold = tp_r = n_pred = tp_p = 0
    neg = neg_full = neg_any = 0
    for rec, c in zip(recs, coded, strict=True):
        evs = events(c)
        golds = {g["plover"] for g in rec["events"] if g["plover"]}
        for g in rec["events"]:
            if g["conf"] == "direct":
                n_gold += 1
                at = [e for e in evs if e.trigger is not None and overlaps(e.trigger, [g["span"]])]
                tp_r += any(e.type == g["plover"] for e in at)
                _outcome(events, g["ace"], g["plover"], g["span"], c, at)
        for e in evs:
            if e.type in M2E2_FULL:
                n_pred += 1
                tp_p += e.type in golds
                if e.type not in golds and e.trigger is not None:  # listed with the losses, as a false event
                    _outcome(events, "-", "NONE", (e.trigger.start, e.trigger.end), c, [e])
        if not rec["events"]:
            neg += 1
            neg_full += any(e.type in M2E2_FULL or (e.type == "COERCE" and e.mode == "arrest") for e in evs)
            neg_any += bool(evs)
    P, R = prf(tp_p, n_pred, 1)[0], prf(tp_r, 1, n_gold)[1]
    return {"n": len(recs), "type P": P, "type R": R, "type F1": 2 * P * R / (P + R) if P + R else 0.0,
            "false events": neg_full / max(1, neg), "false any-type": neg_any / max(1, neg), "no-event n": neg}


def bench_acled(recs, coded, events) -> dict[str, Any]:
    n = found = ok = src_ok = 0
    snippets = SNIPPETS.setdefault(id(events), Counter())
    for rec, c in zip(recs, coded, strict=True):
        sub = rec["sub_event_type"]
        allowed = {"ASSAULT"} if rec["event_type"] == "Explosions/Remote violence" else ACLED.get(sub)
        if not allowed:
            continue
        n += 1
        evs = events(c)
        snippets[(sub, False)] += 1
        if not evs:
            continue
        found += 1
        first = next(iter(c.ctx.doc.sents)).end_char
        p = primary([e for e in evs if e.start < first] or evs, c.ctx.doc)
        if p.type in allowed:
            snippets[(sub, False)] -= 1
            snippets[(sub, True)] += 1
            ok += 1
            by_id = {a.id: a for a in c.actors.actors()}
            a = by_id.get(p.source)
            if a is not None and (a.kind in INTER_KINDS.get(rec["inter1"], set())
                                  or a.name.lower() in rec["actor1"].lower()):
                src_ok += 1
    P, R, F = prf(ok, found, n)
    return {"n": n, "found": found / max(1, n), "type P": P, "type R": R, "type F1": F,
            "source ok": src_ok / max(1, ok)}


SETS = {"gsr": (lambda: corpora.gsr(), bench_gsr), "conflibert": (lambda: [*corpora.conflibert("test"), *corpora.conflibert("train")], bench_conflibert),
        "rams": (corpora.rams, bench_rams), "m2e2": (corpora.m2e2, bench_m2e2), "acled": (corpora.acled, bench_acled)}


def rams_unshared(read, recs, coded, paths: Paths) -> None:
    """RAMS is split by window, and windows of one article overlap: score again on the test windows whose article
    has no tune window, the only ones no rule or model could have seen."""
    tune_docs = {r["doc"] for r in read() if r["split"] == "tune"}
    keep = [i for i, r in enumerate(recs) if r["doc"] not in tune_docs]
    sub_recs, sub_coded = [recs[i] for i in keep], [coded[i] for i in keep]
    sizes = {k: len(v) for k, v in GOLDS.items()}
    cells = {k: bench_rams(sub_recs, sub_coded, ev) for k, ev in paths.items()}
    for k in list(GOLDS):  # the per-type report counts each window once
        del GOLDS[k][sizes.get(k, 0):]
    print(f"  test windows of articles with no tune window: {len(keep)} of {len(recs)}")
    for key in ("type P", "type R"):
        print(f"  {key:16}" + "".join(f"{cells[k][key]:>14.3f}" for k in cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "tune"), default="test")
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, default=0, help="sample at most N records per set (seed 13)")
    ap.add_argument("--per-type", action="store_true", help="per-type table and confused pairs on the GSR; per fine type recall on RAMS/M2E2")
    ap.add_argument("--errors", action="store_true",
                    help="ConfliBERT: triple errors by cause; RAMS/M2E2: each lost gold trigger (use on --split tune only)")
    args = ap.parse_args()
    if args.errors and args.split == "test":
        ap.error("--errors lists records: tune split only")
    if not corpora.available():
        print(f"events_heldout: no data at {corpora.TRAIN}; nothing to do")
        return 0
    judge = None if args.no_model else load_judge()
    paths: Paths = {"rules": lambda c: c.events}
    cache: dict[int, list] = {}  # per set: a freed record's id() is reused by the next set's records
    if judge is not None:
        paths["rules+model"] = lambda c: cache.setdefault(id(c), judge_events(c.ctx, c.events, judge))
    elif not args.no_model:
        print("(no shipped judge weights: rules only)")
    pipeline = Pipeline()
    print(f"split: {args.split}" + ("" if args.split == "test" else "  (TUNE: not the figures that count)"))
    for name in args.sets.split(","):
        read, score = SETS[name]
        recs = [r for r in read() if r["split"] == args.split and r["text"].strip()]
        if name == "m2e2" and args.split == "test" and (trained := set(analyst_keys("m2e2"))):
            n = len(recs)  # analyst-coded documents are the judge's training data (bench/splits.py)
            recs = [r for r in recs if r["doc"] not in trained]
            print(f"\n(m2e2: {n - len(recs)} sentences of {len(trained)} analyst-coded documents left out: "
                  f"{', '.join(sorted(trained))})")
        if args.limit and len(recs) > args.limit:
            recs = random.Random(13).sample(recs, args.limit)
        t0 = time.perf_counter()
        coded = list(code_texts(pipeline, [r["text"] for r in recs]))
        cache.clear()
        results = {k: score(recs, coded, ev) for k, ev in paths.items()}
        print(f"\n== {name} ({len(recs)} records, {time.perf_counter() - t0:.0f} s)")
        keys = list(results["rules"])
        print(f"{'':18}" + "".join(f"{k:>14}" for k in results))
        for key in keys:
            cells = [results[k][key] for k in results]
            print(f"{key:18}" + "".join(f"{v:>14.3f}" if isinstance(v, float) else f"{v!s:>14}" for v in cells))
        if name == "gsr" and args.per_type:
            for k, ev in paths.items():
                print(f"\n  {k}: primary event per gold type")
                per_type(PAIRS[id(ev)])
        if name == "conflibert" and args.errors:
            for k, ev in paths.items():
                errs = ERRORS[id(ev)]
                print(f"\n  {k}: triple errors by cause ({len(errs)} of {len(recs)})")
                for cause, v in Counter(c for c, _ in errs).most_common():
                    print(f"  {cause:22}{v:>6}")
                for cause, line in sorted(errs):
                    print(f"    {cause}: {line}")
        if name == "rams" and args.split == "test":
            rams_unshared(read, recs, coded, paths)
        if name in ("rams", "m2e2") and (args.per_type or args.errors):
            gold_report(name, paths, args.errors)
        if name == "acled":
            snippet_view({k: SNIPPETS[id(ev)] for k, ev in paths.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
