"""Noun events with their parties in a phrase (issue 12 round 14): the owner of what is criticised or turned down is
the target ("India's rejection of Pakistan's offer", "criticism of the Russian invasion"), new nouns of accusing and
rejecting ("the indictment of X by Y", "a rebuke to X", "the allegations against X"). Sentences written for the test."""

from __future__ import annotations

import pytest


def coded(code, text):
    return {r[:3] for r in code(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, triple", [
    ("India's rejection of the Pakistani offer surprised diplomats.", ("REJECT", "IND", "PAK")),
    ("Qatar's refusal of the Saudi demands angered Riyadh.", ("REJECT", "QAT", "SAU")),
    ("Egypt's criticism of the Ethiopian dam drew a response.", ("ACCUSE", "EGY", "ETH")),
    ("Chad's condemnation of the Russian invasion was swift.", ("ACCUSE", "TCD", "RUS")),
    ("Russia's prosecution of Alexei Navalny drew protests.", ("ACCUSE", "RUS", "alexei-navalny")),
    ("The indictment of Jacob Zuma by South African prosecutors was expected.", ("ACCUSE", "ZAF.JUD", "JACOB_ZUMA")),
])
def test_the_owner_of_the_thing_turned_down_or_criticised_is_the_target(code, text, triple):
    assert triple in coded(code, text)


@pytest.mark.parametrize("text", [
    "Russia's rejection of the allegations was swift.",  # nobody owns the allegations
    "The prosecution said the defendant lied.",  # the prosecutors, no act
    "Sanctions relief talks stalled.",
    "Kenya's refusal of the offer surprised no one.",  # an offer of no one named
])
def test_an_unowned_thing_turned_down_and_a_prosecution_team_give_no_edge(code, text):
    assert not [t for t in coded(code, text) if t[0] in ("REJECT", "ACCUSE", "SANCTION", "CONSULT")]


def test_a_negated_rejection_keeps_its_polarity(code):
    found = {(r[0], r[1], r[2], r[3]) for r in code("Iran did not announce a rejection of the French proposal.")}
    assert ("REJECT", "IRN", "FRA", "negated") in found
    assert ("REJECT", "IRN", "FRA", "asserted") not in found


@pytest.mark.parametrize("text, triple", [
    ("Calls from the European Union for restraint by Israel went unheeded.", ("REQUEST", "EU", "ISR")),
    ("Israel ignored calls from the European Union for restraint.", ("REQUEST", "EU", "ISR")),
    ("Threats from North Korea against Japan escalated.", ("THREATEN", "PRK", "JPN")),
])
def test_the_from_party_of_a_call_or_threat_is_its_speaker_and_the_one_who_ignores_it_its_addressee(code, text, triple):
    found = coded(code, text)
    assert triple in found
    assert not [t for t in found if t[0] == triple[0] and t[1] == "ISR"]  # the hearer is not the speaker


def test_a_call_from_a_party_to_no_one_named_is_no_edge(code):
    assert not [t for t in coded(code, "Israel rejected demands from Turkey.") if t[0] == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Spain welcomed the Italian call for talks with Turkey.",
    "Spain welcomed the call from Italy for talks with Turkey.",
])
def test_a_call_for_talks_with_a_party_asks_nothing_of_that_party(code, text):
    assert not [t for t in coded(code, text) if t[0] == "REQUEST" and t[2] == "TUR"]


def test_a_call_for_a_partys_restraint_asks_it_of_that_party(code):
    assert ("REQUEST", "ITA", "TUR") in coded(code, "Spain welcomed the Italian call for Turkish restraint.")
