"""The judge's thresholds: chosen for precision under a cap on neutral false events; folds keep near-duplicates
together."""

from __future__ import annotations

import numpy as np

from faultlines.events.judge import NONE
from faultlines.train.labels import fold_groups
from faultlines.train.pick import Rows, choose, false_rate, fbeta, flags, verdicts

CLASSES = [NONE, "ASSAULT", "REQUEST"]


def _rows(cands: list[str], y: list[str], neutral: list[str | None], n_neutral: int,
          sticky: list[bool] | None = None) -> Rows:
    sticky = sticky or [False] * len(cands)
    return Rows(cands, y, sticky, [True] * len(cands), neutral, n_neutral)


def test_flags_read_polarity_and_parties_from_the_features():
    assert flags(["pol=negated", "src=True", "tgt=True"]) == (True, False)
    assert flags(["pol=negated", "src=True", "tgt=False"]) == (False, False)
    assert flags(["pol=asserted", "src=True", "tgt=True"]) == (False, True)


def test_a_non_asserted_relation_between_two_actors_survives_the_veto():
    proba = np.array([[0.9, 0.05, 0.05], [0.9, 0.05, 0.05]])
    rows = _rows(["ASSAULT", "ASSAULT"], [NONE, NONE], [None, None], 0, sticky=[True, False])
    assert verdicts(proba, CLASSES, rows, veto=0.5, retype=0.3) == ["ASSAULT", NONE]


def test_retype_needs_the_margin():
    proba = np.array([[0.1, 0.35, 0.55]])
    rows = _rows(["ASSAULT"], ["REQUEST"], [None], 0)
    assert verdicts(proba, CLASSES, rows, veto=0.5, retype=0.3) == ["ASSAULT"]
    assert verdicts(proba, CLASSES, rows, veto=0.5, retype=0.2) == ["REQUEST"]


def test_false_rate_counts_neutral_texts_not_candidates_and_spares_appeals():
    rows = _rows(["ASSAULT", "ASSAULT", "REQUEST", "ASSAULT"], [NONE, NONE, "REQUEST", "ASSAULT"],
                 ["c:1", "c:1", "c:2", None], 4)
    assert false_rate(rows.cands, rows) == 0.25  # text c:1 once; the appeal in c:2 is no false event
    assert false_rate([NONE, NONE, "REQUEST", "ASSAULT"], rows) == 0.0


def test_fbeta_below_one_prefers_the_precise_setting():
    y = ["ASSAULT"] * 4 + [NONE] * 4
    precise = ["ASSAULT", "ASSAULT", NONE, NONE, NONE, NONE, NONE, NONE]  # P 1.0, R 0.5
    loose = ["ASSAULT"] * 4 + ["ASSAULT", "ASSAULT", NONE, NONE]  # P 0.67, R 1.0
    assert fbeta(precise, y, 0.5) > fbeta(loose, y, 0.5)
    assert fbeta(precise, y, 1.0) < fbeta(loose, y, 1.0)


def test_choose_keeps_the_neutral_false_event_rate_under_the_cap():
    # six right attacks and two neutral texts' candidates all at P(NONE) 0.5, two sure attacks at 0.2: keeping
    # everything has the best F, but leaves two of ten neutral texts with a false event
    proba = np.array([[0.5, 0.5, 0.0]] * 8 + [[0.2, 0.8, 0.0]] * 2)
    rows = _rows(["ASSAULT"] * 10, ["ASSAULT"] * 6 + [NONE] * 2 + ["ASSAULT"] * 2,
                 [None] * 6 + ["c:1", "c:2"] + [None] * 2, 10)
    free, _ = choose(proba, CLASSES, rows, list(range(10)), 0.3, beta=0.5, cap=1.0)
    capped, _ = choose(proba, CLASSES, rows, list(range(10)), 0.3, beta=0.5, cap=0.1)
    assert free > 0.5 and 0.2 < capped <= 0.5
    assert false_rate(verdicts(proba, CLASSES, rows, capped, 0.3), rows) == 0.0


def test_fold_groups_join_one_document_and_one_wording_across_sets():
    recs = {
        "m2e2": [{"text": "Troops shelled the port.", "doc": "a1"}, {"text": "The talks ended.", "doc": "a1"},
                 {"text": "Rain fell on the city.", "doc": "b2"}],
        "handmade": [{"text": "The talks  ended!"}, {"text": "Police detained ten students."}],
    }
    ids = ["m2e2:0", "m2e2:1", "m2e2:2", "handmade:0", "handmade:1", "m2e2:0"]
    g = fold_groups(ids, recs)
    assert g[0] == g[1] == g[3] == g[5]  # one article; the same wording in another set
    assert len({g[0], g[2], g[4]}) == 3


def test_choose_under_an_unreachable_cap_takes_the_best_f_at_the_lowest_rate():
    # a neutral text's candidate no veto reaches (P(NONE) 0.1) keeps the rate at 0.1 everywhere: the choice must still
    # keep the four right attacks (veto above 0.5), not take the grid's worst F
    proba = np.array([[0.5, 0.5, 0.0]] * 4 + [[0.1, 0.9, 0.0]])
    rows = _rows(["ASSAULT"] * 5, ["ASSAULT"] * 4 + [NONE], [None] * 4 + ["c:1"], 10)
    veto, _ = choose(proba, CLASSES, rows, list(range(5)), 0.3, beta=0.5, cap=0.0)
    assert veto > 0.5
