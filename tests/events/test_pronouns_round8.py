"""Pronouns and surnames as event arguments (issue 12, round 8): a resolved pronoun's mention, they/them agreement,
"we" in a quotation, pronoun targets, namesakes and kin nouns. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def extract(rules):
    return lambda text: rules.extract(document_from_text(text))


def _rows(facts):
    return [(e.type, e.source, e.target, e.source_mention.text if e.source_mention else None) for e in facts.events]


def test_a_resolved_subject_pronoun_is_mentioned_by_its_antecedents_name(extract):
    rows = _rows(extract("The Kenyan Air Force says it has killed several al-Shabaab fighters in an air strike."))
    assert ("ASSAULT", "KEN.MIL", "AL_SHABAAB", "Kenyan Air Force") in rows
    rows = _rows(extract("The Syrian army intensified its bombardment of rebel areas."))
    assert [r[3] for r in rows if r[0] == "ASSAULT"] == ["Syrian army"]


def test_an_unresolved_pronoun_keeps_its_own_mention(extract):
    rows = _rows(extract("They said the talks with Egypt had failed, and it attacked Cairo."))
    assert all(r[3] in (None, "it", "They") for r in rows if r[1] is None)


def test_an_object_them_takes_no_singular_organisation(extract):
    rows = _rows(extract("Egypt hosted the talks on Sunday. Qatar urged them to release the hostages."))
    assert [r[2] for r in rows if r[0] == "REQUEST"] == [None]


def test_an_object_pronoun_looks_back_to_the_sentence_before(extract):
    rows = _rows(extract("Iran seized a tanker on Friday. The European Union threatened sanctions against it."))
    assert ("THREATEN", "EU", "IRN", "European Union") in rows


def test_we_in_a_quotation_is_the_speakers_side(extract):
    rows = _rows(extract('"We will strike Israel again," a Hezbollah commander said.'))
    assert [r[:3] for r in rows] == [("THREATEN", "HEZBOLLAH", "ISR")]
    rows = _rows(extract('"Our forces will attack the Houthis," Saudi Arabia said.'))
    assert [r[:3] for r in rows] == [("THREATEN", "SAU", "HOUTHIS")]


def test_we_outside_a_quotation_and_they_inside_one_are_not_the_speaker(extract):
    rows = _rows(extract("We condemn the attack on Ukraine."))
    assert all(r[1] is None for r in rows)
    rows = _rows(extract('"They attacked our positions near the border," the Ukrainian army said.'))
    assert not [r for r in rows if r[1] == "UKR.MIL"]


def test_a_surname_two_people_share_goes_to_neither(extract):
    text = ("Karim Haddad met Egyptian officials in Cairo on Monday. His son, Omar Haddad, attacked a police station "
            "in Alexandria. Haddad later praised Hamas in a video.")
    rows = _rows(extract(text))
    assert [r[1] for r in rows if r[0] == "ASSAULT"] == ["omar-haddad"]
    assert [r[1] for r in rows if r[0] == "SUPPORT"] == [None]
    assert [r[1] for r in rows if r[0] == "CONSULT"] == [None]
    rows = _rows(extract("Omar Haddad attacked a police station in Alexandria. Haddad later praised Hamas in a video."))
    assert [r[1] for r in rows if r[0] == "SUPPORT"] == ["omar-haddad"]


def test_the_father_and_the_son_are_no_civilians_at_large(extract):
    text = ("David Miller attacked a police station in Alexandria. His father, Robert Miller, condemned Hamas. "
            "The father later praised Israel. Miller praised Hamas.")
    rows = _rows(extract(text))
    assert ("ACCUSE", "robert-miller", "HAMAS") in [r[:3] for r in rows]
    assert [r[1] for r in rows if r[0] == "SUPPORT"] == ["robert-miller", None]  # "the father" named by apposition
    rows = _rows(extract("Gunmen killed a father of three in Lagos."))
    assert [r[2] for r in rows if r[0] == "ASSAULT"] == ["NGA.CVL"]
