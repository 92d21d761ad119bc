"""Round 17 sprint (W2), from the precision review: a plural "they" in a clause one person tells is not that person
when a plural party is the subject its clause hangs on or stands nearer ("A woman says the gunmen shouted as they
fired": the gunmen). Sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> [(type, source, target)] on the rules-only path."""
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)
    return lambda text: [(e.type, e.source, e.target) for e in rules.extract(document_from_text(text)).events]


def _sources(rows: list[tuple[str, str | None, str | None]], kind: str = "ASSAULT") -> set[str | None]:
    return {r[1] for r in rows if r[0] == kind}


def test_they_in_a_clause_hung_on_plural_gunmen_is_the_gunmen_not_the_teller(code) -> None:
    rows = code("KABUL (AP) — A widow who escaped the raid says the gunmen yelled as they shot.")
    assert _sources(rows) == {"UNIDENTIFIED_ARMED_GROUP.AFG"}


def test_they_in_a_clause_hung_on_the_police_is_the_police(code) -> None:
    rows = code("A woman in Nairobi says the police shouted as they beat protesters.")
    assert ("ASSAULT", "KEN.POL", "KEN.PRT") in rows
    assert "KEN.CVL" not in _sources(rows)


def test_they_with_a_nearer_plural_party_is_not_the_woman_who_tells_it(code) -> None:
    rows = code("A shopkeeper in Nairobi says she saw gunmen outside before they opened fire on shoppers.")
    assert "KEN.CVL" not in _sources(rows)


def test_they_is_not_a_woman_or_a_man_who_tells_it(code) -> None:
    assert "CIVILIANS" not in _sources(code("A widow said they shot at the guests."))


def test_they_hung_on_plural_militants_told_by_a_named_man(code) -> None:
    assert ("ASSAULT", "KEN.REB", "KEN.POL") in code("John Mwangi said the militants shouted as they fired on police in "
                                                     "Garissa.")


# near misses: a singular "she" still carries on the woman; a body that tells of its own acts is its own "they"
def test_she_still_carries_on_the_woman(code) -> None:
    rows = code("A 30-year-old woman was arrested in Nairobi after she stabbed a police officer.")
    assert ("ASSAULT", "KEN.CVL", "KEN.POL") in rows


def test_officers_telling_of_their_own_arrests_are_still_they(code) -> None:
    assert ("COERCE", "USA.POL", "USA.CVL") in code("Officers in Texas said they detained four teenagers after a brawl.")


def test_a_singular_subject_of_the_clause_decides_nothing_for_they(code) -> None:
    rows = code("A woman in Nairobi says the officer shouted as they beat protesters.")
    assert not _sources(rows) - {None}


def test_an_object_them_may_still_hold_the_woman_who_tells_it(code) -> None:
    rows = code("A woman in Nairobi told reporters she was at the market when two gunmen opened fire at them.")
    assert ("ASSAULT", "UNIDENTIFIED_ARMED_GROUP.KEN", "KEN.CVL") in rows
