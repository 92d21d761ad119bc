"""Noun events whose parties hang off the noun, round 18 (issue 12, helper N): a force compounded on an act done to an
"of" party, a shooting of someone that "occurred", calls made to a person, object relatives of a hosting verb, meetings
named as a time, runs of acts ("the resumption of shelling by X"), raids in which arrests are made, acts "organised
(carried out) by" a doer, protests an act set off or named "as part of". Sentences written for the test, with near
misses."""

from __future__ import annotations

import pytest


def pairs(code_modes, text, type_):
    return {(r[2], r[3]) for r in code_modes(text) if r[0] == type_ and r[4] == "asserted"}


@pytest.mark.parametrize("text, type_, source, target", [
    # a force compounded on an act done to an "of" party of another kind did it
    ("The police killing of a Somali teenager in Nairobi sparked riots.", "ASSAULT", "KEN.POL", "SOM.CVL"),
    # a shooting of someone that happened names no shooter: no unidentified armed group, the victim is the target
    ("The latest shooting of a Detroit police officer happened in May.", "ASSAULT", None, "USA.POL"),
    # a phone call to a person is a talk with that person
    ("Joe Biden made a brief phone call to Mexican President Andres Manuel Lopez Obrador.", "CONSULT", "JOE_BIDEN",
     "ANDRES_MANUEL_LOPEZ_OBRADOR"),
    # an object relative of a hosting verb: its subject made the act, its prepositions are the act's
    ("Aides discussed the call Joe Biden made to Recep Tayyip Erdogan last week.", "CONSULT", "JOE_BIDEN",
     "RECEP_TAYYIP_ERDOGAN"),
    ("The attack Hamas launched on Israel shocked the region.", "ASSAULT", "HAMAS", "ISR"),
    # presiding over a meeting with someone is meeting them
    ("Emmanuel Macron, who presided over the meeting with his German counterpart, Olaf Scholz, said the plan was "
     "ready.", "CONSULT", "EMMANUEL_MACRON", "OLAF_SCHOLZ"),
    # a raid in which arrests are made is the police's COERCE of the ones arrested
    ("Twelve men were detained in a raid on a club in Lagos.", "COERCE", "NGA.POL", "NGA.CVL"),
    # a participle of making names the doer
    ("A protest organised by the Orange Democratic Movement drew thousands in Nairobi.", "PROTEST",
     "orange-democratic-movement", None),
    # an act set off protests: the place's crowd protests, at no one named
    ("The verdict sparked protests in Lagos.", "PROTEST", "NGA.PRT", None),
    # "as part of protests in X against Y": the parser hung "against" on "part"
    ("A banner was hung on the bridge as part of protests in Asia against the inauguration of Javier Milei.",
     "PROTEST", "ARG.PRT", "JAVIER_MILEI"),
    # the weapons used in an act were used by its doer
    ("Mark Brown used a rifle in the attack on the bank.", "ASSAULT", "mark-brown", None),
    ("James Holmes purchased weapons used in the 2012 shooting rampage.", "ASSAULT", "james-holmes", None),
    # drills named by two states joined by a hyphen are joint, also with a space after the hyphen
    ("Pyongyang has called the U.S.- South Korean exercises a rehearsal for invasion.", "COOPERATE", "USA", "KOR"),
    ("The annual U.S.-Japanese drills began on Monday.", "COOPERATE", "JPN", "USA"),
    # two parties that announce a deal "between the two countries" agree with each other
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni on Friday announced an agreement between "
     "the two countries to expand trade.", "AGREE", "WILLIAM_RUTO", "YOWERI_MUSEVENI"),
])
def test_a_noun_event_takes_its_parties_from_the_phrase(code_modes, text, type_, source, target):
    assert (source, target) in pairs(code_modes, text, type_), code_modes(text)


def test_a_run_of_acts_lends_its_by_party(code_modes):
    text = "The envoy was alarmed by the resumption of heavy bombardment by the Russian army on a town near Kharkiv."
    assert any(s == "RUS.MIL" for s, _ in pairs(code_modes, text, "ASSAULT")), code_modes(text)


