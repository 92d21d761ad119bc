"""The seed article's fault lines, as its author argues them by hand (needs the full pipeline)."""

from __future__ import annotations

from dataclasses import replace

from faultlines.analysis import document_tensions


def _by_kind(tensions, kind):
    return [t for t in tensions if t.kind == kind]


def test_seed_blowback_and_designated_partner(seed_facts):
    tensions = seed_facts.tensions
    for kind in ("blowback", "designated_partner"):
        found = [t for t in _by_kind(tensions, kind) if {"USA", "PMF"} <= set(t.actors)]
        assert found, f"no {kind} between the United States and the militias"
        t = found[0]
        assert "United States" in t.summary and "Popular Mobilisation Forces" in t.summary
        assert t.events and all(e in {ev.id for ev in seed_facts.events} for e in t.events)
    [blow] = [t for t in _by_kind(tensions, "blowback") if t.actors[:2] == ("USA", "PMF")]
    assert "(2003–2011)" in blow.summary


def test_seed_triad_once_the_militias_are_coded_as_fighting_for_assad(seed_facts, pipeline):
    """The 'nice' triad. Premises the coder does not give yet: the militias back Assad, and their
    killings of Americans "during the occupation" date to 2003-2011 (so arming them is the current
    US-militia relation). Given those, the hypothetical US move against Assad closes the triad."""
    base = seed_facts.events[0]
    extra = replace(base, id="x1", type="SUPPORT", mode=None, source="PMF", target="BASHAR_AL_ASSAD",
                    polarity="asserted", date=None, sign=1)
    events = [replace(e, date=e.date or "2003/2011") if e.type == "ASSAULT" and e.source == "PMF"
              and (e.target or "").startswith("USA") else e for e in seed_facts.events]
    facts = replace(seed_facts, events=(*events, extra))
    triads = _by_kind(document_tensions(facts, pipeline.dictionary), "unbalanced_triad")
    assert any({"USA", "PMF", "SYR"} <= set(t.actors) and "would" in t.summary for t in triads), triads
