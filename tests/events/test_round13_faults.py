"""Faults a review found in round 13's constructions: a thing hit that carries a named party, a verdict on a case
supposed, telling that asks no act or is told by no one, an army's country taken from where it is asked to go, and a
real event below an asked act. Sentences written for the test."""

from __future__ import annotations

import pytest


def rows(code, text, type_):
    return [r for r in code(text) if r[0] == type_]


@pytest.mark.parametrize("text, target", [
    ("An Israeli drone struck a car carrying two Hezbollah fighters in southern Lebanon.", "HEZBOLLAH"),
    ("The rebels shelled a house used by government troops in Aleppo.", "SYR.MIL"),
])
def test_a_thing_hit_stands_for_the_party_its_participle_names(code, text, target):
    found = rows(code, text, "ASSAULT")
    assert found
    assert all(r[2] == target for r in found)


@pytest.mark.parametrize("text", [
    "The ICC said the annexation of Crimea by Russia would be a violation of international law.",
    "The UN said the blockade of Gaza by Israel could be a war crime.",
])
def test_a_verdict_on_a_supposed_case_accuses_no_one(code, text):
    assert not rows(code, text, "ACCUSE")


def test_a_verdict_on_an_act_done_still_accuses(code):
    assert ("UN", "ISR") in {(r[1], r[2]) for r in rows(code, "The UN said the blockade of Gaza by Israel was a war crime.",
                                                        "ACCUSE")}


@pytest.mark.parametrize("text", [
    "The storm pushed Cuba to evacuate thousands of people.",
    "Biden told Netanyahu to expect more weapons.",
    "Canada told Iran to know its place.",
])
def test_telling_by_no_one_or_to_know_or_expect_is_no_request(code, text):
    assert not rows(code, text, "REQUEST")


def test_an_unnamed_army_takes_no_country_from_where_it_is_told_to_go(code):
    found = code("The president told the army to withdraw from Gaza, the spokesman said.")
    assert found
    assert not any(x is not None and x.startswith("PSE.") for r in found for x in r[1:3])


def test_an_event_in_a_clause_below_the_asked_act_stays_asserted(code):
    text = "The Ukrainian soldier said his unit told civilians to leave the village before the Russians shelled it."
    found = rows(code, text, "ASSAULT")
    assert found
    assert all(r[1] == "RUS" and r[3] == "asserted" and r[4] == "quoted" for r in found)
