"""Quotation spans from quote marks alone (no parse needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from faultlines.quotes.marks import quotation_spans


def inner(text):
    return [text[m.open + 1:m.close] for m in quotation_spans(text)]


def test_curly_and_straight():
    text = 'He said \u201cwe will stay here\u201d and "they will leave soon" today.'
    assert inner(text) == ["we will stay here", "they will leave soon"]


def test_mixed_marks_back_to_back():
    text = "\u201cMy proposal is inspired by fear.\"\u201cI want to avoid this, really.\u201d"
    assert inner(text) == ["My proposal is inspired by fear.", "I want to avoid this, really."]


def test_split_around_attribution():
    text = "\u201cWe came here first,\u201d he said, \u201cand we will not leave.\u201d"
    assert inner(text) == ["We came here first,", "and we will not leave."]


def test_scare_quotes_are_not_quotations():
    assert inner("Some \u201cfriends\u201d, eh? A so-called \"moderate rebel\" group.") == []


def test_unclosed_paragraph_runs_to_its_end():
    text = "\u201cThis is the first paragraph of a long quotation that goes on\n\u201cAnd this ends it.\u201d"
    spans = quotation_spans(text)
    assert spans[0].unclosed and text[spans[0].open + 1:spans[0].close].endswith("goes on")
    assert inner(text)[1] == "And this ends it."


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "we", "they"]), min_size=3, max_size=12)


@given(words, st.sampled_from([("\u201c", "\u201d"), ('"', '"')]))
def test_any_quoted_words_are_found_exactly(ws, marks):
    body = " ".join(ws)
    text = f"The official said {marks[0]}{body}{marks[1]} on Monday."
    assert inner(text) == [body]
