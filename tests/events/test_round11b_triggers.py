"""Triggers left from issue 12 round 11: criticism by a figure of speech ("lashed out at", "took aim at"), naming an
act with two objects ("branded the raid a provocation"), demands with "needs to", contesting charges in court, and
false triggers (an inquiry ordered, operations of a business, a vow to keep trying). Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]  # rows of code: (type, src, tgt, polarity, ...)


def pairs(rows, type_):
    return {(r[1], r[2]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, pair", [
    ("Turkey lashed out at Sweden over the burning of the book.", ("TUR", "SWE")),
    ("The Chinese foreign ministry hit out at Japan over the visit.", ("CHN.GOV", "JPN")),
    ("The Iranian president took aim at the United States in a long speech.", ("IRN.GOV", "USA")),
])
def test_a_verbal_attack_by_a_figure_of_speech_accuses(code, text, pair):
    rows = code(text)
    assert pair in pairs(rows, "ACCUSE")
    assert not asserted(rows, "ASSAULT")  # "lashed" is no whipping here


@pytest.mark.parametrize("text, pair", [
    ("Jordan branded the Israeli raid a provocation.", ("JOR", "ISR")),
    ("Egypt branded the Israeli strike a crime.", ("EGY", "ISR")),
])
def test_naming_an_act_parsed_with_two_objects_accuses_its_doer(code, text, pair):
    assert pair in pairs(code(text), "ACCUSE")


def test_a_report_that_someone_needs_to_act_is_a_request_and_the_act_is_not_asserted(code):
    rows = code("The Pentagon said Russia needs to withdraw its troops from the border.")
    assert ("USA.GOV.DOD", "RUS") in pairs(rows, "REQUEST")
    assert not asserted(rows, "RETREAT")


@pytest.mark.parametrize("text", [
    "Brazil needs to cut its budget deficit, Finance Minister Carlos Mendes said on Monday.",
    "The Kenyan interior minister said Kenya needs to hire more teachers.",
])
def test_what_a_speaker_says_their_own_state_needs_to_do_is_no_request(code, text):
    rows = code(text)
    assert not asserted(rows, "REQUEST")


def test_needing_a_thing_is_no_request(code):
    assert not asserted(code("Germany said Turkey needs more time."), "REQUEST")


@pytest.mark.parametrize("text, src", [
    ("The Kenyan minister is fighting the charges.", "KEN.GOV"),
    ("The Nigerian governor appealed the verdict.", "NGA.GOV"),
])
def test_contesting_charges_in_court_rejects_them(code, text, src):
    rows = code(text)
    assert any(r[0] == "REJECT" and r[1] == src for r in asserted(rows, "REJECT"))
    assert not asserted(rows, "ASSAULT") and not asserted(rows, "REQUEST")


def test_fighting_rebels_is_still_an_attack(code):
    assert ("KEN.MIL", "ARMED_GROUP") in pairs(code("The Kenyan army fought the rebels near the border."), "ASSAULT")


def test_an_ordered_inquiry_is_the_inquiry_not_a_request(code):
    rows = code("The Kenyan president ordered an investigation into the police.")
    assert ("KEN.GOV", "KEN.POL") in pairs(rows, "ACCUSE")
    assert not asserted(rows, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Chinese company expanded its mining operations in Zambia.",
    "The minister ordered an audit, focusing on the daily operations of the prison.",
    "The Nigerian president put a general in charge of the police.",
])
def test_business_operations_and_being_in_charge_are_no_attack(code, text):
    assert not asserted(code(text), "ASSAULT")


@pytest.mark.parametrize("text, pair", [
    ("The Russian army launched a military operation.", ("RUS.MIL", None)),
    ("The Israeli army launched an operation against Hamas in Jenin.", ("ISR.MIL", "HAMAS")),
])
def test_a_military_or_aimed_operation_is_still_an_attack(code, text, pair):
    assert pair in pairs(code(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Obama vowed to keep trying to pass the bill.",
    "Russia vowed to keep its troops in Syria.",
])
def test_a_vow_to_keep_on_with_no_hostile_act_is_no_threat(code, text):
    assert not [r for r in code(text) if r[0] == "THREATEN"]


def test_a_vow_to_keep_up_a_fight_is_a_threat(code):
    assert ("TUR.GOV", "PKK") in pairs(code("The Turkish president vowed to keep up the fight against the PKK."),
                                       "THREATEN")
