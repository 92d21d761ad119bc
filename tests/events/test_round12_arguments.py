"""Who was hit, and by whom, when the report names neither (issue 12 round 12): people counted only by a number in a
headline ("Two dead in shooting"), victims named as victims, a town before an act noun ("the Kabul bomb attack") that
is where the act was, not its doer. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]


@pytest.mark.parametrize("text, civilians", [
    ("Four killed in bomb blast at a market in Peshawar", "PAK.CVL"),
    ("Two wounded in shooting outside a nightclub in Memphis", "USA.CVL"),
    ("Nine dead in bus attack near Maiduguri\n\nThe attack happened on Monday.", "NGA.CVL"),
])
def test_a_headline_count_of_the_dead_is_the_place_s_civilians_not_its_state(code, text, civilians):
    targets = {r[2] for r in asserted(code(text), "ASSAULT")}
    assert civilians in targets
    assert not targets & {"PAK", "USA", "NGA"}


@pytest.mark.parametrize("text", [
    "Police said 4 gunmen were killed and 2 were wounded in a raid in Kano.",
    "On Monday, 3 soldiers were killed and 5 were injured in an ambush near Gao.",
    "Gunmen wounded three in an attack near Peshawar.",
])
def test_a_number_that_counts_again_people_named_before_it_is_no_civilian(code, text):
    assert not any(r[2] and r[2].endswith("CVL") for r in code(text))


@pytest.mark.parametrize("text, civilians", [
    ("The victims were shot outside a bar in Leeds.", "GBR.CVL"),
    ("Police said a bystander was shot during a robbery in Lagos.", "NGA.CVL"),
])
def test_victims_and_bystanders_are_civilians_of_the_place(code, text, civilians):
    assert civilians in {r[2] for r in code(text) if r[0] == "ASSAULT"}


@pytest.mark.parametrize("text, town_state", [
    ("The Kabul bomb attack killed five people on Tuesday.", "AFG"),
    ("A Peshawar suicide bombing wounded a policeman.", "PAK"),
    ("Five killed in Kabul bomb attack", "AFG"),
])
def test_a_town_before_an_act_noun_is_not_its_doer(code, text, town_state):
    rows = [r for r in code(text) if r[0] == "ASSAULT"]
    assert rows
    assert all(r[1] != town_state for r in rows)


def test_a_named_doer_before_an_act_noun_still_is_its_doer(code):
    assert "HAMAS" in {r[1] for r in code("The Hamas rocket attack wounded two Israelis.") if r[0] == "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Dad shot his girlfriend to death in Brooklyn, police say",
    "The man stabbed his mom in Phoenix on Sunday.",
    "Investigators said the teenager shot her grandmother at a house in Tucson.",
])
def test_a_kin_victim_is_a_civilian_never_the_state_of_the_place(code, text):
    targets = {r[2] for r in code(text) if r[0] == "ASSAULT"}
    assert "USA.CVL" in targets
    assert "USA" not in targets



@pytest.mark.parametrize("text, one, other", [
    ("The Chilean and Peruvian delegations discussed fishing rights in Lima.", "CHL.GOV", "PER.GOV"),
    ("Colombia and Ecuador discussed security along their border.", "COL", "ECU"),
    ("Kenya and Uganda have cooperated closely on border security since 2019.", "KEN", "UGA"),
])
def test_coordinated_parties_of_a_talk_are_each_other_s_counterpart(code, text, one, other):
    found = {(r[1], r[2]) for r in code(text) if r[0] in ("CONSULT", "COOPERATE")}
    assert {(one, other), (other, one)} <= found


@pytest.mark.parametrize("text", [
    "France and Germany mediated between the two sides.",
    "The French and German ministers visited Kyiv on Monday.",
])
def test_parties_who_broker_or_travel_together_are_not_each_other_s_counterpart(code, text):
    assert not any(r[1] and r[2] and {r[1][:3], r[2][:3]} == {"FRA", "DEU"} for r in code(text))


@pytest.mark.parametrize("text, partners", [
    ("The minister met with Chinese officials and with Indian diplomats in Delhi.", {"CHN.GOV", "IND.GOV"}),
    ("Turkey has worked with Qatar and with Pakistan on the plan.", {"QAT", "PAK"}),
])
def test_each_of_two_coordinated_with_phrases_is_a_counterpart(code, text, partners):
    assert partners <= {r[2] for r in code(text) if r[0] in ("CONSULT", "COOPERATE")}


@pytest.mark.parametrize("text, one, other", [
    ("India and Pakistan blamed each other for the attack.", "IND", "PAK"),
    ("Serbia and Albania have repeatedly accused one another of provocations.", "SRB", "ALB"),
    ("Britain and France criticised each other's fishing policies.", "GBR", "FRA"),
])
def test_each_other_is_the_other_coordinated_subject(code, text, one, other):
    found = {(r[1], r[2]) for r in asserted(code(text), "ACCUSE")}
    assert {(one, other), (other, one)} <= found


@pytest.mark.parametrize("text, visitor, host", [
    ("Obama lands in Kenya later on Friday for his first visit since becoming president.", "BARACK_OBAMA", "KEN"),
    ("Putin arrived in Turkey for a trip that includes talks on grain.", "VLADIMIR_PUTIN", "TUR"),
    ("The Indian prime minister flew to Japan on Friday for a two-day visit.", "IND.GOV", "JPN"),
])
def test_a_visit_for_which_one_comes_to_a_country_is_a_visit_to_it(code, text, visitor, host):
    assert (visitor, host) in {(r[1], r[2]) for r in code(text) if r[0] == "CONSULT"}


def test_a_visit_to_a_place_that_is_no_country_names_no_host(code):
    assert not [r for r in code("The French president went to the hospital for a visit to the wounded.")
                if r[0] == "CONSULT" and r[2]]
