"""Leave one analyst set out: the judge trained on the wire sets and five of the six pooled analyst sets reads the
sixth set's documents, classed as bench/analyst_rows.py classes them; beside the shipped weights and the rules.

    .venv/bin/python -m faultlines.train --dry-run --analyst 1   # codes the training sets and the analyst articles
    .venv/bin/python bench/analyst_loso.py [--at 0.45,0.20] [--weight 1] [--sets fresh3,fresh4]

The fold judges are fit like `python -m faultlines.train` fits the shipped one (same features, weights, C and
vectors), without its cross-validation; thresholds are given (`--at`), not chosen here; the open model is the shipped one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyst_rows import run_pipeline, score, table  # noqa: E402

from faultlines.events import judge as judging  # noqa: E402
from faultlines.events.proposer import OPEN  # noqa: E402
from faultlines.train.__main__ import CACHE, NONE_WEIGHT, VECTORS, WEIGHT  # noqa: E402
from faultlines.train.analyst import documents  # noqa: E402
from faultlines.train.analyst_labels import analyst_records  # noqa: E402
from faultlines.train.fit import fit, save  # noqa: E402


def fold_judge(rows: list[int], cache: list[list[Any]], weight: dict[str, float], veto: float, retype: float
               ) -> judging.Judge:
    """The rule judge fit on the cached rule candidates `rows`, with the given thresholds and the shipped open model
    (the analyst rows do not train it: `python -m faultlines.train --no-open`)."""
    X, y, names, cands, groups = cache
    ks = [k for k in rows if cands[k] != OPEN]
    w = np.array([weight.get(names[k], 1.0) * (NONE_WEIGHT if y[k] == judging.NONE else 1.0) for k in ks])
    fitted = fit([X[k] for k in ks], [y[k] for k in ks], [groups[k] for k in ks], w, C=0.5, min_count=2, final=True,
                 vectors=VECTORS, oof=False)
    shipped = judging.load_judge()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "judge.npz"
        save(path, fitted, veto=veto, retype=retype)
        with path.open("rb") as fh:
            judge = judging.judge_from(fh)
    return replace(judge, opener=shipped.opener, open=shipped.open) if shipped is not None else judge


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--at", default="0.45,0.20", metavar="VETO,RETYPE")
    ap.add_argument("--weight", type=float, default=1.0, help="the analyst rows' weight")
    ap.add_argument("--sets", default="", help="held-out sets (default: all six)")
    args = ap.parse_args()
    if not CACHE.is_file():
        print(f"no cached candidates at {CACHE}: run `python -m faultlines.train --dry-run` first")
        return 1
    cache = json.loads(gzip.decompress(CACHE.read_bytes()))
    names, groups = cache[2], cache[4]
    recs = analyst_records(set())
    set_of = [recs[int(g.rsplit(":", 1)[1])]["set"] if n.endswith("analyst") else "" for n, g in zip(names, groups, strict=True)]
    if not any(set_of):
        print("the cached candidates have no analyst rows: `python -m faultlines.train --dry-run --analyst 1`")
        return 1
    docs = documents()
    held_sets = args.sets.split(",") if args.sets else sorted({d.set for d in docs})
    docs = [d for d in docs if d.set in held_sets]
    weight = WEIGHT | {"analyst": args.weight}
    veto, retype = (float(v) for v in args.at.split(","))
    runs = run_pipeline(docs, ["model", "rules"])
    shipped = judging.load_judge
    loso: dict[str, dict[str, Any]] = {}
    try:
        for held in held_sets:
            rows = [k for k, s in enumerate(set_of) if s != held]
            judge = fold_judge(rows, cache, weight, veto, retype)
            judging.load_judge = lambda judge=judge: judge  # the judge path's default judge
            loso |= run_pipeline([d for d in docs if d.set == held], ["model"])["model"]
    finally:
        judging.load_judge = shipped
    runs[f"left-out set, weight {args.weight:g}, veto {veto:.2f}, retype {retype:.2f}"] = loso
    for path, outputs in runs.items():
        classes, spurious = score(docs, outputs)
        print(table(path, classes, spurious) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
