"""Counts in context: what is counted, its category, and the place it belongs to."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def counts_of(pipeline, text):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    places = {p.id: p.name for p in facts.places}
    return [(c, places.get(c.place)) for c in facts.counts]


@pytest.mark.parametrize(("text", "category", "value", "approx"), [
    ("Gunmen killed at least 156 people near the camp.", "killed", 156, "at least"),
    ("The coalition provided hundreds of rifles to the fighters.", "weapons", None, "hundreds"),
    ("About 3,000 troops were deployed last month.", "troops", 3000, "about"),
    ("Dozens of civilians were wounded in the blast.", "wounded", None, "dozens"),
    ("More than 200 people were abducted by the group.", "abducted", 200, "more than"),
    ("Police arrested twelve protesters on Friday.", "arrested", 12, None),
    ("Tens of thousands of families fled their homes.", "displaced", None, "tens of thousands"),
    ("An estimated 5,000 militiamen joined the offensive.", "fighters", 5000, "about"),
])
def test_category_value_and_approx(pipeline, text, category, value, approx):
    found = counts_of(pipeline, text)
    assert len(found) == 1, found
    c, _ = found[0]
    assert (c.category, c.value, c.approx) == (category, value, approx)


def test_place_from_the_locative_after_the_count(pipeline):
    (c, place), = counts_of(pipeline, "They took 643 men and boys missing from Saqlawiyah last year.")
    assert c.category == "missing" and c.value == 643 and place == "Saqlawiyah"
    assert c.what == "men and boys"


def test_money(pipeline):
    found = counts_of(pipeline, "The group received $2 million from its backers.")
    assert [(c.category, c.value) for c, _ in found] == [("money", 2_000_000)]


@pytest.mark.parametrize("text", [
    "In 2014 the war began and it ended in 2017.",
    "The queue was 3-deep at the gate.",
    "One of them said nothing.",
    "Turnout rose 12 percent.",
    "Washington sold F-16 fighter jets to Ankara.",  # model designations are not counts
    "Russia delivered S-400 missiles and MQ-9 drones.",
])
def test_not_counts(pipeline, text):
    assert counts_of(pipeline, text) == []


def test_seed_counts(seed_facts):
    places = {p.id: p.name for p in seed_facts.places}
    got = {(c.value, c.low, c.high, c.approx, c.category, places.get(c.place)) for c in seed_facts.counts}
    assert (643, 643, 643, None, "missing", "Saqlawiyah") in got
    assert (700, 700, None, "more than", "missing", "Al Fallūjah") in got
    assert any(v == 6000 and lo == 6000 and hi is None and cat == "troops" for v, lo, hi, _, cat, _ in got)
    assert any(lo == 6000 and hi == 8000 and cat == "troops" for _, lo, hi, _, cat, _ in got)
    assert any(a == "several thousand" and cat == "killed" for _, _, _, a, cat, _ in got)
    assert not any(c.text.startswith("1981") for c in seed_facts.counts)  # signature line
    owners = {(c.value, c.low, c.high): c.actor for c in seed_facts.counts if c.category == "troops"}
    assert (owners.get((6000, 6000, None)) or "").startswith("USA")  # "6,000+ American soldiers"
    militia = owners.get((None, 6000, 8000))  # "Their numbers ... 6,000-8,000 troops": the militias'
    assert militia is not None and not militia.startswith(("USA", "SYR", "IRQ"))
