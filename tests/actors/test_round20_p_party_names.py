"""A one-word party name after a capitalised word that makes it another party's name is not the dictionary's party
(issue 12 round 20, P): "Ontario's New Democrats", Germany's "Free Democrats" are no US Democrats; "House
Democrats" and a bare "Democrats" still are. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _ids(pipeline, text):
    return {a.id for a in pipeline.extract(document_from_text(text)).actors}


@pytest.mark.parametrize("text", [
    "Ontario's New Democrats criticized the Liberal government in Toronto.",
    "In Berlin, the Free Democrats rejected the budget of the chancellor.",
])
def test_another_partys_name_is_no_us_party(pipeline, text):
    assert "USA.DEM" not in _ids(pipeline, text)


@pytest.mark.parametrize("text", [
    "House Democrats criticized President Trump over the tariffs.",
    "Democrats criticized President Trump over the tariffs.",
])
def test_the_us_democrats_stay(pipeline, text):
    assert "USA.DEM" in _ids(pipeline, text)
