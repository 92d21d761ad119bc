"""The dateline city is the place of the news body's events that name none (places.report), never of quoted
words, comments, statements, or sentences that name a place of their own."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text

REPORT = """KYIV — Russian forces shelled a power station overnight, the regional governor said.

Russian troops also attacked a convoy in Kharkiv on Tuesday.

"Russian soldiers attacked our village again," a farmer said.

Ukraine accused Moscow of war crimes.
"""

THREAD = """BAGHDAD, March 3 (AP) - Gunmen attacked a police checkpoint on Sunday, police said.

Comments

jsmith42 says:
Militants attacked the checkpoint again last night, I heard it from my cousin who lives there.
"""


def _events(pipeline, text):
    facts = pipeline.extract(document_from_text(text))
    names = {p.id: p.name for p in facts.places}
    return [(e.type, e.text, names.get(e.place) if e.place else None, e.voice.kind) for e in facts.events], facts


def test_dateline_city_places_the_bodys_unplaced_attack(pipeline):
    events, facts = _events(pipeline, REPORT)
    assert any(p.name == "Kyiv" for p in facts.places)
    shelled = [e for e in events if e[0] == "ASSAULT" and "shelled" in e[1]]
    assert shelled and all(e[2] == "Kyiv" for e in shelled)


def test_a_sentence_naming_its_own_place_keeps_it(pipeline):
    events, _ = _events(pipeline, REPORT)
    convoy = [e for e in events if "convoy" in e[1]]
    assert convoy and all(e[2] != "Kyiv" for e in convoy)


def test_statements_and_quoted_words_take_no_dateline_place(pipeline):
    events, _ = _events(pipeline, REPORT)
    assert all(e[2] is None for e in events if e[0] == "ACCUSE")
    quoted = [e for e in events if "village" in e[1]]
    assert quoted and all(e[2] is None for e in quoted)


def test_comments_take_no_dateline_place(pipeline):
    events, facts = _events(pipeline, THREAD)
    body = [e for e in events if e[3] != "commenter"]
    said = [e for e in events if e[3] == "commenter"]
    assert body and all(e[2] == "Baghdad" for e in body if e[0] == "ASSAULT")
    assert said and all(e[2] is None for e in said)


@pytest.mark.parametrize("opening", ["", "TRIPOLI/ANKARA (Reuters) - "])
def test_no_single_dateline_no_report_place(pipeline, opening):
    events, _ = _events(pipeline, opening + "Gunmen attacked a police checkpoint on Sunday, police said.\n")
    assert events and all(e[2] is None for e in events)


def test_the_datelines_region_picks_the_city_and_the_city_beats_the_country(pipeline):
    text = "TRIPOLI, Lebanon (Reuters) - Gunmen attacked a police checkpoint on Sunday, police said.\n"
    events, facts = _events(pipeline, text)
    tripoli = [p for p in facts.places if p.name == "Tripoli"]
    assert len(tripoli) == 1 and tripoli[0].country == "LB"
    assert events and all(e[2] == "Tripoli" for e in events if e[0] == "ASSAULT")
