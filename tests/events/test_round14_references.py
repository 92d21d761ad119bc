"""Round 14 (issue #12, helper F): parties named by reference. "The two sides", "both countries", "the two leaders"
stand for the pair named just before (exactly two parties of the noun's kind, in the same voice, no place, no
speaker of the clause); "the attack" a group "carried out" is aimed at whom its earlier attack was. Near misses:
three candidates, a speaker, a quotation, a pair of another kind. Sentences written for these tests."""

from __future__ import annotations

import pytest


def of_type(code, text, kind):
    return [r for r in code(text) if r[0] == kind]


def pairs(code, text, kind):
    return {(r[1], r[2]) for r in of_type(code, text, kind)}


@pytest.mark.parametrize("text, kind, a, b", [
    ("Armenia and Azerbaijan held talks in Brussels on Tuesday. The two sides agreed to a new border regime.",
     "AGREE", "ARM", "AZE"),
    ("Peru and Chile signed a fisheries accord in Lima. Both countries agreed to share patrol data.", "AGREE", "PER", "CHL"),
    ("Sudan and South Sudan signed an oil deal in Juba. The two neighbours fought a short war in 2012.",
     "ASSAULT", "SDN", "SSD"),
])
def test_a_pair_noun_stands_for_the_two_parties_named_before(code, text, kind, a, b):
    found = pairs(code, text, kind)
    assert (a, b) in found and (b, a) in found


def test_the_two_leaders_are_the_two_persons_not_their_countries(code):
    text = ("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. "
            "The two leaders agreed to back the new budget.")
    found = pairs(code, text, "AGREE")
    assert {s for s, _ in found} == {"EMMANUEL_MACRON", "OLAF_SCHOLZ"}


@pytest.mark.parametrize("text", [
    # three parties of the noun's kind: no one pair
    "Armenia, Azerbaijan and Georgia held talks in Brussels on Tuesday. The two sides agreed to a new border regime.",
    # the pair was named only inside another voice's quotation
    '"Azerbaijan must talk to Armenia," the mediator said on Monday. The two sides agreed to a new border regime.',
    # a speaker of the sentence before is a third state
    "Armenia and Azerbaijan held talks in Brussels on Tuesday, Georgia said. The two countries agreed to a new border regime.",
])
def test_no_pair_when_the_antecedents_are_not_exactly_two(code, text):
    found = of_type(code, text, "AGREE")
    assert not any(r[1] in ("ARM", "AZE") and r[2] in ("ARM", "AZE") for r in found)


def test_two_men_with_only_states_named_are_not_the_states(code):
    found = of_type(code, "Peru and Chile held talks on Friday. The two men agreed to share patrol data.", "AGREE")
    assert not any(r[1] in ("PER", "CHL") for r in found)


def test_a_place_is_no_side(code):
    """"in Brussels" would make Belgium a third state: the place does not count, so the pair is found."""
    text = "Greece and Turkey held talks in Brussels on Tuesday. The two countries agreed to reopen the hotline."
    assert ("GRC", "TUR") in pairs(code, text, "AGREE")


def test_the_attack_a_group_carried_out_is_aimed_at_its_earlier_target(code):
    text = "Al-Shabaab fighters stormed a Kenyan army base on Sunday. The group said it carried out the attack."
    found = of_type(code, text, "ASSAULT")
    assert len(found) >= 2 and all(r[2] == "KEN" for r in found)


def test_an_attack_with_no_earlier_target_stays_without_one(code):
    text = "Al-Shabaab held a rally in Mogadishu on Sunday. The group said it carried out the attack."
    assert all(r[2] is None for r in of_type(code, text, "ASSAULT"))


def test_the_neighbours_are_the_two_states_just_named(code):
    text = ("Chile has deepened its ties with Argentina to fight smuggling along the shared border. "
            "In 2019 the neighbours signed a deal to patrol the border together.")
    assert {r[1] for r in of_type(code, text, "SUPPORT")} >= {"CHL", "ARG"}


def test_neighbours_of_a_local_report_are_no_states(code):
    text = "Police said a man stabbed a woman in Leeds on Sunday. The neighbours said they had called police."
    assert not any(r[1] == "GBR" for r in code(text))
