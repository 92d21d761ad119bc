""""The suspect", "the gunman": the person the report identified, only for that case and a few sentences around."""

from __future__ import annotations

from faultlines.read import document_from_text


def owner_of_last(pipeline, text: str, word: str) -> str | None:
    """The actor of the last mention of `word` in the text (None when no actor holds it)."""
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    at = text.rindex(word)
    return next((a.id for a in facts.actors for m in a.mentions if m.start <= at < m.end), None)


def test_the_gunman_of_a_separate_case_is_not_the_identified_one(pipeline):
    text = ("The gunman was Peter Lund, officers said. In a separate incident in Ohio, the gunman "
            "remains at large.")
    assert owner_of_last(pipeline, text, "gunman") != "peter-lund"


def test_the_suspect_with_a_clause_of_its_own_is_not_the_identified_one(pipeline):
    text = ("Police identified the suspect as Peter Lund, 29. The suspect who robbed a bank in Ohio last year "
            "was never caught.")
    assert owner_of_last(pipeline, text, "suspect") != "peter-lund"


def test_the_suspect_far_from_the_identification_is_no_one(pipeline):
    text = ("Police identified the suspect as Peter Lund, 29. The store reopened on Tuesday. Shoppers returned. "
            "The mayor praised the staff. Sales rose in May. A new manager was hired. The parking lot was "
            "repaved. The suspect in a later robbery fled.")
    assert owner_of_last(pipeline, text, "suspect") != "peter-lund"


def test_the_suspect_right_after_the_identification_is_that_person(pipeline):
    text = "Police identified the suspect as Peter Lund, 29. The suspect, who lives in Akron, was charged."
    assert owner_of_last(pipeline, text, "suspect") == "peter-lund"
