"""Round 17 sprint, helper V2 (events/held_acts.py, data/policing.yaml): a robbery's "held at gunpoint" is no
captivity, a person the tagger calls a place or a body is still held, a trial still to come is hypothetical.
Sentences written for the test, each with a near miss."""

from __future__ import annotations

import pytest


def modes(code_modes, text, type_):
    return {(m, s, t) for ty, m, s, t, _ in code_modes(text) if ty == type_}


@pytest.mark.parametrize("text", [
    "The clerk was held at gunpoint by a masked gunman who took cash.",
    "The cashier was held at knifepoint by two robbers.",
])
def test_held_at_gunpoint_is_no_captivity(code_modes, text):
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


def test_held_captive_by_gunmen_stays_captivity(code_modes):
    text = "The Canadian engineer was held captive by gunmen for a week after the raid."
    assert ("arrest", "UNIDENTIFIED_ARMED_GROUP", "CAN") in modes(code_modes, text, "COERCE")


@pytest.mark.parametrize("name", ["Lincoln", "Houston"])  # the tagger makes these lone surnames ORG / GPE
def test_a_resolved_person_is_held_whatever_the_tagger_says(code_modes, name):
    text = (f"Police detained the Swiss teacher Mark {name} in May. Officials say {name}, who has been a teacher for "
            "years, is being held at a detention facility.")
    assert ("arrest", None, f"mark-{name.lower()}") in modes(code_modes, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The ministers attending the meeting of the Joint Trade Commission held in Caracas discussed mining.",
    "The Nigerian Senate was held in Abuja last week.",
])
def test_a_body_or_a_place_named_is_still_no_captive(code_modes, text):
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text", [
    "The suspect will stand trial in June.",
    "The suspect will go on trial next month.",
])
def test_a_trial_still_to_come_is_hypothetical(code_modes, text):
    assert {p for ty, _, _, _, p in code_modes(text) if ty == "ACCUSE"} == {"hypothetical"}


def test_a_trial_under_way_accuses_the_one_tried(code_modes):
    assert any(p == "asserted" for ty, _, _, _, p in code_modes("The suspect went on trial on Monday.")
               if ty == "ACCUSE")
