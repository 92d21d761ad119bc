"""Round 18, helper V (events/force_acts.py, events/held_acts.py, data/policing.yaml): threats with a weapon, police
pursuits and charges faced. Sentences written for the test, in other wordings and places, each with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t, p) for ty, s, t, p, *_ in code(text) if ty == type_}


@pytest.mark.parametrize("text, source, target", [
    ("A 40-year-old man is in custody after aiming a replica pistol at a Winnipeg police officer and police dog.",
     "CAN.CVL", "CAN.POL"),
    ("The suspect cursed at the constable in Winnipeg and aimed the rifle straight at him.", "CAN.CVL", "CAN.POL"),
    ("A man was aiming a black revolver at shoppers on the sidewalk in Houston, witnesses said.",
     "UNIDENTIFIED_ARMED_GROUP.USA", "USA.CVL"),
    ("The suspect crouched and pointed an object at the approaching Houston officers.", "USA.CVL", "USA.POL"),
    ("Police in Texas shot a 15-year-old boy who they said pulled a pistol from his pocket.", "USA.CVL", "USA.POL"),
])
def test_a_weapon_aimed_or_drawn_threatens(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "The Houston police chief pointed out that the officers had not fired.",
    "The Dallas officer pulled the trigger twice.",
    "The Texas senator pointed to the report on police shootings.",
    "Houston police divers pulled a gun from the bayou on Tuesday.",
    "The boy pulled a water pistol from his bag and sprayed the Dallas officer.",
    "The man pulled a knife from the drawer and cut the bread, police in Ohio said.",
    "The Chicago police detective aimed his camera at the protesters.",
    "The Dallas gunman pointed his rifle at the sky.",
    "In the video game, the player pulls a pistol on a Chicago police officer.",
])
def test_no_weapon_aimed_at_a_party_is_no_threat(code, text):
    assert not edges(code, text, "THREATEN")


@pytest.mark.parametrize("text, target", [
    ("Sirens wailed as Memphis police searched for the two gunmen.", "UNIDENTIFIED_ARMED_GROUP.USA"),
    ("Police in Ohio are working to locate the shooter.", "UNIDENTIFIED_ARMED_GROUP.USA"),
    ("Memphis police chased the two teenagers into a parking garage.", "USA.CVL"),
])
def test_a_police_pursuit_coerces_the_pursued(code, text, target):
    assert ("USA.POL", target, "asserted") in edges(code, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Memphis police searched the house for evidence.",
    "Memphis police searched for the missing boy.",
    "Rescuers searched for the missing hikers in Colorado.",
    "Memphis police are looking for a new chief.",
    "The Memphis police dog chased the ball.",
])
def test_a_search_for_no_wanted_party_is_no_pursuit(code, text):
    assert not edges(code, text, "COERCE")


@pytest.mark.parametrize("text, target, polarity", [
    ("The Calgary man is facing several charges.", "CAN.CVL", "asserted"),
    ("The suspect faces charges of murder, Atlanta police said.", "USA.CVL", "asserted"),
    ("The former Kenyan minister appeared in a Nairobi court to face fraud charges.", "KEN.GOV", "asserted"),
    ("The Calgary man will face several charges.", "CAN.CVL", "hypothetical"),
    ("The Calgary man does not face any charges.", "CAN.CVL", "negated"),
])
def test_charges_faced_are_an_accusation(code, text, target, polarity):
    assert (None, target, polarity) in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The company faces charges from its bank.",
    "Customers in Calgary face extra charges for late payment.",
    "The Calgary man faces bank charges.",
])
def test_fees_are_no_charges(code, text):
    assert not edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text, target", [
    ("Officer Jamal Greene has been placed on administrative leave, Tulsa police said.", "jamal-greene"),
    ("The Colombian police officer had been fired in March.", "COL.POL"),
    ("Colonel Ruiz had been fired in March, the Colombian police chief said.", "ruiz"),
])
def test_an_official_sacked_or_put_on_leave_is_restricted(code_modes, text, target):
    assert ("COERCE", "restrict", None, target, "asserted") in code_modes(text)


@pytest.mark.parametrize("text", [
    "The Tulsa officer was placed on notice by his sergeant.",
    "Two Colombian police officers were fired upon in Cali.",
    "Shots were fired in March near the Colombian police station.",
    "Jose Mourinho had been fired in December after a poor run of results in the league.",
])
def test_notice_or_gunfire_is_no_dismissal(code_modes, text):
    assert not any(m == "restrict" for _, m, *_ in code_modes(text))


def test_police_blocking_a_road_is_a_cordon_not_a_protest(code):
    assert not edges(code, "Police blocked traffic on Main Road in Tulsa for two hours.", "PROTEST")
    assert edges(code, "Protesters blocked traffic on Main Road in Tulsa for two hours.", "PROTEST")


def test_a_remembered_killing_is_no_recall(code):
    assert not edges(code, "The Tulsa sheriff recalled a deputy being killed in the line of duty in 1984.", "SANCTION")
    assert edges(code, "Kenya recalled its ambassador from Somalia.", "SANCTION")


def test_soldiers_chasing_a_civilian_is_no_police_pursuit(code):
    assert not edges(code, "Two Malian soldiers chased a farmer across the field near Gao.", "COERCE")
