""""The suspect" is the one person a crime report names as identified in a relative clause, identifies "as the
suspect", or charges or arrests (actors/culprits.py); a name with an age in commas is a person (actors/naming.py)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.mark.parametrize("text, person", [
    ("The suspect, who has been identified as 38-year-old Dennis Carver, was arrested for vandalism. Officers said "
     "the suspect kicked two parked cars.", "dennis-carver"),
    ("Police said the suspect fired several shots at a passing van. Detectives later identified Ray Olsen as the "
     "suspect.", "ray-olsen"),
    ("Marcus Hale, 33, is charged in a shooting that wounded three people at a diner. Detectives say the suspect "
     "fired from the parking lot.", "marcus-hale"),
    ("The shooter fled in a gray sedan. Police arrested Jonas Weller on Monday. The suspect remains in custody.",
     "jonas-weller"),
])
def test_the_suspect_is_the_person_the_report_identifies_or_charges(owners, text, person):
    assert set(owners(text, "suspect") + owners(text, "shooter")) - {None} == {person}


def test_two_people_arrested_leave_the_suspect_unnamed(owners):
    text = "The gunman opened fire at a party. Police arrested Tony Reyes and Dale Burke on Sunday. The suspect " \
           "was released."
    assert owners(text, "suspect") == [None]
    assert owners(text, "gunman") != ["tony-reyes"]


def test_a_charge_that_was_dropped_names_no_suspect(owners):
    text = "Police did not arrest Omar Piet, a witness said. The suspect fled on foot."
    assert owners(text, "suspect") == [None]


@pytest.mark.parametrize("text, name", [
    ("Marcus Hale, 33, is charged with attempted murder.", "Marcus Hale"),
    ("Prosecutors said Anita Grove, 45, was arrested at her home.", "Anita Grove"),
])
def test_a_name_with_an_age_in_commas_is_a_person(pipeline, text, name):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    assert {a.name: a.kind for a in facts.actors}.get(name) == "person"


def test_the_arrest_of_the_suspect_targets_the_charged_person(pipeline):
    facts = pipeline.extract(document_from_text(
        "Lena Marsh, 27, is accused of robbing a pharmacy. Officers arrested the suspect at a bus station.",
        guess_title=False))
    assert any(e.type == "COERCE" and e.target == "lena-marsh" and "bus station" in e.text for e in facts.events)


@pytest.mark.parametrize("text, word, person", [
    ("Treon Livingston, 33, is charged in a shooting at a bar. Detectives say Livinston fired into the bar.",
     "Livinston", "treon-livingston"),
    ("John Robertson met Mark Robinson in Denver. Robinsen urged Congress to act.", "Robinsen", "mark-robinson"),
    ("Peter Johansson praised the plan. Johanson said it would work.", "Johanson", "peter-johansson"),
])
def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full(owners, text, word, person):
    assert owners(text, word) == [person]


def test_a_short_surname_one_letter_off_is_someone_else(owners):
    assert owners("Tom Reed met the mayor. Reid said the talks went well.", "Reid") != ["tom-reed"]


def test_a_family_named_by_the_plural_surname_is_not_the_one_person(owners):
    text = "Hillary Clinton met donors in Ohio. The Clintons gave money to the foundation."
    assert owners(text, "Clintons") != ["HILLARY_CLINTON"]


@pytest.mark.parametrize("text, word, person", [
    ("A North Side man has been charged with murder in the beating death of a cook. Ray Tolliver, 41, is charged "
     "with first degree murder, police said.", "man", "ray-tolliver"),
    ("A local woman was arrested after the fire at the depot. Police said Nora Quill, 29, was arrested at her "
     "home.", "woman", "nora-quill"),
])
def test_an_unnamed_person_charged_is_the_one_the_report_names_next(owners, text, word, person):
    assert owners(text, word)[:1] == [person]


def test_a_person_charged_in_an_unrelated_case_names_no_one(owners):
    text = "A man was arrested in Dayton on Monday. In an unrelated case, police charged Omar Vance with theft."
    assert owners(text, "man ")[:1] == [None]
