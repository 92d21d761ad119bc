"""Noun events whose parties sit in the phrase, round 3 (issue 12 round 17, helper N): protests named as a time ("after
weeks of protests against the government"), trials with no maker named, "between the two countries", an army owning up
to strikes, releases announced, crackdowns by a named force, provocations by a doer. Sentences written for the test."""

from __future__ import annotations

import pytest


def modes(code_modes, text):
    return {r[:4] for r in code_modes(text) if r[4] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("The minister resigned following protests against the Serbian government.", "SRB.PRT", "SRB.GOV"),
    ("The Sudanese leader resigned after weeks of protests against the government.", "SDN.PRT", "SDN.GOV"),
    ("President Gotabaya Rajapaksa fled after mass protests against his rule.", "LKA.PRT", "GOTABAYA_RAJAPAKSA"),
    ("Abdelaziz Bouteflika stepped down in the wake of mass protests against his rule.", "DZA.PRT",
     "ABDELAZIZ_BOUTEFLIKA"),
])
def test_a_protest_named_as_a_time_is_the_crowd_s_against_the_ruler(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "PROTEST"]
    assert (source, target) in {(r[2], r[3]) for r in found}, found


@pytest.mark.parametrize("text", [
    "There were rumours of protests against the government.",
    "The minister resigned after the protest song topped the charts.",
    "The minister spoke after protests.",
    "The senator spoke during a rally at the Capitol Theatre in Albany.",
    "Mahinda resigned in the wake of protests against her brother's rule.",
    "In the face of criticism, the minister resigned.",
    "The novel is set in the years after protests against British rule in India.",
])
def test_no_protest_against_no_one_named(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "PROTEST"]
    assert not [r for r in found if r[3]], found


@pytest.mark.parametrize("text, source, target", [
    ("The trial of Alexei Navalny opened in Moscow on Monday.", "RUS.JUD", "alexei-navalny"),
    ("The indictment of Donald Trump was announced in Washington on Thursday.", "USA.JUD", "DONALD_TRUMP"),
    ("The trial of Imran Khan opened in Islamabad on Monday.", "PAK.JUD", "IMRAN_KHAN"),
])
def test_a_trial_of_no_named_maker_is_the_courts_of_its_place(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "ACCUSE"]
    assert (source, target) in {(r[2], r[3]) for r in found}, found


@pytest.mark.parametrize("text", [
    "The trial of the new vaccine began in Nairobi.",
    "The trial of Alexei Navalny opened on Monday.",
    "The trial of Alexei Navalny was discussed in Moscow and in Paris.",
    "The report, published in Nairobi, is a damning indictment of the Kenyan government.",
    "The election result in Hungary was seen as an indictment of Viktor Orban.",
])
def test_no_courts_for_a_trial_of_no_party_or_no_one_place(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "ACCUSE" and r[2]]


@pytest.mark.parametrize("text, one, other, type_", [
    ("Ethiopia and Eritrea held talks in Asmara. Cooperation between the two countries has grown since.", "ETH", "ERI",
     "COOPERATE"),
    ("Kenya and Uganda signed a trade deal on Monday. The deal between the two countries ends a long dispute.", "KEN",
     "UGA", "AGREE"),
])
def test_the_two_countries_are_the_two_states_named(code_modes, text, one, other, type_):
    found = {(r[0], r[2], r[3]) for r in modes(code_modes, text)}
    assert (type_, one, other) in found and (type_, other, one) in found, found


def test_the_two_countries_among_three_named_are_no_one(code_modes):
    text = "Ministers of Chad, Niger and Mali met on Monday. The deal between the two countries was praised."
    found = [r for r in modes(code_modes, text) if r[0] == "AGREE"]
    assert not found, found


@pytest.mark.parametrize("text, source, target", [
    ("The Turkish defence ministry confirmed the shelling of Kurdish positions in Syria.", "TUR.MIL", "KURDS"),
    ("The Israeli army confirmed the airstrikes on Hezbollah positions.", "ISR.MIL", "HEZBOLLAH"),
])
def test_an_army_confirming_strikes_on_another_side_made_them(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "ASSAULT"]
    assert (source, target) in {(r[2], r[3]) for r in found}, found


