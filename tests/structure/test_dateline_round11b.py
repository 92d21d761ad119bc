"""Datelines whose dash was lost in the copy (#12 round 11b): the wire agency is the report's source, not the subject."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text
from faultlines.structure import find_dateline


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("LAGOS (AP) Nigeria's parliament has passed a budget", "Lagos", "AP"),
    ("QUITO, Ecuador (Reuters) Ecuadorean troops raided a prison", "Quito, Ecuador", "Reuters"),
    ("ANKARA (AFP) \"We will respond,\" the minister said", "Ankara", "AFP"),
])
def test_a_dateline_with_no_dash_is_still_one(line, place, agency):
    d = find_dateline(line)
    assert d is not None and (d.place, d.agency) == (place, agency)
    assert line[d.end:].startswith(" ")


@pytest.mark.parametrize("line", [
    "NATO (North Atlantic Treaty Organization) said it would send jets",
    "The SDF (Syrian Democratic Forces) attacked a convoy",
    "Kataib Hezbollah (AP) fired rockets",
    "LAGOS (AP)",
])
def test_no_dash_needs_a_capitals_place_a_wire_agency_and_a_sentence_after(line):
    assert find_dateline(line) is None


def test_the_agency_of_a_dashless_dateline_is_no_actor(pipeline):
    text = "Budget passes\n\nLAGOS (AP) Nigeria's parliament has approved a budget that raises army pay.\n\nLawmakers cheered."
    facts = pipeline.extract(document_from_text(text))
    names = {a.name for a in facts.actors}
    assert "Associated Press" not in names
    assert all(e.source is None or "associated-press" not in e.source for e in facts.events)
