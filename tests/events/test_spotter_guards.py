"""Guards on the trigger spotter's candidates: a place is where an act happened, never a party the spotter may
guess; a question is left to the rules, which keep it questioned. The spotter here has weights written in the test
(every 'rain' is an ASSAULT), so that the guards, not the shipped model's taste, decide. Sentences written here."""

from __future__ import annotations

import numpy as np
import pytest

from faultlines.events import proposer
from faultlines.events.judge import judge_events, load_judge
from faultlines.events.spotter import NONE, Spotter
from faultlines.read import document_from_text


def _rain_spotter() -> Spotter:
    return Spotter(index={"l=rain": 0}, classes=(NONE, "ASSAULT"),
                   weights=np.array([[0.0, 5.0]], dtype=np.float32), dense=np.zeros((0, 2), np.float32),
                   mean=np.zeros(0, np.float32), scale=np.ones(0, np.float32), bias=np.zeros(2, np.float32),
                   threshold=0.9)


@pytest.fixture
def judged(rules, monkeypatch):
    judge = load_judge()
    if judge is None:
        pytest.skip("no shipped judge weights")
    monkeypatch.setattr(proposer, "load_spotter", _rain_spotter)

    def run(text: str) -> list[tuple[str, str | None, str | None, str]]:
        ctx, _, _, events = rules.rule_stages(document_from_text(text), rules.nlp(text))
        return [(e.type, e.source, e.target, e.polarity) for e in judge_events(ctx, events, judge)
                if e.trigger is not None and e.trigger.text.startswith("rain")]
    return run


def test_the_spotted_act_between_two_parties_is_kept(judged):
    got = judged("Taliban fighters rained rockets on the Afghan army on Monday.")
    assert got and got[0][0] == "ASSAULT" and got[0][2] == "AFG.MIL"


def test_a_place_is_never_the_spotted_target(judged):
    assert judged("Taliban fighters rained rockets on Kandahar on Monday.") == []


def test_a_question_is_never_a_spotted_assertion(judged):
    assert judged("Did Taliban fighters rain rockets on the Afghan army?") == []
