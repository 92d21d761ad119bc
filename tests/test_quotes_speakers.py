"""Speakers of quotations on real-looking reports: an introducing line, a role named earlier, bylines aside."""

from __future__ import annotations

from faultlines.read import document_from_text


def facts_of(pipeline, text, **kw):
    return pipeline.extract(document_from_text(text, **kw))


def test_a_quotation_opening_its_paragraph_after_an_introducing_line_is_that_source_s(pipeline):
    text = ("Few donors gave again this year.\n\nThe Valley Courier reports:\n\n\"In a sign of fading enthusiasm, "
            "only a quarter of the donors to the mayor gave more than once this year.\"\n\nThat is not a good sign.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == "The Valley Courier"


def test_he_added_goes_back_to_the_spokesman_who_spoke_last_not_to_a_person_named_before(pipeline):
    text = ("Colonel Sami Aziz led the convoy into the valley on Monday. Gunmen later attacked the checkpoint, "
            "a spokesman for the border police said.\n\n\u201cWe will find the men who did this,\u201d he added.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name == "a spokesman for the border police"


def test_a_named_person_still_wins_when_named_after_the_spokesman(pipeline):
    text = ("A spokesman for the army said the road was open. Later, Colonel Sami Aziz visited the checkpoint.\n\n"
            "\u201cThe road will stay open,\u201d he said.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name is not None and "Aziz" in q.speaker_name


def test_a_byline_writer_is_never_the_he_of_a_quotation(pipeline):
    text = ("Raid on the crossing\n\nBy John Roe, Reuters\n\nGunmen attacked the border crossing at dawn.\n\n"
            "\u201cThey came from the hills,\u201d he said.")
    [q] = facts_of(pipeline, text).quotes
    assert q.speaker_name is None or "Roe" not in q.speaker_name
