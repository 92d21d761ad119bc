"""A town's name that is also a given name, before a surname that is also a title or an actor noun ("Savannah King,
29,"), is a person (issue 12 round 20, P); the town word alone later is that person, and a place the actors stage
read as a person's name places nothing ("an officer fired" is no officer of the namesake town's country). Sentences
written for the test."""

from __future__ import annotations

from faultlines.read import document_from_text


def _facts(pipeline, text):
    return pipeline.extract(document_from_text(text))


def _ids(facts, word):
    return {a.id for a in facts.actors if any(m.text == word for m in a.mentions)}


def test_a_town_given_name_before_a_title_surname_is_a_person(pipeline):
    facts = _facts(pipeline, "Police in Tulsa, Oklahoma, arrested a student, Sydney King, 19, on Friday.")
    assert "sydney-king" in _ids(facts, "Sydney King")
    assert not any(a.id == "AUS" for a in facts.actors)


def test_the_town_word_alone_is_then_the_person_and_places_no_one(pipeline):
    text = ("Police in Ohio shot and killed a 15-year-old boy, Sydney King, on Wednesday. Sydney pulled out a knife and "
            "an officer fired.")
    facts = _facts(pipeline, text)
    assert "sydney-king" in _ids(facts, "Sydney")
    assert not any(a.country == "AUS" for a in facts.actors)


def test_a_title_after_a_town_with_a_name_after_it_is_the_towns_title(pipeline):
    facts = _facts(pipeline, "Jordan King Abdullah met the Egyptian president in Cairo on Monday.")
    assert not any(a.id.startswith("jordan-king") for a in facts.actors)


def test_the_town_itself_stays_a_place(pipeline):
    facts = _facts(pipeline, "Israeli jets struck targets near Tyre in southern Lebanon on Monday, the army said.")
    assert ("ASSAULT", "ISR.MIL", "LBN") in {(e.type, e.source, e.target) for e in facts.events}


def test_a_namesake_town_read_as_a_persons_name_places_no_officer(pipeline):
    text = ("Police in Ohio shot and killed a 13-year-old boy, Tyre Banks, on Wednesday. Tyre pulled out a gun and an "
            "officer fired. Tyre died at a hospital.")
    facts = _facts(pipeline, text)
    assert _ids(facts, "officer") == {"USA.POL"}
