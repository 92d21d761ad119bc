"""Criticism with no verb of accusing (issue 12 round 13): saying that a party or its act is a crime, a violation or
illegal accuses it ("X said Y's strikes were a violation"); a verdict denied, a neutral description or a place named
in the clause accuses no one. Sentences written for the test."""

from __future__ import annotations

import pytest


def accused(code, text):
    return {(r[1], r[2]) for r in code(text) if r[0] == "ACCUSE" and r[3] == "asserted"}


@pytest.mark.parametrize("text, pair", [
    ("Austria said the Serbian raids were a violation of the truce.", ("AUT", "SRB")),
    ("Chile insisted the Bolivian blockade was illegal.", ("CHL", "BOL")),
    ("Ghana said Togo's decision constituted a provocation.", ("GHA", "TGO")),
])
def test_saying_an_act_is_a_crime_or_illegal_accuses_its_doer(code, text, pair):
    assert pair in accused(code, text)


@pytest.mark.parametrize("text", [
    "Austria said the Serbian raids were not a violation of the truce.",
    "Chile said the Bolivian proposal was a good start.",
    "Ghana said Togo was a close neighbour.",
    "Chile said the referendum in Bolivia was illegitimate.",
])
def test_a_denied_verdict_a_neutral_word_or_a_place_accuses_no_one(code, text):
    assert not accused(code, text)
