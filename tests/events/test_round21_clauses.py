"""Clause chains (round 21, structure): a purpose clause after a verb that moves forces is the mover's act; an
infinitive under a threat or vow that is itself a conjunct is promised, not done; a finite verb the parser hung on
such an infinitive is the main verb's conjunct."""

from __future__ import annotations

import pytest


def _typed(events, type_):
    return [(e[1], e[2], e[3]) for e in events if e[0] == type_]


@pytest.mark.parametrize("text", [
    "France deployed troops to fight al-Qaida militants.",
    "France deployed 3,000 troops to Mali to fight al-Qaida militants.",
    "France mobilized soldiers to fight al-Qaida militants.",
])
def test_deployed_troops_fight_for_the_deployer(code, text):
    assert ("FRA", "AQ", "hypothetical") in _typed(code(text), "ASSAULT")


def test_urged_forces_stay_the_forces(code):
    # a request to a force is not the requester's own act
    assert not any(e[1] == "FRA" for e in code("France urged the troops to fight al-Qaida militants.")
                   if e[0] == "ASSAULT")


@pytest.mark.parametrize("text", [
    "Israel accused Iran of arming Hezbollah and threatened to strike Iranian bases in Syria.",
    "Israel condemned the attack and threatened to strike Iranian bases in Syria.",
    "Israel accused Iran of arming Hezbollah and vowed to strike Iranian bases in Syria.",
])
def test_a_threat_in_a_conjunct_is_a_threat(code, text):
    events = code(text)
    assert ("ISR", "IRN", "asserted") in _typed(events, "THREATEN")
    assert not any(e[1] == "ISR" and e[3] == "asserted" for e in events if e[0] == "ASSAULT")


def test_a_promise_does_not_reach_its_sibling_verb(code):
    events = code("Russia promised aid to Syria and attacked rebel positions near Idlib.")
    assert any(e[0] == "ASSAULT" and e[1] == "RUS" and e[3] == "asserted" for e in events)
    assert not any(e[0] == "THREATEN" for e in events)


def test_a_finite_verb_after_a_threat_is_its_own(code):
    events = code("Israel threatened to strike Iranian bases in Syria and accused Iran of arming Hezbollah.")
    assert ("ISR", "IRN", "asserted") in _typed(events, "THREATEN")
    assert ("ISR", "IRN", "asserted") in _typed(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Ethiopia will send more troops to Somalia, after its forces attacked al-Shabab last year.",
    "Russia said it would retaliate after Ukraine attacked its border posts.",
])
def test_a_past_act_in_a_time_clause_of_a_future_is_done(code, text):
    assert any(e[0] == "ASSAULT" and e[3] == "asserted" for e in code(text))


def test_a_future_act_under_a_future_stays_undone(code):
    events = code("The United States will lift sanctions after Sudan hands over the suspects.")
    assert not any(e[0] in ("CONCEDE", "RETREAT") and e[3] == "asserted" for e in events)
