"""Review findings of issue 12 round 12: a strike with a weapon word or an "on" target is an attack, not a labour
strike; a state's own civilians are not whom its counted kills name. Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Israel staged air strikes on Gaza overnight",
    "Russia staged a strike on a Ukrainian power plant",
    "The rebels staged a drone strike against an army base.",
])
def test_a_military_strike_is_no_walkout(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Dockworkers staged a strike over pay on Monday.",
    "Teachers staged a one-day strike.",
])
def test_a_labour_strike_is_still_a_boycott(code_modes, text):
    assert any(r[0] == "PROTEST" and r[1] == "boycott" for r in code_modes(text))


def test_a_state_does_not_count_its_own_civilians(code_modes):
    rows = code_modes("Ukraine killed 500 near Bakhmut, Kyiv says.")
    assert not [r for r in rows if r[0] == "ASSAULT" and r[3] == "UKR.CVL"]


def test_another_state_still_counts_the_place_civilians(code_modes):
    rows = code_modes("Israel killed 30 in Gaza.")
    assert any(r[0] == "ASSAULT" and r[2] == "ISR" and r[3] == "PSE.CVL" for r in rows)
