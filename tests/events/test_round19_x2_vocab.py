"""Vocabulary left by the headline work (issue 12 round 19, X2): a state putting someone on trial accuses them,
"took a stand against X" accuses X, "tipped X about Y" informs X, and blocking a news outlet or web pages censors.
Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def modes(code_modes, text, type_):
    return {(m, s, t, p) for ty, m, s, t, p in code_modes(text) if ty == type_}


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Kenya will put the opposition leader Raila Odinga on trial next month, officials said.", "KEN", "raila-odinga",
     "hypothetical"),
    ("Prosecutors in Turkey put the journalist Can Dundar on trial on Tuesday.", "TUR.JUD", "can-dundar", "asserted"),
])
def test_a_state_putting_someone_on_trial_accuses_them(code_modes, text, source, target, polarity):
    assert (None, source, target, polarity) in modes(code_modes, text, "ACCUSE")


def test_put_on_trial_in_the_passive_still_accuses_the_tried(code_modes):
    assert (None, None, "raila-odinga", "asserted") in modes(
        code_modes, "The opposition leader Raila Odinga was put on trial in Nairobi.", "ACCUSE")


def test_a_stand_against_a_party_accuses_it(code_modes):
    assert (None, "UGA.GOV", "RWA", "asserted") in modes(
        code_modes, "Uganda's president took a stand against Rwanda over the border closure.", "ACCUSE")


def test_a_crowds_stand_against_a_party_is_a_protest(code_modes):
    text = "Thousands of demonstrators in Harare took a stand against President Robert Mugabe."
    assert any(t == "ROBERT_MUGABE" for _, _, t, _ in modes(code_modes, text, "PROTEST"))
    assert not modes(code_modes, text, "ACCUSE")


def test_tipping_a_group_about_an_operation_informs_it(code_modes):
    assert ("intelligence", "AFG.POL", "TALIBAN", "asserted") in modes(
        code_modes, "Afghan police officers tipped the Taliban about the army operation, prosecutors said.", "COOPERATE")


@pytest.mark.parametrize("text, target", [
    ("Iran blocks BBC Persian and Instagram.", None),
    ("Egypt jammed the signal of Al Jazeera during the protests.", "MEDIA.ALJAZEERA"),
    ("Iran has blocked the BBC and several web pages, officials said.", "MEDIA.BBC"),
])
def test_blocking_an_outlet_censors_it(code_modes, text, target):
    found = modes(code_modes, text, "COERCE")
    assert any(m == "censor" and t == target for m, _, t, _ in found)
    assert not modes(code_modes, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "Protesters blocked the entrance to the BBC headquarters in London.",
    "Protesters blocked the main road to the airport in Nairobi.",
])
def test_crowds_blocking_a_road_or_a_door_still_protest(code_modes, text):
    assert any(m == "obstruct" for m, *_ in modes(code_modes, text, "PROTEST"))
    assert not any(m == "censor" for m, *_ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text, type_", [
    ("The new documentary puts Winston Churchill on trial.", "ACCUSE"),  # no state tries him
    ("Kenya will put the issue on trial.", "ACCUSE"),  # no party tried
    ("The Ugandan president took a firm stand on the border issue.", "ACCUSE"),  # no one opposed
    ("Many teachers took a stand against the new curriculum.", "ACCUSE"),  # a plan, no party
    ("Afghan police officers tipped the balance against the Taliban.", "COOPERATE"),  # no "about"
    ("Afghan police officers did not tip the Taliban about the operation.", "COOPERATE"),  # denied
])
def test_near_misses_code_nothing(code_modes, text, type_):
    assert not modes(code_modes, text, type_)
