"""Office titles give a named person their state's organ; "general" of a civil office is no army rank."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def parent_of(pipeline, text: str, person: str) -> str | None:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return next(a.parent for a in facts.actors if a.id == person)


@pytest.mark.parametrize("title", ["Attorney General", "Solicitor-General", "Inspector General", "Auditor General"])
def test_a_civil_general_is_not_in_the_army(pipeline, title):
    text = f"Nigerian {title} Ibrahim Musa said the troops had retaken the town."
    assert parent_of(pipeline, text, "ibrahim-musa") != "NGA.MIL"


@pytest.mark.parametrize("title", ["General", "Army General", "Major General"])
def test_an_army_general_is_in_the_army(pipeline, title):
    text = f"Nigerian {title} Ibrahim Musa said the troops had retaken the town."
    assert parent_of(pipeline, text, "ibrahim-musa") == "NGA.MIL"
