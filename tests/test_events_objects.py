"""Two-object constructions: 'designated X a terrorist group', 'supplied X with missiles'."""

from __future__ import annotations

import pytest

from faultlines.pipeline import Pipeline
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(model=False)


def triples(p: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in p.extract(document_from_text(text)).events}


@pytest.mark.parametrize("text", ["The United States designated the Houthis a terrorist group.",
                                  "Washington designated the Houthis as a foreign terrorist organisation."])
def test_designating_a_group_with_or_without_as(rules, text):
    assert ("SANCTION", "USA", "HOUTHIS") in triples(rules, text)


def test_a_two_object_verb_without_a_listing_noun_is_no_designation(rules):
    assert not any(t == "SANCTION" for t, _, _ in triples(rules, "The minister named the new envoy a trusted friend."))


@pytest.mark.parametrize("text", ["Iran supplied the Houthis with missiles.", "Russia supplied Syria with jets in 2015."])
def test_supplied_x_with_weapons_is_military_aid_to_x(rules, text):
    found = triples(rules, text)
    assert any(t == "AID" and tgt in ("HOUTHIS", "SYR") for t, _, tgt in found), found


def test_the_with_thing_is_not_the_recipient(rules):
    events = rules.extract(document_from_text("Iran supplied the Houthis with missiles.")).events
    assert all(e.target != "IRN" for e in events) and events[0].mode == "military"
