"""Round 21 (events/force_acts.py, data/policing.yaml): a toll told with no doer ("ten people were dead", "a
protester died": ASSAULT by no one named) and people stopped or blocked by a security force (COERCE restrict).
Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t, p) for ty, s, t, p, *_ in code(text) if ty == type_}


@pytest.mark.parametrize("text, target", [
    ("About 15 Malian soldiers were hurt in the attack.", "MLI.MIL"),
    ("A sixth protester had died in Caracas after the clashes, the opposition said.", "VEN.PRT"),
    ("At least 30 workers died after militants stormed the plant in Algeria.", "DZA.CVL"),
    ("The governor said 12 people were dead after the shooting in Kenya.", "KEN.CVL"),
])
def test_a_toll_with_no_doer_is_an_attack_by_no_one(code, text, target):
    assert (None, target, "asserted") in edges(code, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The former Kenyan president died of cancer in 2010.",
    "The king of Morocco died in 1999.",
    "Nobody was hurt in the shooting in Kenya.",
    "No protesters died in Caracas during the march.",
    "Twelve Kenyan farmers died in the floods after the storm.",
    "Deputy Garafola died as a hero after the shooting in Louisiana, the sheriff said.",
    "Two Kenyan workers died of their illness after the clashes in Nairobi had ended, a doctor said.",
])
def test_no_toll_without_violence_or_for_a_death_told_by_name(code, text):
    assert not any(s is None and t in ("KEN.CVL", "KEN.GOV", "MAR.GOV", "VEN.PRT", "USA.POL", "USA.CVL")
                   for s, t, _ in edges(code, text, "ASSAULT"))


@pytest.mark.parametrize("text, source, target", [
    ("Police in Kampala blocked the students from marching to the square.", "UGA.POL", "UGA.CVL"),
    ("The students were stopped by police in Kampala.", "UGA.POL", "UGA.CVL"),
    ("Police at the scene in Phnom Penh blocked a woman from seeing the body.", "KHM.POL", "KHM.CVL"),
])
def test_people_stopped_by_a_force_are_restricted(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "COERCE")
    assert not edges(code, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "Ugandan police stopped the car at a junction.",
    "The senator from Texas blocked the nominee.",
    "Heavy rain stopped the students in Kampala from marching.",
    "Kenyan troops halted the rebels' advance near the border.",
    "The Kenyan teacher stopped the students from leaving the classroom.",
])
def test_no_restriction_of_things_or_by_others(code, text):
    assert not {e for e in edges(code, text, "COERCE") if e[1] in ("UGA.CVL", "KEN.CVL", "KEN.REB", "USA.CVL")}


def test_a_single_person_who_died_is_no_toll(code):
    assert not edges(code, "The man died after an exchange of gunfire with Texas state troopers.", "ASSAULT") & {
        (None, "USA.CVL", "asserted")}


@pytest.mark.parametrize("text, source, target", [
    ("The fighting in Sudan has forced thousands of civilians to flee into the bush.", None, "SDN.CVL"),
    ("Thousands of villagers were displaced by the fighting in Sudan.", None, "SDN.CVL"),
    ("More than 8,000 people in Sudan have been forced to flee their homes since the fighting began.", None, "SDN.CVL"),
    ("Sudanese troops forced the villagers in Darfur to leave their homes.", "SDN.MIL", "SDN.CVL"),
])
def test_people_driven_out_by_fighting_or_a_force_are_coerced(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Rising prices forced many Kenyan families to leave the city.",
    "The storm forced thousands of Kenyans to flee their homes.",
    "Kenyan fans were forced to leave the stadium early.",
    "The new job forced the Kenyan teacher to leave Nairobi.",
])
def test_no_one_driven_out_by_prices_storms_or_work(code, text):
    assert not edges(code, text, "COERCE")


def test_the_fighting_in_a_country_attacks_no_one_there(code):
    found = edges(code, "The fighting in Sudan has forced thousands of civilians to flee into the bush.", "ASSAULT")
    assert (None, "SDN", "asserted") not in found


def test_counted_people_killed_in_a_country_are_its_civilians(code):
    found = edges(code, "Hundreds were killed in Kenya last year.", "ASSAULT")
    assert (None, "KEN.CVL", "asserted") in found and (None, "KEN", "asserted") not in found



def test_a_person_from_a_place_arrested_elsewhere_is_still_that_place_s(code):
    found = edges(code, "A missionary from Toronto was arrested in Syria for collaborating with Turkey.", "COERCE")
    assert (None, "CAN", "asserted") in found



def test_a_toll_beside_a_denied_strike_is_no_attack_on_the_speakers_people(code):
    """"our aircraft did not strike the market, adding that 12 people died": the dead belong to the disputed strike,
    not to an attack by no one on the denier's own civilians; the same toll beside a strike told is kept."""
    denied = ('"Russian aircraft did not strike the market in Saraqib," a ministry spokesman said, adding that '
              '12 people died.')
    assert not {e for e in edges(code, denied, "ASSAULT") if e[0] is None}
    told = "Russian aircraft struck the market in Saraqib, and 12 people died, a witness said."
    assert edges(code, told, "ASSAULT")  # the strike told is still an attack
