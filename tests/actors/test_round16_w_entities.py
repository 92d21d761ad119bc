"""Entities (issue 12 round 16, W): an organisation's name the tagger cut after its "of" runs on through that phrase
(actors/name_spans._glued_name); a newspaper's title of "the" and a common word in lower case is that word
(actors/naming.lowercase_title); a town followed by a region's name is that region's country's town ("Paris, Texas":
actors/placed.region_tail), not the capital's state. Near misses: a complete name stays as it is; "Paris" alone is
France's; a region named before a verb of saying is a speaker. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _actors(pipeline, text):
    return {a.id: a.name for a in pipeline.extract(document_from_text(text, guess_title=False)).actors}


@pytest.mark.parametrize("text, name", [
    ("The president instructed the Office of the United States Trade Representative to study new tariffs.",
     "Office of the United States Trade Representative"),
    ("The head of the Office of the Kenyan Attorney General resigned.", "Office of the Kenyan Attorney General"),
])
def test_a_name_cut_after_its_of_runs_on_through_the_phrase(pipeline, text, name):
    names = _actors(pipeline, text).values()
    assert name in names
    assert not any(n.endswith((" of", " of the")) for n in names)


def test_a_whole_name_with_of_is_unchanged(pipeline):
    assert "Congress of South African Trade Unions" in _actors(
        pipeline, "The Congress of South African Trade Unions called a strike.").values()


@pytest.mark.parametrize("text", [
    "A statement from the independent monitors said the vote was fair.",
    "The independent candidates condemned the arrest.",
])
def test_a_newspapers_title_in_lower_case_is_a_common_word(pipeline, text):
    assert "MEDIA.INDEPENDENT" not in _actors(pipeline, text)


def test_a_newspapers_title_in_title_case_is_the_newspaper(pipeline):
    assert "MEDIA.INDEPENDENT" in _actors(pipeline, "The Independent reported that the army attacked the village.")


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


@pytest.mark.parametrize("text", [
    "Police in Paris, Texas arrested a man on Sunday.",
    "Police in Paris Texas arrested a man on Sunday.",
    "Police in London, Ontario arrested a man on Sunday.",
])
def test_a_town_before_a_regions_name_is_that_regions_countrys(rules, text):
    found = {e.source for e in rules.extract(document_from_text(text)).events if e.type == "COERCE"}
    assert found and not found & {"FRA.POL", "GBR.POL"}


def test_a_capital_alone_keeps_its_state(rules):
    found = {e.source for e in rules.extract(document_from_text("Police in Paris arrested a man on Sunday.")).events
             if e.type == "COERCE"}
    assert found == {"FRA.POL"}


def test_a_name_run_on_into_a_count_ends_before_it(pipeline):
    names = _actors(pipeline, "Officer Tom Dunn shot Kevin McDonald in October. The officer is accused of shooting "
                              "McDonald 16 times.")
    assert not any(any(c.isdigit() for c in n) for n in names.values())


def test_a_bylines_writer_is_no_party_nor_a_later_he(rules):
    text = ("Nobody has been charged. By Mary Otieno, The Kenya Herald.\n\nNAIROBI — A young man and his mother have "
            "sued the Kenyan police, alleging he was beaten by officers.")
    facts = rules.extract(document_from_text(text))
    assert "mary-otieno" not in {a.id for a in facts.actors}
    assert not [e for e in facts.events if "mary-otieno" in (e.source, e.target)]


def test_by_a_time_is_no_byline(pipeline):
    assert "KEN.POL" in _actors(pipeline, "By Tuesday, Kenyan police had arrested two men.")
