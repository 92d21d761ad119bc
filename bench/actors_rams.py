#!/usr/bin/env python3
"""Actors in running news prose: the share of RAMS participant arguments the pipeline resolves to an actor.

Usage (from the project root):  .venv/bin/python bench/actors_rams.py [--split tune|test] [--limit N]
    [--sample N] [--kinds named,title,generic,pronoun]

RAMS windows (../shared/data/events_train/rams/{dev,test}.jsonlines, five sentences each) are split by
``split_of("rams", doc_key)`` (as bench/events_heldout.py). Each window is read by the whole rule pipeline
(tokens joined by spaces). For every gold argument span of a participant role (attacker, target, victim, giver,
recipient, jailer, detainee, communicator, participant, ...; not place, instrument, artifact, money, vehicle,
origin, destination, crime, law), it counts the span as resolved when an actor mention overlaps it or the
span's syntactic head resolves to an actor. Figures per kind of span, from the span's head: ``named`` (a proper
noun or a name), ``title`` (an official named by office: "the foreign ministry spokesman"), ``generic`` (any
other noun: "protesters", "the paramilitary force"), ``pronoun``. A precision check: the share of non-participant
spans (instrument, artifact, vehicle, money, crime, law) that were made actors (a weapon or a car is nobody).
With ``--sample N`` (tune only), N random resolutions and N misses per kind are printed for checking by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arguments_rams import joined  # noqa: E402
from splits import split_of  # noqa: E402

RAMS = Path(__file__).resolve().parents[2] / "shared" / "data" / "events_train" / "rams"
NOT_ACTOR = {"place", "instrument", "artifact", "money", "artifactmoney", "vehicle", "origin", "destination", "crime",
             "law", "ballot", "result", "territoryorfacility", "hidingplace", "crashobject", "fireexplosionobject",
             "placeofemployment"}
THINGS = {"instrument", "artifact", "vehicle", "money", "artifactmoney", "crime", "law"}  # never an actor
TITLE_WORDS = {"official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "prosecutor",
               "judge", "secretary", "ambassador", "envoy", "governor", "mayor", "commander", "chief", "director",
               "chairman", "senator", "lawmaker", "diplomat", "general", "king", "prince", "premier", "chancellor",
               "head", "leader", "attorney", "sheriff", "officer", "lieutenant", "colonel", "captain", "adviser",
               "advisor", "representative", "congressman", "congresswoman", "administrator", "inspector", "agent",
               "emir", "cleric", "imam", "pope", "bishop", "deputy", "negotiator", "delegate", "ceo", "founder"}
KINDS = ("named", "title", "generic", "pronoun")


def windows(want: str):
    """(doc_key, text, [(role, start_char, end_char)]) of every RAMS window in split `want`."""
    for name in ("dev", "test"):
        path = RAMS / f"{name}.jsonlines"
        if not path.is_file():
            continue
        with open(path) as fh:
            for line in fh:
                rec = json.loads(line)
                if split_of("rams", rec["doc_key"]) != want:
                    continue
                text, span = joined(rec)
                args = [(role[11:], *span(a, b)) for _, (a, b), role in rec["gold_evt_links"]]
                yield rec["doc_key"], text, args


def kind_of(span) -> str:
    """named / title / generic / pronoun / other, from the span's head."""
    root = span.root
    if root.pos_ == "PRON" or root.tag_ in ("PRP", "PRP$", "WP"):
        return "pronoun"
    if root.pos_ == "PROPN" or (root.ent_type_ and root.ent_type_ not in ("CARDINAL", "QUANTITY", "DATE", "TIME")):
        return "named"
    if root.lemma_.lower() in TITLE_WORDS:
        return "title"
    if root.pos_ == "NOUN":
        return "generic"
    return "other"


