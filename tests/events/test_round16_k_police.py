"""Round 16 (issue #12, helper K): the cast and acts of police and court reporting. Inmates, witnesses, victims and
cooks are civilians, bailiffs the courts, "investigators" and bare "authorities" the police of a report on policing,
"the mayor" and "the governor" the government; force told by its tool or hold ("used a Taser on", "pepper-sprayed",
"tackled", "took ... down"), shots fired at a party by no one named, gunfire traded and a police chase are coded.
Guards: a fired-at thing, a game, a thing tackled or taken down, an office with no other party. Sentences written
for these tests."""

from __future__ import annotations

import pytest


def edges(code, text):
    return {(r[0], r[1], r[2], r[3]) for r in code(text)}


@pytest.mark.parametrize("text, edge", [
    # the cast of police reporting are actors
    ("An inmate attacked two bailiffs at the courthouse in Dayton, Ohio, on Monday.",
     ("ASSAULT", "USA.CVL", "USA.JUD", "asserted")),
    ("Authorities arrested the teacher in Boise, Idaho, on Friday, police said.",
     ("COERCE", "USA.POL", "USA.CVL", "asserted")),
    ("The governor criticized the police over the raid on the clinic in Omaha, Nebraska.",
     ("ACCUSE", "USA.GOV", "USA.POL", "asserted")),
    ("The driver was cooperating with investigators in Lansing, Michigan, police said.",
     ("COOPERATE", "USA.CVL", "USA.POL", "asserted")),
    # force told by its tool or hold
    ("The officer used a Taser on the man outside a bar in Reno, Nevada.", ("ASSAULT", "USA.POL", "USA.CVL", "asserted")),
    ("An officer pepper-sprayed the protesters in Portland, Oregon.", ("ASSAULT", "USA.POL", "USA.PRT", "asserted")),
    ("Protesters sprayed two officers with mace in Portland, Oregon.", ("ASSAULT", "USA.PRT", "USA.POL", "asserted")),
    ("A Mexican police officer used a Taser on an American tourist in Tijuana.",
     ("ASSAULT", "MEX.POL", "USA.CVL", "asserted")),  # another country's force stays its own
    ("The officer did not use a Taser on the man in Tulsa, Oklahoma, police said.",
     ("ASSAULT", "USA.POL", "USA.CVL", "negated")),
    ("Police said a trooper tackled the gunman outside the store in Tulsa, Oklahoma.",
     ("ASSAULT", "USA.POL", "UNIDENTIFIED_ARMED_GROUP.USA", "asserted")),
    ("Shots were fired at two police officers in Memphis, Tennessee.", ("ASSAULT", None, "USA.POL", "asserted")),
    ("The suspect exchanged gunfire with troopers near Tulsa, Oklahoma, police said.",
     ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.USA", "USA.POL", "asserted")),
    ("The driver led police on a chase through Tulsa, Oklahoma.", ("COERCE", "USA.POL", "USA.CVL", "asserted")),
    # deadlines, crowd control and unseen shooters
    ("Police said the driver has until 8 p.m. Friday to turn himself in in Reno, Nevada.",
     ("REQUEST", "USA.POL", "USA.CVL", "asserted")),
    ("The driver was given until Monday to surrender, police said in Reno, Nevada.",
     ("REQUEST", "USA.POL", "USA.CVL", "asserted")),
    ("Officers used tear gas on protesters outside the parliament in Nairobi, Kenya.",
     ("ASSAULT", "KEN.POL", "KEN.PRT", "asserted")),
    ("Someone fired several shots at a group of teenagers in Alton, Illinois, police said.",
     ("ASSAULT", None, "USA.CVL", "asserted")),
    # jail guards, families and defendants
    ("Deputies said an inmate punched a corrections officer at the jail in Reno, Nevada.",
     ("ASSAULT", "USA.CVL", "USA.POL", "asserted")),
    ("The victims' families criticized the police in Reno, Nevada.", ("ACCUSE", "USA.CVL", "USA.POL", "asserted")),
    ("A bailiff shot the defendant in the courtroom in Reno, Nevada, police said.",
     ("ASSAULT", "USA.JUD", "USA.CVL", "asserted")),
    ("Inmates protested at the jail in Reno, Nevada.", ("PROTEST", "USA.PRT", None, "asserted")),  # round 21
    # a shooter named by the place is no place
    ("Three officers fired at the Pulse nightclub shooter in Orlando, Florida, police said.",
     ("ASSAULT", "USA.POL", "UNIDENTIFIED_ARMED_GROUP.USA", "asserted")),
    ("The Parkland shooter killed 17 people at the school in Parkland, Florida.",
     ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.USA", "USA.CVL", "asserted")),
    ("Hamas gunmen attacked an Israeli patrol near Gaza.", ("ASSAULT", "HAMAS", "ISR", "asserted")),
])
def test_the_cast_and_acts_of_police_reporting(code, text, edge):
    assert edge in edges(code, text), code(text)


def test_a_takedown_needs_a_party_not_a_thing(code):
    assert not code("Deputies took down the flag outside the courthouse in Tulsa, Oklahoma, the sheriff said.")
    found = edges(code, "Police said a deputy took the shooter down outside the school in Tulsa, Oklahoma.")
    assert ("ASSAULT", "USA.POL", "UNIDENTIFIED_ARMED_GROUP.USA", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The linebacker tackled the quarterback in the second half of the game in Tulsa, Oklahoma.",
    "The city council tackled the budget in Tulsa, Oklahoma.",
    "The officer used a Taser on the dog in Tulsa, Oklahoma, police said.",
    "The farmer sprayed the crops in Tulsa, Oklahoma.",
    "The guide led tourists on a chase through the market in Tulsa, Oklahoma.",
    "Authorities are asking anyone with information to call the station in Tulsa, Oklahoma, police said.",
])
def test_no_force_on_things_games_or_a_lone_office(code, text):
    assert not code(text)


def test_a_victim_is_no_attacker(code):
    found = code("A neighbour saw one of the victims wounded in the yard in Tulsa, Oklahoma, police said.")
    assert not any(r[1] is not None and r[0] == "ASSAULT" for r in found), found


def test_security_guards_are_no_police(code):
    found = code("A security guard tackled the gunman at the mall in Omaha, Nebraska.")
    assert not any("POL" in f"{r[1]}{r[2]}" for r in found), found


def test_an_office_alone_is_no_party(code):
    found = code("The governor condemned the attack on the clinic in Omaha, Nebraska.")
    assert not any("GOV" in f"{r[1]}{r[2]}" for r in found), found


def test_investigators_outside_police_reporting_stay_unnamed(code):
    found = code("Investigators said the fire started in the kitchen of the plane in Denver, Colorado.")
    assert not any("POL" in f"{r[1]}{r[2]}" for r in found), found


@pytest.mark.parametrize("text", [
    "The driver has to turn in his license in Reno, Nevada, police said.",
    "Officers were responding to reports of shots fired at a mobile home park in Lincoln County, Oklahoma.",
    "Amanda John was asleep. Shots were fired inside the Key Club on 85 Saint John St. in Reno, Nevada, police said.",
    "Authorities arrived at the home of Mark Baker in Reno, Nevada, shortly after midnight.",
])
def test_no_deadline_no_aimed_shots_no_meeting(code, text):
    found = code(text)
    assert not any(r[0] in ("REQUEST", "CONSULT") or (r[0] == "ASSAULT" and r[2] is not None) for r in found), found


def test_tear_gas_fired_is_no_gunfire(code_modes):
    found = code_modes("Police fired tear gas at protesters outside the parliament in Nairobi, Kenya.")
    assert ("ASSAULT", None, "KEN.POL", "KEN.PRT", "asserted") in found, found
    found = code_modes("Police fired at protesters outside the parliament in Nairobi, Kenya.")
    assert ("ASSAULT", "firearms", "KEN.POL", "KEN.PRT", "asserted") in found, found


@pytest.mark.parametrize("text", [
    "The inmate was found dead in his cell at the jail in Reno, Nevada, the sheriff said.",
    "The victim's family mourned his death at a vigil in Reno, Nevada, police said.",
    "The families of the victims gathered outside the courthouse in Reno, Nevada.",
])
def test_deaths_in_custody_and_grief_are_no_attack(code, text):
    assert not code(text)


