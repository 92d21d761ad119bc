""""The suspect", "the gunman": the person the report identified, only for that case and a few sentences around."""

from __future__ import annotations


def test_the_gunman_of_a_separate_case_is_not_the_identified_one(owners):
    text = ("The gunman was Peter Lund, officers said. In a separate incident in Ohio, the gunman "
            "remains at large.")
    assert owners(text, "gunman") == ["peter-lund", None]


def test_the_suspect_with_a_clause_of_its_own_is_not_the_identified_one(owners):
    text = ("Police identified the suspect as Peter Lund, 29. The suspect who robbed a bank in Ohio last year "
            "was never caught.")
    found = owners(text, "suspect")
    assert found[0] == "peter-lund" and found[-1] != "peter-lund"


def test_the_suspect_far_from_the_identification_is_no_one(owners):
    text = ("Police identified the suspect as Peter Lund, 29. The store reopened on Tuesday. Shoppers returned. "
            "The mayor praised the staff. Sales rose in May. A new manager was hired. The parking lot was "
            "repaved. The suspect in a later robbery fled.")
    found = owners(text, "suspect")
    assert found[0] == "peter-lund" and found[-1] != "peter-lund"


def test_the_suspect_right_after_the_identification_is_that_person(owners):
    text = "Police identified the suspect as Peter Lund, 29. The suspect, who lives in Akron, was charged."
    assert owners(text, "suspect") == ["peter-lund", "peter-lund"]
