"""Title Case headlines whose object is a titled name ("Police Detain Journalist Ahmet Sik", "Police Detain
Opposition Leader Kizza Besigye"): the verb the first parse hung as a modifier is read as the verb, and the name is
the object's (`headlines.titled_names`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "source"), [
    ("Turkish Police Detain Journalist Ahmet Sik\n\nThe journalist was held on Friday.", "TUR.POL"),
    ("Ugandan Police Detain Opposition Leader Kizza Besigye\n\nHe was held on Monday.", "UGA.POL"),
])
def test_a_headline_verb_before_a_titled_name_is_coded(code, text, source):
    events = code(text)
    assert any(e[0] == "COERCE" and e[1] == source and e[3] == "asserted" for e in events), events


def test_a_titled_name_is_the_object(code):
    events = code("Turkish Police Detain Journalist Ahmet Sik\n\nThe journalist was held on Friday.")
    assert any(e[0] == "COERCE" and e[2] is not None and "sik" in e[2].lower() for e in events), events


def test_a_plain_noun_phrase_headline_stays_without_event(code):
    assert code("Opposition Leader Kizza Besigye in Kampala\n\nThe weather was fine.") == []
