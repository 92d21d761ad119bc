"""Diplomatic and cooperative wording of round 18 (D): concern voiced about a party's act (events/concerns.py), a party
briefed, informed or spoken to and the police told what a resident saw (events/briefings.py), the brokers of one deal,
a trip "to X for talks" (events/diplomacy.py). Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def coded(code, text):
    return {r[:3] for r in code(text)}


def of_type(code, text, type_):
    return {(s, t) for ty, s, t in coded(code, text) if ty == type_}


@pytest.mark.parametrize("text, pair", [
    ("Canada has expressed concern about a naval base China is building in Cambodia.", ("CAN", "CHN")),
    ("The European Union voiced concerns over Russia's military drills near the border.", ("EU", "RUS")),
    ("Japan is worried about North Korea's missile launches.", ("JPN", "PRK")),
    ("Kenya raised concerns about the conduct of Ugandan troops.", ("KEN", "UGA.MIL")),
])
def test_concern_about_a_partys_act_accuses_it(code, text, pair):
    assert pair in of_type(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The UN expressed concern for the victims of the floods.",  # sympathy, no one accused
    "Australia expressed concern about Navalny's health.",  # his welfare, not his act
    "France is not concerned about the Italian proposal.",  # negated
    "The bank expressed concern about the economy.",  # a state of things, no party
    "Amnesty International has raised concern about the rising number of civilian deaths.",
    "Neighbours in Denver were worried about the gunman.",  # residents fear him, accuse no one
    "The senator said he thought Iran's leaders were concerned about Israel's drone program.",  # a guess at them
    # who reports the deal is no party to it
    "Afghanistan's government is expressing concerns about a deal that a U.S. envoy says has been reached.",
])
def test_concern_for_someone_or_about_no_party_accuses_no_one(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ACCUSE" and t[1] and t[2]]


@pytest.mark.parametrize("text, pair", [
    ("Sergei Lavrov spoke to Antony Blinken before the summit.", ("SERGEI_LAVROV", "ANTONY_BLINKEN")),
    ("The Kenyan president briefed the Ugandan government on the talks.", ("KEN.GOV", "UGA.GOV")),
    ("The Somali government was informed of the decision by the Kenyan envoy.", ("KEN.GOV", "SOM.GOV")),
    ("Putin talked to Erdogan on Tuesday.", ("VLADIMIR_PUTIN", "RECEP_TAYYIP_ERDOGAN")),
])
def test_a_party_briefed_or_spoken_to_is_consulted(code, text, pair):
    assert pair in of_type(code, text, "CONSULT")


def test_a_caption_subject_hung_on_its_place_in_the_picture_speaks(code):
    text = "Russian Foreign Minister Sergei Lavrov, left, speaks to Antony Blinken before their news conference."
    assert ("SERGEI_LAVROV", "ANTONY_BLINKEN") in of_type(code, text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The minister spoke to Reuters on Tuesday.",  # an outlet is no counterpart
    "Putin talked to Reuters on Tuesday.",
    "The governor spoke to reporters in Denver.",
    "She talked to her brother about the game.",  # private persons
    "According to informed sources, the deal with Kenya is close.",
    "The Kenyan foreign ministry informed the Ugandan News Agency on Saturday.",  # an outlet, named for its country
    "The Kenyan opposition notified the judge that it had settled the case.",  # a court told: procedure
    "The Kenyan opposition informed the judge that it had settled the case.",
    "In Ohio, the parties informed the police that they had reached an agreement.",  # a lawsuit's parties
])
def test_outlets_reporters_and_relatives_are_not_consulted(code, text):
    assert not [t for t in coded(code, text) if t[0] == "CONSULT" and t[2]]


def test_a_resident_telling_the_police_what_she_saw_cooperates(code):
    found = of_type(code, "In Detroit, a neighbour told the police officers what she had seen.", "COOPERATE")
    assert ("USA.CVL", "USA.POL") in found


@pytest.mark.parametrize("text", [
    "In Denver, the suspect told police he had acted in self-defence.",  # a statement, nothing reported to them
    "In Denver, the officer told the woman what to do.",  # the police telling, not told
])
def test_a_statement_to_the_police_or_by_them_is_no_cooperation(code, text):
    assert not of_type(code, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "Egypt and Qatar brokered the ceasefire.",
    "The truce was brokered by Egypt and Qatar last year.",
])
def test_the_brokers_of_one_deal_consult_each_other(code, text):
    assert {("EGY", "QAT"), ("QAT", "EGY")} <= of_type(code, text, "CONSULT")


def test_brokers_of_a_sale_are_no_parties(code):
    assert not of_type(code, "Two agents from Kenya and Uganda brokered the sale of the house.", "CONSULT")


@pytest.mark.parametrize("text, pair", [
    ("The Chinese foreign minister was heading to Nairobi on Monday for discussions.", ("CHN.GOV", "KEN")),
    ("Blinken traveled to Cairo for talks.", ("ANTONY_BLINKEN", "EGY")),
])
def test_a_trip_to_a_place_for_talks_consults_its_state(code, text, pair):
    assert pair in of_type(code, text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kenyan minister returned to Nairobi for talks.",  # his own country
    "The envoy flew to Geneva for talks between the two sides.",  # a venue of others' talks
    "The minister went to the hospital for tests.",
    "The Japanese foreign minister will head to Beijing for talks next week.",  # a plan, printed as done: left out
])
def test_a_trip_home_or_to_a_venue_consults_no_host(code, text):
    assert not [t for t in of_type(code, text, "CONSULT") if t[1] in ("KEN", "CHE", "CHN") and t[0] != t[1]]


def test_police_talking_to_residents_consult_them(code):
    assert ("USA.POL", "USA.CVL") in of_type(code, "In Dallas, police officers talked to residents on Tuesday.", "CONSULT")


def test_participation_suspended_in_talks_is_a_boycott(code):
    assert ("POL", "BLR") in of_type(code, "Poland suspended its participation in the talks with Belarus.", "SANCTION")
    assert not of_type(code, "The striker suspended his participation in training.", "SANCTION")


def test_a_trip_to_a_city_of_others_talks_consults_no_host(code):
    assert not [t for t in of_type(code, "The Iranian foreign minister flew to Vienna for talks.", "CONSULT") if t[1] == "AUT"]


@pytest.mark.parametrize("text, pair", [
    ("Officials said Russia has tightened its grip on Crimea since the war.", ("RUS", "UKR")),
    ("China continued to assert increasing control over Taiwan's outlying islands.", ("CHN", "TWN")),
    ("Russia has tightened its grip on Georgia's breakaway regions.", ("RUS", "GEO")),
])
def test_control_tightened_over_a_place_coerces_its_state(code, text, pair):
    assert pair in of_type(code, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The junta has tightened its grip on power.",
    "The goalkeeper from Ghana tightened his grip on the ball.",
    "The Kenyan president tightened his grip on the ruling party.",
    "The Kenyan government has tightened its grip on Kenya's media.",  # its own country's
    "Mexican police tightened control over the border.",
])
def test_a_grip_on_power_a_party_or_a_thing_coerces_no_state(code, text):
    assert not [t for t in of_type(code, text, "COERCE") if t[0] and t[1]]


def test_a_party_overruled_is_rejected(code):
    text = "John Kelly was overruled by Donald Trump on the appointment."
    assert ("DONALD_TRUMP", "john-kelly") in of_type(code, text, "REJECT")


@pytest.mark.parametrize("text", [
    "The judge in Nairobi overruled the objection.",
    "The driver ignored the warning light in Kenya.",
])
def test_a_thing_overruled_or_ignored_rejects_no_party(code, text):
    assert not [t for t in of_type(code, text, "REJECT") if t[0] and t[1]]


def test_export_controls_tightened_are_no_hold_on_a_place(code):
    found = coded(code, "Japan tightened export controls on South Korea in July.")
    assert ("COERCE", "JPN", "KOR") not in found


def test_the_two_sides_named_before_inform_a_body(code):
    text = "Armenia and Azerbaijan met in Brussels. The two sides informed the EU of their decision."
    assert {("ARM", "EU"), ("AZE", "EU")} <= of_type(code, text, "CONSULT")
