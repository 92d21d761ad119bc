"""A long run of sentences opening with "He": each earlier "he" is resolved once, so the run codes in linear time."""

from __future__ import annotations


def test_a_long_run_of_he_sentences_keeps_its_first_referent(code):
    # each "He" looks back at the "he" before it; resolved afresh every step, 60 sentences would take 2**60 steps
    text = "President Vladimir Putin met Prime Minister Benjamin Netanyahu in Moscow. " + " ".join(
        f"He criticised Ukraine over shipment number {i}." for i in range(60))
    events = code(text)
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations and accusations[0][1] == "VLADIMIR_PUTIN" and accusations[0][2] == "UKR"
    assert all(e[1] != "BENJAMIN_NETANYAHU" for e in accusations)  # never the other one named in the first sentence
