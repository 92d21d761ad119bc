"""Requests made by telling, advising, directing or pleading (issue 12 round 13): the verb, whom it asks (its object)
and the "to"-infinitive it asks of them. What is asked is not done: the asked act is hypothetical, in the author's
voice, never the teller's claim. Sentences written for the test."""

from __future__ import annotations

import pytest


def rows(code, text, type_):
    return [r for r in code(text) if r[0] == type_]


@pytest.mark.parametrize("text, source, target", [
    ("Canada told Iran to free the detained sailors.", "CAN", "IRN"),
    ("Kenya advised Somalia to postpone the vote.", "KEN", "SOM"),
    ("Norway pushed Colombia to resume the peace talks.", "NOR", "COL"),
    ("Brazil instructed Venezuela to reopen the border crossing.", "BRA", "VEN"),
    ("Japan pleaded for China to release the fishermen.", "JPN", "CHN"),
])
def test_telling_advising_or_pleading_someone_to_act_is_a_request_to_them(code, text, source, target):
    assert (source, target, "asserted") in {(r[1], r[2], r[3]) for r in rows(code, text, "REQUEST")}


@pytest.mark.parametrize("text, asked", [
    ("Canada told Iran to free the detained sailors.", "RETREAT"),
    ("Norway pushed Colombia to resume the peace talks.", "CONSULT"),
    ("Japan pleaded for China to release the fishermen.", "RETREAT"),
])
def test_the_act_asked_for_is_not_asserted_nor_the_teller_s_claim(code, text, asked):
    found = rows(code, text, asked)
    assert found
    assert all(r[3] == "hypothetical" and r[4] == "author" for r in found)


@pytest.mark.parametrize("text", [
    "Canada told reporters that Iran had freed the sailors.",
    "Kenya advised Somalia on the design of its electoral law.",
    "The envoy pleaded for calm in the capital.",
    "Norway pushed for a quick vote in the assembly.",
])
def test_telling_or_advising_without_an_asked_infinitive_is_no_request(code, text):
    assert not rows(code, text, "REQUEST")


def test_what_was_told_stays_the_teller_s_claim(code):
    found = rows(code, "Canada told reporters that Iran had attacked the tanker.", "ASSAULT")
    assert found
    assert all(r[4] != "author" for r in found)
