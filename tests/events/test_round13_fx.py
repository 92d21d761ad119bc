"""Round-13 cross-suite faults (helper FX): a device going off in a place is one attack, its planters' (no second,
sourceless attack on the place's civilians); a device that did not go off hits nothing; a soldier found dead is his
state's forces even though the place of his death sits under "found". Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A bomb exploded in a market in Kano, Nigeria.",
    "An explosive device exploded at a school in Kano, Nigeria.",
])
def test_a_blast_in_a_place_is_one_attack_by_its_planters(code_modes, text):
    evs = [e for e in code_modes(text) if e[0] == "ASSAULT"]
    assert len(evs) == 1, evs
    assert evs[0][2] == "UNIDENTIFIED_ARMED_GROUP.NGA", evs


@pytest.mark.parametrize("text", [
    "No bomb exploded at the school in Kano, Nigeria.",
    "No grenade went off in the market of Kano, Nigeria.",
    "A bomb did not explode in the market of Kano, Nigeria.",
])
def test_a_device_that_did_not_go_off_attacks_no_one(code_modes, text):
    assert not [e for e in code_modes(text) if e[0] == "ASSAULT"]


def test_gunfire_in_a_market_is_still_on_its_civilians(code_modes):
    evs = code_modes("Gunmen opened fire in a market in Kano, Nigeria.")
    assert any(e[0] == "ASSAULT" and e[3] == "NGA.CVL" for e in evs), evs


@pytest.mark.parametrize("text", [
    "A soldier was found shot dead near his barracks in Kidal, Mali.",
    "On 2 May 2023, two soldiers were found dead beside a road in Mopti, Mali.",
])
def test_a_soldier_found_dead_is_his_states_military(code_modes, text):
    evs = [e for e in code_modes(text) if e[0] == "ASSAULT"]
    assert [e[3] for e in evs] == ["MLI.MIL"], evs


def test_an_army_told_to_leave_a_place_is_still_not_its_army(code_modes):
    evs = code_modes("The mediator told the army to withdraw from Gao, Mali.")
    assert not any(e[2] == "MLI.MIL" or e[3] == "MLI.MIL" for e in evs), evs
