"""Incident fusion on ../shared/data/gun_incidents: same-incident document pairs and tolls per incident.

Samples incidents of one split (fixed seed), ingests their documents into a cached store
(/tmp/faultlines-bench/gun_<split>_<n>.db, reused on the next run: the pipeline is the slow part), fuses
them, and prints same-incident document-pair precision / recall / F1 and killed / injured exact per incident
(an incident no report gives a figure for counts as 0, as GVA's records do). Tune on --split tune only.

    .venv/bin/python bench/incidents_gun.py --split test --incidents 0   # 0: every incident of the split
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "gun_incidents"
sys.path.insert(0, str(HERE))

from splits import split_of  # noqa: E402


def load(split: str, n: int, seed: int) -> tuple[list[dict], dict[str, dict]]:
    docs = [json.loads(line) for line in (DATA / "documents.jsonl").open()]
    incidents = {o["incident"]: o for o in map(json.loads, (DATA / "incidents.jsonl").open())}
    ids = sorted({d["incident"] for d in docs if split_of("gun_incidents", d["incident"]) == split})
    if n:
        random.Random(seed).shuffle(ids)
        ids = ids[:n]
    keep = set(ids)
    return [d for d in docs if d["incident"] in keep and d["text"].strip()], {i: incidents[i] for i in keep}


def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    by: dict[str, list[str]] = {}
    for doc, g in groups.items():
        by.setdefault(g, []).append(doc)
    return {tuple(sorted(p)) for members in by.values() for p in combinations(members, 2)}  # type: ignore[misc]


def scale(reports: list, n: int) -> None:
    """Time fusing `n` reports: copies of `reports`, each copy dated a month after the last (they overlap)."""
    from dataclasses import replace
    from datetime import timedelta

    from faultlines.analysis.incidents import day, fuse
    copies = []
    for k in range(n // len(reports) + 1):
        copies += [replace(r, doc_id=f"{k}-{r.doc_id}", date=(d + timedelta(days=30 * k)).isoformat() if (
            d := day(r.date)) else None) for r in reports]
    t = time.perf_counter()
    fused = fuse(copies[:n])
    print(f"fusing {n} reports: {time.perf_counter() - t:.1f} s ({len(fused)} incidents)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "test"), default="tune")
    ap.add_argument("--incidents", type=int, default=500, help="incidents sampled (0: all of the split)")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--window", type=int, default=None)
    ap.add_argument("--merge", type=float, default=None, help="the score joining two incidents (fusion.MERGE)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/faultlines-bench"))
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong tolls")
    ap.add_argument("--scale", type=int, default=0,
                    help="also time fusing this many reports: the sample's, copied with dates a month apart")
    args = ap.parse_args()
    if not (DATA / "documents.jsonl").exists():
        print(f"no data at {DATA}: nothing to measure")
        return 0
    from faultlines import Corpus
    from faultlines.analysis.incidents import MERGE, THRESHOLD, WINDOW_DAYS, fuse, report_of, summary
    from faultlines.store.incidents import _facts, forget_incidents, fuse_store

    docs, gold = load(args.split, args.incidents, args.seed)
    args.cache.mkdir(parents=True, exist_ok=True)
    stem = args.cache / f"gun_{args.split}_{args.incidents or 'all'}_{args.seed}"
    src = stem.with_suffix(".jsonl")
    if not src.exists():
        with src.open("w") as fh:
            for d in docs:
                fh.write(json.dumps({k: d[k] for k in ("title", "published", "url", "text")}) + "\n")
    incident_of_url = {d["url"]: d["incident"] for d in docs}
    print(f"{args.split}: {len(gold)} incidents, {len(docs)} documents (seed {args.seed}); store {stem}.db")
    t0 = time.perf_counter()
    with Corpus(stem.with_suffix(".db")) as corpus:
        corpus.ingest([src])
        print(f"ingest (cached after the first run): {time.perf_counter() - t0:.0f} s")
        conn = corpus.store.conn
        rows = conn.execute("SELECT id, url, facts FROM documents").fetchall()
        t1 = time.perf_counter()
        if args.threshold is None and args.window is None and args.merge is None:
            forget_incidents(conn)  # fuse the whole sample at once, with the code as it is now
            fuse_store(conn)
            incidents = {}
            for doc_id, inc_id in conn.execute("SELECT doc_id, incident_id FROM incident_reports"):
                incidents[doc_id] = inc_id or "none:" + doc_id
            summaries = {s["id"]: s for s in map(json.loads, (r[0] for r in conn.execute(
                "SELECT summary FROM incidents")))}
        else:
            reports = [r for r in (report_of(_facts(row[2])) for row in rows) if r is not None]
            fused = fuse(reports, threshold=args.threshold or THRESHOLD, window=args.window or WINDOW_DAYS,
                         merge=args.merge if args.merge is not None else MERGE)
            incidents = {r.doc_id: inc.id for inc in fused for r in inc.reports}
            summaries = {inc.id: summary(inc) for inc in fused}
        print(f"fusion: {time.perf_counter() - t1:.2f} s")
    if args.scale:
        scale([r for r in (report_of(_facts(row[2])) for row in rows) if r is not None], args.scale)
    url = {r[0]: r[1] for r in rows}
    truth = {doc_id: incident_of_url[u] for doc_id, u in url.items() if u in incident_of_url}
    predicted = {doc_id: incidents.get(doc_id, "none:" + doc_id) for doc_id in truth}
    gp, pp = pairs(truth), pairs(predicted)
    tp = len(gp & pp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"same-incident document pairs: gold {len(gp)}, predicted {len(pp)}, P {p:.3f} R {r:.3f} F1 {f:.3f}")
    ok: Counter[str] = Counter()
    shown = 0
    by_gold: dict[str, list[str]] = {}
    for doc_id, g in truth.items():
        by_gold.setdefault(g, []).append(doc_id)
    for g, members in sorted(by_gold.items()):
        inc = Counter(predicted[m] for m in members).most_common(1)[0][0]
        s = summaries.get(inc)
        got = {k: ((s or {}).get(k) or {}).get("value") or 0 for k in ("killed", "injured")}
        for k in ("killed", "injured"):
            ok[k] += got[k] == gold[g][k]
        if (got["killed"] != gold[g]["killed"] or got["injured"] != gold[g]["injured"]) and shown < args.errors:
            shown += 1
            print(f"  {g}: gold {gold[g]['killed']}/{gold[g]['injured']} got {got['killed']}/{got['injured']} "
                  f"{[(d['outlet'], d['killed'], d['injured']) for d in (s or {}).get('documents', [])]}")
    n = len(by_gold)
    print(f"incidents with documents: {n}; killed exact {ok['killed'] / n:.3f}, injured exact {ok['injured'] / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
