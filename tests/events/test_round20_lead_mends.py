"""Round 20, lead: a named person's shooting, stabbing or beating was done to that person; a force's or a role
noun's own act keeps its doer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Federal prosecutors are investigating Marcus Lee's shooting by an officer in Dayton.",
    "Marcus Lee's shooting was investigated by the state police.",
    "Marcus Lee's stabbing was investigated by the state police.",
])
def test_a_named_persons_shooting_targets_that_person(code, text):
    got = [(t, s, g) for t, s, g, *_ in code(text) if t == "ASSAULT"]
    assert got and all(s is None and g is not None for _, s, g in got), got


def test_the_shooting_of_others_by_a_named_person_is_still_his(code):
    got = [(t, s, g) for t, s, g, *_ in code("Police said Marcus Lee's shooting of two guards in Dayton was planned.")]
    assert not any(t == "ASSAULT" and g == "marcus-lee" for t, s, g in got), got


def test_a_role_nouns_shooting_is_not_done_to_it(code):
    got = [(t, s, g) for t, s, g, *_ in code("The gunman's shooting left four people dead in Dayton.")]
    assert got and not any(g is not None and "UAG" in g for _, _, g in got), got


@pytest.mark.parametrize("text", [
    "Thousands of migrants fleeing war in Sudan reached Italy last week.",
    "Refugees fleeing the fighting crossed into Chad.",
])
def test_those_who_flee_a_war_do_not_wage_it(code, text):
    got = [(t, s, g) for t, s, g, *_ in code(text) if t == "ASSAULT"]
    assert not any(s is not None and ("REF" in s or "REFUGEES" in s) for _, s, _ in got), got


def test_a_force_that_launches_an_attack_still_makes_it(code):
    assert any(t == "ASSAULT" and s is not None for t, s, *_ in code("Rebels launched an attack on the town."))
