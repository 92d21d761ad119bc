"""Round 18 review mends: a weapon aimed at police of no known country (it raised KeyError and lost the whole
document), a rank that is no party, a cleft after "that", a trip for talks still under way, and a dismissal judged
by its own sentence, not by its teller. Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t, p) for ty, s, t, p, *_ in code(text) if ty == type_}


@pytest.mark.parametrize("text", [
    "The man pointed a gun at officers.",
    "A man aimed a rifle at deputies.",
    "The gunman pointed a shotgun at a police horse.",
    "Police Chase Suspect Who Pointed Gun At Officers",
])
def test_a_weapon_aimed_at_police_of_no_known_country_is_read(code, text):
    assert all(t is None or not t.startswith("POL") for _, _, t, *_ in code(text))  # read, no nameless "POL" party


def test_a_weapon_aimed_at_police_of_a_named_country_still_threatens(code):
    assert ("USA.CVL", "USA.POL", "asserted") in edges(code, "In Memphis, Tennessee, a man pointed a gun at officers.",
                                                       "THREATEN")


@pytest.mark.parametrize("text, source, target", [
    ("Talks are the only way to end Russian attacks on Kharkiv.", "RUS", "UKR"),
    ("It was the last chance to stop Israeli attacks on Gaza.", "ISR", "PSE"),
])
def test_a_rank_that_is_no_party_leaves_the_act_hypothetical(code, text, source, target):
    assert (source, target, "hypothetical") in edges(code, text, "ASSAULT")


def test_a_ranked_party_did_it(code):
    assert ("MAR", "TCD.GOV", "asserted") in edges(code, "Morocco was the first country to recognize the new "
                                                         "government of Chad.", "SUPPORT")


@pytest.mark.parametrize("text", [
    "Ankara said it was Syrian government forces who attacked first.",
    "Ankara said that it was Syrian government forces who attacked first.",
])
def test_a_cleft_blame_with_or_without_that(code, text):
    assert ("TUR", "SYR.MIL", "asserted") in edges(code, text, "ACCUSE")


def test_a_cleft_asked_is_no_blame(code):
    assert not edges(code, "Ankara asked whether it was Syrian government forces who attacked first.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Japanese foreign minister is heading to Beijing for talks.",
    "The Japanese foreign minister will head to Beijing for talks.",
])
def test_a_trip_for_talks_not_yet_made_is_no_meeting(code, text):
    assert not any(p == "asserted" for _, _, p in edges(code, text, "CONSULT"))


def test_a_trip_for_talks_made_is_a_meeting(code):
    assert ("JPN.GOV", "CHN", "asserted") in edges(code, "The Japanese foreign minister went to Beijing for talks.",
                                                   "CONSULT")


def test_a_company_chief_fired_is_no_coercion_for_the_teller_being_an_official(code):
    assert not edges(code, "John Smith, the chief executive of Acme, had been fired in November, a government "
                           "official said.", "COERCE")


@pytest.mark.parametrize("text", [
    "The teacher was put on administrative leave after the complaint.",
    "The nurse was put on leave after the complaint.",
])
def test_an_employee_put_on_leave_is_no_coercion(code, text):
    assert not edges(code, text, "COERCE")


@pytest.mark.parametrize("text, target", [
    ("Officer John Reed was placed on administrative leave in Dallas.", "john-reed"),
    ("The Dallas police department placed two deputies on administrative leave.", "USA.POL"),
])
def test_an_official_put_on_leave_is_restricted(code, text, target):
    assert target in {t for _, t, _ in edges(code, text, "COERCE")}


@pytest.mark.parametrize("text, source, target", [
    ("The European Union expressed disappointment at Turkey's decision to close the border.", "EU", "TUR"),
    ("Kenya was angry about Uganda's closure of the border.", "KEN", "UGA"),
])
def test_disappointment_or_anger_at_a_party_s_act_accuses_it(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The minister expressed anger over the killing of the two aid workers.",
    "The family expressed frustration with the slow pace of the investigation.",
    "Fans expressed disappointment at the team's loss.",
])
def test_disappointment_with_no_party_s_act_accuses_no_one(code, text):
    assert not edges(code, text, "ACCUSE")
