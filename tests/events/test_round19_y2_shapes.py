"""Shapes that printed wrong state-level edges (issue 12 round 19, Y2): an attack noun's "from" party is its doer, an
armed force burning tires protests nothing, migrants or storms arriving in a country visit no one, and a
"should" before its subject ("should X fall") is a condition, no request. Sentences
written for the test, with near misses."""

from __future__ import annotations

import pytest


def of_type(code_modes, text, type_):
    return {(s, t) for ty, _, s, t, _ in code_modes(text) if ty == type_}


@pytest.mark.parametrize("text, source", [
    ("The offensive was backed by relentless airstrikes from Russian warplanes.", "RUS.MIL"),
    ("Kurdish villages were hit by airstrikes from Turkish jets.", "TUR.MIL"),
])
def test_an_attack_nouns_from_party_is_its_doer(code_modes, text, source):
    got = of_type(code_modes, text, "ASSAULT")
    assert any(s == source for s, _ in got)
    assert not any(t == source for _, t in got)


@pytest.mark.parametrize("text", [
    "The camp depends on aid from the United Nations.",
    "Refugees from Syria crossed into Jordan.",
    "The factory faced a strike from the union.",
])
def test_a_from_party_of_no_attack_is_no_attacker(code_modes, text):
    assert not of_type(code_modes, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Islamic State fighters burned tires and oil to hide their movements from aircraft.",
    "Taliban militants torched tyres along the road before the assault.",
    "Nigerian troops burned tires to clear the area.",
])
def test_an_armed_force_burning_tires_protests_nothing(code_modes, text):
    assert not of_type(code_modes, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "Protesters burned tires in the streets of Port-au-Prince.",
    "Hezbollah supporters burned tires and blocked roads in Beirut.",
])
def test_a_crowd_burning_tires_still_protests(code_modes, text):
    assert of_type(code_modes, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "More than 50,000 refugees and migrants arrived in Spain this year.",
    "Thousands of asylum seekers have arrived in Malta since March.",
    "Nearly two million tourists arrived in Thailand in January.",
    "Tropical Storm Maria arrived in Cuba on Tuesday.",
])
def test_migrants_tourists_or_storms_arriving_visit_no_one(code_modes, text):
    assert not of_type(code_modes, text, "CONSULT")


@pytest.mark.parametrize("text, pair", [
    ("The Chinese foreign minister arrived in Nairobi on Monday.", ("CHN.GOV", "KEN")),
    ("A Turkish delegation arrived in Baghdad for talks.", ("TUR.GOV", "IRQ")),
    ("A high-level delegation arrived in Havana on Tuesday.", (None, "CUB")),
])
def test_officials_or_delegations_arriving_still_visit(code_modes, text, pair):
    assert pair in of_type(code_modes, text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The advance prompted Kenyan officials to suggest that the militia may retreat north should Kismayo begin to fall.",
    "Officials said the rebels would withdraw should Somalia agree to talks.",
])
def test_an_inverted_should_is_a_condition_and_asks_nothing(code_modes, text):
    assert not of_type(code_modes, text, "REQUEST")


@pytest.mark.parametrize("text, pair", [
    ("Kenyan officials suggested that Somalia should negotiate.", ("KEN.GOV", "SOM")),
    ("Kenyan officials said Somalia should agree to talks.", ("KEN.GOV", "SOM")),
])
def test_a_should_after_its_subject_still_asks(code_modes, text, pair):
    assert pair in of_type(code_modes, text, "REQUEST")


def test_a_suggested_subjunctive_asks_its_subject(code_modes):
    assert ("EGY", "ETH") in of_type(code_modes, "Egypt suggested that Ethiopia negotiate with Sudan.", "REQUEST")


@pytest.mark.parametrize("text", [
    "Egypt suggested that Ethiopia negotiated with Sudan.",
    "Egypt suggested that Ethiopia may have armed the rebels.",
])
def test_a_suggested_fact_or_possibility_asks_nothing(code_modes, text):
    assert not of_type(code_modes, text, "REQUEST")
