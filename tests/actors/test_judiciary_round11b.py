"""Prosecutors, courts and judges of a one-country report are its judiciary; a police officer is police (#12 round 11b)."""

from __future__ import annotations

from faultlines.read import document_from_text


def read(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


def test_prosecutors_judges_and_courts_are_the_judiciary(pipeline):
    facts = read(pipeline, "Peruvian police detained the governor of Cusco on Tuesday. Prosecutors charged him with "
                           "bribery. A judge ordered his detention.")
    mentions = {a.id: {m.text for m in a.mentions} for a in facts.actors}
    assert "Prosecutors" in mentions.get("PER.JUD", set())
    assert "judge" in mentions.get("PER.JUD", set())
    assert "PER.GOV" not in mentions or "Prosecutors" not in mentions["PER.GOV"]


def test_a_police_officer_is_the_police_not_the_army(pipeline):
    facts = read(pipeline, "A police officer shot a teenager in Porto Alegre on Sunday.")
    sources = {e.source for e in facts.events if e.type == "ASSAULT"}
    assert sources == {"BRA.POL"}


def test_an_army_officer_stays_the_army(pipeline):
    facts = read(pipeline, "An army officer shot a teenager in Porto Alegre on Sunday.")
    assert {e.source for e in facts.events if e.type == "ASSAULT"} == {"BRA.MIL"}
