"""One multinomial logistic regression over sparse string features (and, optionally, the candidates' standardised
word vectors, events/anchors.py): out-of-fold probabilities and a final fit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..events.anchors import MARK, dense

NO_ANCHORS = ("faultlines.train: the cached candidates carry no anchor words (cached before the word vectors): "
              "run without --reuse, or with --vectors 0")
WORD = ("l=", "lc=", "w=", "lpol=", "lv=", "lsu=", "lob=", "lpr=")  # the trigger word's own features (`copies`)


@dataclass
class Fitted:
    """Out-of-fold probabilities (rows `ks` of the input, classes `classes`) and, unless a dry run, the model."""

    vocab: list[str]
    ks: np.ndarray
    classes: list[str]
    oof: np.ndarray
    model: Any = None
    mean: np.ndarray | None = None  # the word vectors' column means and scales (None: sparse features only)
    scale: np.ndarray | None = None

    def proba(self, X: list[list[str]]) -> np.ndarray:
        """The fitted model's class probabilities for feature rows it never saw (the same design as in `fit`)."""
        M = one_hot(X, {f: i for i, f in enumerate(self.vocab)})
        if self.mean is not None and self.scale is not None:
            M = with_vectors(M, X, self.mean, self.scale)
        out: np.ndarray = self.model.predict_proba(M)
        return out


def one_hot(X: list[list[str]], index: dict[str, int]) -> Any:
    """The rows' string features as a sparse 0/1 matrix over `index` (features outside it left out)."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(X), len(index)))


def with_vectors(M: Any, X: list[list[str]], mean: np.ndarray, scale: np.ndarray) -> Any:
    """`M` with the rows' anchor word vectors appended, standardised by `mean` and `scale`."""
    from scipy.sparse import csr_matrix, hstack

    D = np.stack([dense(feats) for feats in X])
    return hstack([M, csr_matrix((D - mean) / scale)]).tocsr()


def without(X: list[list[str]], prefixes: tuple[str, ...]) -> list[list[str]]:
    """Feature lists without the features starting with `prefixes` (a word's own: what an unseen word lacks)."""
    return [[f for f in feats if not f.startswith(prefixes)] for feats in X]


def fit_with_copies(model, M, M_drop, y: np.ndarray, w: np.ndarray, drop: float):  # type: ignore[no-untyped-def]
    """Fit on the rows and (weight `drop` > 0) on their copies `M_drop` without the word's own features, so that the
    model also learns what the context says, as it must for a word no training sentence had (the judge, the
    spotter)."""
    from scipy.sparse import vstack

    if drop <= 0 or M_drop is None:
        return model.fit(M, y, sample_weight=w)
    return model.fit(vstack([M, M_drop]).tocsr(), np.concatenate([y, y]), sample_weight=np.concatenate([w, drop * w]))


def fit(X: list[list[str]], y: list[str], groups: list[str], w: np.ndarray, *, C: float, min_count: int,
        final: bool, vectors: float = 0.0, copies: float = 0.0, oof: bool = True) -> Fitted:
    """5-fold out-of-fold probabilities by text group (classes seen at least 5 times), then the fit on all rows;
    `vectors` > 0 adds the word vectors, standardised and multiplied by it (a larger factor regularises them less);
    `copies` > 0 adds training copies without the trigger word's own features at that weight (an unseen word).
    Word vectors need the candidates' anchor words: without any (a cache from before them) it exits with a line.
    `oof` False: no cross-validation (an empty `oof`), the final fit only (bench/analyst_loso.py's folds)."""
    from sklearn.base import clone
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    counts = Counter(f for feats in X for f in set(feats) if not f.startswith(MARK))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    M = one_hot(X, index)
    M2 = one_hot(without(X, WORD), index) if copies > 0 else None
    mean = scale = None
    if vectors > 0:
        if not any(f.startswith(MARK) for feats in X for f in feats):  # candidates cached before the anchors
            raise SystemExit(NO_ANCHORS)
        D = np.stack([dense(feats) for feats in X])
        mean, spread = D.mean(axis=0), D.std(axis=0)
        scale = np.where(spread > 1e-6, spread, 1.0) / vectors
        M = with_vectors(M, X, mean, scale)
        M2 = with_vectors(M2, X, mean, scale) if M2 is not None else None
    labels = np.array(y)
    model = LogisticRegression(C=C, max_iter=2000)
    # Folds by text: candidates of one sentence share its features and must not straddle train and held-out part.
    folds = StratifiedGroupKFold(5, shuffle=True, random_state=42)
    keep = np.isin(labels, [c for c, n in Counter(y).items() if n >= 5])
    ks = np.flatnonzero(keep)
    if not oof:
        proba = np.zeros((0, len(set(labels[keep]))))
    elif M2 is None:
        proba = cross_val_predict(model, M[keep], labels[keep], cv=folds, groups=np.array(groups)[keep],
                                  method="predict_proba", params={"sample_weight": w[keep]})
    else:  # the copies of held-out rows stay out of their fold's training part
        proba = np.zeros((len(ks), len(set(labels[keep]))))
        for tr, te in folds.split(M[ks], labels[ks], np.array(groups)[ks]):
            a, b = ks[tr], ks[te]
            m = fit_with_copies(clone(model), M[a], M2[a], labels[a], w[a], copies)
            proba[te] = m.predict_proba(M[b])
    out = Fitted(vocab, ks, sorted(set(labels[keep])), proba, mean=mean, scale=scale)
    if final:
        out.model = fit_with_copies(model, M, M2, labels, w, copies)
    return out


def save(path: Any, fitted: Fitted, **scalars: float) -> None:
    """The fitted model as numpy arrays (feature names, classes, weights, bias) and its thresholds."""
    model = fitted.model
    path.parent.mkdir(parents=True, exist_ok=True)
    coef = model.coef_.T.astype(np.float32)
    n = len(fitted.vocab)
    arrays: dict[str, Any] = {"features": np.array(fitted.vocab), "classes": np.array(model.classes_),
                              "weights": coef[:n], "bias": model.intercept_.astype(np.float32)}
    if fitted.mean is not None and fitted.scale is not None:
        arrays |= {"dense": coef[n:], "mean": fitted.mean.astype(np.float32), "scale": fitted.scale.astype(np.float32)}
    arrays.update({k: np.float32(v) for k, v in scalars.items()})
    np.savez_compressed(path, **arrays)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB, {len(fitted.vocab)} features, "
          f"{len(model.classes_)} classes)")
