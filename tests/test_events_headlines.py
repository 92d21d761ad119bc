"""Title Case headlines are coded from a sentence-cased re-parse (issue 12, item 5). Headlines written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text
from faultlines.records import Document

BODY = "\n\nOfficials gave no further details."


@pytest.fixture(scope="module")
def rules_pipeline(pipeline):
    """The rule coder's own events, without the trained judge."""
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def facts_of(pipe, headline: str, *, titled: bool = False):
    text = headline + BODY
    doc = Document(id="h", text=text, title=headline) if titled else document_from_text(text)
    return pipe.extract(doc)


def triples(facts):
    return {(e.type, e.source, e.target) for e in facts.events}


@pytest.mark.parametrize("titled", [False, True])
@pytest.mark.parametrize(("headline", "expected"), [
    ("Hezbollah Fires Rockets At Israel", ("ASSAULT", "HEZBOLLAH", "ISR")),
    ("Egypt Condemns Israeli Raid On Gaza", ("ACCUSE", "EGY", "ISR")),
    ("Iran Denies Arming Houthi Rebels", ("AID", "IRN", "HOUTHIS")),
    ("Houthis Attack Saudi Tanker", ("ASSAULT", "HOUTHIS", None)),
])
def test_title_case_headline_is_coded_like_a_sentence(rules_pipeline, headline, expected, titled):
    assert expected in triples(facts_of(rules_pipeline, headline, titled=titled))


def test_a_denial_in_a_headline_stays_negated_in_the_deniers_voice(rules_pipeline):
    ev = [e for e in facts_of(rules_pipeline, "Iran Denies Arming Houthi Rebels").events if e.type == "AID"]
    assert ev and all(e.polarity == "negated" and e.voice.name == "Iran" for e in ev)


@pytest.mark.parametrize("headline", [
    "Drone Strike Kills Six Soldiers Near Border",  # nobody named: no actor, no event
    "Heavy Rain Floods Coastal Villages",
    "Local Bakery Wins National Award For Sourdough",
])
def test_headline_without_an_actor_gives_nothing(rules_pipeline, headline):
    assert not facts_of(rules_pipeline, headline, titled=True).events


def test_headline_words_are_not_persons(rules_pipeline):
    facts = facts_of(rules_pipeline, "Drone Attack Kills Nine As Hezbollah Fires Rockets At Israel", titled=True)
    assert not any(a.kind == "person" for a in facts.actors)


@pytest.mark.parametrize("headline", ["Hezbollah Fires Rockets At Israel", "Egypt Condemns Israeli Raid On Gaza",
                                      "Iran Denies Arming Houthi Rebels"])
def test_event_offsets_slice_the_original_text(rules_pipeline, headline):
    facts = facts_of(rules_pipeline, headline, titled=True)
    text = facts.document.text
    assert facts.events
    for e in facts.events:
        assert text[e.start:e.end] == e.text
        for m in (e.trigger, e.source_mention, e.target_mention, *e.evidence):
            if m is not None:
                assert text[m.start:m.end] == m.text


def test_sentence_cased_copy_keeps_names_and_length(pipeline):
    from faultlines.events.headlines import sentence_cased

    sent = next(pipeline.nlp("Turkey Bombs PKK Camps Near Border").sents)
    copy = sentence_cased(sent, {sent[0].i})
    assert copy == "Turkey bombs PKK camps near border" and len(copy) == len(sent.text)
