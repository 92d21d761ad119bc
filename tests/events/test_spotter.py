"""The trigger spotter: a word the rules code no event on, typed by the learned model and built through the rules'
argument finding, on the judge path only. Sentences written here."""

from __future__ import annotations

import pytest

from faultlines.events.judge import judge_events, load_judge
from faultlines.events.proposer import KEY, waiting
from faultlines.events.spotter import load_spotter, token_features
from faultlines.read import document_from_text

FOUND = "Ghana's president convened Togolese and Ivorian leaders in Accra on Tuesday."  # no rule event on 'convened'
PLAIN = "Iranian officials published the new budget on Monday."


@pytest.fixture(scope="module")
def spotter():
    found = load_spotter()
    if found is None:
        pytest.skip("no shipped spotter weights")
    return found


@pytest.fixture(scope="module")
def judge():
    found = load_judge()
    if found is None:
        pytest.skip("no shipped judge weights")
    return found


def _judged(pipeline, text: str, judge) -> list[tuple[str, str | None, str | None, str | None]]:
    ctx, _, _, events = pipeline.rule_stages(document_from_text(text), pipeline.nlp(text))
    return [(e.type, e.source, e.target, e.trigger.text if e.trigger else None) for e in judge_events(ctx, events, judge)]


def _rules(rules, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.source, e.target, e.trigger.text if e.trigger else None)
            for e in rules.extract(document_from_text(text)).events]


def test_features_describe_the_token_in_its_parse(rules):
    doc = rules.nlp("Russia blackmailed Ukraine.")
    feats = token_features(doc[1])
    assert "l=blackmail" in feats and "p=VERB" in feats
    assert any(f.startswith("ck=nsubj:") for f in feats) and any(f.startswith("ck=dobj:") for f in feats)


def test_a_trigger_the_rules_miss_is_found_on_the_judge_path(rules, spotter, judge):
    assert not [e for e in _rules(rules, FOUND) if e[3] == "convened"]
    assert ("CONSULT", "GHA.GOV", "TGO.GOV", "convened") in _judged(rules, FOUND, judge)


def test_a_verb_of_no_event_is_not_spotted(rules, spotter, judge):
    doc = rules.nlp(PLAIN)
    assert spotter.spot(doc[2]) is None  # 'published'
    assert not _judged(rules, PLAIN, judge)


def test_rules_only_path_never_proposes(rules, spotter):
    """--no-model: the open candidates are never built (their mentions cannot leak into the rule events'
    stand-ins), and the spotted event is not shown."""
    doc = rules.nlp(FOUND)
    ctx, _, _, _ = rules.rule_stages(document_from_text(FOUND), doc)
    assert callable(ctx.doc.user_data[KEY])  # left unproposed by the rules
    assert not [e for e in _rules(rules, FOUND) if e[3] == "convened"]
    stash = waiting(ctx.doc)  # the judge's call proposes them
    assert stash is not None and [e for e in stash.spotted if e.trigger is not None and e.trigger.text == "convened"]
