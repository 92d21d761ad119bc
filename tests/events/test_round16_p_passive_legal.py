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
