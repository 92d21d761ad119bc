"""Parties named by a common noun or half a name (issue 12 round 18, E): "the West" and the international community
are actors of their own; critics are civilians of the country they criticise in; the ruling party is its state's
government; a warlord's supporters are his faction; a police department's acronym is police; a lone first word of a
person named before ("Wang said") is that person; a one-word leader's name joined to a surname is someone else in a
report that never names the leader's country. Near misses keep what was right. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _facts(pipeline, text):
    return pipeline.extract(document_from_text(text, guess_title=False))


def _owner(facts, words):
    """The actor holding a mention whose text is `words`."""
    return next((a.id for a in facts.actors for m in a.mentions if m.text == words), None)


def _edges(facts):
    return {(e.type, e.source, e.target) for e in facts.events}


@pytest.mark.parametrize("text, words", [
    ("The West has armed the Ukrainian army since 2022.", "West"),
    ("Rebels backed by the West attacked a checkpoint near Idlib on Monday.", "West"),
    ("Western governments pledged new loans to Kenya on Thursday.", "Western governments"),
])
def test_the_west_is_a_bloc_of_its_own(pipeline, text, words):
    facts = _facts(pipeline, text)
    assert _owner(facts, words) == "WEST"
    assert not any(e.source == "USA" for e in facts.events)


def test_the_west_bank_and_a_western_town_are_no_bloc(pipeline):
    facts = _facts(pipeline, "Settlers attacked a village in the West Bank on Friday.")
    assert "WEST" not in {a.id for a in facts.actors}
    facts = _facts(pipeline, "Troops shelled the west of the country on Friday.")
    assert "WEST" not in {a.id for a in facts.actors}


def test_the_international_community_is_its_own_actor(pipeline):
    facts = _facts(pipeline, "Somalia's president appealed to the international community for food aid on Monday.")
    assert _owner(facts, "international community") == "INTL"


@pytest.mark.parametrize("text, words, actor", [
    ("In Zimbabwe, critics are accusing the ruling party of jailing journalists.", "critics", "ZWE.CVL"),
    ("Critics of Bolivian President Luis Arce applauded the court ruling on Monday.", "Critics", "BOL.CVL"),
])
def test_critics_are_civilians_of_the_country_they_criticise_in(pipeline, text, words, actor):
    assert _owner(_facts(pipeline, text), words) == actor


def test_critics_of_a_state_may_be_anyones(pipeline):
    facts = _facts(pipeline, "Critics of Iran condemned the hanging of two protesters on Saturday.")
    assert _owner(facts, "Critics") == "CIVILIANS"


def test_the_ruling_party_is_the_government_not_the_opposition(pipeline):
    facts = _facts(pipeline, "In Zimbabwe, critics are accusing the ruling party of jailing journalists.")
    assert _owner(facts, "ruling party") == "ZWE.GOV"
    assert ("ACCUSE", "ZWE.CVL", "ZWE.GOV") in _edges(facts)
    near = _facts(pipeline, "Zimbabwe's main opposition party boycotted the vote on Monday.")
    assert _owner(near, "Zimbabwe's main opposition party") == "ZWE.OPP"


def test_a_warlords_supporters_are_his_faction_a_presidents_a_crowd(pipeline):
    facts = _facts(pipeline, "Haftar supporters stormed a radio station in Benghazi on Sunday.")
    assert ("ASSAULT", "LNA") in {(e.type, e.source) for e in facts.events}
    near = _facts(pipeline, "Supporters of the president rallied in Kampala on Sunday.")
    assert not any(e.source == "UGA.GOV" or e.source == "UGA" for e in near.events)
    rally = _facts(pipeline, "Haftar supporters rallied in Benghazi on Friday.")
    assert not any(e.source == "LNA" for e in rally.events)  # a rally is a crowd's, not the faction's


def test_a_police_department_acronym_is_police(pipeline):
    facts = _facts(pipeline, "A CMPD officer was shot during a traffic stop in Charlotte, police said.")
    assert next(a.kind for a in facts.actors if a.id == "cmpd") == "police"
    near = _facts(pipeline, "The ABCD said its members would meet in Lagos next week.")
    assert all(a.kind != "police" for a in near.actors)


def test_a_lone_first_word_is_the_one_person_named_so_before(pipeline):
    facts = _facts(pipeline, "Foreign Minister Wang Yi met Sergei Lavrov in Moscow on Monday. Later, Wang said "
                             "China wanted talks.\n\nKim Jong Un visited a factory on Tuesday. Kim then urged "
                             "workers to produce more.")
    assert _owner(facts, "Wang") == "WANG_YI"
    near = _facts(pipeline, "John Kerry met Jordan's king on Monday. John Smith, a farmer, said on Tuesday that the "
                            "talks had failed.")
    assert _owner(near, "John Smith") != "JOHN_KERRY"


def test_a_leaders_name_joined_to_a_surname_is_someone_else_in_another_theatre(pipeline):
    facts = _facts(pipeline, "Police in Lima arrested Haftar Quispe, a farmer, on Tuesday.")
    assert _owner(facts, "Haftar Quispe") != "KHALIFA_HAFTAR"
    assert "KHALIFA_HAFTAR" not in {a.id for a in facts.actors}


def test_a_name_after_an_arabic_article_in_lower_case_is_still_a_name(pipeline):
    facts = _facts(pipeline, "The head of al-Nahrain University asked the police to leave the campus in Baghdad.")
    assert _owner(facts, "al-Nahrain University") is not None
    assert any(e.type == "REQUEST" and e.source is not None for e in facts.events)


def test_an_owned_things_make_is_no_party(pipeline):
    facts = _facts(pipeline, "Two teenagers said Dale Pruitt fired shots into their Ford Explorer outside his home.")
    assert _owner(facts, "Ford Explorer") is None
    assert not any(e.target not in (None, "USA.CVL") and e.source == "dale-pruitt" for e in facts.events)
    near = _facts(pipeline, "Two teenagers said Dale Pruitt fired shots at the Ford Motor Company plant in Detroit.")
    assert _owner(near, "the Ford Motor Company") is not None


def test_the_government_of_a_clause_set_in_another_state_is_that_states(pipeline):
    facts = _facts(pipeline, "Kenyan troops crossed into Somalia on Monday, Kenyan officials said. In neighbouring "
                             "Uganda, the government accused Kenya of stoking the conflict.")
    assert _owner(facts, "government") == "UGA.GOV"
    near = _facts(pipeline, "Kenyan troops crossed into Somalia on Monday, Kenyan officials said. In a statement, "
                            "the government denied any losses.")
    assert _owner(near, "government") == "KEN.GOV"


def test_police_in_towns_of_a_named_federal_state_are_its_countrys(pipeline):
    facts = _facts(pipeline, "After recent ambushes against law enforcement in Tulsa and Little Rock, Arkansas, "
                             "officers patrol in pairs.")
    assert _owner(facts, "law enforcement") == "USA.POL"
    assert not any(e.target == "USA" for e in facts.events)  # the police, not the towns' country


def test_him_after_a_subject_naming_a_man_is_that_man(pipeline):
    facts = _facts(pipeline, "Former mayor Tom Hale was released from prison on Monday. He thanked his family. In "
                             "Caracas, critics of President Maduro accused him of jailing dissidents.")
    assert ("ACCUSE", "VEN.CVL", "NICOLAS_MADURO") in _edges(facts)
    assert not any(e.target == "tom-hale" and e.type == "ACCUSE" for e in facts.events)
    near = _facts(pipeline, "Former mayor Tom Hale was released from prison on Monday. Critics said the judge freed "
                            "him too early.")
    assert any(e.target == "tom-hale" for e in near.events)


def test_bare_parties_are_no_countrys_opposition(pipeline):
    facts = _facts(pipeline, "In Lagos, the parties accused the electoral commission of fraud.")
    assert not any(e.source == "NGA.OPP" for e in facts.events)  # litigants, negotiators or all the parties
    near = _facts(pipeline, "Police in Lagos beat members of the opposition parties on Monday.")
    assert ("ASSAULT", "NGA.POL", "NGA.OPP") in _edges(near)
