"""Round-13 precision faults on ordinary prose (helper F2): a sports result is no assault, an act asked of a
possessive is not asserted, support for a bill or plan supports no party, a town before an attack noun is no party.
Sentences written for the test, each with a near miss that stays coded."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Uganda beat Kenya 2-0 in the final.",
    "Uganda beat Kenya in the cup match on Sunday.",
    "Ghana beat Togo 3-1 in Accra.",
])
def test_a_sports_result_is_no_assault(code_modes, text):
    assert not [e for e in code_modes(text) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(("text", "target"), [
    ("Soldiers beat protesters in Kampala.", "UGA.PRT"),
    ("Police beat demonstrators after the match in Nairobi.", "KEN.PRT"),
])
def test_a_beating_by_a_force_stays_an_assault(code_modes, text, target):
    assert any(e[0] == "ASSAULT" and e[3] == target for e in code_modes(text))


@pytest.mark.parametrize(("text", "asked"), [
    ("Britain sought Moscow's cooperation with the inquiry.", "COOPERATE"),
    ("The African Union demanded Rwanda's withdrawal from the border towns.", "RETREAT"),
    ("Japan called for Beijing's cooperation in the investigation.", "COOPERATE"),
])
def test_an_act_asked_of_a_possessive_is_not_asserted(code_modes, text, asked):
    evs = code_modes(text)
    assert any(e[0] == "REQUEST" for e in evs), evs
    assert not [e for e in evs if e[0] == asked and e[4] == "asserted"], evs


def test_an_act_obtained_from_a_possessive_stays_asserted(code_modes):
    evs = code_modes("Britain secured Moscow's cooperation with the inquiry.")
    assert any(e[0] == "COOPERATE" and e[2] == "RUS" and e[4] == "asserted" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Kenya expressed support for the proposal.",
    "France voiced support for the measure.",
    "Nigeria voiced support for the new law.",
    "Ghana expressed support for the peace plan.",
])
def test_support_for_a_bill_or_plan_supports_no_party(code_modes, text):
    assert not [e for e in code_modes(text) if e[0] == "SUPPORT"]


@pytest.mark.parametrize(("text", "target"), [
    ("Germany voiced support for Ukraine.", "UKR"),
    ("Uganda expressed support for Kenya's proposal.", "KEN"),
])
def test_support_for_a_party_stays(code_modes, text, target):
    assert any(e[0] == "SUPPORT" and e[3] == target for e in code_modes(text))


@pytest.mark.parametrize("text", [
    "The Ain Draham attack killed four soldiers.",
    "Officials blamed the Sidi Makhlouf bombing on jihadists.",
    "Twelve people died in the Ain Draham attack, officials said.",
])
def test_a_town_before_an_attack_noun_is_no_party(code_modes, text):
    parties = {p for e in code_modes(text) for p in (e[2], e[3]) if p}
    assert not {p for p in parties if "draham" in p or "makhlouf" in p}, parties


def test_a_named_group_before_an_attack_noun_stays_its_source(code_modes):
    assert any(e[0] == "ASSAULT" and e[2] == "HAMAS" for e in code_modes("The Hamas attack killed four soldiers."))


def test_a_named_attacker_stays(code_modes):
    assert any(e[0] == "ASSAULT" and e[2] == "kofi-mensah" for e in code_modes("Kofi Mensah attacked the minister."))
