"""``python -m faultlines.train``: rebuild the event judge's weights from ../shared/data (tune splits only).

Runs the rule coder over every training set, labels its candidates (faultlines.train.labels), fits a
multinomial logistic regression (scikit-learn), picks the veto and retype thresholds on 5-fold
out-of-fold predictions, and writes src/faultlines/data/event_judge.npz (numpy arrays only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..events.judge import NONE, WEIGHTS, features, trigger_token
from ..pipeline import Pipeline
from . import corpora
from .code import code_texts
from .labels import M2E2_UNMARKED, training_sets

OUT = Path(__file__).resolve().parents[1] / "data" / WEIGHTS
CACHE = Path("artifacts") / "judge_candidates.json.gz"
WEIGHT = {"handmade": 3.0, "gsr": 2.0, "ngec": 0.5}


def primary(events, doc):
    """The event whose trigger sits highest in the parse (as the benches pick it)."""
    def depth(e):
        tok = trigger_token(doc, e)
        if tok is None:
            return (99, e.start)
        d = 0
        while tok.head is not tok and d < 50:
            tok, d = tok.head, d + 1
        return (d, e.start)
    return min(events, key=depth) if events else None


def collect(pipeline: Pipeline) -> tuple[list[list[str]], list[str], list[str], list[str]]:
    """Features, label, set name and candidate type of every labelled candidate."""
    X: list[list[str]] = []
    y: list[str] = []
    names: list[str] = []
    cands: list[str] = []
    for name, recs, labeller in training_sets():
        t0 = time.perf_counter()
        n0 = len(y)
        for rec, coded in zip(recs, code_texts(pipeline, [r["text"] for r in recs]), strict=True):
            for event, label in labeller(rec, coded, primary):
                tok = trigger_token(coded.ctx.doc, event)
                if tok is None:
                    continue
                X.append(features(event, tok))
                y.append(label)
                names.append(name)
                cands.append(event.type)
        print(f"  {name:10} {len(recs):5} texts -> {len(y) - n0:5} candidates  ({time.perf_counter() - t0:.0f} s)", flush=True)
    return X, y, names, cands


def choose(proba: np.ndarray, classes: list[str], y: list[str], cands: list[str]) -> tuple[float, float]:
    """Veto and retype thresholds that maximise F(beta=0.7) of correctly typed kept candidates."""
    none = classes.index(NONE)
    col = {c: i for i, c in enumerate(classes)}
    typed = proba.copy()
    typed[:, none] = -1
    best_i = typed.argmax(axis=1)
    mine = np.array([proba[k, col[c]] if c in col else 0.0 for k, c in enumerate(cands)])
    gold_pos = sum(label != NONE for label in y)
    top = (0.0, 0.5, 1.0)
    # Conservative floors (veto >= 0.6, retype margin >= 0.3): the judge meets text unlike its training data,
    # where a confident rule reading is worth more than an out-of-fold optimum.
    for veto in np.arange(0.6, 0.96, 0.05):
        for retype in (0.3, 0.5, 0.7, 1.1):
            tp = fp = 0
            for k, label in enumerate(y):
                if proba[k, none] >= veto:
                    continue
                b = classes[best_i[k]]
                t = b if b != cands[k] and typed[k, best_i[k]] - mine[k] >= retype else cands[k]
                tp, fp = tp + (t == label), fp + (t != label)
            p, r = tp / max(1, tp + fp), tp / max(1, gold_pos)
            b2 = 0.49
            f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
            if f > top[0]:
                top = (f, float(veto), float(retype))
    print(f"  thresholds: veto P(NONE) >= {top[1]:.2f}, retype margin {top[2]:.2f} (out-of-fold F0.7 {top[0]:.3f})")
    return top[1], top[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--reuse", action="store_true", help=f"reuse the labelled candidates cached in {CACHE}")
    args = ap.parse_args()
    if not corpora.available():
        print(f"faultlines.train: no training data at {corpora.TRAIN}")
        return 1
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    t0 = time.perf_counter()
    if args.reuse and CACHE.is_file():
        X, y, names, cands = json.loads(gzip.decompress(CACHE.read_bytes()))
        drop = [k for k, (f, lab, n) in enumerate(zip(X, y, names, strict=True))
                if n == "m2e2" and lab == NONE and any(x[2:] in M2E2_UNMARKED for x in f if x.startswith("l="))]
        X, y, names, cands = ([v for k, v in enumerate(col) if k not in set(drop)] for col in (X, y, names, cands))
    else:
        print("coding the training sets with the rules (tune splits only):", flush=True)
        X, y, names, cands = collect(Pipeline())
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(gzip.compress(json.dumps([X, y, names, cands]).encode()))
    print(f"  labels: {dict(Counter(y).most_common())}")
    counts = Counter(f for feats in X for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= args.min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    M = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(X), len(vocab)))
    w = np.array([WEIGHT.get(n, 1.0) for n in names])
    labels = np.array(y)
    model = LogisticRegression(C=args.C, max_iter=2000)
    folds = StratifiedKFold(5, shuffle=True, random_state=42)
    keep = np.isin(labels, [c for c, n in Counter(y).items() if n >= 5])
    oof = cross_val_predict(model, M[keep], labels[keep], cv=folds, method="predict_proba",
                            params={"sample_weight": w[keep]})
    classes = sorted(set(labels[keep]))
    veto, retype = choose(oof, classes, list(labels[keep]), [c for c, k in zip(cands, keep, strict=True) if k])
    model.fit(M, labels, sample_weight=w)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, features=np.array(vocab), classes=np.array(model.classes_),
                        weights=model.coef_.T.astype(np.float32), bias=model.intercept_.astype(np.float32),
                        veto=np.float32(veto), retype=np.float32(retype))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(vocab)} features, "
          f"{len(model.classes_)} classes) in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
