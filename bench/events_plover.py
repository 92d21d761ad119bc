#!/usr/bin/env python3
"""Event coding accuracy on the PLOVER gold standard records (../shared/data/plover_gsr, 322 sentences).

Usage (from the project root):  .venv/bin/python bench/events_plover.py [--show-errors N]

Each record is one sentence with one gold event. The coder may find several events in a
sentence; the *primary* event is the one whose trigger sits highest in the dependency tree
(ties: verbal trigger first, then text order). Printed, all from one run:

- type recall (primary type == gold over all records) and precision (over records with an event),
  plus "any-event" recall (gold type among all coded events);
- source / target ISO3 match of the primary event, over records that have that gold side;
- (source ISO3, type, target ISO3) triple precision, recall and F1 — when the gold record has no
  target, the triple is (source, type) only; when it has no source, the coded source must be empty;
- a confusion table, gold rows by predicted columns.

Legacy labels in the file are mapped to the PLOVER 16 as CAMEO2PLOVER-2021.txt does:
FIGHT -> ASSAULT (CAMEO 19, conventional military force), DISAPPROVE -> ACCUSE (CAMEO 11),
DEMAND -> REQUEST (CAMEO 10), INVESTIGATE -> ACCUSE (CAMEO 09, mode "investigate").
An actor's code is its ISO3 `country` (or an ISO3 id prefix such as "IRQ" in "IRQ.GOV"); actors of kind
igo or ngo count as IGO, and the file's NGO is folded into IGO (it codes Amnesty and the Red Cross
either way); the file's non-ISO codes JAP, ITL, VTN are read as JPN, ITA, VNM.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import pycountry

from faultlines.actors import load_dictionary, resolve_actors
from faultlines.context import Context
from faultlines.events import code_events
from faultlines.nlp import build_nlp
from faultlines.places import Gazetteer, find_places
from faultlines.read import document_from_text
from faultlines.records import PLOVER_TYPES
from faultlines.structure import segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
LEGACY = {"FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST", "INVESTIGATE": "ACCUSE"}
KIND_CODE = {"igo": "IGO", "ngo": "IGO"}
# The file uses a few non-ISO codes (JAP, ITL, VTN) and codes NGOs now IGO, now NGO: fold both.
GOLD_FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "NGO": "IGO"}


def gold_codes(side: object) -> set[str]:
    if isinstance(side, dict):
        side = [side]
    if not isinstance(side, list):
        return set()
    codes = {str(a["code"]).upper() for a in side if isinstance(a, dict) and a.get("code")}
    return {GOLD_FIX.get(c, c) for c in codes}


def actor_code(actor) -> str | None:
    """ISO3 of an actor: its `country`, else an ISO3 actor id or id prefix ("IRQ.GOV"), else IGO / NGO by kind."""
    if actor.country:
        return actor.country.upper()
    head = actor.id.split(".")[0].upper()
    if len(head) == 3 and pycountry.countries.get(alpha_3=head) is not None:
        return head
    return KIND_CODE.get(actor.kind)


def depth(tok) -> int:
    d = 0
    while tok.head is not tok and d < 50:
        tok, d = tok.head, d + 1
    return d


def primary(events, doc):
    """The event whose trigger is highest in the parse: the sentence's main event."""
    def key(e):
        if e.trigger is None:
            return (99, 1, e.start)
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        while tok is not None and tok.pos_ in ("NOUN", "PROPN", "ADP") and tok.dep_ in ("dobj", "pobj", "prep"):
            tok = tok.head  # a nominal event is predicated by the verb that hosts it
        return (depth(tok) if tok is not None else 99, 0 if tok is not None and tok.pos_ in ("VERB", "AUX") else 1,
                e.trigger.start)
    return min(events, key=key) if events else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show-errors", type=int, default=0, help="print this many mistyped records")
    ap.add_argument("--show-actors", type=int, default=0, help="print this many well-typed records with wrong actors")
    args = ap.parse_args()
    records = [r for r in json.loads(args.data.read_text()) if r.get("event") not in (None, "DOCUMENT")]
    dictionary, gazetteer = load_dictionary(), Gazetteer()
    nlp = build_nlp(ruler_patterns=dictionary.ruler_patterns() + gazetteer.ruler_patterns())
    t0 = time.perf_counter()
    rows = []
    texts = [r["text"].strip().strip("{}") for r in records]
    for rec, text, parsed in zip(records, texts, nlp.pipe(texts, batch_size=64), strict=True):
        document = document_from_text(text)
        ctx = Context(document=document, doc=parsed, segments=tuple(segment(document)))
        actors = resolve_actors(ctx, dictionary)
        places = find_places(ctx, gazetteer)
        coded = code_events(ctx, actors, places)
        actors.record(coded.stand_ins)
        events = list(coded.events)
        by_id = {a.id: a for a in actors.actors()}

        def code(aid, by_id=by_id):
            a = by_id.get(aid)
            return None if a is None else actor_code(a)

        p = primary(events, parsed)
        rows.append({"gold": LEGACY.get(rec["event"], rec["event"]), "text": text,
                     "src": gold_codes(rec.get("source")), "tgt": gold_codes(rec.get("target")),
                     "types": {e.type for e in events},
                     "pred": p.type if p else None,
                     "psrc": code(p.source) if p else None, "ptgt": code(p.target) if p else None,
                     "trigger": p.trigger.text if p and p.trigger else None,
                     "ids": (p.source, p.target) if p else None})
    secs = time.perf_counter() - t0

    n = len(rows)
    coded = [r for r in rows if r["pred"]]
    right = [r for r in coded if r["pred"] == r["gold"]]
    rec_, prec = len(right) / n, (len(right) / len(coded) if coded else 0.0)
    any_rec = sum(r["gold"] in r["types"] for r in rows) / n
    src_rows = [r for r in coded if r["src"]]
    tgt_rows = [r for r in coded if r["tgt"]]
    src_ok = sum(r["psrc"] in r["src"] for r in src_rows) / max(1, len(src_rows))
    tgt_ok = sum(r["ptgt"] in r["tgt"] for r in tgt_rows) / max(1, len(tgt_rows))

    def triple_ok(r) -> bool:
        if r["pred"] != r["gold"]:
            return False
        if (r["psrc"] not in r["src"]) if r["src"] else r["psrc"] is not None:
            return False
        return not r["tgt"] or r["ptgt"] in r["tgt"]

    tp = sum(triple_ok(r) for r in coded)
    tp_prec, tp_rec = (tp / len(coded) if coded else 0.0), tp / n
    f1 = 2 * tp_prec * tp_rec / (tp_prec + tp_rec) if tp_prec + tp_rec else 0.0

    print(f"PLOVER GSR: {n} records, {len(coded)} with an event, {secs:.1f} s ({n / secs:.0f} sentences/s)")
    print(f"type   recall {rec_:.3f}  precision {prec:.3f}  (any-event recall {any_rec:.3f})")
    print(f"source ISO3 match {src_ok:.3f} (n={len(src_rows)})   target ISO3 match {tgt_ok:.3f} (n={len(tgt_rows)})")
    print(f"triple precision {tp_prec:.3f}  recall {tp_rec:.3f}  F1 {f1:.3f}")
    types = [t for t in PLOVER_TYPES if any(r["gold"] == t or r["pred"] == t for r in rows)]
    cols = [*types, None]
    short = {t: (t[:4] if t else "none") for t in cols}
    print("\nconfusion (rows gold, columns primary predicted)")
    print(f"{'':10}" + "".join(f"{short[c]:>6}" for c in cols) + "   recall")
    conf = Counter((r["gold"], r["pred"]) for r in rows)
    for g in types:
        total = sum(conf[(g, c)] for c in cols)
        if not total:
            continue
        print(f"{g:10}" + "".join(f"{conf[(g, c)] or '.':>6}" for c in cols) + f"   {conf[(g, g)] / total:.2f}")
    if args.show_errors:
        print()
        for r in [r for r in rows if r["pred"] != r["gold"]][: args.show_errors]:
            print(f"{r['gold']:9} got {r['pred'] or '-':9} [{r['trigger']}] {r['text'][:150]}")
    if args.show_actors:
        print()
        bad = [r for r in rows if r["pred"] == r["gold"] and not triple_ok(r)]
        for r in bad[: args.show_actors]:
            print(f"{sorted(r['src'])}->{sorted(r['tgt'])} got {r['psrc']}->{r['ptgt']} {r['ids']} {r['text'][:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
