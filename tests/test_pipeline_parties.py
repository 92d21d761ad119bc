"""Every party an event names is an actor record of the same facts (no dangling ids in the JSON)."""

from __future__ import annotations

import pytest

from faultlines.records import Document

TEXTS = [
    "The Russian and Venezuelan delegations signed an agreement on oil in Caracas on Tuesday.",
    "The Chilean and Peruvian delegations held talks in Lima about the border.",
    "Gunmen attacked a convoy near Kandahar, and the Afghan and Pakistani governments condemned the attack.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_event_party_is_an_actor(pipeline, text: str) -> None:
    facts = pipeline.extract(Document(id="t", text=text))
    assert facts.events, "the sentence states an interaction"
    ids = {a.id for a in facts.actors}
    for e in facts.events:
        assert {p for p in (e.source, e.target) if p} <= ids, (e.type, e.source, e.target, sorted(ids))


def test_a_party_with_only_the_events_mention_gets_that_mention(pipeline) -> None:
    facts = pipeline.extract(Document(id="t", text=TEXTS[0]))
    parties = {p for e in facts.events for p in (e.source, e.target) if p}
    for a in facts.actors:
        if a.id in parties:
            assert a.mentions, a.id
            assert all(facts.document and TEXTS[0][m.start:m.end] == m.text for m in a.mentions)
