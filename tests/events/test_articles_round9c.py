"""Noun events whose actors sit outside the bare trigger (issue 12 round 8c): a state's intervention in a country, the
annexation of a territory. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]


def pairs(rows, type_):
    return {(r[2], r[3]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, source, target", [
    ("France's intervention in Mali began in 2013.", "FRA", "MLI"),
    ("Turkey's military intervention in Syria angered Washington.", "TUR", "SYR"),
    ("Critics say Iran's intervention in Yemen prolonged the war.", "IRN", "YEM"),
])
def test_a_states_intervention_in_a_country_is_an_armed_act(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The central bank's intervention in the currency market failed.",
    "Russia's intervention in the US election was exposed.",
    "Iran's intervention in Iraqi politics worries Washington.",
    "Washington opposed any foreign intervention in Venezuela.",
    "The minister's intervention in the debate was brief.",
])
def test_an_intervention_in_no_named_country_or_by_no_one_is_no_attack(code_modes, text):
    assert not asserted(code_modes(text), "ASSAULT")


@pytest.mark.parametrize("text, source, target", [
    ("Russia's annexation of Crimea was condemned by the EU.", "RUS", "UKR"),
    ("Israel's annexation of the Golan Heights is not recognised.", "ISR", "SYR"),
])
def test_annexation_is_a_seizure_of_the_territory(code_modes, text, source, target):
    rows = code_modes(text)
    assert (source, target) in pairs(rows, "COERCE")
    assert all(r[1] == "seize" for r in asserted(rows, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("The army launched an offensive in Idlib, and the offensive killed 30 civilians.", "SYR.MIL", "SYR.CVL"),
    ("Israeli jets struck Gaza on Monday. The attack killed five civilians.", "ISR.MIL", "CIVILIANS"),
    ("Turkey launched an offensive against the YPG. Dozens of civilians were killed in the offensive.", "TUR",
     "CIVILIANS"),
])
def test_a_definite_event_noun_takes_the_doer_of_the_act_it_names(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Israeli jets struck Gaza and Hamas fired rockets at Israel. The attack killed five civilians.",
    "Russia shelled Kharkiv. A separate attack killed two civilians in Odesa.",
    "The attack killed five civilians.",
    "Russia bombed Aleppo. The attack on Kyiv killed three civilians.",
])
def test_no_single_doer_before_leaves_the_act_without_one(code_modes, text):
    killed = [r for r in asserted(code_modes(text), "ASSAULT") if r[3] and ("CIV" in r[3] or "CVL" in r[3])]
    assert killed and all(r[2] is None for r in killed)


@pytest.mark.parametrize("text, source, target", [
    ("Hezbollah fighters were killed in the Israeli strikes.", "ISR", "HEZBOLLAH"),
    ("Six civilians were killed in Saudi-led airstrikes.", "SAU", "CIVILIANS"),
])
def test_a_killing_without_agent_takes_the_doer_of_the_attack_it_happened_in(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Civilians were killed in the Russian-backed offensive.",
    "Two men were killed in a Kabul attack.",
    "Two policemen were killed in the Mosul offensive.",
])
def test_a_place_or_a_backer_on_the_attack_is_no_doer_of_the_killing(code_modes, text):
    hurt = [r for r in asserted(code_modes(text), "ASSAULT") if r[3] is not None]
    assert hurt and all(r[2] is None for r in hurt)


@pytest.mark.parametrize("text, source, target", [
    ("The Nigerian army said operations against Boko Haram were continuing in Borno.", "NGA.MIL", "BOKO_HARAM"),
    ("The Pakistani army said operations against the Taliban were continuing.", "PAK.MIL", "TALIBAN"),
])
def test_operations_a_military_speaker_reports_going_on_against_x_are_its_attack_on_x(code_modes, text, source, target):
    assert (source, target) in {(r[2], r[3]) for r in code_modes(text) if r[0] == "ASSAULT"}


def test_operations_against_the_speaker_itself_are_not_its_own(code_modes):
    assert not [r for r in code_modes("The Nigerian army said operations against the army were continuing.")
                if r[0] == "ASSAULT" and r[2] == "NGA.MIL"]


@pytest.mark.parametrize("text, source, target", [
    ("Demonstrations against the Serbian government continued in Belgrade on Sunday.", "SRB.PRT", "SRB.GOV"),
    ("Protests against Iran's clerical rule spread to 20 cities.", "IRN.PRT", "IRN"),  # round 17 (N): the ruled state's crowd
])
def test_a_protest_going_on_is_held_by_the_places_protesters(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "PROTEST")


@pytest.mark.parametrize("text", ["The protests did not spread beyond Tehran.", "No rallies continued in Nairobi."])
def test_a_protest_that_did_not_go_on_is_none(code_modes, text):
    assert not asserted(code_modes(text), "PROTEST")
