"""Parties the sentence names that resolved to no actor (issue 12 round 20, P): a town's police is placed in the
country the gazetteer has that town in, not in the one foreign state a report names; bare "officers" in a report
whose one police force is a town's are that force; migrants, refugees, immigrants and asylum seekers are a generic
party of the country they are in, and so is "the (local) community" (not the intelligence or business community);
a day's violence against the police accuses no one. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _facts(pipeline, text):
    return pipeline.extract(document_from_text(text))


def _edges(pipeline, text):
    return {(e.type, e.source, e.target) for e in _facts(pipeline, text).events}


def _actor(facts, word):
    return next((a for a in facts.actors if any(m.text == word for m in a.mentions)), None)


def test_a_town_police_is_in_the_gazetteers_country_not_the_one_foreign_state(pipeline):
    facts = _facts(pipeline, "Tacoma Police arrested a man who once worked in Kuwait, the department said.")
    force = _actor(facts, "Tacoma Police")
    assert force is not None and force.country == "USA"


def test_a_town_of_several_countries_none_of_them_named_is_no_force_of_the_named_one(pipeline):
    # Fresno lies in the US, Mexico and Colombia: never Afghanistan's police because Afghanistan is named
    facts = _facts(pipeline, "Fresno Police arrested a former contractor who spent two years in Afghanistan.")
    assert not any(a.country == "AFG" and a.kind == "police" for a in facts.actors)


def test_a_town_of_several_countries_keeps_the_named_one(pipeline):
    facts = _facts(pipeline, "Leeds Police arrested two men after a brawl outside a pub in Britain.")
    force = _actor(facts, "Leeds Police")
    assert force is not None and force.country == "GBR"


def test_bare_officers_are_the_one_town_force_of_the_report(pipeline):
    text = "Tacoma Police Chief Ann Ruiz said the suspect had lived in Kuwait. Officers arrested the suspect on Friday."
    assert any(ty == "COERCE" and s == "tacoma-police" for ty, s, _ in _edges(pipeline, text))


def test_bare_officers_with_two_forces_named_are_neither(pipeline):
    text = ("Tacoma Police Chief Ann Ruiz said the suspect had lived in Kuwait. Kuwaiti police said officers arrested "
            "his brother on Friday.")
    assert not any(ty == "COERCE" and s == "tacoma-police" for ty, s, _ in _edges(pipeline, text))


def test_police_said_with_no_town_stay_the_countrys_police(pipeline):
    assert ("COERCE", "KEN.POL", "KEN.CVL") in _edges(pipeline, "Kenyan police arrested ten men in Nakuru on Monday.")


@pytest.mark.parametrize("text, edge", [
    ("Coast guards in Italy detained dozens of migrants near the port of Bari.", ("COERCE", "ITA.POL", "ITA.REF")),
    ("Refugees in Lebanon protested against new residency fees.", ("PROTEST", "LBN.REF", None)),
    ("Police in Hungary fired tear gas at asylum seekers near the border.", ("ASSAULT", "HUN.POL", "HUN.REF")),
    ("Police in Mexico detained forty immigrants at a checkpoint.", ("COERCE", "MEX.POL", "MEX.REF")),
])
def test_people_on_the_move_are_a_party_of_where_they_are(pipeline, text, edge):
    assert edge in _edges(pipeline, text)


@pytest.mark.parametrize("text", [
    "Gunmen in Jordan attacked a refugee camp near Mafraq.",  # the camp is a place, no refugees named as a party
    "Police in Hungary fired tear gas at job seekers near the factory.",  # seekers of work are no asylum seekers
])
def test_near_misses_are_no_refugees(pipeline, text):
    assert not any("REF" in (s or "") or "REF" in (t or "") for _, s, t in _edges(pipeline, text))


def test_a_days_violence_against_the_police_accuses_no_one(pipeline):
    text = "The governor said there was no justification for Friday's violence against police officers in Tulsa, Oklahoma."
    assert not any(ty == "ACCUSE" for ty, _, _ in _edges(pipeline, text))


def test_a_partys_attack_still_accuses_its_owner(pipeline):
    assert ("ACCUSE", "KEN", "SOM") in _edges(pipeline, "Kenya said there was no justification for Somalia's attack.")


@pytest.mark.parametrize("text, edge", [
    ("Police in Leeds, England, urged the community to help find the gunman.", ("REQUEST", "GBR.POL", "GBR.CVL")),
    ("Officials in Fiji said the local community protested against the mine.", ("PROTEST", "FJI.CVL", None)),
])
def test_the_community_is_the_peoples_of_the_place(pipeline, text, edge):
    assert edge in _edges(pipeline, text)


@pytest.mark.parametrize("text", [
    "The intelligence community warned Congress about Russia.",  # a sector of the state
    "The business community criticized the government of Kenya over the tax.",  # a sector of business
])
def test_a_sectors_community_is_no_civilians(pipeline, text):
    assert not any("CVL" in (s or "") or (s or "").startswith("CIVILIANS") for _, s, _ in _edges(pipeline, text))


@pytest.mark.parametrize("text, edge", [
    ("Uganda accused Rwanda of supporting terror groups.", ("SUPPORT", "RWA", "ARMED_GROUP")),
    ("The army said militant groups attacked a checkpoint in Mali.", ("ASSAULT", "ARMED_GROUP", "MLI")),
    ("Rwanda backed rebel groups in Congo, the report said.", ("SUPPORT", "RWA", "COG.REB")),  # placed
])
def test_militant_or_terror_groups_of_no_name_are_armed_groups(pipeline, text, edge):
    assert edge in _edges(pipeline, text)


@pytest.mark.parametrize("text", [
    "Congressmen from Texas accused Pakistan of supporting terror groups.",  # the groups are not where the accusers are
    "Kurdish fighters seized the dam from the terror group last year, to the anger of Ankara.",  # one named before
])
def test_unnamed_groups_take_no_country_of_the_sentence(pipeline, text):
    edges = _edges(pipeline, text)
    assert not any((t or "").endswith(".REB") and not (t or "").startswith("KURDS") for _, _, t in edges)


def test_the_issue_of_groups_doing_something_is_no_event_of_theirs(pipeline):
    text = "The minister did not discuss the problem of militant groups attacking neighbouring states from Chad."
    assert not any(ty == "ASSAULT" for ty, _, _ in _edges(pipeline, text))


def test_anti_terror_units_are_no_armed_group(pipeline):
    edges = _edges(pipeline, "Uganda accused Rwanda of supporting anti-terror units.")
    assert not any((t or "").startswith("ARMED_GROUP") or (t or "").endswith(".REB") for _, _, t in edges)
