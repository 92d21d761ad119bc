"""Attacks on civilian property (issue 12 round 13): a house, car, shop, school or market hit stands for its named
owner, else for the civilians of the place (ACLED's "Civilians (X)"), never for the state the place lies in; a force's
vehicle or a party's building is not civilian. Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, type_, civilians", [
    ("Gunmen attacked a house in Kaduna on Sunday.", "ASSAULT", "NGA.CVL"),
    ("Rebels shelled a school in Homs.", "ASSAULT", "SYR.CVL"),
    ("Militias set fire to cars in Bunia.", "COERCE", "COD.CVL"),
    ("Militants looted shops in Kaduna.", "COERCE", "NGA.CVL"),
    ("Gunmen opened fire in a market in Kaduna.", "ASSAULT", "NGA.CVL"),
])
def test_civilian_property_hit_is_the_place_s_civilians_not_its_state(code, text, type_, civilians):
    targets = {r[2] for r in code(text) if r[0] == type_}
    assert civilians in targets
    assert civilians.split(".")[0] not in targets


def test_a_named_owner_is_the_target(code):
    targets = {r[2] for r in code("Gunmen torched the house of Senator Ali Ndume in Borno.") if r[0] == "COERCE"}
    assert targets == {"ali-ndume"}


@pytest.mark.parametrize("text, civilians", [
    ("Militants burned a police car in Kaduna.", "NGA.CVL"),
    ("The army shelled a rebel hospital in Homs.", "SYR.CVL"),
    ("Rebels seized a school in Homs.", "SYR.CVL"),
])
def test_a_force_s_or_a_party_s_property_is_not_civilian(code, text, civilians):
    rows = [r for r in code(text) if r[0] in ("ASSAULT", "COERCE")]
    assert rows
    assert civilians not in {r[2] for r in rows}


def test_a_named_party_at_the_place_is_still_the_target(code):
    targets = {r[2] for r in code("Israeli jets struck Hamas fighters at a school in Gaza.") if r[0] == "ASSAULT"}
    assert "HAMAS" in targets


@pytest.mark.parametrize("text", [
    "A mob vandalized a police motorbike at a village near Kaduna.",
    "Gunmen threw a grenade at the residence of the district commissioner in Kismayo.",
    "Arsonists set fire to a vehicle belonging to an aid agency in Goma.",
])
def test_an_official_s_or_an_agency_s_property_is_no_civilians(code, text):
    assert not any(r[2] and r[2].endswith(".CVL") for r in code(text))
