"""Stages return their own results: the events stage hands back the mentions that stood for its actors
(`StandIn`) and leaves the actors stage's index alone; the pipeline has the actors stage record them."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from faultlines.actors import resolve_actors
from faultlines.context import Context
from faultlines.events import code_events
from faultlines.places import find_places
from faultlines.read import document_from_text
from faultlines.structure import segment

EVENTS = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "events"


def _stages(pipeline, text):
    document = document_from_text(text, guess_title=False)
    ctx = Context(document=document, doc=pipeline.nlp(text), segments=tuple(segment(document)))
    actors = resolve_actors(ctx, pipeline.dictionary)
    return ctx, actors, find_places(ctx, pipeline.gazetteer)


def test_a_place_standing_for_its_country_is_handed_back_not_written(pipeline):
    ctx, actors, places = _stages(pipeline, "Turkish jets bombed Afrin on Saturday.")
    before = actors.actors()
    coded = code_events(ctx, actors, places)
    assert [(e.type, e.target) for e in coded.events] == [("ASSAULT", "SYR")]
    assert actors.actors() == before and "SYR" not in {a.id for a in before}
    assert [(s.actor, ctx.doc[s.start:s.end].text, s.entry) for s in coded.stand_ins] == [("SYR", "Afrin", None)]
    actors.record(coded.stand_ins)
    syria = next(a for a in actors.actors() if a.id == "SYR")
    assert [m.text for m in syria.mentions] == ["Afrin"]


def test_a_generic_actor_comes_back_with_its_entry(pipeline):
    ctx, actors, places = _stages(pipeline, "Gunmen killed 12 villagers in Kano on Sunday.")
    coded = code_events(ctx, actors, places)
    gunmen = next(s for s in coded.stand_ins if s.entry is not None)
    assert gunmen.actor == "UNIDENTIFIED_ARMED_GROUP.NGA" and gunmen.entry.kind == "armed_group"
    assert actors.entry(gunmen.actor) is None
    actors.record(coded.stand_ins)
    assert actors.entry(gunmen.actor) == gunmen.entry
    assert "Unidentified armed group (Nigeria)" in {a.name for a in actors.actors()}


def test_the_context_is_read_only_and_quotes_make_a_new_one(pipeline):
    ctx, _, _ = _stages(pipeline, 'The minister said: "We will not give up."')
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.quotes = ()  # type: ignore[misc]
    later = ctx.with_quotes(())
    assert later is not ctx and later.segments == ctx.segments


def test_the_event_coder_does_not_probe_the_actor_index():
    probes = [f"{p.name}: {line.strip()}" for p in sorted(EVENTS.glob("*.py")) for line in p.read_text().splitlines()
              if re.search(r"(getattr|hasattr)\(self\.actors\b|self\.actors\.add", line)]
    assert probes == []
