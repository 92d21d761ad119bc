"""Roles of triggers found on real articles whose arguments were missed (issue 12, round 8b): the one helped in
"help X do", the giver in "with help from X", crowds named by whom they follow, and "there were protests".
Sentences written for the test."""

from __future__ import annotations

import pytest


def triples(rows, type_=None):
    return {(r[0], r[1], r[2]) for r in rows if type_ is None or r[0] == type_}


@pytest.mark.parametrize("text, pair", [
    ("Australia helped Indonesia find the missing jet.", ("AUS", "IDN")),
    ("Russia helped Syria to rebuild its army.", ("RUS", "SYR")),
    ("Iran helped the Houthis build missiles.", ("IRN", "HOUTHIS")),
])
def test_the_one_helped_is_the_subject_of_the_clause_after_help(code, text, pair):
    rows = code(text)
    assert ("AID", *pair) in triples(rows)


@pytest.mark.parametrize("text", [
    "Kenya helped to end the fighting.",  # helped no one named
    "She helped him escape.",
])
def test_help_with_no_named_helper_or_helped_gives_no_aid(code, text):
    assert not triples(code(text), "AID")


@pytest.mark.parametrize("text, pair", [
    ("Kenya captured the town with help from Ethiopia.", ("ETH", "KEN")),
    ("Syrian troops retook Palmyra with the help of Russia.", ("RUS", "SYR.MIL")),
])
def test_with_help_from_x_is_x_aiding_the_one_who_acts(code, text, pair):
    assert ("AID", *pair) in triples(code(text))


@pytest.mark.parametrize("text", [
    "The town was captured with help from Ethiopia.",  # no one named who was helped
    "The villagers rebuilt the school with help from local volunteers.",  # no giver who is an actor
    "The rebels advanced with help from Russia.",  # rebels placed in Russia by default only
])
def test_with_help_gives_no_aid_without_both_parties(code, text):
    assert not triples(code(text), "AID")


@pytest.mark.parametrize("text, named", [
    ("Supporters of Hamas attacked Israeli police.", "HAMAS"),
    ("Police detained dozens of supporters of Imran Khan in Lahore.", "IMRAN_KHAN"),
    ("Police beat followers of Imran Khan in Lahore.", "IMRAN_KHAN"),
    ("Critics of Erdogan protested in Istanbul.", "RECEP_TAYYIP_ERDOGAN"),
])
def test_supporters_or_critics_of_x_are_not_x(code, text, named):
    rows = code(text)
    assert rows
    assert all(named not in (r[1], r[2]) for r in rows)


def test_a_crowd_of_supporters_that_is_hit_is_a_crowd_of_its_place(code):
    rows = code("Police detained dozens of supporters of Imran Khan in Lahore.")
    assert ("COERCE", "PAK.POL", "PAK.PRT") in triples(rows)


@pytest.mark.parametrize("text, country", [
    ("There were protests against the government in Tehran.", "IRN"),
    ("There have been large demonstrations in Nairobi.", "KEN"),
    ("There was a march in Paris against the pension reform.", "FRA"),
])
def test_there_were_protests_is_a_protest_by_protesters_of_the_place(code, text, country):
    rows = code(text)
    assert any(r[0] == "PROTEST" and r[1] == f"{country}.PRT" for r in rows)


@pytest.mark.parametrize("text", [
    "There were no protests in Lagos.",
    "There were rumours of protests in Harare.",
])
def test_no_protest_where_there_was_none(code, text):
    assert not [r for r in code(text) if r[0] == "PROTEST" and r[3] == "asserted"]


@pytest.mark.parametrize("text, target", [
    ("The bomb that hit the Syrian army convoy killed five.", "SYR.MIL"),
    ("The missile which hit the Ukrainian army killed three.", "UKR.MIL"),
])
def test_a_device_that_hit_someone_is_an_agentless_attack_on_them(code, text, target):
    assert ("ASSAULT", None, target) in triples(code(text))


def test_a_vehicle_that_hit_someone_is_no_attack(code):
    assert not triples(code("The bus that hit the Iraqi army truck was carrying pilgrims."), "ASSAULT")
