"""Round 16, after the freeze (the lead): shapes the blind set's reclassing showed, written as own sentences; they are
no blind evidence. A crowd demonstrating in support of someone protests for them, not against them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, backed", [
    ("Students in Cairo have been demonstrating for weeks in support of the jailed opposition leader Ayman Nour.",
     "ayman-nour"),
    ("Hundreds of farmers rallied in Lahore in support of former prime minister Imran Khan.", "IMRAN_KHAN"),
])
def test_a_protest_in_support_of_someone_is_not_aimed_at_them(code, text, backed):
    found = code(text)
    assert [r for r in found if r[0] == "SUPPORT" and r[2] == backed]
    assert not [r for r in found if r[0] == "PROTEST" and r[2] == backed]


def test_a_protest_against_someone_still_targets_them(code):
    found = code("Hundreds of farmers protested in Lahore against Prime Minister Imran Khan.")
    assert [r for r in found if r[0] == "PROTEST" and r[2] == "IMRAN_KHAN"]