def resolved(coded, start: int, end: int) -> str | None:
    """The actor an argument span was given: its head's referent, else the tightest mention overlapping it."""
    idx = coded.actors
    span = coded.ctx.doc.char_span(start, end, alignment_mode="expand")
    return (idx.resolve(span) if span is not None else None) or idx.actor_at(start, end)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "test"), default="tune")
    ap.add_argument("--limit", type=int, default=0, help="at most N windows (random, seed 13)")
    ap.add_argument("--sample", type=int, default=0, help="print N resolutions and N misses per kind (tune only)")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--dump", help="write every participant span and its actor to this TSV (tune only), to diff runs")
    args = ap.parse_args()
    recs = list(windows(args.split))
    if not recs:
        print(f"actors_rams: no RAMS data at {RAMS}; nothing to do")
        return 0
    if args.limit and len(recs) > args.limit:
        recs = random.Random(13).sample(recs, args.limit)

    from faultlines.pipeline import Pipeline
    from faultlines.train.code import code_texts

    pipe = Pipeline(model=False)
    t0 = time.perf_counter()
    total, hit, things, thing_hit = Counter(), Counter(), 0, 0
    roles, role_hit = Counter(), Counter()
    shown: dict[tuple[str, bool], list[str]] = {}
    dump = open(args.dump, "w") if args.dump and args.split == "tune" else None  # noqa: SIM115
    for (key, _text, gold), coded in zip(recs, code_texts(pipe, [t for _, t, _ in recs]), strict=True):
        doc = coded.ctx.doc
        seen = set()
        for role, start, end in gold:
            if (role, start, end) in seen:
                continue
            seen.add((role, start, end))
            aid = resolved(coded, start, end)
            if role in THINGS:
                things += 1
                thing_hit += aid is not None
                if aid is not None:
                    shown.setdefault(("thing", True), []).append(_line(coded, key, role, start, end, aid))
                continue
            if role in NOT_ACTOR:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            kind = kind_of(span)
            total[kind] += 1
            hit[kind] += aid is not None
            roles[role] += 1
            if dump is not None:
                e = coded.actors.entry(aid)
                print(key, role, start, kind, span.text, aid, e.name if e else "", sep="\t", file=dump)
            role_hit[role] += aid is not None
            if args.sample:
                shown.setdefault((kind, aid is not None), []).append(_line(coded, key, role, start, end, aid))
    if dump is not None:
        dump.close()
    print(f"split: {args.split}" + ("  (TUNE: not the figures that count)" if args.split == "tune" else "")
          + f"; {len(recs)} windows, {time.perf_counter() - t0:.0f} s")
    print(f"{'span kind':12}{'n':>7}{'resolved':>10}")
    for k in (*KINDS, "other"):
        print(f"{k:12}{total[k]:>7}{hit[k] / max(1, total[k]):>10.3f}")
    n, h = sum(total.values()), sum(hit.values())
    print(f"{'all':12}{n:>7}{h / max(1, n):>10.3f}")
    print(f"{'things->actor':12}{things:>7}{thing_hit / max(1, things):>10.3f}   (instrument/artifact/vehicle/money/"
          "crime/law spans made actors: lower is better)")
    print("\nby role (n >= 20): " + ", ".join(f"{r} {role_hit[r] / roles[r]:.2f} ({roles[r]})"
                                            for r, _ in roles.most_common() if roles[r] >= 20))
    if args.sample and args.split == "tune":
        rng = random.Random(7)
        for k in (*args.kinds.split(","), "thing"):
            for ok in (True, False):
                lines = shown.get((k, ok), [])
                if not lines:
                    continue
                print(f"\n-- {k} {'resolved' if ok else 'missed'} ({len(lines)})")
                for line in rng.sample(lines, min(args.sample, len(lines))):
                    print(line)
    return 0


def _line(coded, key: str, role: str, start: int, end: int, aid: str | None) -> str:
    text = coded.ctx.doc.text
    e = coded.actors.entry(aid)
    who = f"{aid} [{e.name}; {e.kind}; {e.country}]" if e is not None else str(aid)
    ctx = " ".join(text[max(0, start - 70):min(len(text), end + 50)].split())
    return f"  {role:13}{text[start:end]!r:32} -> {who}\n      ...{ctx}..."


if __name__ == "__main__":
    raise SystemExit(main())
