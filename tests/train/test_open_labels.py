"""Labels and threshold of the open candidates: GSR labels only a candidate between the gold actors, M2E2 labels
NONE away from gold triggers, and the threshold keeps the proposer off unless the wire sets show precision."""

from __future__ import annotations

import numpy as np

from faultlines.events.judge import NONE
from faultlines.events.proposer import waiting
from faultlines.train import open_labels
from faultlines.train.__main__ import primary
from faultlines.train.code import code_texts
from faultlines.train.open_pick import OFF, choose_open

TEXT = "Kenya liaised closely with Uganda on the border survey."


def _coded(pipeline, text: str):
    coded = next(code_texts(pipeline, [text]))
    stash = waiting(coded.ctx.doc)
    assert stash is not None and stash.events
    return coded, list(stash.events)


def test_gsr_labels_the_candidate_between_the_gold_actors_only(pipeline):
    coded, cands = _coded(pipeline, TEXT)
    kenya, uganda = [{"actorText": "Kenya", "code": "KEN"}], [{"actorText": "Uganda", "code": "UGA"}]
    got = list(open_labels.gsr({"type": "COOPERATE", "source": kenya, "target": uganda}, coded, cands, primary))
    assert [(e.source, e.target, lab) for e, lab in got] == [("KEN", "UGA", "COOPERATE")]
    other = [{"actorText": "Tanzania", "code": "TZA"}]
    assert not list(open_labels.gsr({"type": "COOPERATE", "source": other, "target": uganda}, coded, cands, primary))


def test_m2e2_labels_none_away_from_gold_and_the_gold_type_at_it(pipeline):
    coded, cands = _coded(pipeline, TEXT)
    assert {lab for _, lab in open_labels.m2e2({"events": []}, coded, cands, primary)} == {NONE}
    a = TEXT.index("liaised")
    gold = {"span": (a, a + 7), "plover": "CONSULT", "conf": "direct"}
    assert {lab for _, lab in open_labels.m2e2({"events": [gold]}, coded, cands, primary)} == {"CONSULT"}
    unsure = gold | {"conf": "conditional"}
    assert not list(open_labels.m2e2({"events": [unsure]}, coded, cands, primary))


def _proba(rows: list[tuple[float, float]]) -> np.ndarray:
    """Rows of (P(COOPERATE), P(NONE)) over the classes [COOPERATE, NONE]."""
    return np.array(rows, dtype=float)


def test_threshold_needs_precision_on_the_wire_sets():
    classes = ["COOPERATE", NONE]
    own = [(0.9, 0.1)] * 12
    wire_right = [(0.8, 0.2)] * 3
    y_own, y_right = ["COOPERATE"] * 12, ["COOPERATE"] * 3
    names = ["open-handmade"] * 12 + ["open-m2e2"] * 3
    t = choose_open(_proba(own + wire_right), classes, y_own + y_right, names, 0.8)
    assert t <= 0.8
    wire_wrong = [(0.95, 0.05)] * 3  # sure, and wrong, on the wire: no threshold below 0.95 is safe
    t = choose_open(_proba(own + wire_wrong), classes, y_own + [NONE] * 3, names, 0.8)
    assert t == OFF
