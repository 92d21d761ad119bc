"""Round 16 (issue #12, helper K2): wrong parties. Praise of an act of force done to someone backs its doer, never the
one it was done to ("welcomed the capture of X by the army"); whom "help" helps is the party before the helped act,
even where the parser ran "help Chad fight X" into one phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest


def edges(code, text):
    return {(r[0], r[1], r[2]) for r in code(text)}


@pytest.mark.parametrize("text, gone, kept", [
    ("Villagers in Niger welcomed the capture of the bandit leader Idrissa Kanta by the Nigerien army.",
     ("SUPPORT", "NER.CVL", "idrissa-kanta"), ("SUPPORT", "NER.CVL", "NER.MIL")),
    ("Ghana welcomed the arrest of Kwame Mensah by Togolese police.",
     ("SUPPORT", "GHA", "kwame-mensah"), ("SUPPORT", "GHA", "TGO.POL")),
])
def test_praise_of_force_backs_the_doer(code, text, gone, kept):
    found = edges(code, text)
    assert gone not in found
    assert kept in found


def test_praise_of_force_with_no_doer_backs_no_one(code):
    found = edges(code, "Security forces welcomed the capture of Abu Hamza by the army.")
    assert not any(e[0] == "SUPPORT" and e[2] == "abu-hamza" for e in found)


def test_near_miss_welcoming_a_release_still_backs_the_freed(code):
    assert ("SUPPORT", "UGA", "sarah-nakato") in edges(code, "Uganda welcomed the release of the journalist Sarah Nakato.")


def test_near_miss_praise_of_a_party_is_kept(code):
    assert ("SUPPORT", "KEN", "TZA") in edges(code, "Kenya praised Tanzania for its help.")


@pytest.mark.parametrize("text, helped, fought", [
    ("Chad sent soldiers to help Cameroon fight Boko Haram.", "CMR", "BOKO_HARAM"),
    ("Niger sent troops to help Mali fight the jihadists.", "MLI", "ARMED_GROUP"),
])
def test_help_helps_the_party_before_the_helped_act(code, text, helped, fought):
    found = edges(code, text)
    giver = text.split()[0]
    aid = {e for e in found if e[0] == "AID"}
    assert aid and all(e[2] == helped for e in aid), (giver, found)
    assert not any(e[0] == "AID" and e[2] == fought for e in found)


@pytest.mark.parametrize("text, edge", [
    ("Rebels attacked troops loyal to President Bashar al-Assad in Homs.", ("ASSAULT", "SYR.REB", "SYR.MIL")),
    ("Hezbollah has been fighting alongside troops loyal to President Bashar al-Assad near Hama.",
     ("COOPERATE", "HEZBOLLAH", "SYR.MIL")),
])
def test_troops_loyal_to_a_head_of_state_are_the_state_military(code, text, edge):
    found = edges(code, text)
    assert edge in found
    assert not any(e[2] == "BASHAR_AL_ASSAD" for e in found)


def test_near_miss_a_warlord_keeps_his_faction(code):
    found = edges(code, "Wagner fighters fought alongside forces loyal to Khalifa Haftar near Sirte.")
    assert ("COOPERATE", "WAGNER", "LNA") in found


def test_a_world_city_is_not_a_small_namesake_at_home(code):
    text = "WASHINGTON (AP) — Islamic State claimed the attack on a Coptic church in Cairo, U.S. officials said."
    found = edges(code, text)
    assert ("ASSAULT", "ISIS", "EGY.CVL") in found
    assert not any(e[2] == "USA.CVL" for e in found)


@pytest.mark.parametrize("text, name, country", [
    ("MOSCOW, Idaho (AP) — Police in Moscow said a man was arrested after a shooting near the campus.", "Moscow", "US"),
    ("Police in Cairo, Georgia, arrested a man after a shooting on Monday, U.S. officials said.", "Cairo", "US"),
    ("WASHINGTON (AP) — Gunmen attacked a church in Cairo on Sunday, U.S. officials said.", "Cairo", "EG"),
])
def test_near_miss_a_named_home_region_keeps_its_town(rules, text, name, country):
    from faultlines.read import document_from_text

    places = {p.name: p.country for p in rules.extract(document_from_text(text)).places}
    assert places.get(name) == country
