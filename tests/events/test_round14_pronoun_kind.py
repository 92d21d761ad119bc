"""Round 14 review: "he"/"she" in a clause reported by an organisation is not that organisation ("... after he fired
at officers, the Lorain Police Department said"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> [(type, source, target)] on the rules-only path."""
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)
    return lambda text: [(e.type, e.source, e.target) for e in rules.extract(document_from_text(text)).events]


def test_he_reported_by_a_police_department_is_not_the_department(code) -> None:
    rows = code("Lorain, Ohio (AP) - A Lorain man was shot by police after he fired at officers on Friday, "
                "the Lorain Police Department said.")
    shots_at_police = [r for r in rows if r[0] == "ASSAULT" and r[2] == "USA.POL"]
    assert shots_at_police and all(r[1] == "USA.CVL" for r in shots_at_police)
    assert not any(r[1] and "police" in r[1] and r[1] != "USA.POL" for r in rows)

