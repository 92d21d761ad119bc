"""Towns of countries at war that the English model misses are found after it (`wide_countries`, nlp.GapPlaces), never
a town whose name is an English word or a stop word. The sentences are written for this test."""

from __future__ import annotations

import pytest

from faultlines.places.gazetteer import _english_words
from faultlines.records import Document


def places(pipeline, text: str) -> list[str]:
    return [p.name for p in pipeline.extract(Document(id="t", text=text)).places]


@pytest.mark.parametrize("text, town", [
    ("Russian forces shelled Kramatorsk on Friday, the governor said.", "Kramatorsk"),
    ("Gunmen attacked a market outside Maiduguri late on Tuesday.", "Maiduguri"),
    ("Soldiers fired on protesters in Sittwe, witnesses said.", "Sittwe"),
])
def test_a_town_of_a_country_at_war_is_found(pipeline, text, town):
    assert town in places(pipeline, text)


def test_names_that_are_english_words_are_no_ruler_town(pipeline):
    # "More" is a town in Cameroon, "Human" one in Ukraine; here they are words
    found = places(pipeline, "More people fled. Human rights groups said more than 40 died.")
    assert "More" not in found and "Human" not in found


def test_the_english_word_list_holds_plurals_and_stop_words():
    words = _english_words()
    assert {"police", "media", "since", "more"} <= words and "kramatorsk" not in words


def test_a_town_inside_a_longer_name_is_left_to_the_model(pipeline):
    # Bardo is a Tunisian town; here it is part of a museum's name, which the model keeps whole
    assert "Bardo" not in places(pipeline, "Gunmen stormed the Bardo National Museum in Tunis on Wednesday.")
