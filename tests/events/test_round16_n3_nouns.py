"""Noun events of wire copy, round 2 (issue 12 round 16, helper N3): "the Turkish shelling" is Turkey's military's, an
"anti-X" protest aims at X (the crowd's government for "anti-government"), "announced the arrest of X" holds X.
Sentences written for the test."""

from __future__ import annotations

import pytest


def modes(code_modes, text):
    return {r[:4] for r in code_modes(text) if r[4] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("The Turkish shelling of Kurdish positions went on through the night.", "TUR.MIL", "KURDS"),
    ("Russian airstrikes continued in the north of the province.", "RUS.MIL", None),
    ("Israeli bombardment of the camp resumed at dawn.", "ISR.MIL", None),
])
def test_a_state_named_on_an_act_only_armies_do_is_its_military(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "ASSAULT"]
    assert any(r[2] == source and (target is None or r[3] == target) for r in found), found
    assert not [r for r in found if r[2] == source.split(".")[0]]


def test_a_state_on_an_act_anyone_may_do_stays_the_state(code_modes):
    found = modes(code_modes, "The Turkish attack on Kurdish positions went on through the night.")
    assert not [r for r in found if r[2] == "TUR.MIL"]


@pytest.mark.parametrize("text, target", [
    ("Students staged an anti-India protest in Kathmandu on Sunday.", "IND"),
    ("Thousands joined an anti-American march in Karachi.", "USA"),
    ("Thousands joined an anti-government rally in Dhaka on Friday.", "BGD.GOV"),
])
def test_an_anti_word_names_the_protest_target(code_modes, text, target):
    found = [r for r in modes(code_modes, text) if r[0] == "PROTEST"]
    assert found and all(r[3] == target for r in found), found


@pytest.mark.parametrize("text", [
    "An anti-corruption rally was held in Nairobi.",
    "An anti-war march was held in Nairobi.",
])
def test_an_anti_word_that_names_no_party_is_no_target(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "PROTEST"]
    assert not [r for r in found if r[3] and r[3] not in ("KEN",)]


