"""The fast path: irrelevant sentences are blanked, offsets stay those of the original text."""

from __future__ import annotations

import pytest

from faultlines.prefilter import Prefilter
from faultlines.records import Facts

TEXT = ("Rebels attacked the airport at dawn.\nThe weather was warm and the sea was calm. "
        "Nobody expected rain.\n\nThe Acme Brigade withdrew from the town! Lunch was served at noon.")


def test_mask_blanks_only_irrelevant_sentences_and_keeps_length():
    pf = Prefilter(["Acme Brigade"], stems=["attack"], words=[], keep_numbers=False)
    masked = pf.mask(TEXT)
    assert len(masked) == len(TEXT)
    assert all(masked[i] == "\n" for i, c in enumerate(TEXT) if c == "\n")
    assert "Rebels attacked the airport at dawn." in masked
    assert "The Acme Brigade withdrew from the town!" in masked
    assert "weather" not in masked and "Lunch" not in masked
    for i, (a, b) in enumerate(zip(TEXT, masked, strict=True)):
        assert b == a or b in " \n", i


def test_numbers_keep_a_sentence():
    pf = Prefilter([], keep_numbers=True)
    assert pf.relevant("At least 12 were counted.")
    assert not Prefilter([], keep_numbers=False).relevant("At least 12 were counted.")


def test_data_file_loads_and_keeps_conflict_sentences():
    pf = Prefilter.from_data([])
    assert pf.relevant("Tehran has armed and funded the group for years.")
    assert pf.relevant("The ministry designated the group a terrorist organisation.")
    assert not pf.relevant("The bakery on the corner bakes bread and cakes every morning.")


def _offsets_slice_text(f: Facts) -> None:
    text = f.document.text
    for e in f.events:
        assert text[e.start:e.end] == e.text
    for a in f.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for p in f.places:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
    for q in f.quotes:
        assert text[q.start:q.end] == q.text


@pytest.mark.slow
def test_fast_path_facts_slice_the_original_text(pipeline, article_facts):
    pf = Prefilter.for_pipeline(pipeline)
    doc = article_facts.document
    masked = pf.mask(doc.text)
    assert masked != doc.text  # something was skipped
    fast = next(pipeline.extract_masked([doc], [masked]))
    _offsets_slice_text(fast)
    # the sentences with events are kept, so the fast path finds (nearly) the same events
    full = {(e.type, e.source, e.target) for e in article_facts.events}
    kept = {(e.type, e.source, e.target) for e in fast.events}
    assert len(kept & full) >= 0.8 * len(full)


@pytest.mark.slow
def test_a_fast_pipeline_repairs_or_reparses_so_offsets_slice_the_text(pipeline, article_facts):
    from faultlines.pipeline import Pipeline

    fast = Pipeline(nlp=pipeline.nlp, fast=True)
    assert fast.prefilter is not None and pipeline.prefilter is None
    doc = article_facts.document
    (facts,) = fast.extract_many([doc])
    _offsets_slice_text(facts)
    assert {e.type for e in facts.events} & {e.type for e in article_facts.events}


def test_repair_trims_spans_that_reach_into_blanked_text():
    from faultlines.prefilter import repair
    from faultlines.read import document_from_text
    from faultlines.records import Actor, Event, Mention

    pf = Prefilter(["Acme Brigade"], stems=["attack"], keep_numbers=False)
    doc = document_from_text(TEXT, guess_title=False)
    masked = pf.mask(TEXT)
    s = TEXT.index("The Acme")
    gap = TEXT.index("The weather")
    # as a parser of the masked text could give them: an event starting in the blanked gap, a mention running into it
    ev = Event("e1", "RETREAT", "acme", None, gap, s + 12, masked[gap:s + 12])
    men = Mention(0, gap + 3, masked[0:gap + 3])
    facts = Facts(document=doc, actors=(Actor("acme", "Acme", "armed_group", mentions=(men,)),), events=(ev,))
    fixed = repair(facts, masked)
    assert fixed is not None
    assert fixed.events[0].text == "The Acme Bri" and TEXT[fixed.events[0].start:fixed.events[0].end] == "The Acme Bri"
    m = fixed.actors[0].mentions[0]
    assert TEXT[m.start:m.end] == m.text == "Rebels attacked the airport at dawn."
    across = Event("e2", "RETREAT", None, None, 0, s + 12, masked[0:s + 12])  # spans a blanked sentence
    assert repair(Facts(document=doc, events=(across,)), masked) is None
