"""A given name of one sex keeps "she" off a man and "he" off a woman (actors/genders.py), in the actors stage and
in the event coder's pronouns; a speaker's "we" that stands for their government lists that government."""

from __future__ import annotations

import pytest

from faultlines.actors.genders import name_gender
from faultlines.read import document_from_text


def pronoun_owners(pipeline, text: str, word: str) -> list[str]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return [aid for _, aid in sorted((m.start, a.id) for a in facts.actors for m in a.mentions if m.text == word)]


def events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return [(e.type, e.source, e.target) for e in facts.events]


@pytest.mark.parametrize("name, sex", [("Angela Morrow", "f"), ("José María Aznar", "m"), ("Queen Rania", "f"),
                                       ("Jordan Dunne", None), ("May", None), ("Olga Petrova-Smith", "f")])
def test_a_given_name_tells_the_sex_only_when_it_is_of_one(name, sex):
    assert name_gender(name) == sex


@pytest.mark.parametrize("text, word, owner", [
    ("Senator John Keller met Angela Morrow in Berlin. She urged Iran to free the prisoners.", "She", "angela-morrow"),
    ("Governor Michael Brandt received Olga Petrova at his office. Later she condemned the shelling of Kharkiv.",
     "she", "olga-petrova"),
    ("Ibrahim Haddad spoke with Paula Mendes on the phone for an hour. He promised to send grain to Lebanon.", "He",
     "ibrahim-haddad"),
])
def test_the_actors_stage_skips_the_subject_of_the_other_sex(pipeline, text, word, owner):
    assert pronoun_owners(pipeline, text, word) == [owner]


@pytest.mark.parametrize("text, type_, wrong", [
    ("President Biden met Prime Minister May in London. She accused Russia of attacking Ukraine.", "ACCUSE",
     "JOE_BIDEN"),
    ("Erdogan met Ardern in Ankara. She accused Turkey of jailing reporters.", "ACCUSE", "RECEP_TAYYIP_ERDOGAN"),
    ("Vladimir Putin spoke with Theresa May by telephone. She accused Russia of poisoning a former spy.", "ACCUSE",
     "VLADIMIR_PUTIN"),
])
def test_the_event_coder_gives_no_she_to_a_man_who_was_the_subject(pipeline, text, type_, wrong):
    rows = events(pipeline, text)
    assert any(t == type_ for t, _, _ in rows)  # the event is coded, so the check below can fail
    assert all(s != wrong for t, s, _ in rows if t == type_)


def test_a_named_woman_still_takes_she_after_the_man_she_met(pipeline):
    rows = events(pipeline, "President Biden met Prime Minister May in London. She accused Russia of attacking Ukraine.")
    assert ("ACCUSE", "THERESA_MAY", "RUS") in rows


def test_two_men_keep_the_subject_rule(pipeline):
    rows = events(pipeline, "Obama met Putin in Paris. He said the talks went well. He urged Russia to leave Syria.")
    assert [s for t, s, _ in rows if t == "REQUEST"] == ["BARACK_OBAMA"]


@pytest.mark.parametrize("text, side", [
    ('Ukrainian Foreign Minister Dmytro Kuleba said: "We condemn the strikes by Russia on our cities."', "UKR.GOV"),
    ('"We arrested twelve Hamas members in Jenin," Israeli Defence Minister Avi Dichter told reporters.', "ISR.GOV"),
    ('"Our government has sent food to Gaza," said Jordanian Foreign Minister Rami Haddad on Monday.', "JOR.GOV"),
])
def test_a_ministers_we_lists_the_government_it_stands_for(pipeline, text, side):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    listed = {a.id for a in facts.actors}
    assert side in {e.source for e in facts.events}
    assert side in listed and all(a in listed for e in facts.events for a in (e.source, e.target) if a)
