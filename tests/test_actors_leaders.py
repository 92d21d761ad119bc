"""The leaders table: heads of state named without their country resolve to it; surnames follow."""

from __future__ import annotations

from faultlines.actors import load_dictionary
from faultlines.read import document_from_text


def test_leaders_are_people_of_their_country():
    d = load_dictionary()
    aid = d.lookup("Laurent Gbagbo")
    assert aid and d.kind_of(aid) == "person" and d.country_of(aid) == "CIV"
    assert d.parent_chain(aid)[:2] == ["CIV.GOV", "CIV"]
    assert d.lookup("Moammar Gadhafi") == d.lookup("Muammar Gaddafi")
    assert d.lookup("Donald Trump") == "DONALD_TRUMP"  # actors.yaml keeps its own ids


def test_titled_leader_is_not_given_another_country_of_the_sentence(pipeline):
    facts = pipeline.extract(document_from_text("President Bill Clinton said the strikes on Afghanistan were justified."))
    clinton = next(a for a in facts.actors if a.kind == "person")
    assert clinton.country == "USA"


def test_surname_of_a_known_leader_follows_the_full_name(pipeline):
    facts = pipeline.extract(document_from_text("President Abdelaziz Bouteflika spoke on Monday. Later Bouteflika left."))
    person = next(a for a in facts.actors if a.kind == "person")
    assert person.country == "DZA" and len(person.mentions) == 2


def test_community_fighters_after_the_group_named_for_them_are_that_group(pipeline):
    facts = pipeline.extract(document_from_text(
        "The Popular Mobilization Forces took the town. Shia fighters then attacked the villages."))
    pmf = next(a for a in facts.actors if a.id == "PMF")
    assert "Shia fighters" in {m.text for m in pmf.mentions}


def test_community_fighters_alone_stay_a_community_group(pipeline):
    facts = pipeline.extract(document_from_text("Shia fighters attacked the town."))
    assert not any(a.id == "PMF" for a in facts.actors)


def test_titled_name_tagged_as_organisation_is_a_person(pipeline):
    facts = pipeline.extract(document_from_text("Outgoing PM Miro Cerar resigned."))
    assert [(a.name, a.kind) for a in facts.actors] == [("Miro Cerar", "person")]


def test_titled_surname_of_one_known_person_is_that_person(pipeline):
    facts = pipeline.extract(document_from_text("President Reagan met Chancellor Kohl in Bonn."))
    assert {(a.id, a.country) for a in facts.actors if a.kind == "person"} == {("RONALD_REAGAN", "USA"),
                                                                                ("HELMUT_KOHL", "DEU")}


def test_shared_surname_is_not_guessed():
    d = load_dictionary()
    assert d.person_by_surname("Castro") is None  # Fidel and Raul
    assert d.person_by_surname("Mitterrand") == "FRANCOIS_MITTERRAND"


def test_unknown_associations_get_no_country_from_the_sentence(pipeline):
    facts = pipeline.extract(document_from_text(
        "The Association of African Jurists condemned the arrests in Libya on Monday."))
    assoc = next(a for a in facts.actors if a.name.startswith("Association"))
    assert assoc.kind == "ngo" and assoc.country is None


def test_ethnic_kin_outside_their_state_belong_where_they_live(pipeline):
    facts = pipeline.extract(document_from_text("Ethnic Albanians in south Serbia attacked police posts."))
    assert ("ethnic_group", "SRB") in {(a.kind, a.country) for a in facts.actors if "Ethnic" in a.mentions[0].text}
    facts = pipeline.extract(document_from_text("Ethnic Albanian guerrillas clashed with Macedonian troops."))
    rebels = next(a for a in facts.actors if a.mentions[0].text == "Ethnic Albanian guerrillas")
    assert (rebels.kind, rebels.country) == ("armed_group", "MKD")
    facts = pipeline.extract(document_from_text("Ethnic Albanians marched peacefully."))
    assert next(a for a in facts.actors if a.mentions[0].text == "Ethnic Albanians").country is None
