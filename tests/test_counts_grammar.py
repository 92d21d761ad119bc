"""The number grammar: one unit test per form, and property tests over generated numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.counts import find_quantities, number_value, parse_quantity

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 (the generator the grammar must invert)."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


def commas(n: int) -> str:
    return f"{n:,}"


@pytest.mark.parametrize(("text", "value", "low", "high", "approx"), [
    ("6,000-8,000", None, 6000, 8000, None),
    ("6,000\u20138,000", None, 6000, 8000, None),
    ("between 5 and 10", None, 5, 10, None),
    ("more than 700", 700, 700, None, "more than"),
    ("over 200", 200, 200, None, "more than"),
    ("6,000+", 6000, 6000, None, "at least"),
    ("at least 156", 156, 156, None, "at least"),
    ("200 or more", 200, 200, None, "at least"),
    ("up to 50", 50, None, 50, "up to"),
    ("nearly 2,000", 2000, None, 2000, "nearly"),
    ("about 300", 300, None, None, "about"),
    ("an estimated 6,000-8,000", None, 6000, 8000, "about"),
    ("643", 643, 643, 643, None),
    ("three thousand", 3000, 3000, 3000, None),
    ("twenty-five", 25, 25, 25, None),
    ("two hundred and fifty", 250, 250, 250, None),
    ("1.5 million", 1_500_000, 1_500_000, 1_500_000, None),
    ("hundreds", None, 200, 999, "hundreds"),
    ("several thousand", None, 3000, 9999, "several thousand"),
    ("dozens", None, 24, 99, "dozens"),
    ("tens of thousands", None, 20000, 99999, "tens of thousands"),
    ("hundreds of thousands", None, 200_000, 999_999, "hundreds of thousands"),
    ("a dozen", 12, None, None, "about"),
    ("between 2 to 4", None, 2, 4, None),
    ("several", None, 3, 9, "several"),
])
def test_each_form(text, value, low, high, approx):
    q = parse_quantity(text)
    assert q is not None, text
    assert (q.value, q.low, q.high, q.approx) == (value, low, high, approx)


@pytest.mark.parametrize("text", ["5 and 6", "8,000-6,000", "yesterday", ""])
def test_not_a_single_quantity(text):
    assert parse_quantity(text) is None


def test_find_quantities_in_a_sentence_keeps_offsets():
    text = "Some 643 men and boys went missing, and more than 700 men from Fallujah."
    found = list(find_quantities(text))
    assert [text[q.start:q.end] for q in found] == ["Some 643", "more than 700"]
    assert [q.value for q in found] == [643, 700]


def test_vague_phrase_wins_over_the_number_inside_it():
    found = list(find_quantities("hundreds of thousands fled"))
    assert len(found) == 1 and found[0].approx == "hundreds of thousands"


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_and_without_commas(n):
    assert number_value(str(n)) == n
    assert number_value(commas(n)) == n
    q = parse_quantity(commas(n))
    assert q is not None and q.value == q.low == q.high == n


@given(st.integers(min_value=2, max_value=999_999))
def test_words_round_trip(n):
    assert number_value(words(n)) == n
    assert parse_quantity(words(n)).value == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6),
       st.sampled_from(["-", "\u2013", " to ", " - "]))
def test_ranges_keep_their_bounds(a, d, sep):
    q = parse_quantity(f"{commas(a)}{sep}{commas(a + d)}")
    assert q is not None
    assert (q.value, q.low, q.high) == (None, a, a + d)


@given(st.integers(min_value=1, max_value=10**7),
       st.sampled_from(["more than", "at least", "over", "no fewer than", "upwards of"]))
def test_lower_bounds(n, qualifier):
    q = parse_quantity(f"{qualifier} {commas(n)}")
    assert q is not None and q.value == q.low == n and q.high is None


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["up to", "as many as", "fewer than", "nearly"]))
def test_upper_bounds(n, qualifier):
    q = parse_quantity(f"{qualifier} {commas(n)}")
    assert q is not None and q.value == q.high == n and q.low is None


@given(st.integers(min_value=1, max_value=10**7))
def test_plus_suffix_is_a_lower_bound(n):
    q = parse_quantity(f"{commas(n)}+")
    assert q is not None and (q.value, q.low, q.high, q.approx) == (n, n, None, "at least")


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion"]))
def test_scaled_digits(n, scale):
    mult = {"thousand": 1000, "million": 10**6, "billion": 10**9}[scale]
    assert number_value(f"{n} {scale}") == n * mult


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6),
       st.sampled_from([" to ", " and ", "-"]))
def test_between_ranges(a, d, sep):
    q = parse_quantity(f"between {commas(a)}{sep}{commas(a + d)}")
    assert q is not None and (q.value, q.low, q.high) == (None, a, a + d)


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.booleans())
def test_killed_numbers_in_a_sentence(pipeline, n, as_words):
    from faultlines.read import document_from_text

    number = words(n) if as_words else commas(n)
    facts = pipeline.extract(document_from_text(f"Gunmen killed {number} civilians in the town.", guess_title=False))
    assert [(c.category, c.value) for c in facts.counts] == [("killed", n)]


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=2, max_value=500), st.sampled_from(["km west of", "kilometres from", "miles from"]))
def test_distances_are_never_counts(pipeline, n, unit):
    from faultlines.read import document_from_text

    facts = pipeline.extract(document_from_text(f"The patrol was attacked {n} {unit} the town.", guess_title=False))
    assert facts.counts == ()


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=2, max_value=99))
def test_ages_are_never_counts(pipeline, n):
    from faultlines.read import document_from_text

    facts = pipeline.extract(document_from_text(f"A {n}-year-old man was killed in the town.", guess_title=False))
    assert [(c.category, c.value) for c in facts.counts] == [("killed", 1)]


@pytest.mark.parametrize("number, value", [("twenty-six thousand one", 26001), ("ten thousand nine hundred", 10900)])
def test_number_words_the_tagger_calls_money_are_not_money(pipeline, number, value):
    from faultlines.read import document_from_text

    facts = pipeline.extract(document_from_text(f"Gunmen killed {number} civilians in the town.", guess_title=False))
    assert [(c.category, c.value) for c in facts.counts] == [("killed", value)]


def test_a_named_currency_is_still_money(pipeline):
    from faultlines.read import document_from_text

    facts = pipeline.extract(document_from_text("Qatar gave the group 10 million dollars.", guess_title=False))
    assert [(c.category, c.value) for c in facts.counts] == [("money", 10_000_000)]


def test_number_words_the_tagger_calls_a_percentage_are_counted(pipeline):
    from faultlines.read import document_from_text

    text = "Gunmen killed twenty-eight thousand eight hundred and eighty-nine civilians in the town."
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    assert [(c.category, c.value) for c in facts.counts] == [("killed", 28889)]


def test_a_real_percentage_is_no_count(pipeline):
    from faultlines.read import document_from_text

    facts = pipeline.extract(document_from_text("Turnout fell by twenty percent in the capital.", guess_title=False))
    assert facts.counts == ()
