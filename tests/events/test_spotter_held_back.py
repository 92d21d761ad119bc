"""The lexicon's conditions on a word stand against the trigger spotter only where this use meets them: a no-event
reading kept for certain objects ("shot a video") holds the spotter back there and nowhere else ("was shot dead")."""

from __future__ import annotations

import pytest

from faultlines.events.coder import SentenceCoder
from faultlines.events.lexicon import load_lexicon
from faultlines.events.proposer import held_back
from faultlines.records import Document


@pytest.fixture(scope="module")
def check(pipeline):
    lex = load_lexicon()
    coder = SentenceCoder.__new__(SentenceCoder)  # held_back reads only the coder's object test

    def run(text: str, word: str) -> bool:
        tok = next(t for t in pipeline.nlp(text) if t.text == word)
        return held_back(tok, lex.verbs.get(tok.lemma_.lower(), ()), coder)

    return run


@pytest.mark.parametrize("text, word", [
    ("The photographer shot a video of the march in Lagos.", "shot"),
    ("The mechanic charged the battery before the convoy left.", "charged"),
    ("The minister accepted the award in Nairobi.", "accepted"),  # a reading gated on its object: the rules' call
])
def test_a_use_the_lexicon_rules_out_is_not_left_to_the_spotter(check, text, word):
    assert check(text, word)


@pytest.mark.parametrize("text, word", [
    ("A young boxer was shot dead near his home on Sunday.", "shot"),
    ("Gunmen shot two farmers outside the village.", "shot"),
])
def test_other_uses_of_a_word_with_a_no_event_reading_stay_open_to_the_spotter(check, text, word):
    assert not check(text, word)


def test_the_coders_police_idioms_stand_for_a_spotted_word(pipeline):
    """Harm to oneself is no attack whether the rules or the spotter read the shooting."""
    facts = pipeline.extract(Document(id="self", text=(
        "The boy ended up shooting himself in the hand while cleaning the rifle in Tulsa.")))
    assert not [e for e in facts.events if e.type == "ASSAULT"]
