"""Open candidates: a verb outside the lexicon between two actors is proposed by the rules' argument finding and
coded only when the judge types it surely; the rules-only path never shows one. Sentences written here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from faultlines.events.judge import judge_events, load_judge
from faultlines.events.proposer import waiting
from faultlines.read import document_from_text


def _opened(pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(trigger, source, target, polarity) of the open candidates the rule stages leave for the judge."""
    ctx, _, _, _ = pipeline.rule_stages(document_from_text(text), pipeline.nlp(text))
    stash = waiting(ctx.doc)
    assert stash is not None
    return [(e.trigger.text, e.source, e.target, e.polarity) for e in stash.events if e.trigger is not None]


def _judged(pipeline, text: str, judge) -> list[tuple[str, str | None, str | None, str | None]]:
    ctx, _, _, events = pipeline.rule_stages(document_from_text(text), pipeline.nlp(text))
    return [(e.type, e.source, e.target, e.trigger.text if e.trigger else None) for e in judge_events(ctx, events, judge)]


@pytest.fixture(scope="module")
def judge():
    found = load_judge()
    if found is None:
        pytest.skip("no shipped judge weights")
    return found


def test_open_verb_between_two_actors_is_proposed(rules):
    got = _opened(rules, "Kenya liaised closely with Uganda on the border survey.")
    assert ("liaised", "KEN", "UGA", "asserted") in got


def test_passive_open_verb_takes_its_agent_as_source(rules):
    got = _opened(rules, "Ghana was reassured by Togo on the new customs rules.")  # "briefed" is a rule's (round 18)
    assert ("reassured", "TGO", "GHA", "asserted") in got


def test_no_actor_pair_no_candidate(rules):
    assert not _opened(rules, "The engineers liaised with local farmers on the survey.")
    assert not _opened(rules, "Kenya is Uganda's largest trading partner.")  # a copula
    assert not _opened(rules, "According to Uganda, Kenya will reopen the crossing.")  # "according to" is no verb


def test_rules_only_path_shows_no_open_event(rules):
    text = "Kenya liaised closely with Uganda on the border survey."
    assert _opened(rules, text)
    events = rules.extract(document_from_text(text)).events
    assert not [e for e in events if e.trigger is not None and e.trigger.text == "liaised"]


def _on(judge):
    """The shipped judge with its open threshold, or at 0.5 when the shipped weights keep the proposer off."""
    return judge if judge.open <= 1.0 else replace(judge, open=0.5)


def test_judge_codes_an_open_cooperation_verb(rules, judge):
    """'liaise' is in no lexicon, only in the own training sentences; the judge types it COOPERATE."""
    got = _judged(rules, "Kenya liaised closely with Uganda on the border survey.", _on(judge))
    assert ("COOPERATE", "KEN", "UGA", "liaised") in got


def test_judge_codes_an_open_appeal_verb(rules, judge):
    got = _judged(rules, "Ghana persuaded Togo to reopen the coastal road.", _on(judge))
    assert ("REQUEST", "GHA", "TGO", "persuaded") in got


def test_judge_leaves_a_sporting_win_uncoded(rules, judge):
    text = "Kenya outscored Uganda in the rugby final on Saturday."
    assert [o for o in _opened(rules, text) if o[0] == "outscored"]  # proposed, then judged no event
    got = _judged(rules, text, _on(judge))
    assert not [g for g in got if g[3] == "outscored"]


def test_the_full_pipeline_codes_it_and_the_rules_only_path_does_not(pipeline, rules):
    text = "Kenya liaised closely with Uganda on the border survey."
    judged = pipeline.extract(document_from_text(text))
    if load_judge() is None or load_judge().open > 1.0:
        pytest.skip("the shipped weights keep the proposer off")
    assert [(e.type, e.source, e.target) for e in judged.events] == [("COOPERATE", "KEN", "UGA")]
    assert {a.id for a in judged.actors} >= {"KEN", "UGA"}
    assert not rules.extract(document_from_text(text)).events


def test_proposer_off_in_the_judge_keeps_no_open_event(rules, judge):
    off = replace(judge, open=2.0)
    got = _judged(rules, "Kenya liaised closely with Uganda on the border survey.", off)
    assert not [g for g in got if g[3] == "liaised"]


def test_the_environment_flag_overrides_the_shipped_threshold(monkeypatch):
    from faultlines.events.judge import OPEN_FLAG, _open_threshold

    monkeypatch.delenv(OPEN_FLAG, raising=False)
    assert _open_threshold(0.4) == 0.4
    monkeypatch.setenv(OPEN_FLAG, "2")
    assert _open_threshold(0.4) == 2.0
    monkeypatch.setenv(OPEN_FLAG, "not a number")
    assert _open_threshold(0.4) == 0.4
