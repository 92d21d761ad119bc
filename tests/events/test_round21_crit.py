"""Round 21, criticism and denials (helper crit): a denial of a charge whose maker is not named rejects no one named
(REJECT, no target), beside the denied act kept as the denier's negated account. Sentences written for the test, with
near misses."""

from __future__ import annotations

import pytest


def rejects(code, text):
    return {(s, t, p) for ty, s, t, p, _, _ in code(text) if ty == "REJECT"}


@pytest.mark.parametrize("text, denier", [
    ("Hezbollah denied any involvement in the bombing.", "HEZBOLLAH"),
    ("North Korea has denied responsibility for the poisoning.", "PRK"),
    ("Iran has always denied that its program is aimed at building a bomb.", "IRN"),
    ("Russia denied it plans to build a military base in Serbia.", "RUS"),
])
def test_a_denial_with_no_accuser_named_rejects_no_one(code, text, denier):
    got = rejects(code, text)
    assert (denier, None, "asserted") in got
    assert all(t is None for s, t, _ in got if s == denier)


def test_a_denial_still_rejects_the_accuser_named_before(code):
    got = rejects(code, "India accused Pakistan of arming the militants. Pakistan denied the allegations.")
    assert ("PAK", "IND", "asserted") in got
    assert ("PAK", None, "asserted") not in got


@pytest.mark.parametrize("text", [
    "Hezbollah did not deny any involvement in the bombing.",  # not denied
    "Iran has never denied that it sent the drones.",  # not denied
    "Iran dismissed the report.",  # a dismissal names its own target or none
])
def test_no_rejection_without_a_denial_of_a_charge(code, text):
    assert not any(t is None and p == "asserted" for s, t, p in rejects(code, text) if s in ("HEZBOLLAH", "IRN"))
