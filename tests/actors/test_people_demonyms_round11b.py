"""A bare plural demonym that marches or is harmed is that state's people, not the state (#12 round 11b)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def ids(pipeline, text: str) -> set[str]:
    return {a.id for a in pipeline.extract(document_from_text(text, guess_title=False)).actors}


@pytest.mark.parametrize(("text", "people"), [
    ("Chileans marched through Valparaiso against the pension law.", "CHL.CVL"),
    ("Kenyans protested outside the parliament on Tuesday.", "KEN.CVL"),
    ("Somalis were killed when the market was shelled.", "SOM.CVL"),
    ("Militants abducted Nigerians near the highway.", "NGA.CVL"),
])
def test_people_who_march_or_suffer_are_civilians(pipeline, text, people):
    found = ids(pipeline, text)
    assert people in found and people.split(".")[0] not in found


@pytest.mark.parametrize(("text", "state"), [
    ("Egyptians condemned the new dam on the Nile.", "EGY"),
    ("The Saudis were shot down in the talks over oil output.", "SAU"),
])
def test_a_demonym_that_speaks_or_has_a_determiner_stays_the_state(pipeline, text, state):
    assert state in ids(pipeline, text)
