#!/usr/bin/env python3
"""Fatality counts against ACLED's human coding (../shared/data/acled_dev, one week of notes, May 2020).

Usage (from the project root):  .venv/bin/python bench/counts_acled.py [--split test|tune|all] [--show N]
                                [--limit N] [--deaths-only]

Each row is one ACLED event with its `notes` (the text read) and `fatalities` (the coders' figure, the
total for that row's event, the most conservative where reports differ). The note is read by the whole
pipeline; the predicted figure is `note_fatalities(facts)`: the toll of the note's events (Event.fatalities),
which a note's own "N fatalities" / "fatalities coded as N" overrides. Printed, all from one run:

- exact match and within +-1 over the rows with deaths, and over all rows;
- zero-fatality accuracy: rows coded 0 that are predicted 0;
- the misses by cause: `missed` (deaths, none found), `spurious` (none, some found), `under`, `over`,
  `estimated` (the note says the coders split or estimated the figure: "coded as", "split"), and `timeout`
  (the pipeline took over 20 s on the note).

The split is bench/splits.py's, dataset "acled", key `event_id_cnty`; the default is the test part, which
no rule was written from. Notes are ACLED's and stay in ../shared/data: never copy them into the repo.
"""

from __future__ import annotations

import argparse
import csv
import re
import signal
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import split_of  # noqa: E402

from faultlines.counts import note_fatalities  # noqa: E402
from faultlines.pipeline import Pipeline  # noqa: E402
from faultlines.read import document_from_text  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "acled_dev" / "acled_2020-05_dev.csv"
TIMEOUT = 20  # seconds for one note; a slower note is a miss ("timeout"), so one bad note cannot stall the bench
ESTIMATED = re.compile(r"\bcoded as\b|\bsplit\b|\bspread (?:between|across|over)\b", re.I)


def _too_slow(signum: int, frame: object) -> None:
    raise TimeoutError


def load(split: str) -> list[dict[str, str]]:
    with DATA.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["fatalities"].strip().isdigit() and r["notes"].strip()]
    return [r for r in rows if split == "all" or split_of("acled", r["event_id_cnty"]) == split]


def cause(gold: int, pred: int, note: str) -> str:
    if ESTIMATED.search(note) and gold > 0:
        return "estimated"
    if gold > 0 and pred == 0:
        return "missed"
    if gold == 0:
        return "spurious"
    return "under" if pred < gold else "over"


def ratio(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.3f}" if d else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "tune", "all"), default="test")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses (tune split only)")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N rows")
    ap.add_argument("--deaths-only", action="store_true", help="read only the rows with deaths")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"counts_acled: {DATA} not found; nothing to measure.")
        return 0
    rows = load(args.split)
    if args.deaths_only:
        rows = [r for r in rows if int(r["fatalities"]) > 0]
    if args.limit:
        rows = rows[:args.limit]
    if args.show and args.split != "tune":
        print("counts_acled: --show prints notes, only on the tune split; ignoring it.")
        args.show = 0
    pipe = Pipeline()
    docs = [document_from_text(r["notes"], guess_title=False, origin=r["event_id_cnty"]) for r in rows]
    t0 = time.perf_counter()
    exact = near = dead = dead_exact = dead_near = zero = zero_ok = 0
    causes: Counter[str] = Counter()
    shown = 0
    signal.signal(signal.SIGALRM, _too_slow)
    for r, doc in zip(rows, docs, strict=True):
        signal.alarm(TIMEOUT)
        try:
            facts = pipe.extract(doc)
        except TimeoutError:
            facts = None
            print(f"counts_acled: {r['event_id_cnty']} took over {TIMEOUT}s; counted as a miss")
        finally:
            signal.alarm(0)
        gold = int(r["fatalities"])
        pred = note_fatalities(facts) if facts is not None else -1
        ok, close = pred == gold, abs(pred - gold) <= 1
        exact += ok
        near += close
        if gold > 0:
            dead += 1
            dead_exact += ok
            dead_near += close
        else:
            zero += 1
            zero_ok += ok
        if not ok:
            c = cause(gold, pred, r["notes"]) if facts is not None else "timeout"
            causes[c] += 1
            if shown < args.show:
                shown += 1
                print(f"[{c}] gold {gold} pred {pred} {r['event_id_cnty']}: {r['notes'][:500]}")
                for k in facts.counts if facts is not None else ():
                    if k.category in ("killed", "wounded"):
                        print(f"    {k.category} {k.value}/{k.low}-{k.high} '{k.text}' event={k.event} actor={k.actor}")
    secs = time.perf_counter() - t0
    print(f"ACLED fatalities, split {args.split}: {len(rows)} notes ({dead} with deaths) in {secs:.0f}s")
    print(f"  rows with deaths: exact {ratio(dead_exact, dead)}, within +-1 {ratio(dead_near, dead)}")
    print(f"  zero-fatality accuracy: {ratio(zero_ok, zero)}")
    print(f"  all rows: exact {ratio(exact, len(rows))}, within +-1 {ratio(near, len(rows))}")
    print("  misses by cause: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
