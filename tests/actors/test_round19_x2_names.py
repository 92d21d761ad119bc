"""A leader named with a title, then the rest of the same name ("King Salman" + "bin ... Al Saud"), is one person
(issue 12 round 19, X2); a bare first name before "bin" may be someone else's. Sentences written for the test."""

from __future__ import annotations

from faultlines.read import document_from_text


def _facts(pipeline, text):
    facts = pipeline.extract(document_from_text(text))
    return {a.id for a in facts.actors}, {(e.type, e.source, e.target) for e in facts.events}


def test_a_titled_leader_with_his_patronymic_is_the_leader(pipeline):
    actors, events = _facts(pipeline, "Officials say Prime Minister Narendra Modi and Saudi King Salman bin Abd al-Aziz "
                                      "Al Saud have agreed to expand trade.")
    assert ("AGREE", "NARENDRA_MODI", "KING_SALMAN") in events
    assert not any("aziz" in a for a in actors)


def test_a_bare_first_name_with_another_patronymic_is_not_the_leader(pipeline):
    actors, _ = _facts(pipeline, "Salman bin Hamad Al Khalifa met Iranian officials in Manama.")
    assert "KING_SALMAN" not in actors
