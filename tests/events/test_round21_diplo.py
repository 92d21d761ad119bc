"""Diplomatic wording (round 21): signing a deal stays SUPPORT, as PLOVER maps it (the analysts write AGREE), an accord "reached between" or a truce "brokered between" two parties has them agree; a ballot cast for a
party backs it; and three shapes that printed only wrong edges are left out — a request whose asker is unresolved, a
promise "agreed" with its promiser's own state (kept with no target), a vote by an unresolved pronoun, one
soldier's tour of duty. Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def of_type(code_modes, text, type_):
    return {(s, t) for ty, _, s, t, _ in code_modes(text) if ty == type_}


@pytest.mark.parametrize("text, pair", [
    ("Russia and Ukraine signed a peace deal in Minsk on Friday.", ("RUS", "UKR")),
    ("The United States and Britain signed the declaration on Tuesday.", ("USA", "GBR")),
])
def test_signing_a_deal_is_plover_support(code_modes, text, pair):
    a, b = pair
    assert {(a, b), (b, a)} <= of_type(code_modes, text, "SUPPORT")
    assert not of_type(code_modes, text, "AGREE")


def test_signing_a_deal_with_a_party_supports_it(code_modes):
    text = "Sudan signed a trade agreement with Egypt on Tuesday."
    assert ("SDN", "EGY") in of_type(code_modes, text, "SUPPORT")
    assert not of_type(code_modes, text, "AGREE")


@pytest.mark.parametrize("text, pair", [
    ("The agreement reached between Ethiopia and Eritrea ended two decades of hostility.", ("ETH", "ERI")),
    ("Under the accord reached between Kenya and Somalia, the border will reopen.", ("KEN", "SOM")),
])
def test_an_accord_reached_between_two_parties(code_modes, text, pair):
    a, b = pair
    assert {(a, b), (b, a)} <= of_type(code_modes, text, "AGREE")


def test_a_truce_brokered_between_two_sides_is_theirs(code_modes):
    text = "A truce brokered by Qatar between Israel and Hamas took effect on Sunday."
    agreed = of_type(code_modes, text, "AGREE")
    assert any(s == "ISR" for s, _ in agreed)
    assert not any("QAT" in (s, t) for s, t in agreed)  # the broker is no side of it


def test_brokers_of_a_truce_do_not_agree_with_each_other(code_modes):
    assert not of_type(code_modes, "Russia and Turkey brokered the truce in Idlib.", "AGREE")


def test_a_ballot_cast_for_a_party_backs_it(code_modes):
    text = "The town voted overwhelmingly for the Bharatiya Janata Party in 2014."
    assert any(t is not None for _, t in of_type(code_modes, text, "SUPPORT"))


@pytest.mark.parametrize("text", [
    "Lawmakers voted for the bill on Tuesday.",
    "Russia voted for the resolution in the Security Council.",
])
def test_a_vote_for_a_measure_backs_no_one(code_modes, text):
    assert not any(t is not None for _, t in of_type(code_modes, text, "SUPPORT"))


def test_a_vote_by_an_unresolved_pronoun_is_left_out(code_modes):
    assert not of_type(code_modes, "They said: \"I voted for the Bharatiya Janata Party last time.\"", "SUPPORT")


def test_an_agreement_about_a_peoples_goods_keeps_their_state(code_modes):
    got = of_type(code_modes, "Mexico and Canada agreed to lift retaliatory tariffs on American products.", "AGREE")
    assert ("MEX", "USA") in got


def test_a_promise_to_ones_own_state_keeps_the_promise(code_modes):
    got = of_type(code_modes, "The Serbian president promised to democratize Serbia.", "AGREE")
    assert got and all(t != "SRB" for _, t in got)


def test_a_thing_refused_keeps_its_owner(code_modes):
    text = "The Tanzanian government will not accept Chinese investment in the port."
    assert any(t == "CHN" for _, t in of_type(code_modes, text, "REJECT"))


def test_a_promise_to_a_state_other_than_ones_own_keeps_it(code_modes):
    assert ("SDN", "EGY") in of_type(code_modes, "Sudan pledged to respect Egypt's water rights.", "AGREE")


def test_a_request_with_no_asker_is_left_out(code_modes):
    assert not any(s is None for s, _ in of_type(code_modes, "The father appealed to Hamas to free his son.",
                                                  "REQUEST"))


def test_a_request_with_its_asker_is_kept(code_modes):
    got = of_type(code_modes, "Egypt appealed to Hamas to free the hostages.", "REQUEST")
    assert any(s is not None and s.startswith("EGY") for s, _ in got)


@pytest.mark.parametrize("text", [
    "Army Spc. Ivan Lopez deployed to Iraq in 2011.",
    "Ivan Lopez, 34, deployed to Egypt from January 2007 to January 2008.",
    "He was deployed to Afghanistan twice as a National Guard member.",
])
def test_one_soldiers_tour_mobilises_against_no_one(code_modes, text):
    assert not of_type(code_modes, text, "MOBILIZE")


def test_a_state_deploying_troops_still_mobilises(code_modes):
    assert ("RUS", "UKR") in of_type(code_modes, "Russia deployed troops to the border with Ukraine.", "MOBILIZE")
