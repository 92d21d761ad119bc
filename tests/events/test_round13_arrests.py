"""Arrests told in the passive with no one named making them (issue 12 round 13): the police of the country where the
arrest happened hold the person (ACLED's "Police Forces of X"); never a capture, a kidnapping or an arrest by a named
force. Sentences written for the test."""

from __future__ import annotations

import pytest


def arrests(code, text):
    return [r for r in code(text) if r[0] == "COERCE"]


@pytest.mark.parametrize("text, police", [
    ("The blogger Amina Traore was arrested in Bamako on Monday.", "MLI.POL"),
    ("Union leader Joseph Mwangi was detained in Nairobi after the rally.", "KEN.POL"),
])
def test_an_agentless_arrest_is_by_the_police_of_the_place(code, text, police):
    found = arrests(code, text)
    assert found
    assert all(r[1] == police and r[2] is not None for r in found)


@pytest.mark.parametrize("text", [
    "The blogger Amina Traore was seized in Bamako on Monday.",
    "The blogger Amina Traore was detained by soldiers in Bamako.",
    "The blogger Amina Traore was arrested on Monday.",
    "The blogger Amina Traore, who lives in Bamako, was detained after her boat drifted into foreign waters.",
])
def test_captures_named_arresters_and_arrests_placed_by_no_phrase_of_their_own_get_no_police(code, text):
    found = arrests(code, text)
    assert found
    assert all(r[1] is None or not r[1].endswith(".POL") for r in found)


@pytest.mark.parametrize("text", [
    "The opposition leader was jailed in Harare for two years.",
    "The activist was detained in Idlib, where Hayat Tahrir al-Sham fighters run the city.",
])
def test_a_jailing_or_an_arrest_where_an_armed_group_holds_sway_gets_no_police(code, text):
    assert not any(r[1] is not None and r[1].endswith(".POL") for r in arrests(code, text))


def test_a_foreigner_arrested_is_held_by_no_one_named(code):
    found = arrests(code, "A French journalist was arrested in Tehran on spying charges.")
    assert found
    assert all(r[1] is None and r[2] == "FRA.MED" for r in found)

