"""A headline drops "was" before a past participle ("Police officer shot in Memphis"): a past-tense act verb with a
subject and no object is what was done to the subject. Headlines written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _events(pipeline, text: str):
    facts = pipeline.extract(document_from_text(text))
    return [(e.type, e.source, e.target) for e in facts.events if e.start == 0]


@pytest.mark.parametrize("title, expected", [
    ("Police officer shot in Memphis traffic stop", [("ASSAULT", None, "USA.POL")]),
    ("Chicago police officer shot, suspect killed", [("ASSAULT", None, "USA.POL"), ("ASSAULT", None, "USA.CVL")]),
])
def test_a_headline_participle_makes_its_subject_the_one_it_was_done_to(pipeline, title, expected):
    found = _events(pipeline, f"{title}\n\nThe officer was taken to hospital on Friday night.")
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("title, expected", [
    ("Gunman shoots two officers in Dallas", ("ASSAULT", "USA.POL")),  # the active voice is written in the present
    ("Russia seized two Ukrainian ships in the Kerch Strait", ("COERCE", "UKR")),  # a past tense with its object
])
def test_an_active_headline_keeps_its_roles(pipeline, title, expected):
    found = _events(pipeline, f"{title}\n\nOfficials gave no further details on Friday.")
    assert any((t, tgt) == expected for t, _, tgt in found)

