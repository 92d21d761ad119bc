"""Event coding on the seed article through the whole pipeline: constructions, polarity, dates, voice.

Events are looked up by trigger word so that the assertions hold whatever ids the actor stage
gives; the last test runs the event checks of ../shared/eval/score_seed.py.
"""

from __future__ import annotations

import importlib.util
import tomllib

import pytest

from .conftest import SEED, SHARED


@pytest.fixture(scope="module")
def seed_facts(pipeline):
    """The seed's facts from the rule coder alone (these tests are about its constructions; the trained judge,
    which may veto some of them, is tested on its own)."""
    from faultlines.pipeline import Pipeline
    from faultlines.read import read_one

    if not SEED.exists():
        pytest.skip("../shared/seed not present (fresh clone)")
    return Pipeline(model=False, nlp=pipeline.nlp).extract(read_one(str(SEED))[0])


def by_trigger(facts, word: str):
    found = [e for e in facts.events if e.trigger is not None and e.trigger.text == word]
    assert found, f"no event with trigger {word!r}"
    return found


def test_no_event_comes_from_a_signature(article_facts):
    sigs = [s for s in article_facts.segments if s.kind == "signature"]
    assert sigs
    for e in article_facts.events:
        assert not any(s.start <= e.start < s.end for s in sigs), e.text


def test_every_event_is_typed_signed_and_sourced(seed_facts):
    assert len(seed_facts.events) >= 15
    for e in seed_facts.events:
        assert e.source or e.target
        assert e.text == seed_facts.text[e.start:e.end] and e.evidence


def test_passive_coordination_keeps_the_date_since(seed_facts):
    e = by_trigger(seed_facts, "bankrolled")[0]
    assert (e.type, e.mode, e.date) == ("AID", "economic", "2014/..") and e.source and e.target


def test_participle_after_the_main_clause_with_a_range_of_years(seed_facts):
    assert "2003/2011" in {e.date for e in by_trigger(seed_facts, "fighting")}


def test_participial_opener(seed_facts):
    e = by_trigger(seed_facts, "Raised")[0]
    assert e.type == "SUPPORT" and e.source and e.target and e.source != e.target


def test_designation_is_sanction(seed_facts):
    assert {(e.type, e.mode) for e in by_trigger(seed_facts, "classified")} == {("SANCTION", "designation")}


def test_polarity_of_commentary(seed_facts):
    assert {e.polarity for e in by_trigger(seed_facts, "overthrow")} == {"hypothetical"}
    assert {e.polarity for e in by_trigger(seed_facts, "change")} == {"hypothetical"}
    assert "question" in {e.polarity for e in by_trigger(seed_facts, "killing")}


def test_commenters_speak_as_commenters(seed_facts):
    for word in ("advisors", "financing"):
        assert {e.voice.kind for e in by_trigger(seed_facts, word)} == {"commenter"}
    assert {e.voice.kind for e in by_trigger(seed_facts, "backed")} != {"commenter"}


@pytest.mark.skipif(not (SHARED / "eval" / "score_seed.py").exists(), reason="scorer not present")
def test_seed_event_checks(seed_facts):
    spec = importlib.util.spec_from_file_location("score_seed", SHARED / "eval" / "score_seed.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    expected = tomllib.loads((SHARED / "seed" / "expected.toml").read_text())
    out: list = []
    scorer.check_events(scorer.Facts(seed_facts.to_dict(), seed_facts.text), expected, out)
    must = [o for o in out if o[0] == "must"]
    failed = [o[1] for o in must if not o[2]]
    assert len(must) - len(failed) >= 10, failed
