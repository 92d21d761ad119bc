"""Triggers missing on whole tune articles (issue 12 round 8b): judicial acts (sentencing, finding guilty), impeachment
and criminal proceedings, suspension from duty, operations a military speaker reports as going on, and a year that
dates an event noun. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]


def pairs(rows, type_):
    return {(r[2], r[3]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, source, target", [
    ("A Turkish court sentenced 20 Kurdish activists to prison.", "TUR.JUD", "KURDS.OPP"),
    ("The Iranian judiciary sentenced a French researcher to six years.", "IRN.JUD", "FRA"),
    ("A Russian court sentenced the American journalist to 16 years in a penal colony.", "RUS.JUD", "USA.MED"),
])
def test_sentencing_is_coercion_by_arrest(code_modes, text, source, target):
    rows = code_modes(text)
    assert (source, target) in pairs(rows, "COERCE")
    assert all(r[1] == "arrest" for r in asserted(rows, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("An Iranian court found the French researcher guilty of spying.", "IRN.JUD", "FRA"),
    ("The French researcher was found guilty by an Iranian court.", "IRN.JUD", "FRA"),
    ("A German court found a former Syrian officer guilty of crimes against humanity.", "DEU.JUD", "SYR.MIL"),
    ("A Russian court convicted the American journalist of espionage.", "RUS.JUD", "USA.MED"),
])
def test_finding_guilty_is_an_accusation(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "An Iranian court found the French researcher not guilty of spying.",
    "The German court did not find the Syrian officer guilty.",
    "Kenyan police found the stolen rifles in a warehouse.",
])
def test_acquittals_and_plain_finds_accuse_no_one(code_modes, text):
    assert not asserted(code_modes(text), "ACCUSE")


@pytest.mark.parametrize("text, source, target", [
    ("The opposition launched impeachment proceedings against the Brazilian president.", "BRA.OPP", "BRA.GOV"),
    ("Peruvian lawmakers started impeachment proceedings against the Peruvian president.", None, "PER.GOV"),
])
def test_impeachment_proceedings_accuse_their_target(code_modes, text, source, target):
    got = pairs(code_modes(text), "ACCUSE")
    assert any(t == target and (source is None or s == source) for s, t in got)


@pytest.mark.parametrize("text", [
    "The proceedings of the conference were published on Monday.",
    "The French government filed legal proceedings against a local bakery.",
])
def test_proceedings_without_a_party_are_no_accusation(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "ACCUSE"]


def test_suspension_from_duty_is_an_administrative_sanction(code_modes):
    rows = code_modes("The Kenyan police suspended three officers from duty.")
    assert [r for r in asserted(rows, "COERCE") if r[1] == "restrict" and r[2] == "KEN.POL"]


def test_suspending_no_one_from_a_listed_place_is_nothing(code_modes):
    assert not [r for r in code_modes("The Kenyan police suspended the search for the night.") if r[0] == "COERCE"]


@pytest.fixture(scope="module")
def code_voices(rules):
    def run(text: str):
        return [(e.type, e.source, e.target, e.polarity, e.voice.kind)
                for e in rules.extract(document_from_text(text)).events]
    return run


@pytest.mark.parametrize("text, source", [
    ("The Nigerian army said military operations were continuing in Borno state.", "NGA.MIL"),
    ("The Syrian army said military operations were continuing in the east.", "SYR.MIL"),
    ("The Iraqi army said the offensive was continuing near the border.", "IRQ.MIL"),
])
def test_operations_reported_going_on_by_the_army_are_its_own(code_voices, text, source):
    got = [r for r in code_voices(text) if r[0] == "ASSAULT" and r[1] == source]
    assert got and all(r[3] == "asserted" and r[4] != "author" for r in got)


@pytest.mark.parametrize("text", [
    "The Nigerian army said rebel operations were continuing in Borno state.",
    "The Nigerian army said rescue operations were continuing in Borno state.",
    "The Nigerian army said operations were continuing.",
    "The Nigerian army denied that military operations were continuing in Borno state.",
    "Amnesty International said military operations were continuing in Borno state.",
])
def test_operations_of_others_or_of_no_kind_are_not_the_speakers(code_voices, text):
    assert not [r for r in code_voices(text) if r[0] == "ASSAULT" and r[1] == "NGA.MIL" and r[3] == "asserted"]


@pytest.fixture(scope="module")
def dates(rules):
    def run(text: str):
        return {(e.type, e.date) for e in rules.extract(document_from_text(text)).events}
    return run


@pytest.mark.parametrize("text, date", [
    ("Afghans marked the anniversary of the 1979 Soviet invasion of Afghanistan.", "1979"),
    ("The 1990 invasion of Kuwait by Iraq triggered sanctions.", "1990"),
    ("The 2003 invasion of Iraq by the United States toppled the government.", "2003"),
])
def test_a_year_modifying_an_event_noun_dates_it(dates, text, date):
    assert ("ASSAULT", date) in dates(text)


def test_an_event_noun_with_no_year_stays_undated(dates):
    assert ("ASSAULT", None) in dates("The invasion of Kuwait by Iraq triggered sanctions.")


@pytest.mark.parametrize("text, type_", [
    ("Turkey refused to apologize to Russia.", "SUPPORT"),
    ("Iran declined to meet the American envoy.", "CONSULT"),
    ("Turkey refused to withdraw its troops from Syria.", "RETREAT"),
])
def test_a_refused_act_is_not_asserted(code_voices, text, type_):
    assert not [r for r in code_voices(text) if r[0] == type_ and r[3] == "asserted"]


def test_declining_to_comment_leaves_the_act_commented_on_asserted(code_voices):
    rows = code_voices("Israel declined to comment on the strike on Syria.")
    assert [r for r in rows if r[0] == "ASSAULT" and r[2] == "SYR" and r[3] == "asserted"]