@pytest.mark.parametrize("text", [
    "The army fired anti-aircraft guns at the drones.",
    "The soldiers carried anti-tank weapons.",
])
def test_anti_weapons_are_no_protest(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Kenyan authorities announced the arrest of opposition leader Samuel Otieno on Tuesday.",
    "Police in Ghana announced the detention of the opposition leader Kwame Asante.",
])
def test_an_announced_arrest_holds_the_person(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE"]
    assert found and all(r[1] == "arrest" for r in found), found


def test_a_detention_of_a_place_is_no_arrest(code_modes):
    found = modes(code_modes, "Rebels announced the capture of Goma on Tuesday.")
    assert not [r for r in found if r[1] == "arrest"]


@pytest.mark.parametrize("text, names", [
    ("During clashes with Egyptian security forces, Mohamed Adel was injured.", ["mohamed-adel"]),
    ("Mohamed Adel and Karim Nabil were among those injured during clashes with Egyptian security forces.",
     ["mohamed-adel", "karim-nabil"]),
])
def test_the_named_hurt_in_clashes_are_a_side(code_modes, text, names):
    found = {(r[2], r[3]) for r in modes(code_modes, text) if r[0] == "ASSAULT"}
    for name in names:
        assert (name, "EGY.MIL") in found and ("EGY.MIL", name) in found, found
    assert (None, "EGY.MIL") not in found


@pytest.mark.parametrize("text", [
    "After clashes with Tuareg rebels last week, the United Nations sent aid to the town.",
    "During clashes with Egyptian security forces, the shop was closed.",
])
def test_who_acts_after_clashes_unhurt_is_no_side(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "ASSAULT" and r[2] in ("UN", "UNO", "UNITED_NATIONS")]
    assert not [r for r in modes(code_modes, text) if r[0] == "ASSAULT" and r[3] in ("UN", "UNO", "UNITED_NATIONS")]


@pytest.mark.parametrize("text, one, other", [
    ("U.S.-South Korean joint military exercises began on Monday.", "USA", "KOR"),
    ("Russian-Chinese joint naval drills were held off the coast.", "RUS", "CHN"),
    ("The U.S.-Japanese joint exercises angered Beijing.", "USA", "JPN"),
])
def test_a_hyphened_pair_of_states_cooperates_each_with_the_other(code_modes, text, one, other):
    found = modes(code_modes, text)
    assert ("COOPERATE", "military", one, other) in found and ("COOPERATE", "military", other, one) in found, found


@pytest.mark.parametrize("text", [
    "The Indo-Pacific naval drills began on Monday.",
    "The U.S.-led joint exercises began on Monday.",
])
def test_a_hyphened_word_that_is_no_pair_of_states_gives_no_pair(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "COOPERATE"]
    assert not [r for r in found if r[2] and r[3]], found


@pytest.mark.parametrize("text, source, target", [
    ("The report listed a series of threatening acts by Sudanese militiamen against Kenyan journalists.", "SDN.REB",
     "KEN.MED"),
    ("Nigerian soldiers made threatening gestures toward voters in Kano.", "NGA.MIL", None),
])
def test_threatening_acts_threaten(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "THREATEN"]
    assert any(r[2] == source and (target is None or r[3] == target) for r in found), found


@pytest.mark.parametrize("text", [
    "The report listed a series of acts by Sudanese militiamen against Kenyan journalists.",
    "The militia committed acts of violence against Kenyan journalists.",
    "The assembly passed an act against Kenyan smugglers.",
])
def test_acts_with_no_threatening_word_are_no_threat(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "THREATEN"]


@pytest.mark.parametrize("text, source, target", [
    ("The Myanmar army unleashed a wave of violence against Rohingya villagers.", "MMR.MIL", None),
    ("A wave of violence against Kenyan police swept the region.", None, "KEN.POL"),
])
def test_a_wave_of_violence_against_people_is_violence_done(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "ASSAULT"]
    assert any((source is None or r[2] == source) and (target is None or r[3] == target) for r in found), found


def test_awareness_of_violence_stays_a_topic(code_modes):
    found = modes(code_modes, "The campaign raised awareness of violence against Kenyan police officers.")
    assert not [r for r in found if r[0] == "ASSAULT"]


@pytest.mark.parametrize("text, source", [
    ("Egyptian police detained dozens of students in a crackdown on the Muslim Brotherhood.", "EGY.POL"),
    ("The Egyptian government arrested hundreds of people as part of a crackdown on the Muslim Brotherhood.",
     "EGY.GOV"),
])
def test_a_crackdown_framing_a_coercive_act_is_its_doers(code_modes, text, source):
    found = modes(code_modes, text)
    assert ("COERCE", None, source, "MUSLIM_BROTHERHOOD") in found, found


@pytest.mark.parametrize("text", [
    "Hundreds of students were beaten in a crackdown on the Muslim Brotherhood.",
    "Egyptian officials spoke during a crackdown on the Muslim Brotherhood.",
])
def test_a_crackdown_is_not_its_victims_or_a_bystanders(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE" and r[3] == "MUSLIM_BROTHERHOOD"]
    assert not [r for r in found if r[2] is not None], found


def test_a_barrage_in_a_match_is_no_assault(code_modes):
    found = modes(code_modes, "The Brazilian barrage of shots in the second half won the match 3-1.")
    assert not [r for r in found if r[0] == "ASSAULT"]


@pytest.mark.parametrize("text, holder", [
    ("Kenya's main opposition party announced the arrest of its deputy leader.", "KEN.OPP"),
    ("Amnesty International announced the arrest of a Kenyan journalist.", "AMNESTY"),
])
def test_who_announces_an_arrest_it_did_not_make_is_no_arrester(code_modes, text, holder):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE"]
    assert not [r for r in found if r[2] == holder], found


@pytest.mark.parametrize("text, holder", [
    ("Kenyan police announced the arrest of a Somali national.", "KEN.POL"),
    ("Nigerian prosecutors announced the arrest of the former governor.", "NGA.JUD"),
])
def test_a_force_announcing_an_arrest_made_it(code_modes, text, holder):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE"]
    assert [r for r in found if r[2] == holder], found
