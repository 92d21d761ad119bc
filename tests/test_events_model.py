"""The trained event judge: shipped weights, runtime without scikit-learn, vetoes and retypes, the switch."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from faultlines.events import code_events, judge_events
from faultlines.events.judge import NONE, Judge, features, load_judge, trigger_token
from faultlines.records import PLOVER_TYPES, Event
from faultlines.train import corpora

SHIPPED = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "data" / "event_judge.npz"


def test_weights_ship_and_load_with_numpy_only():
    assert SHIPPED.is_file() and SHIPPED.stat().st_size < 30e6
    judge = load_judge()
    assert judge is not None
    assert NONE in judge.classes and set(judge.classes) - {NONE} <= set(PLOVER_TYPES)
    assert judge.weights.shape == (len(judge.index), len(judge.classes))
    assert 0.0 < judge.veto <= 1.0
    # in a fresh interpreter (other tests of this run import the trainer): reading with the judge needs no sklearn
    code = ("import sys; from faultlines.pipeline import Pipeline; from faultlines.read import document_from_text; "
            "f = Pipeline().extract(document_from_text('Kenyan police fired on protesters in Nairobi.')); "
            "print(len(f.events), 'sklearn' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    n, sk, sp = out.stdout.split()
    assert int(n) >= 1 and sk == "False" and sp == "False"


def tiny_judge(veto: float = 0.5, retype: float = 0.1) -> Judge:
    """A hand-set judge: the lemma 'crash' means no event, 'arm' means AID."""
    classes = (NONE, "AID", "ASSAULT")
    index = {"l=crash": 0, "l=arm": 1}
    weights = np.array([[5.0, 0.0, 0.0], [0.0, 5.0, 0.0]], dtype=np.float32)
    return Judge(index, classes, weights, np.zeros(3, dtype=np.float32), veto, retype)


def test_decide_vetoes_retypes_and_keeps():
    judge = tiny_judge()
    ev = Event("e1", "ASSAULT", None, None, 0, 5, "x")
    assert judge.decide(ev, ["l=crash"]) is None
    assert judge.decide(ev, ["l=arm"]) == "AID"
    assert judge.decide(ev, ["l=unknown"]) == "ASSAULT"  # uniform: nothing beats the candidate by the margin
    assert judge.decide(ev, []) == "ASSAULT"


def test_open_candidates_are_typed_by_the_open_model_only():
    judge = replace(tiny_judge(), open=0.0)  # a threshold every type reaches, but no open model
    assert judge.decide_open(["l=arm"]) is None
    opened = replace(judge, opener=tiny_judge())
    assert opened.decide_open(["l=arm"]) == "AID"
    assert replace(opened, open=0.99).decide_open(["l=arm"]) is None


def test_judge_events_updates_sign_and_mode(pipeline):
    from faultlines.train.code import code_texts

    coded = next(code_texts(pipeline, ["Russia armed the rebels in the east."]))
    assert coded.events, "the rule coder should code 'armed'"
    ev = replace(coded.events[0], type="ASSAULT", mode="firearms", sign=-1)
    tok = trigger_token(coded.ctx.doc, ev)
    assert tok is not None and tok.lemma_ == "arm"
    judge = Judge({"l=arm": 0}, (NONE, "AID", "ASSAULT"), np.array([[0.0, 6.0, 0.0]], dtype=np.float32),
                  np.zeros(3, dtype=np.float32), 0.5, 0.1)
    (out,) = judge_events(coded.ctx, [ev], judge)
    assert (out.type, out.mode, out.sign) == ("AID", None, 1)
    assert "l=arm" in features(ev, tok) and "c=ASSAULT" in features(ev, tok)


def test_shipped_judge_vetoes_a_disaster_and_keeps_an_attack(pipeline):
    from faultlines.read import document_from_text

    quake = "An earthquake killed at least 30 people in the mountain villages on Monday."
    attack = "Gunmen attacked an army checkpoint near the border, killing four soldiers."
    judged = pipeline.extract(document_from_text(quake)).events
    assert not any(e.type == "ASSAULT" for e in judged)
    assert any(e.type == "ASSAULT" for e in pipeline.extract(document_from_text(attack)).events)


def test_no_model_switch_keeps_rule_events():
    from faultlines.pipeline import Pipeline
    from faultlines.read import document_from_text

    rules = Pipeline(model=False)
    judged = Pipeline(nlp=rules.nlp)
    text = "A cargo plane crashed into a hillside, and the crash killed all six crew on board."
    doc = document_from_text(text)
    with_model, without = judged.extract(doc).events, rules.extract(doc).events
    assert rules.model is False and judged.model is True
    assert len(with_model) <= len(without)


def test_code_events_is_the_rule_coder():
    assert code_events.__module__ == "faultlines.events.coder"


def test_split_matches_bench_splits():
    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        from splits import split_of
    finally:
        sys.path.remove(str(bench))
    for key in ("PLOVER-GSR01-0001", "VOA_EN_NW_2016", "ISR1786", "x"):
        for ds in ("plover_gsr", "m2e2", "rams", "acled"):
            assert corpora.split_of(ds, key) == split_of(ds, key)


def test_align_finds_tokens_in_order():
    text = "Rebels shelled the town, officials said."
    spans = corpora.align(text, ["Rebels", "shelled", "the", "town", ",", "officials", "said", "."])
    assert [text[a:b] for a, b in spans] == ["Rebels", "shelled", "the", "town", ",", "officials", "said", "."]
    assert corpora.align("abc", ["zzz"]) == [None]


@pytest.mark.skipif(not corpora.available(), reason="../shared/data not present (fresh clone)")
def test_training_data_readers_split_by_key():
    recs = list(corpora.gsr())
    assert {r["split"] for r in recs} == {"tune", "test"}
    assert all(r["type"] in PLOVER_TYPES for r in recs)


def test_read_cli_no_model_flag(tmp_path):
    from typer.testing import CliRunner

    from faultlines.cli import app

    f = tmp_path / "quake.txt"
    f.write_text("An earthquake killed at least 30 people in the mountain villages on Monday.\n")
    for extra in ([], ["--no-model"]):
        res = CliRunner().invoke(app, ["read", str(f), "--format", "json", *extra])
        assert res.exit_code == 0, res.output
        assert '"schema": "faultlines.facts/1"' in res.output


def test_non_asserted_relations_are_not_vetoed(pipeline):
    from faultlines.train.code import code_texts

    coded = next(code_texts(pipeline, ["Russia armed the rebels in the east."]))
    veto_arm = Judge({"l=arm": 0}, (NONE, "AID"), np.array([[6.0, 0.0]], dtype=np.float32),
                     np.zeros(2, dtype=np.float32), 0.5, 0.1)
    asserted = replace(coded.events[0], polarity="asserted")
    hypothetical = replace(coded.events[0], polarity="hypothetical", source="RUS", target="rebels")
    assert judge_events(coded.ctx, [asserted], veto_arm) == []
    assert hypothetical.source and hypothetical.target
    assert judge_events(coded.ctx, [hypothetical], veto_arm) == [hypothetical]
    assert judge_events(coded.ctx, [replace(hypothetical, target=None)], veto_arm) == []


def test_candidate_features_name_the_clause_and_governor(pipeline):
    from faultlines.train.code import code_texts

    main, reported = code_texts(pipeline, ["Russia armed the rebels in the east.",
                                           "Officials said that Russia armed the rebels in the east."])
    feats = [features(c.events[0], trigger_token(c.ctx.doc, c.events[0])) for c in (main, reported)]
    assert "cl=main" in feats[0] and "rootc=True|AID" in feats[0]
    assert "cl=ccomp" in feats[1] and "gov=say" in feats[1] and "cl=main" not in feats[1]
