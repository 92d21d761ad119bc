"""Review of round 12 (issue #12): a town's police take no country from a demonym describing someone else; a
surname one letter off another is a different person; ambiguous given names and "Sheikh" tell no sex; a suspect
at large is no one the report charged with something else."""

from __future__ import annotations

import pytest

from faultlines.actors.genders import name_gender
from faultlines.read import document_from_text


def test_a_town_police_takes_no_country_from_a_demonym_for_someone_else(pipeline):
    facts = pipeline.extract(document_from_text("Denver police arrested a Mexican man after a shooting near the "
                                                "stadium on Friday.", guess_title=False))
    police = [a for a in facts.actors if a.name.lower().startswith("denver police")]
    assert all(a.country != "MEX" and a.parent != "MEX.POL" for a in police)
    assert any(e.target == "MEX.CVL" for e in facts.events)
    assert not any(e.source and e.source.startswith("MEX") for e in facts.events)



def test_a_surname_one_letter_off_with_its_own_apposition_is_someone_else(owners):
    text = "Boris Johnson met Emmanuel Macron in Paris on Monday. Johnston, a Labour councillor, accused Macron of " \
           "lying."
    assert owners(text, "Johnston") != ["BORIS_JOHNSON"]
    assert owners(text, "Johnston") != ["boris-johnson"]


@pytest.mark.parametrize("name, sex", [("Sheikh Hasina", None), ("Joan Laporta", None), ("Ilhan Omar", None),
                                       ("Rana Ayyub", None), ("Queen Rania", "f"), ("King Abdullah", "m")])
def test_ambiguous_names_and_sheikh_tell_no_sex(name, sex):
    assert name_gender(name) == sex


def test_she_after_sheikh_hasina_is_hasina(pipeline):
    text = "Sheikh Hasina met Narendra Modi in Delhi on Monday. She accused Pakistan of harbouring militants."
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    accusing = [e for e in facts.events if e.type == "ACCUSE" and "accused Pakistan" in e.text]
    assert accusing
    assert all(e.source is not None and "HASINA" in e.source.upper() for e in accusing)


def test_a_suspect_at_large_is_not_the_person_arrested_on_another_charge(owners):
    text = "The suspect fled after the shooting at a gas station. Police later arrested Marcus Hale, 33, on charges " \
           "of obstruction. The suspect remains at large."
    assert set(owners(text, "suspect")) == {None}
