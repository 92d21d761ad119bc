"""``python -m faultlines.train.trigger_fit``: train the trigger spotter (events/spotter.py), tune splits only.

Labels every verb and noun of the RAMS, M2E2, GSR and ConfliBERT tune records (train/trigger_data.py), fits a
multinomial logistic regression over the token's parse features and its standardised tok2vec vector (optionally
WordNet features, with copies lacking the word's own features: `--wordnet 1 --drop 0.5 --C 0.1`; static word
vectors of the judge's anchor slots (events/anchors.py): `--vectors t,o --lexweight 3`; both measured but not
shipped, see docs/model-card.md), and picks two thresholds out of fold over the tokens the spotter would see (words
no rule event stands on): for words the weights know, folds by document on M2E2 (whose negatives are real) for F0.5
at precision >= 0.90; for words they never saw, folds by lemma on M2E2 and RAMS at precision >= 0.85.
Writes src/faultlines/data/event_spotter.npz.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..events.anchors import MARK, SLOTS, lexical
from ..events.spotter import NONE, WEIGHTS
from ..events.wordnet import meaning_features
from .fit import fit_with_copies, one_hot, without
from .trigger_data import Rows, labelled_tokens

OUT = Path(__file__).resolve().parents[1] / "data" / WEIGHTS
CACHE = Path("artifacts") / "trigger_rows.pickle"
PRECISION = 0.90  # kept spotted tokens typed right, out of fold (the rules' argument path adds its own errors)
BETA = 0.5
OFF = 2.0  # a threshold no probability reaches: nothing is spotted
MIN_KEPT = 20
# a word the weights never saw: its threshold comes from folds grouped by lemma (every test word unseen in training)
UNSEEN_ON = "m2e2,rams"
UNSEEN_PRECISION = 0.85
UNSEEN_MIN_KEPT = 5
# M2E2 (ACE) alone gives negatives among trigger words; RAMS's are words never a trigger (too easy to count)
CHOOSE_ON = "m2e2"


def matrix(rows: Rows, vocab: list[str], mean: np.ndarray, scale: np.ndarray,  # type: ignore[no-untyped-def]
           words: np.ndarray | None = None):
    """The sparse one-hot features beside the standardised token vectors and the static word vectors (`words`,
    already weighted)."""
    from scipy.sparse import csr_matrix, hstack

    sparse = one_hot(rows.X, {f: i for i, f in enumerate(vocab)})
    dense = (np.vstack(rows.V) - mean) / scale if len(mean) else np.zeros((len(rows.X), 0), dtype=np.float32)
    blocks = [sparse, csr_matrix(dense.astype(np.float32))]
    if words is not None and words.shape[1]:
        blocks.append(csr_matrix(words))
    return hstack(blocks).tocsr()


MEANING = ("wf=", "ws=", "ws1=", "wy=", "wh=", "wn=")


def with_meaning(feats: list[str], on: bool) -> list[str]:
    """A token's features with its WordNet features recomputed from its lemma, POS and particles (`on`), or
    without them (to compare; the cached rows keep the parse features only)."""
    plain = [f for f in feats if not f.startswith(MEANING)]
    if not on:
        return plain
    lemma = next((f[2:] for f in plain if f.startswith("l=")), "")
    pos = next((f[2:] for f in plain if f.startswith("p=")), "")
    prt = tuple(f[7:] for f in plain if f.startswith("ch=prt:"))
    return plain + list(meaning_features(lemma, pos, prt))


WORD = ("l=", "lck=", "lpr=", "suf=", "wf=")  # features of the word itself (what an unseen word lacks)


def best_types(proba: np.ndarray, classes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    typed = proba.copy()
    typed[:, classes.index(NONE)] = -1.0
    best = typed.argmax(axis=1)
    return typed[np.arange(len(best)), best], np.array(classes)[best]


def choose(p: np.ndarray, best: np.ndarray, y: np.ndarray, target: float, min_kept: int = MIN_KEPT) -> float:
    """The threshold of highest F0.5 whose kept tokens are typed right at least `target` of the time."""
    pos = max(1, int((y != NONE).sum()))
    top = (0.0, OFF)
    for t in np.arange(0.30, 0.99, 0.02):
        kept = p >= t
        ok = int((kept & (best == y)).sum())
        n = int(kept.sum())
        if n < min_kept or ok / n < target:
            continue
        prec, rec = ok / n, ok / pos
        f = (1 + BETA**2) * prec * rec / (BETA**2 * prec + rec) if ok else 0.0
        if f > top[0]:
            top = (f, float(t))
    return top[1]


def report(p: np.ndarray, best: np.ndarray, y: np.ndarray, names: np.ndarray, seen: np.ndarray, t: float) -> None:
    """Out-of-fold kept precision and recall per set, on the tokens the spotter sees, at several thresholds."""
    for name in [*sorted(set(names)), "ALL"]:
        m = seen & ((names == name) if name != "ALL" else True)
        pos = int((y[m] != NONE).sum())
        cells = []
        for th in sorted({0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, min(t, 0.99)}):
            kept = m & (p >= th)
            ok = int((kept & (best == y)).sum())
            cells.append(f"@{th:.2f} kept {int(kept.sum()):4} P {ok / max(1, int(kept.sum())):.2f} R {ok / max(1, pos):.2f}")
        print(f"  oof {name:10} n={int(m.sum()):6} pos={pos:4}  " + " | ".join(cells))
    kept = seen & (p >= t)
    wrong = Counter((str(a), str(b)) for a, b in zip(y[kept], best[kept], strict=True) if a != b)
    print("  kept, wrong (label -> spotter): " + ", ".join(f"{a}->{b} {n}" for (a, b), n in wrong.most_common(8)))


def main() -> int:
    from sklearn.base import clone
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    from ..events.lexicon import load_lexicon
    from ..pipeline import Pipeline
    from . import corpora

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--dense", type=float, default=0.3, help="weight of the token vector (0: parse features only)")
    ap.add_argument("--none-weight", type=float, default=1.0, help="extra weight of NONE tokens")
    ap.add_argument("--precision", type=float, default=PRECISION)
    ap.add_argument("--choose-on", default=CHOOSE_ON, metavar="SET,SET", help="choose the threshold on these sets")
    ap.add_argument("--wordnet", type=int, default=0,
                    help="WordNet meaning features (events/wordnet.py): 1 on, 0 off (shipped: off; see the model card)")
    ap.add_argument("--unseen-precision", type=float, default=UNSEEN_PRECISION)
    ap.add_argument("--drop", type=float, default=0.0,
                    help="weight of training copies without the word's own features (0: none)")
    ap.add_argument("--vectors", default="", metavar="SLOT,SLOT",
                    help=f"static word vectors (faultlines.lexvec) of these slots: {','.join(SLOTS)} ('' none)")
    ap.add_argument("--lexweight", type=float, default=1.0, help="scale of the static word vectors")
    ap.add_argument("--show", type=float, default=0.0, help="print the kept words at this threshold (lemma:type)")
    ap.add_argument("--no-word", action="store_true", help="leave out the word's own features (test of meaning)")
    ap.add_argument("--folds", default="doc,lemma", help="cross-validate grouped by these (doc, lemma)")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate and report only; write no weights")
    ap.add_argument("--reuse", action="store_true", help=f"reuse the labelled tokens cached in {CACHE}")
    args = ap.parse_args()
    if not corpora.available():
        print(f"trigger_fit: no training data at {corpora.TRAIN}")
        return 1
    t0 = time.perf_counter()
    if args.reuse and CACHE.is_file():
        rows = pickle.loads(CACHE.read_bytes())
    else:
        rows = labelled_tokens(Pipeline(), load_lexicon())
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(rows))
    lemmas = np.array([next((f[2:] for f in x if f.startswith("l=")), "") for x in rows.X])
    slots = tuple(s for s in args.vectors.split(",") if s)
    if slot := next((s for s in slots if s not in SLOTS), None):
        print(f"trigger_fit: no anchor slot {slot!r} (slots: {','.join(SLOTS)})")
        return 1
    if slots and not any(f.startswith(MARK) for x in rows.X for f in x):
        print(f"trigger_fit: the tokens cached in {CACHE} carry no anchor words: run without --reuse for --vectors")
        return 1
    words = np.vstack([lexical(x, slots) for x in rows.X]).astype(np.float32) * args.lexweight if slots else None
    rows.X = [with_meaning(f, bool(args.wordnet)) for f in rows.X]
    if args.no_word:
        rows.X = without(rows.X, WORD)
    y, names, seen = np.array(rows.y), np.array(rows.names), np.array(rows.seen)
    print(f"  {len(y)} tokens ({time.perf_counter() - t0:.0f} s); labels {dict(Counter(rows.y).most_common())}")
    print(f"  seen by the spotter (no rule event): {int(seen.sum())}, typed {dict(Counter(y[seen & (y != NONE)]).most_common())}")
    counts = Counter(f for feats in rows.X for f in set(feats) if not f.startswith(MARK))
    vocab = sorted(f for f, n in counts.items() if n >= args.min_count)
    V = np.vstack(rows.V) if args.dense > 0 else np.zeros((len(y), 0))
    mean = V.mean(axis=0) if V.shape[1] else np.zeros(0)
    scale = (V.std(axis=0) + 1e-6) / args.dense if V.shape[1] else np.ones(0)
    M = matrix(rows, vocab, mean, scale, words)
    M_drop = matrix(Rows(without(rows.X, WORD), rows.V, [], [], [], []),
                    vocab, mean, scale, words)
    keep = np.isin(y, [c for c, n in Counter(rows.y).items() if n >= 10])
    w = np.where(y == NONE, args.none_weight, 1.0)
    model = LogisticRegression(C=args.C, max_iter=1000)
    Mk, Dk, yk, wk = M[keep], M_drop[keep], y[keep], w[keep]
    classes = sorted(set(y[keep]))
    sk, nk, lem = seen[keep], names[keep], lemmas[keep]
    chosen = {}
    for group, sets, target, least in (("doc", args.choose_on, args.precision, MIN_KEPT),
                                       ("lemma", UNSEEN_ON, args.unseen_precision, UNSEEN_MIN_KEPT)):
        if group not in args.folds.split(","):
            chosen[group] = OFF
            continue
        folds = StratifiedGroupKFold(5, shuffle=True, random_state=42)
        oof = np.zeros((len(yk), len(classes)))
        for tr, te in folds.split(Mk, yk, (np.array(rows.groups) if group == "doc" else lemmas)[keep]):
            fitted = fit_with_copies(clone(model), Mk[tr], Dk[tr], yk[tr], wk[tr], args.drop)
            oof[te] = fitted.predict_proba(Mk[te])
        p, best = best_types(oof, classes)
        on = sk & np.isin(nk, sets.split(","))
        t = chosen[group] = choose(p[on], best[on], yk[on], target, least)
        print(f"  folds by {group}: threshold P >= {t:.2f} (out of fold on {sets}, precision >= {target}, F{BETA})")
        report(p, best, yk, nk, sk, t)
        if group == "lemma":  # the words the rules cannot reach at all: no lexicon entry
            lex = load_lexicon()
            outside = sk & np.isin(nk, UNSEEN_ON.split(",")) & ~np.isin(lem, [*lex.verbs, *lex.nouns, *lex.trigger_lemmas])
            report(p, best, yk, np.where(outside, "no-lexicon", "other"), outside, t)
        if args.show:
            at = sk & (p >= args.show)
            print(f"  kept at {args.show}: " + ", ".join(
                f"{a}:{b}{'' if b == c else '<-' + c}" for a, b, c in zip(lem[at], best[at], yk[at], strict=True)))
    if not args.dry_run:
        if chosen["doc"] > 1.0:
            print("  note: no threshold for known words (no folds by document, or none reached the precision): "
                  "the written weights spot nothing")
        fit_with_copies(model, Mk, Dk, yk, wk, args.drop)
        coef = model.coef_.T.astype(np.float32)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        n = len(vocab) + len(mean)
        np.savez_compressed(args.out, features=np.array(vocab), classes=np.array(model.classes_),
                            weights=coef[:len(vocab)], dense=coef[len(vocab):n], mean=mean.astype(np.float32),
                            slots=np.array(slots, dtype=str), word_weights=coef[n:], lexweight=np.float32(args.lexweight),
                            scale=scale.astype(np.float32), bias=model.intercept_.astype(np.float32),
                            threshold=np.float32(chosen["doc"]), unseen=np.float32(chosen["lemma"]))
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(vocab)} features)")
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
