""""We"/"our" in a quotation of several sentences or paragraphs is the speaker's side (events/pronouns.py, with
the quotes stage's speakers); "they" in one is not the speaker. Sentences written for the test."""

from __future__ import annotations

from faultlines.events.pronouns import in_quotation
from faultlines.read import document_from_text

CUE_IN_THE_NEXT_SENTENCE = (
    "Sudan's army vowed on Sunday to hold the capital.\n\n"
    '"We will attack the Rapid Support Forces in Omdurman. Nobody can stop us," the army said in a statement.\n')

NEXT_PARAGRAPH = (
    "The paramilitary commander spoke to reporters on Sunday.\n\n"
    '"We have taken the airport," said Mohamed Hamdan Dagalo, the leader of the Rapid Support Forces.\n\n'
    '"Our fighters will attack the army in El Fasher next."\n')

AUTHOR_AFTER_QUOTE = (
    '"The talks failed," the mediator said. We think the Rapid Support Forces will attack the army again.\n')


def test_we_before_the_cue_sentence_is_the_speakers_side(code):
    rows = code(CUE_IN_THE_NEXT_SENTENCE)
    assert any(r[0] == "THREATEN" and r[1] == "SDN.MIL" and r[2] == "RSF" for r in rows), rows


def test_our_in_a_quotation_going_on_into_the_next_paragraph_is_the_speakers_faction(code):
    rows = code(NEXT_PARAGRAPH)
    assert any(r[1] == "RSF" and r[2] == "SDN.MIL" and r[4] == "quoted" for r in rows), rows


def test_quotation_marks_are_read_over_the_paragraph(rules):
    doc = rules.nlp(AUTHOR_AFTER_QUOTE + '\n“We shelled the base. Our drones hit it,” he said.\n')
    we = [t for t in doc if t.lower_ in ("we", "our")]
    assert [in_quotation(t) for t in we] == [False, True, True]


def test_we_outside_any_quotation_is_nobodys_side(code):
    rows = code(AUTHOR_AFTER_QUOTE)
    assert not any(r[1] == "SDN.MIL" for r in rows), rows
    unquoted = code("We believe the army will attack the Rapid Support Forces.")
    assert not any(r[1] is not None and r[1] != "SDN.MIL" and r[2] == "RSF" for r in unquoted)


def test_the_quotes_stage_speakers_reach_the_coder(rules):
    facts = rules.extract(document_from_text(NEXT_PARAGRAPH))
    assert [q.speaker for q in facts.quotes] == ["HEMEDTI", "HEMEDTI"]
