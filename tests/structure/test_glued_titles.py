"""A Title Case headline glued to the body on the first line ("Headline-DATELINE — -Body", "Headline-Body"):
cut into a title, a dateline and the body, so each parses on its own (`structure.glued`)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text
from faultlines.structure import segment
from faultlines.structure.glued import glued_title

NBSP = "\xa0"


@pytest.mark.parametrize(("text", "title", "dateline", "body"), [
    (f"Rebels Seize Border Town-NAIROBI —{NBSP}-Rebels seized a town on Monday.",
     "Rebels Seize Border Town", "NAIROBI —", "Rebels seized"),
    (f"Army Chief Sacked After Mutiny -LA PAZ —{NBSP}-The president fired the army chief.",
     "Army Chief Sacked After Mutiny", "LA PAZ —", "The president"),
    (f"Ministers Meet on Water Dispute - ADDIS ABABA —{NBSP}-Ministers from three states met.",
     "Ministers Meet on Water Dispute", "ADDIS ABABA —", "Ministers from"),
    ("Talks on Border Collapse Again-Negotiators walked out of the talks on Friday.",
     "Talks on Border Collapse Again", None, "Negotiators walked"),
    ("Israel-Gaza Truce Holds for a Third Day-Israeli troops stayed in their positions overnight.",
     "Israel-Gaza Truce Holds for a Third Day", None, "Israeli troops"),
    ("Top Court Hears Opposition Re-election Challenge -The court began hearing the case.",
     "Top Court Hears Opposition Re-election Challenge", None, "The court"),
    ("Four-Word Headline Here-The body is not cut.", None, None, None),
])
def test_a_glued_headline_is_cut_at_its_dash(text, title, dateline, body):
    g = glued_title(text)
    if title is None:  # with no dateline, a headline of under five words is not taken for one
        assert g is None
        return
    assert g is not None
    assert text[g.title_start:g.title_end] == title
    assert (text[g.dateline[0]:g.dateline[1]] if g.dateline else None) == dateline
    assert text[g.body_start:].startswith(body)


@pytest.mark.parametrize("text", [
    "Pro-government forces shelled the town on Monday, officials said.",  # prose, not a headline
    "BAGHDAD (Reuters) - Iraqi forces retook the town on Monday.",  # a dateline of its own
    "US-backed Forces Take Control of Airport\n\nThe forces entered the airport.",  # a headline on its own line
    "The Obama-Rouhani Call Was Brief, officials said on Friday.",
    "Kim Jong-Un Meets Moon Jae-In in Seoul",
    "Deputy Secretary-General Anna Lind on Monday urged the parties to talk.",  # a hyphenated title and name
    "Foreign Minister Ali Hassan-Omar today rejected the offer.",
    "On 4 June 2021, in Port Loring, Upper-Valley, farmers protested against the tax.",  # a place's double name
    "On 2 June 2021, the Arlen-Dorne road was blocked by villagers.",
])
def test_no_glue_no_cut(text):
    assert glued_title(text) is None


def test_segments_title_dateline_body():
    text = f"Rebels Seize Border Town-NAIROBI —{NBSP}-Rebels seized a town on Monday.\n\nThe army fled."
    segs = segment(document_from_text(text, guess_title=False))
    assert [(s.kind, text[s.start:s.end]) for s in segs][:3] == [
        ("title", "Rebels Seize Border Town"), ("dateline", "NAIROBI —"), ("body", "Rebels seized a town on Monday.")]


def test_the_body_parses_apart_from_the_headline(pipeline):
    text = f"Police Detain, Then Free Opposition Leader Mwangi-NAIROBI —{NBSP}-Kenyan police detained opposition leader John Mwangi on Monday."
    doc = pipeline.nlp(text)
    sents = [s.text for s in doc.sents]
    assert sents[0] == "Police Detain, Then Free Opposition Leader Mwangi"
    assert sents[-1].startswith("Kenyan police detained")
    assert any(t.text == "Kenyan" for t in doc)  # the dash stuck to the body's first word is split off
    assert not any("NAIROBI" in e.text and "Mwangi" in e.text for e in doc.ents)

