"""Round 15 (issue #12, helper E): wrong entities. An institution word the dictionary reads alone ("Congress")
inside a longer name is that name's own organisation, of the country the text gives, never another state's
body; a place that is also a given name ("Jordan", "Chad", "Paris") before a surname is the person, and alone
later still the person; a surname the tagger read as a verb is the person where it is a subject. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _actor(pipeline, text: str, word: str, nth: int = 0):
    """The actor (id, kind, country) holding the nth occurrence of `word` in the text, or None."""
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    at = -1
    for _ in range(nth + 1):
        at = text.find(word, at + 1)
    a = next((a for a in facts.actors for m in a.mentions if m.start <= at < m.end), None)
    return (a.id, a.kind, a.country) if a is not None else None


@pytest.mark.parametrize("text, word, country", [
    ("Abuja - The All Progressives Congress praised the army for rescuing the hostages in Nigeria.", "Progressives",
     "NGA"),
    ("Accra - The National Democratic Congress accused the government of rigging the vote in Ghana.", "Democratic",
     "GHA"),
    ("Johannesburg - The Congress of South African Trade Unions condemned the police over the shooting of miners.",
     "Trade", "ZAF"),
])
def test_an_institution_word_inside_a_longer_name_is_that_organisation(pipeline, text, word, country):
    found = _actor(pipeline, text, word)
    assert found is not None and found[0] != "USA.LEG" and found[1] == "political_party" and found[2] == country
    assert _actor(pipeline, text, "Congress")[0] == found[0]


def test_the_party_praising_the_army_makes_it_no_american_army(pipeline):
    text = "Abuja - The All Progressives Congress praised the army for rescuing the hostages in Nigeria."
    assert _actor(pipeline, text, "army")[0] == "NGA.MIL"


@pytest.mark.parametrize("text, word, actor", [
    ("The Peruvian Congress impeached the president on Friday.", "Congress", "PER.LEG"),
    ("Bogota - The Congress of Colombia rejected the reform on Tuesday.", "Congress", "COL.LEG"),
    ("Washington - Lawmakers in Congress voted to sanction Russia on Tuesday.", "Congress", "USA.LEG"),
    ("New Delhi - The Indian National Congress criticised the government over the border clashes.", "Congress", "INC"),
    ("Brasilia - Protesters demanded the closing of the National Congress in Brazil.", "Congress", "BRA.LEG"),
])
def test_a_states_own_congress_stays_that_states(pipeline, text, word, actor):
    assert _actor(pipeline, text, word)[0] == actor


def test_a_street_named_for_parliament_is_no_body(pipeline):
    assert _actor(pipeline, "Protesters marched down Parliament Street in Delhi on Friday.", "Parliament") is None


@pytest.mark.parametrize("text, first, later", [
    ("Kingston, Jamaica - Detectives said Jordan Wells, 19, was shot dead outside a bar. Police believe Jordan was "
     "targeted by a gang.", "Jordan", "jordan-wells"),
    ("Columbus, Ohio - Officers shot Chad Miller, 22, after a chase on Sunday. Chad was taken to hospital.", "Chad",
     "chad-miller"),
    ("Paris Hamlin, 24, stabbed her boyfriend in Atlanta, police said. Paris was arrested.", "Paris", "paris-hamlin"),
    ("Auckland - Israel Adesanya punched a fan at the airport on Sunday. Israel apologised later.", "Israel",
     "israel-adesanya"),
])
def test_a_place_that_is_a_given_name_is_the_person_then_and_later(pipeline, text, first, later):
    assert _actor(pipeline, text, first, 0)[:2] == (later, "person")
    assert _actor(pipeline, text, first, 1)[:2] == (later, "person")


@pytest.mark.parametrize("text, word, nth, actor", [
    ("Israeli Foreign Minister Israel Katz said Israel would respond to the attack by Hezbollah.", "Israel", 2, "ISR"),
    ("Soldiers from Chad and Niger attacked Boko Haram in the Lake Chad Basin.", "Chad", 1, None),
    ("Farmers in the Jordan Valley accused Israeli settlers of attacking them.", "Jordan", 0, "JOR"),
])
def test_a_state_stays_a_state_beside_its_own_namesake_or_in_a_place_name(pipeline, text, word, nth, actor):
    found = _actor(pipeline, text, word, nth)
    assert (found[0] if found else None) in ((actor,) if actor else (None, "TCD"))
    assert found is None or found[1] != "person"


def test_a_surname_read_as_a_verb_is_the_person_as_subject(pipeline):
    text = "Lt. Amy Fields spoke to reporters. Troy Beck, 31, fled the scene. Beck later shot a clerk, Fields said."
    assert _actor(pipeline, text, "Beck", 1)[0] == "troy-beck"
    from faultlines.pipeline import Pipeline

    facts = Pipeline(model=False, nlp=pipeline.nlp).extract(document_from_text(text, guess_title=False))
    assert any(e.type == "ASSAULT" and e.source == "troy-beck" for e in facts.events)  # rules (the judge may veto)


def test_a_lone_word_that_is_no_surname_stays_a_word(pipeline):
    text = "Troy Beck, 31, fled the scene. Long lines formed at the border, police said."
    assert _actor(pipeline, text, "Long") is None


@pytest.mark.parametrize("text, word, name", [
    ("The Independent National Electoral Commission (INEC) postponed the vote. The Commission blamed the army.",
     "Independent", "independent-national-electoral-commission"),
    ("The European Union Election Observation Mission arrived in Lagos on Monday. The Mission met the judges.",
     "European", "european-union-election-observation-mission"),
])
def test_a_dictionary_name_that_begins_a_longer_body_name_is_that_body_and_the_body_word_later(
        pipeline, text, word, name):
    assert _actor(pipeline, text, word)[0] == name
    body = text.split(". ")[1].split()[1]  # "Commission", "Mission" in the second sentence
    assert _actor(pipeline, text, body, 1)[0] == name


def test_the_body_word_with_no_body_named_before_is_nothing(pipeline):
    assert _actor(pipeline, "The Mission is expected to arrive in Bamako on Monday.", "Mission") is None


def test_a_surname_the_parser_read_as_an_adverb_is_the_subject(pipeline):
    from faultlines.pipeline import Pipeline

    text = "Gavin Lowe, 29, ambushed officers in Ohio. Long shot two officers before he was killed."
    near = Pipeline(model=False, nlp=pipeline.nlp).extract(document_from_text(text, guess_title=False))
    assert _actor(pipeline, text, "Long") is None  # no one of that name: the word stays a word
    text = "Gavin Long, 29, ambushed officers in Ohio. Long shot two officers before he was killed."
    facts = Pipeline(model=False, nlp=pipeline.nlp).extract(document_from_text(text, guess_title=False))
    shot = text.find("shot")
    assert any(e.source == "gavin-long" and any(m.start <= shot < m.end for m in e.evidence) for e in facts.events)
    assert not any(e.source == "gavin-lowe" and any(m.start <= shot < m.end for m in e.evidence) for e in near.events)


def test_a_body_run_into_a_street_stays_the_body(pipeline):
    text = "Michael Hardy, 29, was arrested by Mobile Police on Old Shell Road on Monday."
    found = _actor(pipeline, text, "Mobile")
    assert found is not None and found[1] == "police"


def test_a_state_organs_committee_stays_the_organ(pipeline):
    text = ("Kyiv - The Verkhovna Rada Committee on Energy met on Monday. On Friday the parliament refused to "
            "consider the bills.")
    assert _actor(pipeline, text, "parliament")[0] == "UKR.LEG"
    assert _actor(pipeline, text, "Verkhovna")[0] == "UKR.LEG"


@pytest.mark.parametrize("text, nth, person", [
    ("Jackson Smith, 24, was arrested on Monday. Jackson fired at officers before his arrest, police said.", 1, True),
    ("Jackson Smith, 24, was arrested on Monday. Police in Jackson said the man fired at officers.", 1, False),
])
def test_the_lone_given_name_is_the_person_but_not_where_it_names_a_town(pipeline, text, nth, person):
    found = _actor(pipeline, text, "Jackson", nth)
    assert (found is not None and found[0] == "jackson-smith") == person


def test_a_lone_congress_after_a_party_named_with_it_is_that_party(pipeline):
    text = "Abuja - The All Progressives Congress won the vote in Nigeria. On Monday Congress accused the governor."
    assert _actor(pipeline, text, "Congress", 1)[0] == "all-progressives-congress"
