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


def test_fitted_proba_is_what_the_served_judge_computes() -> None:
    """Fitted.proba (the trainers' held-out scoring) and the shipped Judge.proba read the same weights alike: a
    feature row scored before saving and after loading gets the same class probabilities; unseen features count 0."""
    from faultlines.events.judge import Judge

    X, y, g = rows()
    X += [[f"l={w}", "c=PROTEST"] for w in ("march", "rally", "sit-in", "strike", "picket", "vigil") * 2]
    y += ["PROTEST"] * 12
    g += [str(k) for k in range(24, 36)]
    out = fit(X, y, g, np.ones(len(y)), C=1.0, min_count=1, final=True, oof=False)
    served = Judge({f: i for i, f in enumerate(out.vocab)}, tuple(out.model.classes_),
                   out.model.coef_.T.astype(np.float64), out.model.intercept_, veto=0.5, retype=0.2)
    probe = [["l=attack", "c=ASSAULT"], ["l=flood", "c=ASSAULT"], ["l=never-seen", "c=PROTEST"]]
    got = out.proba(probe)
    assert got.shape == (3, 3)
    assert np.allclose(got, np.stack([served.proba(f) for f in probe]), atol=1e-6)
    assert got[0].argmax() == 0 and got[1].argmax() == 1  # an attack word is an ASSAULT, a flood is none
