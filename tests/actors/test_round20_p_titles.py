"""An "ex-" title is a former one (issue 12 round 20, P): "ex-President X" is then "the former president", and no
longer competes with the sitting president for "the president". Sentences written for the test."""

from __future__ import annotations

from faultlines.read import document_from_text


def _actor_of(pipeline, text, words):
    facts = pipeline.extract(document_from_text(text))
    return next((a.id for a in facts.actors if any(m.text == words for m in a.mentions)), None)


def test_the_former_president_after_an_ex_president(pipeline):
    text = "Kenya's ex-President Daniel Moi appeared in court on Friday. The former President is accused of taking bribes."
    assert _actor_of(pipeline, text, "former President") == "daniel-moi"


def test_the_president_is_the_sitting_one_not_the_ex_president(pipeline):
    text = ("Kenya's ex-President Daniel Moi met President Uhuru Kenyatta on Friday. The President accused the "
            "opposition of lying.")
    assert _actor_of(pipeline, text, "President") == "UHURU_KENYATTA"


def test_a_hyphen_before_a_title_that_is_no_ex_is_no_former_title(pipeline):
    text = ("Kenya's pro-business President Daniel Moi appeared in court on Friday. The former President is accused of "
            "taking bribes.")
    assert _actor_of(pipeline, text, "former President") != "daniel-moi"
