"""Round 21, criticism, rejections and concessions (helper crit): concern felt in the passive at a party's act, a harm
reproached whose doer is not named, objections, refusals to recognize, relenting, disapproval voiced, allegations of a
part in an act. Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def accuses(code, text):
    return {(s, t, p) for ty, s, t, p, _, _ in code(text) if ty == "ACCUSE"}


@pytest.mark.parametrize("text, pair", [
    ("The United States is troubled by Russia's arrest of the opposition leader.", ("USA", "RUS")),
    ("Germany was deeply disturbed by Russia's expulsion of its diplomats.", ("DEU", "RUS")),
])
def test_concern_felt_in_the_passive_at_a_partys_act(code, text, pair):
    assert (*pair, "asserted") in accuses(code, text)


@pytest.mark.parametrize("text", [
    "Japan was alarmed by reports of an outbreak.",  # no harm, no party
    "Japan was not troubled by the bombing of the gas plant.",  # not felt
    "Japan was alarmed by further attacks on gas plants.",  # feared, not done
    "Japan was alarmed by the bombing of the gas plant.",  # felt at a harm of no one named: no concern voiced
])
def test_no_concern_at_no_done_act(code, text):
    assert not any(s == "JPN" for s, _, _ in accuses(code, text))


@pytest.mark.parametrize("text", [
    "Obama said there was no justification for Sunday's violence against the police.",
    "Shinzo Abe said the bombing was despicable.",
])
def test_a_harm_reproached_with_no_doer_named_accuses_no_one(code, text):
    got = accuses(code, text)
    assert any(s is not None and t is None and p == "asserted" for s, t, p in got)
    assert not any(t is not None and t.endswith("POL") for _, t, _ in got)  # never the police it was done to


@pytest.mark.parametrize("text", [
    "Shinzo Abe said further attacks would be despicable.",  # a warning, not a harm done
    "Obama said there is no justification for violence.",  # no harm told as done
    "Shinzo Abe said the bombing was not despicable.",  # denied
    "The bombing was despicable.",  # the author's own words
])
def test_no_reproach_of_no_one_without_a_harm_said_done(code, text):
    assert not any(t is None for _, t, _ in accuses(code, text))


@pytest.mark.parametrize("text, pair", [
    ("Russia has always supported Serbia's refusal to recognize Kosovo.", ("SRB", "XKX")),
    ("Israel says the Palestinians' refusal to recognize Israel is blocking peace.", ("PSE", "ISR")),
])
def test_a_refusal_to_recognize_is_a_rejection(code, text, pair):
    got = code(text)
    assert any(ty == "REJECT" and (s, t) == pair and p == "asserted" for ty, s, t, p, _, _ in got)
    assert not any(ty == "SUPPORT" and (s, t) == pair for ty, s, t, _, _, _ in got)


def test_a_failure_to_recognize_is_not_done_but_rejects_no_one(code):
    got = code("Serbia's failure to recognize Kosovo surprised no one.")
    assert not any(ty == "REJECT" for ty, *_ in got)
    assert not any(ty == "SUPPORT" and p != "negated" for ty, _, _, p, _, _ in got)


@pytest.mark.parametrize("text, pair", [
    ("Russia voiced strong objections to NATO's expansion.", ("RUS", "NATO")),
    ("Kenya's objections to Uganda's plan were ignored.", ("KEN", "UGA")),
    ("The court ruled against the settlers, over the objections of Israeli officials.", ("ISR", None)),
])
def test_an_objection_voiced_by_a_party_rejects(code, text, pair):
    got = {(s.split(".")[0] if s else s, t.split(".")[0] if t else t)
           for ty, s, t, p, _, _ in code(text) if ty == "REJECT" and p == "asserted"}
    assert pair in got


@pytest.mark.parametrize("text", [
    "Kenya raised no objection to the plan.",  # none raised
    "The lawyer's objection was overruled by the judge.",  # no party's
    "Kenya sought to address objections to the plan.",  # no one named objects
])
def test_no_rejection_from_an_objection_of_no_party(code, text):
    assert not any(ty == "REJECT" for ty, *_ in code(text))


@pytest.mark.parametrize("text, accused", [
    ("There are allegations that Afghanistan's spy agency was involved in the bombing.", "AFG"),
    ("The report cited allegations that Iran is implicated in the plot.", "IRN"),
])
def test_allegations_of_a_part_in_an_act_accuse_its_subject(code, text, accused):
    assert any(ty == "ACCUSE" and t and t.startswith(accused) for ty, _, t, *_ in code(text))


@pytest.mark.parametrize("text", [
    "There were allegations that civilians were killed in the raid.",  # a harm done to them
    "Pakistan wants to address allegations that Afghanistan's spy agency is involved in violence.",  # told as wanted
])
def test_no_accusation_of_a_victim_or_under_a_wish(code, text):
    assert not any(ty == "ACCUSE" and t and t.startswith("AFG") or (ty == "ACCUSE" and t == "CIVILIANS")
                   for ty, _, t, *_ in code(text))


def test_a_party_that_relents_concedes(code):
    got = code("Eventually the Cambodian police relented and let the crowd carry the body.")
    assert any(ty == "CONCEDE" and s and s.startswith("KHM") for ty, s, *_ in got)


def test_weather_that_relents_concedes_nothing(code):
    assert not any(ty == "CONCEDE" for ty, *_ in code("The rain over Phnom Penh relented in the afternoon."))


@pytest.mark.parametrize("text, pair", [
    ("Kenya expressed impatience with Uganda's delays.", ("KEN", "UGA")),
    ("Germany voiced resentment at Russia's meddling.", ("DEU", "RUS")),
])
def test_disapproval_voiced_at_a_partys_act(code, text, pair):
    assert any(ty == "ACCUSE" and (s, t) == pair for ty, s, t, *_ in code(text))


def test_fatigue_at_no_party_accuses_no_one(code):
    assert not any(ty == "ACCUSE" for ty, *_ in code("Kenya's runners expressed fatigue after the race in Berlin."))


def test_under_a_refusal_to_stop_the_act_goes_on(code):
    got = code("Russia's refusal to stop shelling Ukrainian towns angered the EU.")
    assert not any(ty == "ASSAULT" and p == "negated" for ty, _, _, p, _, _ in got)


def test_a_refusal_to_withdraw_is_a_rejection(code):
    got = code("Kenya condemned Uganda's refusal to withdraw its troops.")
    assert any(ty == "REJECT" and s == "UGA" and p == "asserted" for ty, s, _, p, _, _ in got)
    assert not any(ty == "RETREAT" for ty, *_ in got)
