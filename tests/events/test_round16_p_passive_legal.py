"""Legal acts and passive agents (issue 12 round 16, P): a charge laid for an offence told by a gerund ("charged with
inciting violence") is ACCUSE, a task given ("charged with keeping order") is none; hindering an inquiry is no
inquiry of one's own. Sentences written for the test."""

from __future__ import annotations

import pytest


def coded(code, text):
    return {r[:3] for r in code(text)}


@pytest.mark.parametrize("text, triple", [
    ("Zambian prosecutors charged the Malawian activist with inciting violence.", ("ACCUSE", "ZMB.JUD", "MWI.OPP")),
    ("The former Zambian minister was charged with obstructing an investigation.", ("ACCUSE", None, "ZMB.GOV")),
    ("The former Zambian minister had been charged with stealing public funds.", ("ACCUSE", None, "ZMB.GOV")),
    ("The Zambian activist was charged with inciting and organising riots.", ("ACCUSE", None, "ZMB.OPP")),
])
def test_a_charge_for_an_offence_told_by_a_gerund_accuses(code, text, triple):
    assert triple in coded(code, text)


@pytest.mark.parametrize("text", [
    "The Zambian police unit was charged with keeping order during the vote.",
    "Zambian officials charged the army with protecting the border.",
    "The Zambian commission charged with overseeing the elections met on Monday.",
    "The Zambian striker charged down the clearance.",
    "The Zambian minister charged his phone overnight.",
])
def test_a_task_given_or_another_sense_of_charge_accuses_no_one(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The former Zambian minister obstructed an investigation.",
    "The Zambian senator hampered the inquiry into the deaths.",
    "The Zambian governor tried to impede the probe.",
])
def test_hindering_an_inquiry_is_no_inquiry_by_the_hinderer(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ACCUSE" and t[1]]


def test_an_inquiry_opened_by_the_police_stays_theirs(code):
    assert ("ACCUSE", "ZMB.POL") in {t[:2] for t in coded(code, "Zambian police opened an investigation into the "
                                                                     "former minister.")}


@pytest.mark.parametrize("text, sources", [
    ("Syrian troops entered Hama on Monday. More than 60 people were killed by government artillery and by "
     "militiamen who went from door to door.", {"SYR.MIL", "SYR.REB"}),
    ("The Chadian town was shelled by the army and by the rebels.", {"TCD.MIL"}),
])
def test_each_by_of_a_coordinated_agent_is_a_doer(code, text, sources):
    assert sources <= {t[1] for t in coded(code, text) if t[0] == "ASSAULT"}


def test_a_second_by_of_no_party_adds_no_doer(code):
    found = {t[1] for t in coded(code, "Twelve Chadian villagers were killed by soldiers and by night.") if t[0] == "ASSAULT"}
    assert found == {"TCD.MIL"}


def test_a_world_body_as_speaker_leaves_the_home_forces_of_the_one_country_named(code):
    text = ("Ethiopian troops entered Axum on Monday. The UN said more than 60 people were killed by government "
            "artillery.")
    assert "ETH.MIL" in {t[1] for t in coded(code, text) if t[0] == "ASSAULT" and t[2] != "ETH.MIL"}


@pytest.mark.parametrize("text", [
    "The UN said more than 60 people were killed by government artillery.",  # no country at all
    "Ethiopian and Eritrean troops clashed on Monday. The UN said more than 60 people were killed by government "
    "artillery.",  # two states: whose government is not told
])
def test_government_forces_of_no_single_country_stay_unnamed(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ASSAULT" and t[1] and t[1].endswith(".MIL")
                and "artillery" in text and t[2] and t[2].endswith("CVL")]


@pytest.mark.parametrize("text, triple", [
    ("The Peruvian senator was named in a federal indictment in Miami.", ("ACCUSE", None, "PER.LEG")),
    ("Bolivian prosecutors named the Bolivian activist in an indictment.", ("ACCUSE", "BOL.JUD", "BOL.OPP")),
    ("Bolivian judges opened the trial of the Bolivian president.", ("ACCUSE", "BOL.JUD", "BOL.GOV")),
])
def test_legal_acts_accuse_the_one_named_in_a_charge_or_tried(code, text, triple):
    assert triple in coded(code, text)


@pytest.mark.parametrize("text", [
    "The Peruvian senator was named in a list of award winners.",
    "The Peruvian company was named in a lawsuit filed by its rival.",
    "The clinical trial of the Bolivian vaccine was halted.",
    "The Bolivian army completed the trial of its new tank.",
    "The Bolivian cyclist won the time trial.",
    "The Peruvian governor came under criticism.",  # no critic named: no accusation by no one
])
def test_lists_suits_and_tests_of_things_accuse_no_one(code, text):
    assert not [t for t in coded(code, text) if t[0] == "ACCUSE"]
