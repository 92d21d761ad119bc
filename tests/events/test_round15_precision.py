"""Round 15 (issue #12, helper E): spurious edges and wrong parties. The speaker of an attribution is never the
"them" of the act it reports; a town named only in an "in/near/at" phrase is where a private person acted, no
party; a vow of a stance, "a big deal", resigning an office, one person ducking for cover and "would not discuss"
are no events; each with its near miss (a threat vowed, a deal struck, forces retreating, a refusal to talk with a
state). Sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def edges(rules):
    """edges(text) -> [(type, source, target, polarity)] on the rules-only path."""
    return lambda text: [(e.type, e.source, e.target, e.polarity)
                         for e in rules.extract(document_from_text(text, guess_title=False)).events]


def test_the_speaker_is_not_them(edges):
    text = ("Sergeant Dan Carter described the ambush. Marcus Reed opened fire on two deputies. "
            "Reed returned to shoot them both dead, Carter said.")
    found = edges(text)
    assert found and not any(t == "dan-carter" for _, _, t, _ in found)


def test_a_group_speaker_may_still_be_them(edges):
    text = "Kenyan police said gunmen ambushed them near the border on Sunday."
    assert ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.KEN", "KEN.POL", "asserted") in edges(text) or any(
        t == "KEN.POL" for _, _, t, _ in edges(text))


@pytest.mark.parametrize("text", [
    "Kyle Stone, 40, fired shots at Springfield, Ohio, police said.",
    "Kyle Stone, 40, carried out the shooting in Springfield, Ohio, police said.",
])
def test_a_town_is_where_a_private_person_fired_not_whom(edges, text):
    found = edges(text)
    assert ("ASSAULT", "kyle-stone", None, "asserted") in found
    assert not any(t == "USA" for _, _, t, _ in found)


@pytest.mark.parametrize("text, edge", [
    ("Israel launched strikes in Syria overnight.", ("ASSAULT", "ISR", "SYR", "asserted")),
    ("Residents rioted in Kano on Sunday.", ("PROTEST", "NGA.CVL", None, "asserted")),  # round 21: no state target
    ("Troy Beck, 31, opened fire on a crowd in Dayton on Friday.", ("ASSAULT", "troy-beck", "PROTESTERS", "asserted")),
])
def test_a_states_strikes_in_a_country_and_a_named_target_stay(edges, text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize("text", [
    "Senator Hal Brooks has vowed to be tough on crime.",
    "Troy Beck, 31, said he would resign his position at the store next month.",
    "Nora Vance didn't want to make a big deal over the stolen phone, police said.",
    "The gunman retreated into the building for cover, police said.",
    "Mayor Tom Ellis would not discuss the case.",
    "Officers investigating the robbery report arrived at the house in Kenya.",
    "The road was closed on Saturday while Kenyan police investigated.",
])
def test_idioms_and_private_moves_are_no_events(edges, text):
    assert [e for e in edges(text) if e[0] in ("AGREE", "RETREAT", "REJECT", "ACCUSE")] == []


@pytest.mark.parametrize("text, edge", [
    ("Iran vowed to retaliate against Israel.", ("THREATEN", "IRN", "ISR", "asserted")),
    ("Georgian President Eduard Shevardnadze resigned on Sunday.", ("RETREAT", "EDUARD_SHEVARDNADZE", None, "asserted")),
    ("Senator Hal Brooks vowed to crack down on gangs in Ohio.", ("THREATEN", "hal-brooks", "USA.REB", "asserted")),
    ("Iran vowed to cooperate with the IAEA.", ("AGREE", "IRN", "IAEA", "asserted")),
    ("Russian forces retreated from the town of Kherson.", ("RETREAT", "RUS.MIL", "UKR", "asserted")),
    ("Egypt would not discuss the dam with Ethiopia.", ("REJECT", "EGY", "ETH", "asserted")),
    ("The UN is investigating Israel over the strike.", ("ACCUSE", "UN", "ISR", "asserted")),
    ("Troy Beck, 31, was investigated for assault last year, police said.", ("ACCUSE", None, "troy-beck", "asserted")),
])
def test_the_true_senses_stay(edges, text, edge):
    assert edge in edges(text)


def test_a_deal_struck_is_still_an_agreement(edges):
    assert any(t == "AGREE" for t, _, _, _ in edges("Kenya and Somalia struck a deal on the border."))


def test_them_may_hold_a_speaker_who_tells_of_being_there(edges):
    found = edges("Joe Callen told police he had been at the motor home when two men came up shooting at them.")
    assert any(t == "ASSAULT" and g == "joe-callen" for t, _, g, _ in found)
