"""Quotes, round 8: quotations over several sentences and paragraphs, "he added" after a paragraph break,
"it added" for an organisation, documents that speak ("the letter reads"), nested quotes closed by '" . Sentences
written for the test."""

from __future__ import annotations

import pytest

from faultlines.quotes.marks import quotation_spans
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def quotes(pipeline):
    def run(text: str):
        return [(q.text, q.speaker, q.speaker_name) for q in pipeline.extract(document_from_text(text)).quotes]

    return run


def test_a_short_quotation_left_open_before_a_reopened_paragraph_is_kept():
    text = ('"We will rebuild it," she said. "It will take a year and more.\n\n'
            '"The money is already there, in the budget."\n')
    spans = [text[m.open + 1:m.close].strip() for m in quotation_spans(text)]
    assert "It will take a year and more." in spans


def test_a_short_stray_mark_at_a_paragraph_end_is_no_quotation():
    text = 'The sign said "closed for the season and more.\n\nNobody came back that winter.\n'
    assert quotation_spans(text) == []


def test_a_nested_quotation_closed_by_a_spaced_mark():
    text = 'The mayor spoke.\n\n"I have always hated the word \'outreach,\' " he told the group on Friday.\n'
    [m] = quotation_spans(text)
    assert text[m.close + 1:].startswith(" he told")


def test_the_speaker_goes_on_over_sentences_and_paragraphs(quotes):
    text = ("Governor Anna Berg spoke in the capital.\n\n"
            "“We will rebuild the bridge by winter,” she said. “It will take a year and a lot of money.\n\n"
            "“The money is already there, in the budget.”\n\n"
            "Her deputy, Tom Lee, disagreed.\n\n"
            "“There is no money for this at all,” he continued.\n")
    got = quotes(text)
    assert [s for _, _, s in got] == ["Anna Berg", "Anna Berg", "Anna Berg", "Tom Lee"]


def test_it_added_is_the_organisation_that_spoke(quotes):
    text = ("Sudan's army said on Sunday it had retaken the town.\n\n"
            "“Our forces are clearing the last streets of mines left by the rebels,” it added.\n")
    assert [s for _, s, _ in quotes(text)] == ["SDN.MIL"]


def test_it_added_does_not_reach_an_organisation_many_paragraphs_back(quotes):
    filler = "".join(f"Farmers in the {w} valley planted maize and beans again this year after the long rains.\n\n"
                     for w in ("north", "south", "east", "west", "upper", "lower", "middle", "far", "near", "old",
                               "new", "green", "dry", "wide", "deep", "high"))
    text = ("Sudan's army said on Sunday it had retaken the town.\n\n" + filler +
            "“The harvest will be the best in ten years,” it added.\n")
    assert [s for _, s, _ in quotes(text)] == [None]


def test_a_document_that_reads_is_the_speaker(quotes):
    text = ("Farmers sent a letter to the governor.\n\n"
            "“We see the river drying up every single summer,” the letter reads.\n")
    assert [n for _, _, n in quotes(text)] == ["the letter"]


def test_she_added_after_a_paragraph_break_is_the_last_sentences_subject(quotes):
    for text in ("“We will win this vote in the spring,” said Anna Berg, who met Tom Lee on Monday.\n\n"
                 "“It will take time and patience,” she added.\n",
                 "Anna Berg spoke after long talks with Tom Lee.\n\n“We will win this vote in the spring,” she said.\n"):
        assert [n for _, _, n in quotes(text)][-1] == "Anna Berg", text


def test_the_name_between_a_quotation_and_its_cue(pipeline):
    from faultlines.quotes.attribution import _name_between

    text = "“The checkpoint is closed to all traffic,” police Chief Omar Haddad said on Monday."
    doc = pipeline.nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert _name_between(said, text.index("”")).text == "police Chief Omar Haddad"
    text = "“The checkpoint is closed to all traffic,” and then everyone said nothing."
    doc = pipeline.nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert _name_between(said, text.index("”")) is None


def test_a_title_abbreviation_does_not_end_the_cue_sentence(quotes):
    text = ('"Come home now, all of you!" state Del. Mary Smith shouted to the crowd. '
            '"The whole city is waiting for you."\n')
    assert [n for _, _, n in quotes(text)] == ["Mary Smith", "Mary Smith"]


def test_a_role_with_a_named_apposition_is_the_named_person(quotes):
    text = '"We have no money left for the bridge," the mayor\'s aide, Mary Smith, said on Tuesday.\n'
    assert [n for _, _, n in quotes(text)] == ["Mary Smith"]
