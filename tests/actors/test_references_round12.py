"""Round 12 references: a commenter's first person is no country the thread names (actors/references.py); a
police force by name is police (actors/naming.py)."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text

THREAD = "{title}\n\n{body}\n\nComments\n\ndesert_fox77\nMarch 3, 2024 at 5:12 pm\n{comment}\n"


@pytest.mark.parametrize("title, body, comment, words", [
    ("Flights to Rwanda", "The government said the first flights to Rwanda would leave in June, after the courts "
     "ruled on the plan.", "Our courts will never block it. We should sanction Kigali.", ("Our", "We")),
    ("Troops in Mali", "France withdrew its last troops from Mali in 2022 after the junta expelled them.",
     "Our soldiers died there for nothing. We armed the wrong people.", ("Our", "We")),
    ("Talks in Doha", "Qatar hosted talks between the Taliban and Afghan officials on Monday.",
     "Our diplomats were never invited. We should sanction Qatar.", ("Our", "We")),
])
def test_a_commenters_we_is_no_country_the_thread_names(pipeline, title, body, comment, words):
    text = THREAD.format(title=title, body=body, comment=comment)
    facts = pipeline.extract(document_from_text(text))
    start = text.index(comment)
    held = [a.id for a in facts.actors for m in a.mentions if m.start >= start and m.text in words]
    assert held == []
    ours = [e for e in facts.events if e.voice.kind == "commenter" and "We " in e.text]
    assert ours  # the commenter's event is coded, so the check below can fail
    assert all(e.source is None for e in ours)


@pytest.mark.parametrize("text, name", [
    ("St. Louis Police arrested two men after a robbery, U.S. officials said.", "St. Louis Police"),
    ("The Manchester Police said they had detained a teenager after a stabbing in Britain.", "Manchester Police"),
    ("The Beverly Hills Police Department arrested a man on Tuesday.", "Beverly Hills Police Department"),
])
def test_a_police_force_named_by_its_town_is_police(pipeline, text, name):
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    kinds = {a.name: a.kind for a in facts.actors}
    assert kinds.get(name) == "police"
    assert any(e.source == next(a.id for a in facts.actors if a.name == name) for e in facts.events)


def test_a_states_police_stays_the_states(pipeline):
    facts = pipeline.extract(document_from_text("Iraqi police arrested two men in Basra.", guess_title=False))
    assert any(e.source == "IRQ.POL" for e in facts.events)


def test_a_town_police_of_a_report_naming_two_states_is_no_guess(pipeline):
    facts = pipeline.extract(document_from_text("Palm Beach Police arrested two Australian tourists, U.S. officials "
                                                "said.", guess_title=False))
    assert not any(a.name == "Palm Beach Police" for a in facts.actors)
