"""A spokesperson is the person named beside the title and speaks for the body named with it (actors/affiliation.py);
a name after an outlet noun is a media outlet (actors/naming.py)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def facts_of(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


@pytest.mark.parametrize("text, person, body", [
    ("Karim Nassar, a spokesman for the Syrian Democratic Forces, said the town had fallen.", "karim-nassar", "SDF"),
    ("A spokeswoman for the State Department, Lena Fuchs, declined to comment on the talks.", "lena-fuchs",
     "USA.GOV.STATE"),
    ("Spokesperson for the Egyptian government Omar Fathy told reporters the crossing would open.", "omar-fathy",
     "EGY.GOV"),
])
def test_a_spokesperson_speaks_for_the_body_named_with_the_title(pipeline, text, person, body):
    people = {a.id: a for a in facts_of(pipeline, text).actors}
    assert people[person].parent == body


def test_a_spokesman_for_a_person_is_not_that_persons_body(pipeline):
    people = {a.id: a for a in facts_of(pipeline, "Dan Pike, a spokesman for Senator Ruth Ames, said she was ill.").actors}
    assert people["dan-pike"].parent is None


@pytest.mark.parametrize("text, side, other", [
    ('"We reject the accusations of Turkey," said Karim Nassar, a spokesman for the Syrian Democratic Forces.', "SDF",
     "TUR"),
    ('"We urge Kenya to release the activists," said Lena Fuchs, a spokeswoman for the U.S. State Department.',
     "USA.GOV.STATE", "KEN"),
])
def test_a_spokespersons_we_is_the_body_they_speak_for(pipeline, text, side, other):
    rows = [(e.source, e.target) for e in facts_of(pipeline, text).events]
    assert (side, other) in rows


def test_the_title_before_the_name_gives_the_voice_the_name(pipeline):
    facts = facts_of(pipeline, "Spokesperson for the State Department Lena Fuchs said the United States urges Kenya "
                               "to release the activists.")
    assert any(e.voice.name == "Lena Fuchs" for e in facts.events)
    assert all(e.voice.name != "Spokesperson" for e in facts.events)


@pytest.mark.parametrize("text, name", [
    ("The newspaper El Mensajero said the army had sealed the border.", "El Mensajero"),
    ("The broadcaster Canal Nueve reported that police had detained two journalists.", "Canal Nueve"),
    ("According to the weekly La Voz, the mayor resigned.", "La Voz"),
])
def test_a_name_after_an_outlet_noun_is_media(pipeline, text, name):
    kinds = {a.name: a.kind for a in facts_of(pipeline, text).actors}
    assert kinds.get(name) == "media"


@pytest.mark.parametrize("text, name", [
    ('Others shrugged. The newspaper El Mensajero said in a headline "U.S. deploys troops to the border."',
     "El Mensajero"),
    ('The broadcaster Canal Nueve said on Monday: "The Honduran army has attacked the rebels near the border."',
     "Canal Nueve"),
])
def test_an_outlet_named_beside_its_head_noun_is_the_speaker(pipeline, text, name):
    facts = facts_of(pipeline, text)
    assert [q.speaker_name for q in facts.quotes] == [name]
    assert facts.events  # an event is coded, so the voice check can fail
    assert all(e.voice.name == name for e in facts.events)


def test_a_spokesperson_noun_misparsed_as_an_object_is_no_party(pipeline):
    facts = facts_of(pipeline, '"We urge Kenya to free the activists," the spokeswoman for the State Department, '
                               'Lena Fuchs, said.')
    assert all(e.target != "lena-fuchs" for e in facts.events)