@pytest.mark.parametrize("text, type_, source", [
    ("The police shooting of a police officer in Ohio is under investigation.", "ASSAULT", "USA.POL"),  # which side?
    ("A police report on the killing of a teenager in Nairobi was published.", "ASSAULT", "KEN.POL"),  # the report's
    ("The latest shooting of a Detroit police officer happened in May.", "ASSAULT", "UNIDENTIFIED_ARMED_GROUP.USA"),
    ("Soldiers killed five militants in a raid on a compound in Somalia.", "COERCE", "SOM.POL"),  # no arrest: no police
    ("A rally attended by thousands of farmers was held in Delhi.", "PROTEST", "IND.CVL"),  # attending is no organising
])
def test_no_doer_from_a_near_miss(code_modes, text, type_, source):
    assert source not in {s for s, _ in pairs(code_modes, text, type_)}, code_modes(text)


@pytest.mark.parametrize("text", [
    "The senator made a call to Recep Tayyip Erdogan for restraint.",  # an appeal, not a talk
    "The call made to Recep Tayyip Erdogan was brief.",  # made by no one named
    "Antony Blinken flew to Paris after a meeting with reporters.",  # a meeting with no party
    "Emmanuel Macron presided over the meeting in Nairobi.",  # presided, with no one met
])
def test_no_talk_from_a_near_miss(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "CONSULT" and r[2]], code_modes(text)


def test_marchers_are_no_side_of_others_talks(code_modes):
    """Round 19: with Kosovo a named state, the talks between Serbia and Kosovo are their own; the marchers' never."""
    text = "Protesters marched after talks between Serbia and Kosovo collapsed."
    assert {r[2] for r in code_modes(text) if r[0] == "CONSULT"} <= {"SRB", "XKX"}, code_modes(text)


@pytest.mark.parametrize("text", [
    "A gun shop sold weapons used in the attack.",  # the seller did not shoot
    "Police found weapons used in the attack.",
    "She went on a shopping spree in Nairobi.",  # no killing spree
    "Fans went on a rampage in the city.",  # a rampage of no kind named
])
def test_no_attacker_from_a_near_miss(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "ASSAULT" and r[2]], code_modes(text)


@pytest.mark.parametrize("text, crowd", [
    ("The killing of a student by soldiers sparked protests in Lahore.", "PAK.PRT"),
    ("The police shooting of an unarmed man sparked protests in Ferguson.", "USA.PRT"),
])
def test_a_sparked_protest_is_not_against_its_place(code_modes, text, crowd):
    found = [r for r in code_modes(text) if r[0] == "PROTEST"]
    assert found and all(r[2] == crowd and r[3] not in ("PAK", "USA") for r in found), found


@pytest.mark.parametrize("text", [
    "The decision sparked fears of protests.",  # feared, not held
    "The novel is set in the years after protests in India against British rule.",  # a story's setting
])
def test_no_protest_from_a_near_miss(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "PROTEST"], code_modes(text)


@pytest.mark.parametrize("text", ["The Indo- Pacific exercises began.", "The U.S. exercises began."])
def test_no_joint_drill_of_one_state(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "COOPERATE"], code_modes(text)


def test_two_leaders_reaffirming_a_deal_agree_with_no_one_of_them(code_modes):
    text = "Vice President Mike Pence and President Donald Trump have reaffirmed the deal."
    assert ("MIKE_PENCE", "DONALD_TRUMP") not in pairs(code_modes, text, "AGREE"), code_modes(text)


def test_an_attack_a_protest_is_against_is_not_the_protesters(code_modes):
    text = ("A man hits a poster during a protest organized by Kenya's main opposition ODM party against Sunday's "
            "attack on a police station in Mandera.")
    assert not [r for r in code_modes(text) if r[0] == "ASSAULT" and r[2]], code_modes(text)


def test_a_defied_restriction_targets_its_defiers(code_modes):
    text = "Thousands of protesters in Minsk defied a strict curfew imposed by the army."
    found = [r for r in code_modes(text) if r[0] == "COERCE"]
    assert any(r[3] == "BLR.PRT" for r in found), found
    assert not [r for r in code_modes("The team defied the odds.") if r[0] == "COERCE"]


def test_a_subject_relative_names_no_doer(code_modes):
    text = "Officials described the raid that killed ten villagers."
    assert not [r for r in code_modes(text) if r[0] == "ASSAULT" and r[2]], code_modes(text)
