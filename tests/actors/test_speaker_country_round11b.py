"""An outlet's country is never a state named only in what the outlet reports (#12 round 11b)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def countries(pipeline, text: str) -> dict[str, str | None]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return {m.text: a.country for a in facts.actors for m in a.mentions}


@pytest.mark.parametrize(("text", "speaker", "spoken_of"), [
    ("The weekly La Voz said Ecuador had accused Peru of hiding smugglers.", "La Voz", {"ECU", "PER"}),
    ("The newspaper El Sol reported that Uruguay condemned the raid.", "El Sol", {"URY"}),
])
def test_a_state_in_the_reported_clause_is_not_the_outlets(pipeline, text, speaker, spoken_of):
    found = countries(pipeline, text)
    assert speaker in found and found[speaker] not in spoken_of


def test_a_state_modifying_the_speaker_still_gives_its_country(pipeline):
    found = countries(pipeline, "Colombian official Pedro Ruiz said Venezuela had closed the border.")
    assert found.get("Pedro Ruiz") == "COL"
