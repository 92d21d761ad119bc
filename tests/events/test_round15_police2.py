"""Round 15 (issue #12, helper P2): follow-ups on police reporting. An armed suspect, a suspect who fired and "one of
the suspects" who opened fire are an unidentified armed group (a suspect arrested stays civilians); a trailing
", police allege." and "was charged, police said" are the police's claim; an officer put on leave or suspended is no
interaction; "found a man shot" is the man shot; who responds to or investigates a shooting did not shoot. Sentences
written for these tests."""

from __future__ import annotations

import pytest

UAG = "UNIDENTIFIED_ARMED_GROUP.USA"


def of_type(code, text, kind):
    return [r for r in code(text) if r[0] == kind]


@pytest.mark.parametrize("text, source, target", [
    ("The armed suspect was hit and wounded by a deputy in Omaha, Nebraska, police said.", "USA.POL", UAG),
    ("The armed suspect was shot and wounded in Omaha, Nebraska, police said.", None, UAG),
    ("A trooper shot a suspect armed with a rifle in Omaha, Nebraska, on Friday.", "USA.POL", UAG),
    ("The suspect, who fired at officers, was shot by police in Omaha, Nebraska.", "USA.POL", UAG),
    ("Deputies shot one of the armed suspects in Omaha, Nebraska, police said.", "USA.POL", UAG),
    ("A police officer shot a knife-wielding suspect outside a diner in Omaha, Nebraska.", "USA.POL", UAG),
    ("One of the suspects opened fire on deputies in Omaha, Nebraska, police said.", UAG, "USA.POL"),
    ("Two of the men shot at troopers in Omaha, Nebraska, police said.", UAG, "USA.POL"),
])
def test_armed_suspects_and_suspects_who_fire_are_an_unidentified_armed_group(code, text, source, target):
    found = of_type(code, text, "ASSAULT")
    assert any(r[1] == source and r[2] == target for r in found), found
    assert not any(r[2] == "USA.CVL" or r[1] == "USA.CVL" for r in found), found


@pytest.mark.parametrize("text, kind", [
    ("Police arrested the suspect who fired at officers in Omaha, Nebraska.", "COERCE"),
    ("Police arrested one of the suspects in Omaha, Nebraska, on Monday.", "COERCE"),
    ("A deputy shot the unarmed suspect in Omaha, Nebraska, police said.", "ASSAULT"),
    ("A deputy shot the suspect, who did not fire at anyone, in Omaha, Nebraska, police said.", "ASSAULT"),
    ("A deputy shot a suspect who had been fired from the plant in Omaha, Nebraska, police said.", "ASSAULT"),
    ("One of the men was shot by a deputy in Omaha, Nebraska, police said.", "ASSAULT"),
])
def test_suspects_arrested_unarmed_or_not_firing_stay_civilians(code, text, kind):
    found = of_type(code, text, kind)
    assert any(r[2] == "USA.CVL" for r in found) and not any(r[2] == UAG for r in found), found


@pytest.mark.parametrize("text, kind, speaker", [
    ("He pointed a gun at two women in Omaha, Nebraska, police allege.", "THREATEN", "police"),
    ("He shot the clerk in Omaha, Nebraska, authorities allege.", "ASSAULT", "authorities"),
    ("The driver fired at two officers in Omaha, Nebraska, court documents allege.", "ASSAULT", "court documents"),
    ("The driver was arrested and charged with robbery in Omaha, Nebraska, police said.", "ACCUSE", "police"),
    ("The cashier was charged with murder in Omaha, Nebraska, prosecutors said.", "ACCUSE", "prosecutors"),
])
def test_a_trailing_claim_and_a_charge_told_are_the_speakers_voice(code, text, kind, speaker):
    found = of_type(code, text, kind)
    assert found and all(r[4] == "quoted" and r[5] == speaker for r in found), found


@pytest.mark.parametrize("text, kind", [
    ("Police arrested the driver in Omaha, Nebraska, over unpaid insurance claims.", "COERCE"),
    ("Police arrested the driver in Omaha, Nebraska, on Saturday.", "COERCE"),
    ("Prosecutors charged the driver with murder in Omaha, Nebraska, on Monday.", "ACCUSE"),
    ("The law excluded the terrorism charges with which the Turkish government charges the prisoners.", "ACCUSE"),
    ("The cashier, 31, is charged with two counts of robbery; the driver, 41, is charged with one.", "ACCUSE"),
])
def test_claim_nouns_charges_told_by_no_one_and_charges_of_charges_stay_the_authors(code, text, kind):
    found = of_type(code, text, kind)
    assert found and all(r[4] == "author" for r in found), found


@pytest.mark.parametrize("text", [  # an officer put on leave is COERCE restrict since round 18 (gold fresh4 C15)
    "The sergeant was suspended pending an internal review in Omaha, Nebraska, police said.",
    "The police chief suspended the officer without pay in Omaha, Nebraska.",
])
def test_an_officer_suspended_is_no_event(code, text):
    assert not code(text), code(text)


@pytest.mark.parametrize("text", [
    "Deputies found a man shot to death in a pickup truck in Omaha, Nebraska.",
    "When troopers got to the motel in Omaha, Nebraska, they found a woman shot in the shoulder.",
    "Officers found a teenager shot in the arm behind the gym in Omaha, Nebraska, police said.",
])
def test_the_ones_found_shot_are_the_ones_shot(code, text):
    found = of_type(code, text, "ASSAULT")
    assert any(r[1] is None and r[2] == "USA.CVL" for r in found), found
    assert not any(r[1] is not None and r[1].startswith(("UNIDENTIFIED", "USA.CVL")) for r in found), found


@pytest.mark.parametrize("text, target", [
    ("Investigators found the man shot at troopers from a rooftop in Omaha, Nebraska.", "USA.POL"),
    ("Investigators found that the gunman shot his wife in Omaha, Nebraska.", "USA.CVL"),
    ("Investigators found the gunman had shot his wife in Omaha, Nebraska.", "USA.CVL"),
])
def test_a_shooter_found_to_have_shot_still_shoots(code, text, target):
    found = of_type(code, text, "ASSAULT")
    assert any(r[1] is not None and r[1].startswith("UNIDENTIFIED") and r[2] == target for r in found), found


@pytest.mark.parametrize("text", [
    "Officers responded to a shooting at a gas station in Omaha, Nebraska, around midnight.",
    "Police responded to a reported shooting outside a bar in Omaha, Nebraska, on Friday.",
    "Police continued their investigation into the shooting in Omaha, Nebraska, on Tuesday.",
    "State troopers launched a probe into the shooting in Omaha, Nebraska, on Monday.",
])
def test_who_answers_or_investigates_an_attack_did_not_make_it(code, text):
    found = of_type(code, text, "ASSAULT")
    assert not any(r[1] is not None and r[1].endswith(".POL") for r in found), found


@pytest.mark.parametrize("text", [
    "Police responded to the riot by firing tear gas at the crowd in Nairobi, Kenya.",
    "Officers responded to the call and shot the gunman in Omaha, Nebraska, police said.",
])
def test_police_who_answer_with_force_still_attack(code, text):
    assert any(r[1] is not None and r[1].endswith(".POL") for r in of_type(code, text, "ASSAULT")), code(text)


def test_dozens_of_youths_who_attack_are_no_armed_group(code):
    found = of_type(code, "Dozens of youths attacked a man in Jinja, Uganda.", "ASSAULT")
    assert found and not any(r[1] and r[1].startswith("UNIDENTIFIED") for r in found), found
