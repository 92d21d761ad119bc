"""fit(oof=False): the final fit alone, as the leave-one-set-out bench (bench/analyst_loso.py) fits its fold judges."""

from __future__ import annotations

import numpy as np

from faultlines.train.fit import fit


def rows() -> tuple[list[list[str]], list[str], list[str]]:
    X = [[f"l={w}", "c=ASSAULT"] for w in ("attack", "shell", "bomb", "raid", "strike", "storm") * 2]
    X += [[f"l={w}", "c=ASSAULT"] for w in ("quake", "flood", "storm", "fire", "crash", "leak") * 2]
    return X, ["ASSAULT"] * 12 + ["NONE"] * 12, [str(k) for k in range(24)]


def test_no_cross_validation_but_a_model() -> None:
    X, y, g = rows()
    out = fit(X, y, g, np.ones(len(y)), C=1.0, min_count=1, final=True, oof=False)
    assert out.oof.shape == (0, 2) and out.classes == ["ASSAULT", "NONE"]
    assert out.model is not None and list(out.model.classes_) == ["ASSAULT", "NONE"]


def test_cross_validation_by_default() -> None:
    X, y, g = rows()
    out = fit(X, y, g, np.ones(len(y)), C=1.0, min_count=1, final=False)
    assert out.oof.shape == (24, 2) and out.model is None
