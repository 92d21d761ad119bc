"""Round 15 (issue #12, helper E2): a person's surname that is a place ("Governor Ade Bello", "Senator Mary Paris")
is the person, alone later too, unless the text uses it as a place; an office's title words ("the National Publicity
Secretary") are no organisation; a photo credit names no one; a two-word name tagged ORG whose first word is a known
given name is a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _facts(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


def _actor(pipeline, text: str, word: str, nth: int = 0):
    """The actor (id, kind) holding the nth occurrence of `word` in the text, or None."""
    facts = _facts(pipeline, text)
    at = -1
    for _ in range(nth + 1):
        at = text.find(word, at + 1)
    a = next((a for a in facts.actors for m in a.mentions if m.start <= at < m.end), None)
    return (a.id, a.kind) if a is not None else None


def _no_person(pipeline, text: str, word: str, nth: int = 0) -> bool:
    """The nth `word` is held by no person (by nothing, or by a place or body)."""
    found = _actor(pipeline, text, word, nth)
    return found is None or found[1] != "person"


@pytest.mark.parametrize("text, word, nth, person", [
    ("Paul Okafor criticised Governor Ade Bello on Monday. Okafor said Bello must resign.", "Bello", 0, "ade-bello"),
    ("Paul Okafor criticised Governor Ade Bello on Monday. Okafor said Bello must resign.", "Bello", 1, "ade-bello"),
    ("Senator Mary Paris attacked the budget. Activists later accused Paris of lying.", "Paris", 0, "mary-paris"),
    ("Senator Mary Paris attacked the budget. Activists later accused Paris of lying.", "Paris", 1, "mary-paris"),
])
def test_a_place_that_ends_a_titled_or_given_name_is_the_person(pipeline, text, word, nth, person):
    assert _actor(pipeline, text, word, nth) == (person, "person")


def test_the_accused_surname_is_no_state(pipeline):
    facts = _facts(pipeline, "Paul Okafor criticised Governor Ade Bello on Monday. Okafor said Bello must resign.")
    assert all(e.target != "COL" and e.source != "COL" for e in facts.events)
    assert any(e.target == "ade-bello" for e in facts.events)


@pytest.mark.parametrize("text, word, nth", [
    ("Senator Mary Paris met the mayor in Paris on Monday. Paris police said protesters attacked the city hall.",
     "Paris", 1),
    ("Senator Mary Paris met the mayor in Paris on Monday. Paris police said protesters attacked the city hall.",
     "Paris", 2),
    ("Senator Mary Paris attacked the budget. Paris's mayor later criticised the police.", "Paris", 1),
    ("Senator Mary Paris backed the deal. The Paris talks on the ceasefire collapsed on Monday.", "Paris", 1),
    ("Governor Ade Bello visited Bello on Friday. Gunmen attacked a market in Bello, killing three traders.", "Bello",
     1),
    ("Governor Ade Bello visited Bello on Friday. Gunmen attacked a market in Bello, killing three traders.", "Bello",
     2),
    ("Mary visited Paris on Monday. Paris condemned the attack on its embassy.", "Paris", 1),
    ("President Emmanuel Macron of France said Paris would send troops to Mali.", "Paris", 0),
])
def test_a_place_use_of_the_surname_stays_a_place(pipeline, text, word, nth):
    assert _no_person(pipeline, text, word, nth)


@pytest.mark.parametrize("text", [
    "The National Publicity Secretary of the party, Mr Lai Mohammed, condemned the attack on the secretariat.",
    "The Deputy National Publicity Secretary of the ruling party, Comrade Tim Frank, accused the police of bias.",
])
def test_office_title_words_are_no_organisation(pipeline, text):
    facts = _facts(pipeline, text)
    assert not any("publicity" in a.id for a in facts.actors)
    assert any(a.kind == "person" for a in facts.actors)


def test_a_body_named_before_an_office_stays_a_body(pipeline):
    text = "The Electoral Commission Chairman accused the party of fraud."
    assert _actor(pipeline, text, "Electoral") is not None


@pytest.mark.parametrize("text, credit", [
    ("Gunmen shot a boy outside his home on Friday. (Ann Lee/Daily Courier) He said police arrested two men.",
     "Ann Lee"),
    ("Gunmen shot a boy outside his home on Friday. Photo: Peter Dawson/FOX5. He said police arrested two men.",
     "Peter Dawson"),
    ("Gunmen shot a boy outside his home on Friday. Photo by Carl Moss. Witnesses said the men fled.", "Carl Moss"),
])
def test_a_photo_credit_names_no_one(pipeline, text, credit):
    assert _actor(pipeline, text, credit) is None


def test_a_name_beside_a_slash_outside_a_credit_stays_a_state(pipeline):
    text = "Israel/Palestine talks collapsed on Monday. Israel accused Hamas of firing rockets."
    assert _actor(pipeline, text, "Israel") == ("ISR", "state")


def test_a_given_name_tagged_organisation_is_a_person(pipeline):
    text = "Marcus Reed walked into the store on Monday. Reed returned to shoot them."
    assert _actor(pipeline, text, "Marcus Reed") == ("marcus-reed", "person")
    facts = _facts(pipeline, text)
    assert any(e.source == "marcus-reed" for e in facts.events)


@pytest.mark.parametrize("text, word", [
    ("Grace Church hosted the meeting on Monday.", "Grace"),
    ("The Mary Foundation gave food to the displaced families.", "Mary"),
])
def test_a_body_named_for_a_given_name_stays_no_person(pipeline, text, word):
    assert _no_person(pipeline, text, word)


@pytest.mark.parametrize("text, word", [
    ("A man was shot at the Best Rest Inn at 7900 Scott Hamilton in Little Rock on Monday.", "Hamilton"),
    ("The shooter fired several shots into a deli at 2110 Madison Ave. on Sunday.", "Madison"),
    ("Senator Mary Paris backed the deal. Tourists want a Paris without strikes.", "Paris"),
    ("Senator Mary Paris backed the deal. The Paris of today is tense.", "Paris"),
])
def test_a_street_or_a_common_word_makes_no_person(pipeline, text, word):
    assert _no_person(pipeline, text, word, 1 if word == "Paris" else 0)


@pytest.mark.parametrize("text, word, nth", [
    ("Pastor Dean Tyler led the vigil. Ray Cole, 25, of Tyler, was shot dead on Friday.", "Tyler", 1),
    ("Pastor Dean Tyler led the vigil. Police searched homes in Longview or Tyler on Friday.", "Tyler", 1),
    ("Pastor Dean Tyler led the vigil. Police searched homes in Tyler on Friday. Gangs in Tyler killed two men.",
     "Tyler", 2),
])
def test_a_town_the_report_names_as_a_place_stays_a_place(pipeline, text, word, nth):
    assert _no_person(pipeline, text, word, nth)


def test_the_surname_as_a_doer_is_the_person_beside_the_town(pipeline):
    text = "Pastor Dean Tyler led the vigil in Tyler on Friday. Tyler said the gangs must stop the killings."
    assert _actor(pipeline, text, "Tyler", 2) == ("dean-tyler", "person")


@pytest.mark.parametrize("text, word", [
    ("Police in Jackson Mississippi arrested two men after the shooting.", "Jackson"),
    ("Protesters marched through Victoria Texas on Monday.", "Victoria"),
])
def test_a_town_before_its_state_is_no_person(pipeline, text, word):
    assert _no_person(pipeline, text, word)
