"""Round 13 (issue #12, helper B): an unnamed person carried on by "he"/"she" is the generic actor the noun is
("Civilians (Kenya)"), only when the sex agrees and no civilian of the same pool is the other party. Sentences
written for these tests."""

from __future__ import annotations

from faultlines.read import document_from_text


def _assaults(pipeline, text: str):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return [e for e in facts.events if e.type == "ASSAULT"]


def test_he_after_an_unnamed_man_is_that_man(pipeline):
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)  # the round-15 judge vetoes this attack (docs/model-card.md)
    found = _assaults(rules, "A 35-year-old man was arrested in Nakuru after he attacked a police officer.")
    assert found and found[0].source == "KEN.CVL" and found[0].target == "KEN.POL"


def test_she_after_an_unnamed_man_is_not_that_man(pipeline):
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)  # the judge may drop the sourceless event: the rules keep it
    found = _assaults(rules, "A 35-year-old man was arrested in Nakuru after she attacked a police officer.")
    assert found and found[0].target == "KEN.POL"
    assert not any(e.source == "KEN.CVL" for e in found)


def test_an_unnamed_man_attacking_another_civilian_leaves_the_event_sourceless(pipeline):
    found = _assaults(pipeline, "A 35-year-old man was arrested in Nakuru after he stabbed a woman at a bus stop.")
    assert found and found[0].target == "KEN.CVL" and found[0].source != "KEN.CVL"


def test_residents_of_a_capital_are_its_country_civilians(owners):
    assert owners("Residents of Bamako accused the soldiers of looting shops on Sunday.", "Residents") == ["MLI.CVL"]


def test_residents_of_a_town_a_demonym_describes_are_that_country_civilians(owners):
    text = "Residents of the Malian town of Sevare accused soldiers of looting shops."
    assert owners(text, "Residents") == ["MLI.CVL"]


def test_a_demonym_on_a_non_place_noun_gives_no_country(owners):
    text = "Citizens of the Malian opposition party accused the soldiers of looting shops."
    assert owners(text, "Citizens") != ["MLI.CVL"]


def test_villagers_in_a_region_are_its_country_civilians_and_the_region_is_no_party(pipeline):
    facts = pipeline.extract(document_from_text("Villagers in Borno state said gunmen abducted 20 women on Friday.",
                                                guess_title=False))
    assert not any(".ADM1." in a.id for a in facts.actors)
    at = facts.document.text.find("Villagers")
    assert any(a.id == "NGA.CVL" for a in facts.actors for m in a.mentions if m.start <= at < m.end)


def test_civilians_as_a_category_are_no_party_of_the_shelling(pipeline):
    text = "Civilians must be protected, the envoy said, after Malian troops shelled the market town of Sevare."
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    shelling = [e for e in facts.events if e.type == "ASSAULT"]
    assert shelling and all(e.source == "MLI.MIL" for e in shelling)
    held = next((a.id for a in facts.actors for m in a.mentions if m.start == 0), None)
    assert held is None or not any(held in (e.source, e.target) for e in facts.events)
