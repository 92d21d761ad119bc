"""Wrong state-level edges (issue 12 round 19, Y1): backing a hostile measure against X is no support of X, a people's
adjective on a place noun names where, not whom, and separatist forces are the country's rebels, not its army.
Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t) for ty, s, t, *_ in code(text) if ty == type_}


@pytest.mark.parametrize("text, backer, hurt", [
    ("France has championed European sanctions against Iran.", "FRA", "IRN"),
    ("Japan welcomed the new sanctions on North Korea.", "JPN", "PRK"),
    ("Canada backed an arms embargo against Venezuela.", "CAN", "VEN"),
    ("Turkey supported military action against Syria.", "TUR", "SYR"),
])
def test_backing_a_measure_against_a_party_supports_no_one_there(code, text, backer, hurt):
    assert (backer, hurt) not in edges(code, text, "SUPPORT")


def test_backing_a_party_against_another_still_supports_it(code):
    assert ("DEU", "GEO") in edges(code, "Germany supported Georgia against Russia.", "SUPPORT")


def test_backing_a_fight_against_a_group_supports_no_group(code):
    assert not {t for _, t in edges(code, "Australia backed the fight against al-Shabaab.", "SUPPORT")} - {None}


@pytest.mark.parametrize("text, people", [
    ("Syrian troops advanced on Druze villages near the border.", "DRUZE"),
    ("Iraqi forces retook a dozen Sunni villages.", "SUNNI"),
    ("Turkish jets bombed Kurdish areas overnight.", "KURDS"),
])
def test_a_peoples_adjective_on_a_place_names_no_party(code, text, people):
    assert not any(t == people for ty, _, t, *_ in code(text))


def test_the_people_themselves_stay_a_party(code):
    assert any(t is not None and t.startswith("KURDS") for _, t in edges(
        code, "Turkish jets bombed Kurdish fighters overnight.", "ASSAULT"))


def test_a_states_adjective_on_a_place_stays_the_states(code):
    assert ("RUS.MIL", "TUR") in edges(code, "Russian jets violated Turkish airspace on Tuesday.", "REJECT")


@pytest.mark.parametrize("text, rebels", [
    ("In Ukraine, separatist forces backed by Russia shelled Ukrainian troops.", "UKR.REB"),
    ("In the Philippines, insurgent forces ambushed an army patrol.", "PHL.REB"),
])
def test_separatist_forces_are_the_countrys_rebels(code, text, rebels):
    sources = {s for ty, s, *_ in code(text) if ty == "ASSAULT"}
    assert rebels in sources
    assert not any(s is not None and s.endswith(".MIL") for s in sources)


def test_plain_forces_stay_the_army(code):
    assert any(s == "MLI.MIL" for ty, s, *_ in code("In Mali, government forces attacked a rebel checkpoint.")
               if ty == "ASSAULT")


def test_a_filing_city_before_rebel_forces_is_no_owner(code):
    sources = {s for ty, s, *_ in code("MANILA (Reuters) - Rebel forces ambushed an army convoy, the military said.")
               if ty == "ASSAULT"}
    assert "PHL" not in sources
    assert "PHL.REB" in sources
