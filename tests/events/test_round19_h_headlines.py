"""Headlinese read as clauses (round 19, helper H): a second clause after "as"/"after", a dropped "is" before a verb
in "-ing", "X to Verb" parsed as an adverbial, question headlines and a site's name after a headline's question.
Headlines written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text

BODY = "\n\nOfficials gave no further details on Monday."


@pytest.fixture(scope="module")
def rules_pipeline(pipeline):
    """The rule coder's own events, without the trained judge."""
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def head_events(pipe, headline: str, body: str = BODY) -> list[tuple[str, str | None, str | None, str]]:
    """(type, source name, target name, polarity) of the events found in the headline line."""
    facts = pipe.extract(document_from_text(headline + body))
    names = {a.id: a.name for a in facts.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or ""), e.polarity) for e in facts.events
            if e.start < len(headline)]


@pytest.mark.parametrize(("headline", "kind", "source"), [
    ("Families Flee as Syrian Troops Shell Rebel Villages", "ASSAULT", "Syria"),
    ("Crowds Gather in Kigali as Ugandan Troops Shell Border Villages", "ASSAULT", "Uganda"),
])
def test_second_clause_verb_after_as_is_read(rules_pipeline, headline, kind, source):
    found = head_events(rules_pipeline, headline)
    assert any(t == kind and s and s.startswith(source) for t, s, _, _ in found), found


def test_a_name_after_as_stops_at_the_present_verb(rules_pipeline):
    """"as Russia Tightens Grip": the verb is no part of the name; the grip is on the named region's state."""
    found = head_events(rules_pipeline, "Talks Stall as Moscow Tightens Grip on Georgia")
    assert not any(s and "Tighten" in s for _, s, _, _ in found)
    assert any(t == "COERCE" and s == "Russia" for t, s, _, _ in found), found


@pytest.mark.parametrize("headline", [
    "Markets Fall as Oil Prices Rise",  # a second clause with no party
    "Shops Close as Police Chief Retires",
])
def test_second_clause_without_parties_codes_nothing(rules_pipeline, headline):
    assert head_events(rules_pipeline, headline) == []


def test_dropped_is_before_ing_verb(rules_pipeline):
    found = head_events(rules_pipeline, "Kurdish Fighters Battling Islamic State in Kobani")
    assert any(t == "ASSAULT" and tg == "Islamic State" for t, _, tg, _ in found), found


def test_to_infinitive_headline_is_announced(rules_pipeline):
    found = head_events(rules_pipeline, "Chile to Expel Venezuelan Diplomats")
    assert found and all(p == "hypothetical" for *_, p in found)
    assert any(t == "SANCTION" and s == "Chile" for t, s, _, _ in found), found


@pytest.mark.parametrize("headline", [
    "Will Turkey Attack Kurdish Militias in Syria",
    "Could Turkey Attack Kurdish Militias in Syria",
])
def test_inverted_auxiliary_headline_asks(rules_pipeline, headline):
    found = head_events(rules_pipeline, headline)
    assert found and all(p == "question" for *_, p in found), found


def test_statement_after_will_is_no_question(rules_pipeline):
    """A body sentence with a full stop, and a name "Will", ask nothing."""
    facts = rules_pipeline.extract(document_from_text(
        "Border Tensions Rise\n\nTurkey will attack Kurdish militias in Syria, the minister said."))
    assert facts.events and all(e.polarity != "question" for e in facts.events)
    found = head_events(rules_pipeline, "Will Carter Meets Kenyan President in Nairobi")
    assert all(p != "question" for *_, p in found)


def test_question_headline_before_a_site_name(rules_pipeline):
    """"? - Channel 5 News": the site is no party and the headline still asks."""
    found = head_events(rules_pipeline, "Did Turkish Troops Shell Kurdish Militias? - Channel 5 News, Weather, Sports")
    assert found and all(p == "question" for *_, p in found), found
    assert not any(tg and ("Channel" in tg or "Weather" in tg) for _, _, tg, _ in found)


