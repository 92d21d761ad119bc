"""Static word vectors in the trigger spotter (faultlines.lexvec): the words a token's vectors are read from (the
judge's anchors, events/anchors.py: one definition of a trigger's object, subject and head), and the vector path
with weights written in the test (ACCUSE along the vector of 'criticize'), so that a word no weight and no lexicon
entry names is typed through its meaning. The shipped weights carry no vectors (measured, not shipped:
docs/model-card.md). Sentences written here."""

from __future__ import annotations

import numpy as np
import pytest

from faultlines import lexvec
from faultlines.events import proposer
from faultlines.events.anchors import MARK, anchors, lexical, slot_word
from faultlines.events.judge import judge_events, load_judge
from faultlines.events.lexicon import load_lexicon
from faultlines.events.proposer import waiting
from faultlines.events.spotter import NONE, Spotter, token_features
from faultlines.read import document_from_text

pytestmark = pytest.mark.skipif(not lexvec.available(), reason="no word-vector package")

UNSEEN = "Kenya's president belittled the Ugandan government on Monday."  # 'belittle': in no lexicon entry
UNRELATED = "Kenya's president baked a cake for the Ugandan government on Monday."
SHELLED = "Kenyan troops shelled a Ugandan border post on Monday."  # a rule event: the judge would read its vectors


def _vector_spotter() -> Spotter:
    """A spotter that knows no word (threshold off) and types an unseen word ACCUSE by its vector's likeness to
    'criticize'."""
    towards = np.stack([np.zeros(lexvec.WIDTH, np.float32), 12.0 * lexvec.vector("criticize")], axis=1)
    return Spotter(index={}, classes=(NONE, "ACCUSE"), weights=np.zeros((0, 2), np.float32),
                   dense=np.zeros((0, 2), np.float32), mean=np.zeros(0, np.float32), scale=np.ones(0, np.float32),
                   bias=np.array([0.0, -4.0], np.float32), threshold=2.0, unseen=0.5, slots=("t",),
                   word_weights=towards)


def test_the_spotter_reads_the_judges_anchor_words(rules):
    dismissal = rules.nlp("The president fired the finance minister on Monday.")[2]
    gunfire = rules.nlp("Soldiers fired at the crowd on Monday.")[1]
    for tok in (dismissal, gunfire):  # one definition: the spotter's slots are the judge's anchors
        assert [f for f in token_features(tok) if f.startswith(MARK)] == anchors(tok)
    assert slot_word(token_features(dismissal), "o") == "minister"
    assert slot_word(token_features(gunfire), "o") == "crowd"  # the prepositional object, as the judge reads it
    assert slot_word(token_features(gunfire), "s") == "soldier"
    assert slot_word(token_features(rules.nlp("Police rounded up the protesters.")[1]), "o") == "protester"


def test_slots_read_side_by_side_and_empty_ones_are_zeros(rules):
    feats = token_features(rules.nlp("They fired.")[1])
    got = lexical(feats, ("t", "o"))
    assert got.shape == (2 * lexvec.WIDTH,)
    assert np.allclose(got[:lexvec.WIDTH], lexvec.vector("fire")) and not got[lexvec.WIDTH:].any()
    assert lexical(feats, ()).shape == (0,)


def test_an_unseen_act_word_is_typed_through_its_vector(rules):
    if "belittle" in load_lexicon().verbs:
        pytest.skip("'belittle' is in the lexicon now: pick another unseen act word")
    spotter = _vector_spotter()
    word = next(t for t in rules.nlp(UNSEEN) if t.lemma_ == "belittle")
    assert spotter.spot(word) == "ACCUSE"
    baked = next(t for t in rules.nlp(UNRELATED) if t.lemma_ == "bake")
    assert spotter.spot(baked) is None


@pytest.fixture
def with_vector_spotter(monkeypatch):
    monkeypatch.setattr(proposer, "load_spotter", _vector_spotter)


def test_the_judge_path_keeps_the_spotted_unseen_act_and_not_the_unrelated_verb(rules, with_vector_spotter):
    judge = load_judge()
    if judge is None:
        pytest.skip("no shipped judge weights")

    def spotted(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
        ctx, _, _, events = rules.rule_stages(document_from_text(text), rules.nlp(text))
        kept = judge_events(ctx, events, judge)
        stash = waiting(ctx.doc)
        marks = {e.trigger.start for e in (stash.spotted if stash else ()) if e.trigger is not None}
        return [(e.type, e.source, e.target) for e in kept
                if e.trigger is not None and e.trigger.start in marks and e.trigger.text == word]

    assert spotted(UNSEEN, "belittled") == [("ACCUSE", "KEN.GOV", "UGA.GOV")]
    assert spotted(UNRELATED, "baked") == []


def test_the_rules_only_path_never_reads_the_vectors(rules, with_vector_spotter):
    lexvec._table.cache_clear()  # the table loads on the first word read
    events = rules.extract(document_from_text(UNSEEN + " " + SHELLED)).events
    assert [e for e in events if e.trigger is not None and e.trigger.text == "shelled"]
    assert lexvec._table.cache_info().currsize == 0
    assert not [e for e in events if e.trigger is not None and e.trigger.text == "belittled"]
    judge = load_judge()
    if judge is not None and judge.dense is not None:  # the judge path reads them for the same text: the check bites
        ctx, _, _, candidates = rules.rule_stages(document_from_text(SHELLED), rules.nlp(SHELLED))
        judge_events(ctx, candidates, judge)
        assert lexvec._table.cache_info().currsize == 1
