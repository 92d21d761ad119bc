"""Round 17 sprint, helper R2 (events/syntax.py, arguments.py, pairing.py): relative clauses on coordinated parties,
object relatives and possessive doers of acts. Sentences written for the test, each with a near miss."""

from __future__ import annotations

import pytest


def edges(code, text, type_=None):
    return {(ty, s, t) for ty, s, t, *_ in code(text) if type_ is None or ty == type_}


@pytest.mark.parametrize("text", [
    "Russia, which backs Syrian President Bashar Assad, and Turkey, which supports rebels fighting to oust him, "
    "brokered the cease-fire.",
    "Russia, which backs Assad, and Turkey, which supports the rebels, brokered the truce.",
    "Russia, which backed Assad, and Turkey, which supported the rebels, brokered the truce.",
])
def test_each_relative_clause_is_its_own_antecedents(code, text):
    found = edges(code, text, "SUPPORT")
    assert ("SUPPORT", "RUS", "BASHAR_AL_ASSAD") in found
    assert ("SUPPORT", "TUR", "ARMED_GROUP") in found
    assert ("SUPPORT", "RUS", "TUR") not in found  # the second party is no object of the first clause
    assert not any(s == "BASHAR_AL_ASSAD" for _, s, _ in found)  # the first clause's object does not back anyone


def test_the_second_clause_hung_on_an_apposition_is_the_second_partys(code):
    found = edges(code, "Washington, which arms Kyiv, and Beijing, which supports Moscow, traded barbs.", "SUPPORT")
    assert ("SUPPORT", "CHN", "RUS") in found and ("SUPPORT", "USA", "RUS") not in found


def test_a_restrictive_relative_still_has_its_noun_as_subject(code):
    found = edges(code, "The Houthi rebels who attacked the Saudi border post were killed.", "ASSAULT")
    assert ("ASSAULT", "HOUTHIS", "SAU") in found


def test_a_relative_clause_of_no_act_makes_no_edge(code):
    assert not any(t == "SYR" for _, _, t in edges(code, "Turkey, which borders Syria, sent troops."))


def test_an_object_relative_has_its_noun_as_object(code):
    text = "Nairobi vowed to defeat the militia the Kenyan army has been fighting since 2011."
    assert ("ASSAULT", "KEN.MIL", "KEN.REB") in edges(code, text, "ASSAULT")


def test_an_object_relative_on_a_thing_has_no_party_target(code):
    text = "Officials in Baghdad warned of a threat the Iraqi army and the coalition have been fighting for years."
    assert {(s, t) for _, s, t in edges(code, text, "ASSAULT")} == {("IRQ.MIL", None)}


@pytest.mark.parametrize("text", [
    "Witnesses described a hospital Russia is operating in Serbia.",
    "Residents fled the town the army withdrew from in March.",  # a stranded "from": the town is not withdrawn
])
def test_an_object_relatives_place_is_no_target(code, text):
    assert not any(t == "SRB" for _, _, t in edges(code, text))
    assert not any(ty == "RETREAT" and t is not None for ty, _, t in edges(code, text))


def test_coordinated_possessors_each_do_the_act(code):
    found = edges(code, "Critics blamed Egypt's and the UAE's arming of Haftar for the war.", "AID")
    assert {("AID", "EGY", "KHALIFA_HAFTAR"), ("AID", "ARE", "KHALIFA_HAFTAR")} <= found
    found = edges(code, "Activists denounced Qatar's and Turkey's funding of the militias.", "AID")
    assert {s for _, s, _ in found} == {"QAT", "TUR"}


@pytest.mark.parametrize("text", [
    "Diplomats see nothing wrong with Egypt's arming Haftar, while Libyan protesters rallied in Tripoli.",
    "Egypt's arming Haftar angered Libyan protesters.",
])
def test_a_gerunds_possessor_is_its_doer(code, text):
    assert edges(code, text, "AID") == {("AID", "EGY", "KHALIFA_HAFTAR")}


@pytest.mark.parametrize(("text", "owner"), [
    ("Officials criticised Russia's Syria policy.", "RUS"),
    ("Officials criticised Iran's Iraq strategy.", "IRN"),
])
def test_a_possessors_policy_on_a_country_is_the_possessors_and_no_act(code, text, owner):
    found = edges(code, text)
    assert found == {("ACCUSE", None, owner)}


def test_a_possessors_operation_in_a_country_is_not_the_countrys(code):
    found = edges(code, "Officials praised Turkey's Syria operation.", "ASSAULT")
    assert ("ASSAULT", "TUR", None) in found and not any(s == "SYR" for _, s, _ in found)


def test_a_participle_on_a_crowd_is_the_crowds_act(code):
    text = "Police in Kenya arrested protesters demanding the release of the opposition leader."
    assert {s for ty, s, _ in edges(code, text, "REQUEST")} == {"KEN.PRT"}  # not the police
    found = edges(code, "Turkey, which supports rebels fighting to oust Assad, met Iran.", "ASSAULT")
    assert not any(s == "TUR" for _, s, _ in found)


def test_a_participle_on_a_thing_is_still_its_hosts_subjects(code):
    found = edges(code, "Iran issued a statement accusing Israel of the attack.", "ACCUSE")
    assert ("ACCUSE", "IRN", "ISR") in found


def test_a_relative_clause_the_parser_made_a_participle_is_active(code):
    text = "The Houthis the Saudi-led coalition bombed in Yemen vowed revenge."
    found = edges(code, text)
    assert ("ASSAULT", "COALITION.YEM", "HOUTHIS") in found
    assert not any(s == "COALITION.YEM" for ty, s, _ in found if ty == "THREATEN")  # the Houthis vowed it


def test_a_participle_with_no_noun_before_stays_passive(code):
    found = edges(code, "Houthi fighters killed in a Saudi strike were buried in Sanaa.", "ASSAULT")
    assert not any(s == "HOUTHIS" for _, s, _ in found)