def test_headline_parse_is_the_documents_parse(rules_pipeline):
    """The document's own parse of a Title Case line reads its verb too, so the actors stage sees "Critics" as a noun
    phrase of its own (civilians of the state the line names), not the first word of one long compound."""
    found = head_events(rules_pipeline, "Critics Allege Kenya's Ruling Party Rigging Vote")
    assert ("ACCUSE", "Kenyan civilians") in {(t, s) for t, s, _, _ in found}, found
    doc = rules_pipeline.nlp("Critics Allege Kenya's Ruling Party Rigging Vote\n\nOfficials gave no details.")
    assert doc[1].pos_ == "VERB" and doc[0].dep_ == "nsubj"


def test_headline_comma_joins_two_subjects(rules_pipeline):
    found = head_events(rules_pipeline, "Erdogan, Qatari Emir Agree to Boost Ties")
    assert ("AGREE", "Recep Tayyip Erdogan", "Qatari government") in {(t, s, tg) for t, s, tg, _ in found}, found


def test_headline_comma_after_an_opening_phrase_joins_nothing(rules_pipeline):
    found = head_events(rules_pipeline, "In Kabul, Protesters Demand Justice")
    assert found and all(s != "Afghanistan" for _, s, _, _ in found), found


def body_events(pipe, text: str) -> set[tuple[str, str | None, str | None]]:
    facts = pipe.extract(document_from_text("Leaders Meet\n\nOfficials met on Monday. " + text))
    names = {a.id: a.name for a in facts.actors}
    return {(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in facts.events
            if e.start > len("Leaders Meet")}


def test_two_parties_agreeing_agree_with_each_other(rules_pipeline):
    """"A and B agreed to set up zones in C": the agreement is between A and B; C is where, not a party to it."""
    found = body_events(rules_pipeline, "Kenya and Uganda agreed to build a road in Somalia.")
    assert ("AGREE", "Kenya", "Uganda") in found and not any(tg == "Somalia" for _, _, tg in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("Russia and China agreed to supply weapons to Syria.", "Syria"),  # a recipient, not a place
    ("Russia agreed to set up safe zones in Syria.", "Syria"),  # one party: no "each other"
])
def test_agreement_keeps_its_target(rules_pipeline, text, target):
    found = body_events(rules_pipeline, text)
    assert any(t == "AGREE" and tg == target for t, _, tg in found), found


@pytest.mark.parametrize("headline", [
    "Outrage as 2 officers slain in Fresno ambush",
    "Outrage as 2 Officers Slain in Fresno Ambush",
])
def test_dropped_were_after_as(rules_pipeline, headline):
    """"as 2 officers slain": the officers were slain (police, not soldiers), by no one the line names."""
    found = head_events(rules_pipeline, headline)
    assert ("ASSAULT", None, "American police") in {(t, s, tg) for t, s, tg, _ in found}, found


def test_verb_after_to_starts_no_name(rules_pipeline):
    """"Agree to Reopen Border Crossing": the verb after "to" begins no name, so the crossing is no party."""
    found = head_events(rules_pipeline, "Erdogan, Iraqi Premier Agree to Reopen Border Crossing")
    assert ("AGREE", "Recep Tayyip Erdogan", "Iraqi government") in {(t, s, tg) for t, s, tg, _ in found}, found
    assert not any(tg and "eopen" in tg for _, _, tg, _ in found)


@pytest.mark.parametrize("headline", [
    "13-year-old with BB gun killed by police in Dayton, Ohio",
    "Man with knife shot by police in Dayton, Ohio",
])
def test_the_one_with_a_weapon_was_shot_not_the_weapon(rules_pipeline, headline):
    found = head_events(rules_pipeline, headline)
    assert ("ASSAULT", "American police", "American civilians") in {(t, s, tg) for t, s, tg, _ in found}, found


def test_an_age_alone_is_a_person(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text(
        "Shooting in Dayton\n\nOfficials met on Monday in Dayton, Ohio. A 13-year-old was shot by police."))
    names = {a.id: a.name for a in facts.actors}
    assert any(e.type == "ASSAULT" and names.get(e.target or "") == "American civilians" for e in facts.events)


def test_an_honour_is_no_shooting(rules_pipeline):
    assert head_events(rules_pipeline, "Officer with 20 years of service honored by city in Dayton, Ohio") == []


def test_an_age_as_a_doer_is_no_party(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text(
        "Farmers Lose Crops\n\nOfficials met on Monday in Dayton, Ohio. The 25-year-old fought back tears."))
    assert not facts.events