@pytest.mark.parametrize("text", [
    "The Ukrainian military confirmed the shelling of Kharkiv.",
    "The UN confirmed the airstrikes on Idlib.",
    "The Turkish military confirmed the shelling overnight.",
])
def test_who_confirms_strikes_on_its_own_side_or_on_no_one_made_none(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "ASSAULT"]
    assert not [r for r in found if r[2]], found


def test_an_announced_detention_of_a_name_read_as_a_place_still_holds_a_person(code_modes):
    found = modes(code_modes, "Nigerian authorities announced the detention of Ahmed Bello on Monday.")
    assert ("COERCE", "arrest", "NGA.GOV", "ahmed-bello") in found, found


@pytest.mark.parametrize("text, source, target", [
    ("Pakistani authorities announced the release of Imran Khalid after two weeks.", "PAK.GOV", "imran-khalid"),
    ("Hamas announced the release of three Israeli hostages.", "HAMAS", "ISR.CVL"),
    ("Iran's foreign ministry announced the release of two Omani fishermen.", "IRN.GOV.MFA", "OMN"),
])
def test_an_announced_release_frees_the_person(code_modes, text, source, target):
    assert ("RETREAT", "release", source, target) in modes(code_modes, text)


@pytest.mark.parametrize("text", [
    "The government announced the release of the report.",
    "The ministry announced the release of funds for the flood victims.",
])
def test_a_release_of_a_thing_frees_no_one(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "RETREAT" and r[3]]


def test_a_family_announcing_a_release_did_not_hold_him(code_modes):
    found = [r for r in modes(code_modes, "The family announced the release of Imran Khalid.") if r[0] == "RETREAT"]
    assert not [r for r in found if r[2]], found


@pytest.mark.parametrize("text, source, target", [
    ("Thousands were detained in a police crackdown on the opposition in Egypt.", "EGY.POL", "EGY.OPP"),
    ("The arrests came amid a police crackdown in Kenya.", "KEN.POL", None),
])
def test_a_crackdown_by_a_named_force_is_that_state_s(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE"]
    assert (source, target) in {(r[2], r[3]) for r in found}, found
    assert not [r for r in found if r[2] == source and r[3] == source.split(".")[0]], found


def test_a_bare_crackdown_placed_in_one_state_is_its_government_s(code_modes):
    found = modes(code_modes, "The arrests were part of a crackdown against the Muslim Brotherhood in Egypt.")
    assert ("EGY.GOV", "MUSLIM_BROTHERHOOD") in {(r[2], r[3]) for r in found if r[0] == "COERCE"}, found


@pytest.mark.parametrize("text", [
    "A police crackdown in Egypt worried officials in Sudan.",
    "Turkey condemned the crackdown on protesters in Egypt.",
    "The police crackdown on drunk driving in Ohio began on Friday.",
    "A crackdown on tax evasion in Greece has raised billions.",
])
def test_a_crackdown_with_two_states_named_has_no_force(code_modes, text):
    found = [r for r in modes(code_modes, text) if r[0] == "COERCE"]
    assert not [r for r in found if r[2]], found


@pytest.mark.parametrize("text, source, target", [
    ("The army condemned a series of provocations by North Korea.", "PRK", None),
    ("Moldova denounced Russia's provocations against its government.", "RUS", "MDA"),
])
def test_provocations_by_a_doer_threaten(code_modes, text, source, target):
    found = [r for r in modes(code_modes, text) if r[0] == "THREATEN"]
    assert (source, target) in {(r[2], r[3]) for r in found}, found


@pytest.mark.parametrize("text", [
    "The ministry condemned the provocation.",
    "Moscow accused Kyiv of provocations.",
])
def test_provocations_of_no_doer_or_charged_threaten_no_one(code_modes, text):
    assert not [r for r in modes(code_modes, text) if r[0] == "THREATEN"]
