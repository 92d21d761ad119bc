"""Round 13 (issue #12, helper B): an unnamed person carried on by "he"/"she" is the generic actor the noun is
("Civilians (Kenya)"), only when the sex agrees and no civilian of the same pool is the other party. Sentences
written for these tests."""

from __future__ import annotations

from faultlines.read import document_from_text


def _assaults(pipeline, text: str):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return [e for e in facts.events if e.type == "ASSAULT"]


def test_he_after_an_unnamed_man_is_that_man(pipeline):
    found = _assaults(pipeline, "A 35-year-old man was arrested in Nakuru after he attacked a police officer.")
    assert found and found[0].source == "KEN.CVL" and found[0].target == "KEN.POL"


def test_she_after_an_unnamed_man_is_not_that_man(pipeline):
    found = _assaults(pipeline, "A 35-year-old man was arrested in Nakuru after she attacked a police officer.")
    assert not any(e.source == "KEN.CVL" for e in found)  # the judge may drop the sourceless event


def test_an_unnamed_man_attacking_another_civilian_leaves_the_event_sourceless(pipeline):
    found = _assaults(pipeline, "A 35-year-old man was arrested in Nakuru after he stabbed a woman at a bus stop.")
    assert found and found[0].target == "KEN.CVL" and found[0].source != "KEN.CVL"
