"""Named persons the tagger misses or mis-tags (round 21, actors second pass): an untagged full name modifying a noun
("the Oscar Lindqvist trial"), a bare surname tagged as a body, a name after a kin noun tagged a building; common given
names; and a subject "he" after an unnamed man in its own sentence is not the person of the sentence before.
Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.actors.genders import name_gender
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def _edges(pipe, text):
    return {(e.type, e.source, e.target) for e in pipe.extract(document_from_text(text)).events}


def test_an_untagged_name_modifying_a_noun_is_a_person(rules):
    text = "Week two of the Oscar Lindqvist trial began Monday in Stockholm. Lindqvist has admitted killing his neighbour."
    assert any(t == "ASSAULT" and s == "oscar-lindqvist" for t, s, _ in _edges(rules, text))


def test_a_name_tagged_with_its_article_before_a_noun_is_a_person(rules):
    text = "Week two of the Simon Lindqvist trial began Monday in Stockholm. Lindqvist has admitted killing his neighbour."
    assert any(t == "ASSAULT" and s == "simon-lindqvist" for t, s, _ in _edges(rules, text))


def test_a_bare_surname_tagged_as_a_body_stays_the_person(rules):
    text = "Felix Moretti was charged in Rome on Monday. Moretti has admitted killing his neighbour."
    assert any(t == "ASSAULT" and s == "felix-moretti" for t, s, _ in _edges(rules, text))


def test_a_name_after_a_kin_noun_is_a_person(rules):
    text = "The athlete shot and killed girlfriend Ilse Verhoeven in 2013 at their home in Pretoria."
    doc = rules.extract(document_from_text(text))
    assert any(a.id == "ilse-verhoeven" and a.kind == "person" for a in doc.actors)


def test_a_firm_named_like_a_person_stays_a_body(rules):
    text = "Oscar Lindqvist Holdings signed a deal with the Swedish government in Stockholm on Monday."
    doc = rules.extract(document_from_text(text))
    assert not any(a.id == "oscar-lindqvist" for a in doc.actors)


def test_common_given_names_tell_the_sex():
    assert name_gender("Oscar Lindqvist") == "m"
    assert name_gender("Fiona Okafor") == "f"


def test_he_after_an_unnamed_man_is_not_the_teller_named_before(rules):
    text = ("Police chief Mark Daley spoke on Monday in Denver. Officers found the man in a car, and he pulled a gun "
            "and shot one of the officers, Daley said.")
    assert not any(t == "ASSAULT" and s == "mark-daley" for t, s, _ in _edges(rules, text))


def test_he_with_no_other_man_is_still_the_person_before(rules):
    text = "Police chief Mark Daley spoke on Monday in Denver. He said officers shot a gunman in the city."
    assert any(e.voice.name == "Mark Daley" for e in rules.extract(document_from_text(text)).events)


def test_they_told_by_a_plural_noun_is_not_a_group_named_before(rules):
    text = ("Nearly 900 people marched on Tuesday, a day after four protesters were shot near a Black Lives Matter "
            "demonstration, an attack that shocked the city.\nDenver police said Tuesday that they have arrested "
            "three men in connection with the shooting.")
    doc = rules.extract(document_from_text(text))
    assert not any(e.type == "COERCE" and (e.source or "").startswith("black-lives") for e in doc.events)
    assert not any(a.name.startswith("Black Lives") and any(m.text == "they" for m in a.mentions) for a in doc.actors)


@pytest.mark.parametrize("organ, parent", [("police", "COL.POL"), ("army", "COL.MIL"), ("government", "COL.GOV")])
def test_a_spokesman_named_with_an_organ_belongs_to_it(rules, organ, parent):
    text = f"Colombian {organ} spokesman Tom Reyes said gunmen attacked a base in Bogota."
    doc = rules.extract(document_from_text(text))
    assert any(a.id == "tom-reyes" and a.parent == parent for a in doc.actors)
