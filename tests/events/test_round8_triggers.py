"""Triggers left over from issue 12 round 7: security forces closing roads, hitting X with weapons or sanctions,
peacekeeping deployments, captives set free or released with no agent named, stepping out of dealings with X.
Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]


@pytest.mark.parametrize("text", [
    "Kenyan police closed the main highway after the clashes.",
    "The Sudanese authorities shut the road to the port.",
    "Kenyan police sealed off the square.",
])
def test_security_forces_closing_a_road_restrict_movement(code_modes, text):
    rows = code_modes(text)
    assert not asserted(rows, "PROTEST")
    got = asserted(rows, "COERCE")
    assert got and got[0][1] == "restrict" and got[0][2] in ("KEN.POL", "SDN.GOV")


@pytest.mark.parametrize("text", [
    "Protesters closed the road to the capital.",
    "Angry farmers blocked the highway near Lahore.",
])
def test_a_crowd_closing_a_road_still_protests(code_modes, text):
    rows = code_modes(text)
    assert asserted(rows, "PROTEST") and not asserted(rows, "COERCE")


@pytest.mark.parametrize("text, source, target", [
    ("Russia hit Kharkiv with drones overnight.", "RUS", "UKR"),
    ("The Israeli army hit Hezbollah positions with artillery.", "ISR.MIL", "HEZBOLLAH"),
    ("Ukraine pounded Belgorod using rockets on Sunday.", "UKR", "RUS"),
])
def test_hitting_x_with_a_weapon_is_an_attack(code_modes, text, source, target):
    assert (source, target) in {(r[2], r[3]) for r in asserted(code_modes(text), "ASSAULT")}


def test_hitting_x_with_sanctions_is_a_sanction(code_modes):
    rows = code_modes("The EU hit Russia with new sanctions.")
    assert ("EU", "RUS") in {(r[2], r[3]) for r in asserted(rows, "SANCTION")}
    assert not asserted(rows, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The storm hit Florida with heavy rain.",
    "The singer hit Paris with a new tour.",
])
def test_hitting_with_anything_else_is_no_event(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("text", [
    "The United Nations deployed peacekeeping troops to Mali.",
    "Ghana deployed 800 peacekeepers to Lebanon.",
    "Kenyan peacekeepers arrived in Somalia.",
])
def test_peacekeeping_deployments_are_aid(code_modes, text):
    rows = code_modes(text)
    assert [r for r in asserted(rows, "AID") if r[1] == "peacekeeping"]
    assert not asserted(rows, "MOBILIZE")


def test_troops_deployed_to_a_front_still_mobilise(code_modes):
    rows = code_modes("Russia deployed thousands of troops to the Ukrainian border.")
    assert asserted(rows, "MOBILIZE") and not asserted(rows, "AID")


@pytest.mark.parametrize("text, source", [
    ("The Syrian army set forty prisoners free on Monday.", "SYR.MIL"),
    ("Forty prisoners were set free by the Syrian army.", "SYR.MIL"),
    ("The Houthis set the hostages free on Sunday.", "HOUTHIS"),
])
def test_setting_captives_free_releases_them(code_modes, text, source):
    rows = [r for r in asserted(code_modes(text), "RETREAT") if r[1] == "release"]
    assert rows and rows[0][2] == source


@pytest.mark.parametrize("text", [
    "Two French journalists were released on Tuesday.",
    "Three Turkish hostages were freed after six months.",
])
def test_a_release_with_no_agent_keeps_the_released(code_modes, text):
    rows = [r for r in asserted(code_modes(text), "RETREAT") if r[1] == "release"]
    assert rows and rows[0][2] is None and rows[0][3] in ("FRA.MED", "TUR", "TUR.CVL")


def test_setting_a_date_free_is_no_release(code_modes):
    assert not asserted(code_modes("Egypt set the weekend free for the elections."), "RETREAT")


@pytest.mark.parametrize("text, target", [
    ("Qatar withdrew its journalists from all dealings with Egypt.", "EGY"),
    ("Turkey pulled out of talks with Greece on Monday.", "GRC"),
    ("Iran withdrew from negotiations with the United States.", "USA"),
])
def test_withdrawing_from_dealings_with_x_is_a_sanction(code_modes, text, target):
    rows = code_modes(text)
    assert target in {r[3] for r in asserted(rows, "SANCTION")}
    assert not asserted(rows, "RETREAT")


def test_troops_withdrawing_from_a_town_still_retreat(code_modes):
    rows = code_modes("Russia withdrew its troops from Kherson.")
    assert asserted(rows, "RETREAT") and not asserted(rows, "SANCTION")


@pytest.mark.parametrize("text, source, target", [
    ("The invasion of Ukraine by Russia began in 2022.", "RUS", "UKR"),
    ("The Turkish invasion of northern Syria displaced thousands.", "TUR", "SYR"),
    ("Russia's occupation of Crimea continues.", "RUS", "UKR"),
])
def test_invasions_and_occupations_as_nouns(code_modes, text, source, target):
    assert (source, target) in {(r[2], r[3]) for r in code_modes(text) if r[0] in ("ASSAULT", "COERCE")}


@pytest.mark.parametrize("text", [
    "Israel's blockade of Gaza drew criticism.",
    "Iran's decision attracted condemnation on Monday.",
])
def test_who_draws_criticism_is_no_critic(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "ACCUSE" and r[2] in ("ISR", "IRN")]


def test_criticism_drawn_from_a_named_critic_points_at_the_subject(code_modes):
    rows = asserted(code_modes("Iran's decision faced condemnation from Germany."), "ACCUSE")
    assert ("DEU", "IRN") in {(r[2], r[3]) for r in rows}


@pytest.mark.parametrize("text", [
    "The Egyptian plan met with fierce resistance.",
    "The Egyptian move met criticism from Qatar.",
])
def test_meeting_with_criticism_is_no_meeting(code_modes, text):
    assert not asserted(code_modes(text), "CONSULT")


def test_meeting_with_a_state_is_still_a_meeting(code_modes):
    assert ("EGY", "QAT") in {(r[2], r[3]) for r in asserted(code_modes("Egypt met with Qatar in Doha."), "CONSULT")}


def test_a_partitive_pronoun_subject_resolves_without_looping(code_modes):
    code_modes("None of them attacked the village, and some of them were freed by the Malian army in Gao.")
