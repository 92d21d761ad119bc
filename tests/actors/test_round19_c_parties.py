"""Rights groups are a party of their own (issue 12 round 19, C): "rights groups", "a rights group", "press freedom
groups" are non-governmental bodies of no country, never the country named beside them nor no one; an armed or
other group stays as it was. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _edges(pipeline, text):
    return {(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events}


@pytest.mark.parametrize("text, target", [
    ("Human rights groups accused Chad of torture.", "TCD"),
    ("A rights group accused Chad of torture.", "TCD"),
    ("Chadian rights groups accused the government of torture.", "TCD.GOV"),
    ("Press freedom groups condemned Turkey.", "TUR"),
])
def test_rights_groups_speak_as_rights_groups(pipeline, text, target):
    assert ("ACCUSE", "RIGHTS_GROUPS", target) in _edges(pipeline, text)


@pytest.mark.parametrize("text", [
    "The rebel group accused Chad of torture.",
    "A business group accused Chad of overtaxing firms.",
    "Amnesty International accused Chad of torture.",
])
def test_other_groups_are_not_rights_groups(pipeline, text):
    assert not any(s == "RIGHTS_GROUPS" for _, s, _ in _edges(pipeline, text))


def test_is_militants_misparsed_are_the_islamic_state(pipeline):
    text = "A video released in Syria purports to show IS militants executing three men."
    assert any(s == "ISIS" and ty == "ASSAULT" for ty, s, _ in _edges(pipeline, text))


def test_militants_after_the_verb_is_are_not_a_group_named_before(pipeline):
    text = "Hamas said the gunmen in the video is militants from a rival clan."
    assert not any(s == "HAMAS" and ty == "ASSAULT" for ty, s, _ in _edges(pipeline, text))


@pytest.mark.parametrize("text, edge", [
    ("Washington held talks with the Erdogan government.", ("CONSULT", "USA", "TUR.GOV")),
    ("The Putin government arrested the activists.", ("COERCE", "RUS.GOV", "RUS.OPP")),
])
def test_a_leaders_government_is_his_countrys_government(pipeline, text, edge):
    assert edge in _edges(pipeline, text)


def test_an_unknown_name_before_government_is_no_leader(pipeline):
    assert not any(t == "TUR.GOV" for _, _, t in _edges(pipeline, "Kenya negotiated with the Museveni government."))


@pytest.mark.parametrize("text, edge", [
    ("Separatists in Ukraine's Luhansk region appealed to Moscow.", ("REQUEST", "UKR.REB", "RUS")),
    ("Police in Kenya's Rift Valley province arrested ten men.", ("COERCE", "KEN.POL", "KEN.CVL")),
])
def test_a_group_placed_in_a_countrys_region_is_that_countrys(pipeline, text, edge):
    assert edge in _edges(pipeline, text)


def test_a_group_placed_in_a_region_of_no_country_named_is_no_states(pipeline):
    assert not any(s == "UKR" for _, s, _ in _edges(pipeline, "Rebels in the region's capital appealed to Turkey."))


def test_rights_groups_named_by_apposition_are_the_body_named(pipeline):
    found = _edges(pipeline, "Uzbekistan asked a coalition of human rights groups, the Cotton Campaign, to end a boycott.")
    assert not any(t == "RIGHTS_GROUPS" for _, _, t in found)
