"""Mends after the round-19 precision review (issue 12): a hope about what befalls a party asks nothing of it, and
Kosovo (outside ISO 3166-1) is a state party. Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t) for ty, s, t, *_ in code(text) if ty == type_}


@pytest.mark.parametrize("text", [
    "Washington hopes the Assad regime will fall soon.",
    "Israel hopes the Iranian regime will collapse.",
    "Kyiv hopes Russia will pay for its crimes.",
    "Serbia hopes the rebels will be punished.",
    "Residents hope the army will leave their village.",
])
def test_a_hope_about_a_partys_fate_or_a_private_wish_asks_no_one(code, text):
    assert not edges(code, text, "REQUEST")


def test_a_state_hoping_a_party_will_act_still_asks_it(code):
    assert ("KEN", "UGA") in edges(code, "Kenya hopes Uganda will reopen the border next week.", "REQUEST")


@pytest.mark.parametrize("text, source, target", [
    ("Spain does not recognize Kosovo.", "ESP", "XKX"),
    ("Spain does not recognize Kosovo's independence.", "ESP", "XKX"),
])
def test_recognition_withheld_from_kosovo_rejects_it(code, text, source, target):
    assert (source, target) in edges(code, text, "REJECT")


def test_kosovar_forces_are_kosovo_s(code):
    assert ("XKX.POL", "SRB.CVL") in edges(code, "Kosovar police arrested three Serbian men near Mitrovica.", "COERCE")


@pytest.mark.parametrize("text", [
    "Bank charges against customers rose sharply in Kenya last year.",
    "Fuel charges against Ugandan hauliers doubled after the border dispute.",
])
def test_charges_that_are_prices_accuse_no_one(code, text):
    assert not edges(code, text, "ACCUSE")


def test_charges_against_a_party_still_stand(code):
    assert any(t == "GHA.CVL" or t for _, t in edges(
        code, "Prosecutors in Accra filed murder charges against two Ghanaian soldiers.", "ACCUSE"))


def test_a_bare_coalition_is_not_taken_from_an_earlier_sentence(code):
    text = ("Afghan soldiers patrolled the valley on Monday. The coalition against President Maduro includes four "
            "opposition parties.")
    assert not edges(code, text, "ASSAULT")


def test_a_coalition_named_in_its_own_phrase_still_attacks(code):
    assert edges(code, "The Saudi-led coalition against the Houthis bombed a wedding in Yemen.", "ASSAULT")


def test_abbreviated_koreas_are_states(code):
    found = edges(code, "S. Korea and the United States condemned N. Korea on Sunday.", "ACCUSE")
    assert ("KOR", "PRK") in found and ("USA", "PRK") in found


def test_criticism_of_its_record_is_the_other_party_s_record(code):
    found = edges(code, "Ankara rejected Brussels's criticism of its press freedom record.", "ACCUSE")
    assert found and all(s != t for s, t in found)


def test_a_statement_of_their_readiness_is_the_stater_s(code):
    text = "Kenya's announcement of its readiness to arm Somalia's army surprised Addis Ababa."
    assert ("KEN", "SOM.MIL") in edges(code, text, "AID")
