"""Noun events whose parties sit in the phrase (issue 12 round 16, helper N): an exchange of fire and clashes between
"Thai and Cambodian soldiers", a gunfight's armed sides, "killed in a shoot-out with X", the murder and kidnapping of
someone named, "a plea to X", "X claimed the attack", and a planned act's polarity. Sentences written for the test."""

from __future__ import annotations

import pytest


def coded(code, text):
    return {r[:3] for r in code(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, one, other", [
    ("An exchange of fire between Thai and Cambodian soldiers was reported near the temple.", "THA.MIL", "KHM.MIL"),
    ("An exchange of gunfire broke out between Kenyan police and al-Shabaab militants.", "KEN.POL", "AL_SHABAAB"),
    ("Clashes between Armenian and Azerbaijani troops erupted overnight.", "ARM.MIL", "AZE.MIL"),
    ("Clashes erupted between Armenian and Azerbaijani troops overnight.", "ARM.MIL", "AZE.MIL"),
    ("Two militants were killed in a gunfight with Indian troops in Kashmir.", "ARMED_GROUP", "IND.MIL"),
])
def test_each_side_of_a_fight_named_by_a_noun_attacks_the_other(code, text, one, other):
    found = coded(code, text)
    assert ("ASSAULT", one, other) in found
    assert ("ASSAULT", other, one) in found


@pytest.mark.parametrize("text", [
    "A shoot-out erupted between the suspect and Dallas police officers outside the store.",
    "The gunman was killed in a shootout with Houston police.",
    "The man died after an exchange of gunfire with Texas state troopers.",
    "An exchange of gunfire broke out between the suspect and Dallas police officers.",
])
def test_a_side_of_a_gunfight_is_armed_not_a_civilian(code, text):
    found = coded(code, text)
    assert ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.USA", "USA.POL") in found
    assert ("ASSAULT", "USA.POL", "UNIDENTIFIED_ARMED_GROUP.USA") in found
    assert not [t for t in found if t[1] == "USA.CVL" or t[2] == "USA.CVL"]
    assert ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.USA", None) not in found  # the sides are named on the verb


def test_the_one_arrested_after_a_shootout_with_police_fought_them_armed(code):
    found = coded(code, "The Ghanaian suspect was arrested after a shootout with Ghanaian police in Kumasi.")
    assert ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.GHA", "GHA.POL") in found
    assert not [t for t in found if t[0] == "ASSAULT" and "GHA" in (t[1], t[2])]  # the suspect is not his state


def test_a_place_quiet_after_clashes_is_no_side(code):
    assert not [t for t in coded(code, "The town was quiet after clashes with Tuareg rebels last week.") if t[1]]


@pytest.mark.parametrize("text", [
    "The two ministers had an exchange of views on trade.",
    "An exchange of prisoners between Russia and Ukraine took place on Friday.",
    "The clash between Ghana and Nigeria ended 2-1 in Accra.",  # a match
    "The debate was a clash of ideas between Labour and the Conservatives.",
    "There was no exchange of fire between Thai and Cambodian soldiers, the army said.",
])
def test_exchanges_and_clashes_that_are_no_fight_give_no_assault(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ASSAULT"]


@pytest.mark.parametrize("text, triple", [
    ("The kidnapping of 80 students by Boko Haram shocked Nigeria.", ("COERCE", "BOKO_HARAM", "NGA.CVL")),
    ("Boko Haram's abduction of the girls drew global outrage.", ("COERCE", "BOKO_HARAM", "CIVILIANS")),
    ("The murder of a police officer in Lagos sparked outrage.", ("ASSAULT", None, "NGA.POL")),
    ("The murder of Alexei Navalny by prison guards was condemned.", ("ASSAULT", None, "alexei-navalny")),
    ("The torture of detainees by Syrian security forces was documented.", ("ASSAULT", "SYR.MIL", "CIVILIANS")),
    ("The deportation of Afghan refugees by Pakistan drew criticism.", ("COERCE", "PAK", "AFG.REF")),
])
def test_the_murder_or_kidnapping_of_someone_named_is_an_act_on_them(code, text, triple):
    found = coded(code, text)
    assert any(t[0] == triple[0] and t[2] == triple[2] and (triple[1] is None or t[1] == triple[1]) for t in found)


@pytest.mark.parametrize("text", [
    "The suspect was charged with murder on Friday.",
    "Murder charges were filed against the officer.",
    "A wave of kidnappings has hit the region.",
    "Mexico's murder rate rose last year.",
    "Police found a torture chamber in the basement.",
    "The court issued a deportation order against the activist.",
])
def test_murder_and_kidnapping_with_no_victim_named_are_no_act(code, text):
    assert not [t for t in coded(code, text) if t[0] in ("ASSAULT", "COERCE")]


def test_a_name_the_parser_ran_into_another_is_no_kidnapper(code):
    assert not [t for t in coded(code, "The abduction of two aid workers by al-Shabaab shocked Kenya.") if t[1] == "KEN"]


@pytest.mark.parametrize("text, triple", [
    ("Kenya issued an urgent plea to the United Nations for food aid.", ("REQUEST", "KEN", "UN")),
    ("Ukraine made a plea to Germany for more weapons.", ("REQUEST", "UKR", "DEU")),
])
def test_a_plea_to_a_party_asks_it(code, text, triple):
    assert triple in coded(code, text)


@pytest.mark.parametrize("text", [
    "He entered a guilty plea to the charges.",
    "The plea deal was accepted by the court.",
])
def test_a_plea_in_court_asks_no_party(code, text):
    assert not [t for t in coded(code, text) if t[0] == "REQUEST"]


def test_who_claims_an_attack_made_it(code):
    assert ("ASSAULT", "HOUTHIS", "SAU") in coded(code, "The Houthis claimed the drone attack on the Saudi oil facility.")


def test_a_claim_that_an_attack_happened_is_not_the_claimants_attack(code):
    assert not [t for t in coded(code, "The Houthis claimed the attack was staged by Saudi Arabia.") if t[1] == "HOUTHIS"]


@pytest.mark.parametrize("text, triple", [
    ("The planned offensive against Hamas in Rafah was delayed.", ("ASSAULT", None, "HAMAS")),
    ("Israel postponed its planned offensive on Rafah.", ("ASSAULT", "ISR", None)),
])
def test_a_planned_act_is_hypothetical(code, text, triple):
    found = {r[:4] for r in code(text)}
    assert (*triple, "hypothetical") in found
    assert (*triple, "asserted") not in found


@pytest.mark.parametrize("text, mode", [
    ("Kenyan police announced the capture of a suspected al-Shabaab commander on Tuesday.", "arrest"),
    ("Turkish police hailed the capture of the chief suspect in the nightclub shooting.", "arrest"),
    ("Rebels completed the capture of the town of Kidal from the Malian army.", "seize"),
])
def test_a_person_captured_is_arrested_ground_taken_is_seized(code_modes, text, mode):
    """The noun follows the verb's rows: "captured the suspect" is an arrest, "captured the town" a seizure."""
    assert {r[1] for r in code_modes(text) if r[0] == "COERCE"} == {mode}


def test_the_sides_of_a_gunfight_fire_guns_the_sides_of_clashes_need_not(code_modes):
    gun = code_modes("The gunman was killed in a shootout with Houston police.")
    clash = code_modes("Two militants were killed in clashes with Indian troops in Kashmir.")
    assert {r[1] for r in gun if r[0] == "ASSAULT" and r[2] == "USA.POL"} == {"firearms"}
    assert {r[1] for r in clash if r[0] == "ASSAULT" and r[2] == "IND.MIL"} == {None}
