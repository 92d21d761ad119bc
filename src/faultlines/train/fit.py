"""One multinomial logistic regression over sparse string features: out-of-fold probabilities and a final fit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass
class Fitted:
    """Out-of-fold probabilities (rows `ks` of the input, classes `classes`) and, unless a dry run, the model."""

    vocab: list[str]
    ks: np.ndarray
    classes: list[str]
    oof: np.ndarray
    model: Any = None


def fit(X: list[list[str]], y: list[str], groups: list[str], w: np.ndarray, *, C: float, min_count: int,
        final: bool) -> Fitted:
    """5-fold out-of-fold probabilities by text group (classes seen at least 5 times), then the fit on all rows."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    counts = Counter(f for feats in X for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    M = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(X), len(vocab)))
    labels = np.array(y)
    model = LogisticRegression(C=C, max_iter=2000)
    # Folds by text: candidates of one sentence share its features and must not straddle train and held-out part.
    folds = StratifiedGroupKFold(5, shuffle=True, random_state=42)
    keep = np.isin(labels, [c for c, n in Counter(y).items() if n >= 5])
    oof = cross_val_predict(model, M[keep], labels[keep], cv=folds, groups=np.array(groups)[keep],
                            method="predict_proba", params={"sample_weight": w[keep]})
    out = Fitted(vocab, np.flatnonzero(keep), sorted(set(labels[keep])), oof)
    if final:
        out.model = model.fit(M, labels, sample_weight=w)
    return out


def save(path: Any, fitted: Fitted, **scalars: float) -> None:
    """The fitted model as numpy arrays (feature names, classes, weights, bias) and its thresholds."""
    model = fitted.model
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {"features": np.array(fitted.vocab), "classes": np.array(model.classes_),
                              "weights": model.coef_.T.astype(np.float32), "bias": model.intercept_.astype(np.float32)}
    arrays.update({k: np.float32(v) for k, v in scalars.items()})
    np.savez_compressed(path, **arrays)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB, {len(fitted.vocab)} features, "
          f"{len(model.classes_)} classes)")
