"""Round 13 review (issue #12): "Georgia" the country beside Russia, regions as sports teams, an unnamed man's
stabbing placed in a capital, "the Georgia man" in an American report, a company's two-word name. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def _facts(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


def test_a_federal_word_far_from_georgia_leaves_the_country(pipeline):
    text = "Georgia accused Russia's Federal Security Service of detaining two of its citizens near the border."
    facts = _facts(pipeline, text)
    assert not any(".ADM1." in a.id for a in facts.actors)
    assert any(e.type == "ACCUSE" and e.source == "GEO" for e in facts.events)


def test_russia_and_abkhazia_keep_georgia_the_country_beside_us_states(pipeline):
    text = ("Georgia accused Russia of massing troops near Abkhazia, the State Department said in Washington, as "
            "Texas and Florida weighed new laws.")
    facts = _facts(pipeline, text)
    assert any(e.type == "ACCUSE" and e.source == "GEO" for e in facts.events)
    assert "USA.ADM1.GEORGIA" not in {a.id for a in facts.actors}


def test_a_federal_word_beside_georgia_still_makes_the_us_state(pipeline):
    facts = _facts(pipeline, "Georgia sued the federal government over the new voting rules on Monday.")
    assert any(e.source == "USA.ADM1.GEORGIA" for e in facts.events)


@pytest.mark.parametrize("text", [
    "Oklahoma hosted Texas in front of 90,000 fans on Saturday.",
    "Nebraska beat Iowa 24-17 on Saturday.",
    "Florida visits Georgia next week. The Gators lost 31-24 to Tennessee last season.",
])
def test_regions_in_a_sports_report_are_no_governments(rules, text):
    facts = _facts(rules, text)
    assert not any(".ADM1." in a.id for a in facts.actors)
    assert not any(e.source and e.target for e in facts.events)


def test_a_region_outside_sports_is_still_its_government(rules):
    facts = _facts(rules, "Oklahoma sued Texas over water from the Red River on Monday.")
    assert any(e.source == "USA.ADM1.OKLAHOMA" and e.target == "USA.ADM1.TEXAS" for e in facts.events)


@pytest.mark.parametrize("path", ["model", "rules"])
def test_a_stabbing_placed_in_a_capital_has_no_state_victim(pipeline, rules, path):
    facts = _facts(pipeline if path == "model" else rules,
                   "A 41-year-old man was arrested after he stabbed his neighbour in Nairobi.")
    assert not any(e.source == "KEN.CVL" and e.target == "KEN" for e in facts.events)


def test_the_unnamed_man_still_attacks_a_named_party_in_a_capital(rules):
    facts = _facts(rules, "A 41-year-old man was arrested after he attacked a police officer in Nairobi.")
    assert any(e.type == "ASSAULT" and e.source == "KEN.CVL" and e.target == "KEN.POL" for e in facts.events)


def test_the_georgia_man_in_an_american_report_is_an_american_civilian(pipeline):
    facts = _facts(pipeline, "Atlanta police said the Georgia man was arrested in Macon, Georgia on Friday.")
    arrest = [e for e in facts.events if e.type == "COERCE"]
    assert arrest and arrest[0].target == "USA.CVL"
    assert not any(a.id.startswith("GEO") for a in facts.actors if a.kind != "police")


def test_a_company_name_takes_its_untagged_first_word(pipeline):
    facts = _facts(pipeline, "Ohio sued Purdue Pharma, the drugmaker, over opioid sales.")
    names = {a.name for a in facts.actors}
    assert "Pharma" not in names and "Purdue Pharma" in names
