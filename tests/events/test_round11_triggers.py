"""Interaction statements missed in running news prose (issue 12 round 11): denials that reject their accuser,
support and aid a party has or acts with, meetings named in a clause's adjunct, discussions "with" someone,
calling an act terrorism, laws that target a group, bullets that hit someone. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]  # rows of code: (type, src, tgt, polarity, ...)


def pairs(rows, type_):
    return {(r[1], r[2]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, pair", [
    ("Russia accused Ukraine of shelling the dam. Kyiv denied the allegations.", ("UKR", "RUS")),
    ("Russia accused Ukraine of shelling the dam. Kyiv denied it.", ("UKR", "RUS")),
    ("Israel accused Hezbollah of firing rockets. Hezbollah denied firing any rockets.", ("HEZBOLLAH", "ISR")),
    ("Iran rejected Washington's accusations.", ("IRN", "USA")),
    ("Iran rejected the accusation by Washington.", ("IRN", "USA")),
    ("Tehran dismissed the American claims.", ("IRN", "USA")),
])
def test_a_denial_rejects_its_accuser(code, text, pair):
    assert pair in pairs(code(text), "REJECT")


@pytest.mark.parametrize("text", [
    "Russia accused Ukraine of shelling the dam. Kyiv did not deny the allegations.",  # no denial
    "Turkey has denied the allegations.",  # no accuser named
    "Russia accused Ukraine of shelling the dam. Poland denied the allegations.",  # Poland was accused of nothing
    "Ankara denied any involvement in the attack.",
])
def test_a_denial_rejects_no_one_without_a_clear_accuser(code, text):
    assert not asserted(code(text), "REJECT")


def test_the_denied_act_stays_negated_in_the_deniers_voice(code):
    rows = code("Russia accused Ukraine of shelling the dam. Kyiv denied the allegations.")
    assert any(r[0] == "ASSAULT" and r[1] == "UKR" and r[3] == "negated" and r[5] == "Ukraine" for r in rows)


@pytest.mark.parametrize("text, type_, pair", [
    ("With backing from Iran, the Houthis advanced on Marib.", "SUPPORT", ("IRN", "HOUTHIS")),
    ("Hezbollah enjoys the support of Iran.", "SUPPORT", ("IRN", "HEZBOLLAH")),
    ("Thanks to support from Turkey, the Syrian National Army took the town.", "SUPPORT", ("TUR", "SNA")),
    ("The Houthis fought on with help from Iran.", "AID", ("IRN", "HOUTHIS")),
])
def test_support_a_party_has_or_acts_with_is_the_givers(code, text, type_, pair):
    assert pair in pairs(code(text), type_)


@pytest.mark.parametrize("text", [
    "Hezbollah enjoys the support of Iran.",  # the holder is not the giver
    "The Houthis advanced with no help from Iran.",  # no help: never asserted
])
def test_the_holder_of_support_gives_none(code, text):
    rows = code(text)
    assert ("HEZBOLLAH", "IRN") not in pairs(rows, "SUPPORT")
    assert ("IRN", "HOUTHIS") not in pairs(rows, "AID")


@pytest.mark.parametrize("text, pair", [
    ("After talks with Putin, Erdogan said the ceasefire would hold.", ("RECEP_TAYYIP_ERDOGAN", "VLADIMIR_PUTIN")),
    ("During a meeting with the Iraqi prime minister, the Saudi crown prince pledged support.", ("SAU", "IRQ.GOV")),
    ("Putin told Erdogan in a phone call that the troops would stay.", ("VLADIMIR_PUTIN", "RECEP_TAYYIP_ERDOGAN")),
    ("Erdogan held discussions with Putin on the Syrian crisis.", ("RECEP_TAYYIP_ERDOGAN", "VLADIMIR_PUTIN")),
    ("Hamas officials have been in contact with Egyptian mediators.", ("HAMAS", "EGY")),
])
def test_a_meeting_in_a_clauses_adjunct_is_its_subjects(code, text, pair):
    assert pair in pairs(code(text), "CONSULT")


def test_a_meeting_in_an_adjunct_is_told_in_the_authors_voice(code):
    rows = [r for r in code("Putin told Erdogan in a phone call that the troops would stay.") if r[0] == "CONSULT"]
    assert rows and all(r[4] == "author" for r in rows)


@pytest.mark.parametrize("text", [
    "After the call for calm, Erdogan said the ceasefire would hold.",  # a call for something is no phone call
    "The minister did not speak in a meeting with the Iraqi envoy.",
    "In an interview with Reuters, Haftar said the war would go on.",  # how a statement was made: no meeting
])
def test_no_meeting_without_one(code, text):
    assert not asserted(code(text), "CONSULT")


@pytest.mark.parametrize("text, pair", [
    ("Israel called the attack by Hamas an act of terrorism.", ("ISR", "HAMAS")),
    ("Kyiv described the strike on the hospital by Russia as a terrorist act.", ("UKR", "RUS")),
])
def test_calling_an_act_terrorism_accuses_its_doer(code, text, pair):
    assert pair in pairs(code(text), "ACCUSE")


def test_an_act_of_kindness_is_no_accusation(code):
    assert not asserted(code("Israel called the release of the hostages an act of kindness."), "ACCUSE")


def test_encouraging_a_party_to_act_is_a_request(code):
    rows = code("The European Union strongly encourages the government of Serbia to repeal the law.")
    assert ("EU", "SRB.GOV") in pairs(rows, "REQUEST")


def test_seeking_to_do_something_asks_no_one(code):
    assert not [r for r in code("Reformers who seek to increase transparency in Moldova met on Monday.")
                if r[0] == "REQUEST"]


@pytest.mark.parametrize("text", ["The new Georgian law targets Georgian journalists.", "This Hungarian decree targets Hungarian activists."])
def test_a_law_that_targets_a_group_restricts_it(code_modes, text):
    rows = code_modes(text)
    assert not [r for r in rows if r[0] == "ASSAULT"]
    assert [r for r in rows if r[0] == "COERCE" and r[1] == "restrict" and r[3] is not None]


@pytest.mark.parametrize("text", ["One of the bullets hit a boy in Detroit.", "Gunfire struck two passers-by in Memphis."])
def test_bullets_that_hit_someone_are_a_shooting(code_modes, text):
    assert [r for r in code_modes(text) if r[0] == "ASSAULT" and r[1] == "firearms" and r[3] is not None]


@pytest.mark.parametrize("text, pair", [
    ("The American envoy sat down with Taliban negotiators in Doha.", ("USA.GOV", "TALIBAN")),
    ("Erdogan addressed a meeting with Putin in Ankara.", ("RECEP_TAYYIP_ERDOGAN", "VLADIMIR_PUTIN")),
    ("Iran's foreign minister held a joint news conference with his Danish counterpart.", ("IRN.GOV", "DNK")),
    ("The Ethiopian prime minister addressed the Kenyan parliament.", ("ETH.GOV", "KEN.LEG")),
])
def test_meetings_visits_and_addresses_consult(code, text, pair):
    assert pair in pairs(code(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Putin flew to Tehran on Monday.",  # a journey to a place is no meeting of its state
    "The minister addressed the issue of Iranian arms.",  # a topic, no body addressed
    "Iran's foreign minister held a news conference in Tehran.",  # with no one
])
def test_no_consultation_without_a_party_met(code, text):
    assert not asserted(code(text), "CONSULT")


def test_speaking_out_against_a_party_accuses_it(code):
    assert ("BARACK_OBAMA", "KEN.GOV") in pairs(code("Obama spoke out against the Kenyan government."), "ACCUSE")


def test_a_court_hearing_investigates_no_one_named(code):
    assert not [r for r in code("Supporters of the two guards attended the court hearing in Manhattan.")
                if r[0] == "ACCUSE"]


def test_pressure_to_the_negotiating_table_is_coercion_still_to_come(code):
    rows = code("Washington wants to pressure Iran to the negotiating table.")
    assert any(r[0] == "COERCE" and (r[1], r[2]) == ("USA", "IRN") and r[3] == "hypothetical" for r in rows)
    assert not [r for r in rows if r[0] == "REQUEST"]


@pytest.mark.parametrize("text, pair", [
    ("Kyiv called the Russian referendum illegal.", ("UKR", "RUS")),
    ("Pakistan called the Indian strike an act of aggression.", ("PAK", "IND")),
    ("Iran called the American sanctions a crime against humanity.", ("IRN", "USA")),
])
def test_calling_a_partys_act_a_crime_or_illegal_accuses_the_party(code, text, pair):
    assert pair in pairs(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Egyptian prime minister called the agreement with Sudan a success.",  # praise
    "Analysts called the situation in Lebanon a crisis.",  # no party
])
def test_calling_something_a_success_or_a_situation_accuses_no_one(code, text):
    assert not asserted(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Iranian army troops march in a parade outside Tehran.",
    "Israel says the Palestinian refusal is blocking Mideast peace.",
    "The candidate greeted supporters at his campaign rally in Omaha.",
])
def test_parades_abstract_blocking_and_campaign_rallies_are_no_protest(code, text):
    assert not [r for r in code(text) if r[0] == "PROTEST"]


@pytest.mark.parametrize("text", ["Demonstrators blocked roads in Bogota.", "Farmers blocked traffic on the A1 in Paris."])
def test_blocking_a_road_or_traffic_is_still_a_protest(code, text):
    assert asserted(code(text), "PROTEST")
