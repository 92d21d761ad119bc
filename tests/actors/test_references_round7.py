"""References across sentences and sides (#12 round 7): agreement, role, quotes, leaders' factions, storms, places."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def mentions(pipeline, text: str) -> dict[str, set[str]]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return {a.id: {m.text for m in a.mentions} for a in facts.actors}


@pytest.fixture(scope="module")
def rules(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def test_a_singular_generic_takes_a_group_whose_name_is_plural(pipeline):
    found = mentions(pipeline, "The Rapid Support Forces took the market at dawn. The militia then looted the shops.")
    assert "militia" in found["RSF"]


def test_the_army_is_never_the_armed_group_of_the_other_side(pipeline):
    found = mentions(pipeline, "The Rapid Support Forces shelled the town of Kosti. The army answered with air strikes.")
    assert "army" not in found.get("RSF", set())


def test_object_it_after_a_sentence_takes_that_sentence_subject(pipeline):
    found = mentions(pipeline, "The United Arab Emirates denied sending weapons to the RSF. "
                               "Sudan's army accused it of lying.")
    assert "it" in found["ARE"] and "it" not in found["RSF"]


def test_a_leaders_fighters_are_his_faction(pipeline):
    found = mentions(pipeline, "Hemedti flew to Nairobi on Monday. He said his fighters would hold the city.")
    assert "his fighters" in found["RSF"]
    found = mentions(pipeline, "Khalifa Haftar's fighters seized the port of Derna.")
    assert any("fighters" in m for m in found["LNA"])


def test_a_named_storm_is_no_actor(pipeline):
    facts = pipeline.extract(document_from_text("Cyclone Freddy hit Malawi in March, and Freddy killed dozens of people."))
    assert not any("Freddy" in a.name for a in facts.actors)


def test_a_bare_plural_is_a_new_group_unless_the_same_word_named_one(pipeline):
    found = mentions(pipeline, "Thousands of Tunisians joined jihadist groups in Syria. "
                               "Tunisian police have also fought militants at home.")
    assert "militants" not in found.get("SYR.REB", set())


def test_a_placed_group_is_not_the_last_group_named(pipeline):
    found = mentions(pipeline, "Tunisian rebels attacked a checkpoint near the border. "
                               "Later, the militias from Misrata entered the city of Sirte.")
    assert not any("militias" in m for m in found.get("TUN.REB", set()))


def test_plural_governments_are_never_one_government(pipeline):
    found = mentions(pipeline, "The American president met the leaders of Kenya and Ethiopia. "
                               "Critics said he should not praise those governments.")
    assert not any("governments" in m for ms in found.values() for m in ms)


def test_a_quoted_generic_takes_only_what_the_quotation_named(pipeline):
    found = mentions(pipeline, 'Hezbollah fired rockets at the border on Monday. '
                               'A farmer in the village said: "The group has never come here."')
    assert "group" not in found.get("HEZBOLLAH", set())
    found = mentions(pipeline, 'Hezbollah fired rockets at the border on Monday. '
                               'Hezbollah was named by one farmer in the village, who said the group had come at night.')
    assert "group" in found["HEZBOLLAH"]


def test_a_generic_actor_takes_the_reports_country_when_no_place_gives_one(rules):
    facts = rules.extract(document_from_text(
        "Chad's army sent troops to Salamat province on Friday. Chadian officials said the region was calm. "
        "Chad's president thanked the soldiers. Gunmen later attacked the village of Kourtaboul, killing three herders.",
        guess_title=False))
    assert any(e.type == "ASSAULT" and e.source == "UNIDENTIFIED_ARMED_GROUP.TCD" for e in facts.events)


def test_two_groups_of_one_sentence_compete_unless_one_is_its_subject(pipeline):
    found = mentions(pipeline, "Hamas and Islamic Jihad fired rockets at Ashkelon on Monday. "
                               "The group said the barrage answered the raids.")
    assert not any("group" in m for ms in found.values() for m in ms)
    found = mentions(pipeline, "Kataib Hezbollah, a faction of the Popular Mobilization Forces, fired drones at the base. "
                               "The group said it acted alone.")
    assert "group" in found["KH"]
