"""Four argument bugs of issue 12 round 10b: a noun in a time adjunct has no host, an act warned against or kept
from happening is not asserted, a purpose clause after a visit is the visitor's, a noun expulsion of envoys "from"
a state is that state's. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]


def pairs(rows, type_):
    return {(r[1], r[2]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, doer, target", [
    ("Russia warned NATO against sending troops to Ukraine.", "NATO", "UKR"),
    ("China cautioned Japan against arming Taiwan.", "JPN", "TWN"),
    ("The United States warned Israel against attacking Lebanon.", "ISR", "LBN"),
    ("Washington stopped Israel from attacking Lebanon.", "ISR", "LBN"),
    ("Iran refrained from striking Israel after the talks.", "IRN", "ISR"),
    ("France prevented Mali from expelling Algerian diplomats.", "MLI", "DZA"),
])
def test_an_act_warned_against_or_kept_from_happening_is_not_asserted(code, text, doer, target):
    rows = code(text)
    assert not any(r[1] == doer and r[2] == target and r[3] == "asserted" for r in rows)


def test_an_act_warned_against_is_the_warners_word(code):
    rows = [r for r in code("Russia warned NATO against sending troops to Ukraine.") if r[1] == "NATO"]
    assert rows and all(r[3] != "asserted" and r[4] == "quoted" for r in rows)


def test_a_prevented_retreat_is_no_refusal(code):
    rows = code("Moscow stopped Belarus from withdrawing its troops from the border.")
    assert not any(r[0] == "REJECT" and r[1] == "BLR" for r in rows)


@pytest.mark.parametrize("text, host", [
    ("Zelensky visited Washington to seek military aid.", "USA"),
    ("The Iraqi prime minister visited Tehran on Monday to ask for weapons.", "IRN"),
    ("Kenya's president met the Somali leader in Nairobi to demand help against the Shabaab.", "SOM"),
    ("Kenya's foreign minister met his Ugandan counterpart to demand help against the rebels.", "UGA"),
])
def test_a_purpose_clause_after_a_visit_is_the_visitors(code, text, host):
    rows = code(text)
    assert not any(r[1] == host and r[0] == "REQUEST" for r in rows)


def test_a_purpose_clause_after_entering_a_country_is_the_entrants(code):
    rows = code("Russian troops entered Syria to fight ISIS.")
    assert not any(r[0] == "ASSAULT" and r[1] == "SYR" for r in rows)
    assert any(r[0] == "ASSAULT" and r[1] == "RUS.MIL" and r[2] == "ISIS" for r in rows)


def test_a_purpose_clause_still_reaches_whom_is_sent(code):
    assert ("GBR", "CYP") in pairs(code("Britain sent a warship to help Cyprus."), "AID")


@pytest.mark.parametrize("text, giver", [
    ("Turkey offered assistance to Somalia after the bombing.", "TUR"),
    ("Japan sent aid to Haiti following the attack on the capital.", "JPN"),
    ("Egypt pledged support to Sudan during the siege of the city.", "EGY"),
    ("Iran shipped fuel to Syria amid the bombing of Aleppo.", "IRN"),
    ("Qatar promised help to Lebanon before the offensive began.", "QAT"),
])
def test_a_noun_in_a_time_adjunct_is_not_the_main_verbs_act(code, text, giver):
    rows = code(text)
    assert not any(r[1] == giver and r[0] in ("THREATEN", "ASSAULT", "COERCE") for r in rows)


def test_a_noun_in_a_time_adjunct_keeps_its_own_doer(code):
    rows = code("Kenya sent food to Somalia after the Shabaab attack on Mogadishu.")
    assert not any(r[1] == "KEN" and r[0] == "ASSAULT" for r in rows)


def test_an_act_framed_by_a_light_verb_keeps_its_doer(code):
    rows = code("Rebels carried out a raid on the town during an offensive against Syria.")
    assert any(r[0] == "ASSAULT" and r[1] is not None for r in rows)



@pytest.mark.parametrize("text, expeller, expelled", [
    ("The expulsion of 20 Russian diplomats from Canada angered Moscow.", "CAN", "RUS.GOV"),
    ("Hungary criticised the expulsion of two Iranian envoys from Albania last year.", "ALB", "IRN.GOV"),
    ("The expulsion of Polish diplomats from Belarus followed the arrests.", "BLR", "POL.GOV"),
])
def test_envoys_expelled_from_a_state_are_expelled_by_it(code, text, expeller, expelled):
    assert (expeller, expelled) in pairs(code(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Poland condemned the expulsion of its diplomats from Russia.",
    "The expulsion of diplomats from Poland was announced on Monday.",
])
def test_an_expulsion_whose_from_may_be_a_nationality_names_no_doer(code, text):
    assert not asserted(code(text), "SANCTION")
