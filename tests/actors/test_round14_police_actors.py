"""Round 14 (issue #12, helper C): who the parties of police and court reporting are. A county's prosecutor and
courts (grand jury, circuit court) are the country's judiciary; a town's "Police (Department)" is its police; cops
and detectives are police, a jury and a district attorney the judiciary; "Man" in a headline is no town in Cote
d'Ivoire. Sentences written for these tests."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def _facts(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


@pytest.fixture(scope="module")
def code(pipeline):
    """code(text) -> [(type, source, target)] on the rules-only path."""
    from faultlines.pipeline import Pipeline

    rules = Pipeline(model=False, nlp=pipeline.nlp)
    return lambda text: [(e.type, e.source, e.target) for e in rules.extract(document_from_text(text)).events]


def _actor(facts, word: str):
    at = facts.document.text.find(word)
    return next((a for a in facts.actors for m in a.mentions if m.start <= at < m.end), None)


@pytest.mark.parametrize("text, word, suffix", [
    ("The Marlow County Prosecutor's Office charged the driver with manslaughter in Ohio on Monday.", "Marlow",
     ".PROSECUTOR"),
    ("The Dane County District Attorney charged two brothers with robbery in Wisconsin.", "Dane", ".PROSECUTOR"),
    ("A Lenton County grand jury indicted the driver in Kansas on Friday.", "Lenton", ".COURT"),
])
def test_a_county_prosecutor_or_grand_jury_is_the_judiciary_of_the_country(pipeline, text, word, suffix):
    facts = _facts(pipeline, text)
    office = _actor(facts, word)
    assert office is not None and office.id.endswith(suffix)
    assert (office.kind, office.country, office.parent) == ("government", "USA", "USA.JUD")
    assert any(e.type == "ACCUSE" and e.source == office.id and e.target for e in facts.events)


def test_a_county_sheriff_stays_a_police_force(pipeline):
    facts = _facts(pipeline, "The Polk County Sheriff's Office arrested a roofer in Iowa on Sunday.")
    office = _actor(facts, "Polk")
    assert office is not None and office.id.endswith(".SHERIFF") and office.kind == "police"


@pytest.mark.parametrize("text, word", [
    ("A teacher was arrested by Lubbock Police in Texas on Saturday.", "Lubbock"),
    ("Two brothers sued the Amarillo Police Department in Texas over the raid.", "Amarillo"),
])
def test_a_towns_police_named_as_an_organisation_is_the_towns_police(pipeline, text, word):
    facts = _facts(pipeline, text)
    force = _actor(facts, word)
    assert force is not None and (force.kind, force.country, force.parent) == ("police", "USA", "USA.POL")
    assert any(force.id in (e.source, e.target) for e in facts.events)


def test_a_countrys_police_stays_the_countrys(pipeline):
    facts = _facts(pipeline, "The Iraqi Police arrested two smugglers in Basra.")
    assert _actor(facts, "Iraqi").id == "IRQ.POL"


@pytest.mark.parametrize("text, source", [
    ("Cops arrested a cashier in Tulsa, Oklahoma, on Thursday.", "USA.POL"),
    ("Detectives arrested the cashier in Tulsa, Oklahoma.", "USA.POL"),
    ("A jury in Tulsa, Oklahoma, convicted the cashier of fraud.", "USA.JUD"),
])
def test_cops_detectives_and_juries_are_police_and_judiciary(code, text, source):
    assert any(r[1] == source and r[2] is not None for r in code(text))


@pytest.mark.parametrize("text", ["Man charged after a shooting at a bar in Dayton",
                                  "Man accused of shooting two neighbours in Dayton"])
def test_man_in_a_headline_is_no_town_of_cote_divoire(pipeline, text):
    facts = _facts(pipeline, text)
    assert not any("CIV" in (a.id, a.country) for a in facts.actors)
    assert all(p.country != "CI" for p in facts.places)


def test_a_county_named_like_a_capital_is_no_capital(pipeline):
    facts = _facts(pipeline, "Nassau County police arrested a roofer in Hempstead on Monday.")
    assert not any(a.id in ("BHS", "BHS.POL") for a in facts.actors)


def test_the_capital_itself_still_stands_for_its_country(pipeline):
    facts = _facts(pipeline, "Police in Nassau arrested two smugglers on Monday.")
    assert any(a.id == "BHS.POL" for a in facts.actors)


@pytest.mark.parametrize("text", [
    "Toledo, Ohio (AP) - A Toledo woman was wounded by deputies on Monday, the sheriff said.",
    "AKRON, Ohio (Reuters) - A teenager was wounded by police officers on Tuesday, the city said.",
])
def test_a_news_agency_in_the_dateline_is_no_party_of_the_first_phrase(code, text):
    """The parser hangs the dateline on the first noun phrase; the agency that filed the report is not its victim
    (before: USA.POL -> MEDIA.AP, and GBR.POL for a Reuters report)."""
    found = [r for r in code(text) if r[0] == "ASSAULT"]
    assert found and all(r[1] == "USA.POL" and not str(r[2]).startswith("MEDIA.") for r in found)


def test_an_outlets_home_is_no_country_of_the_police(code):
    """Reuters is British: its dateline credit does not make Ohio's police British (before: GBR.POL)."""
    found = code("AKRON, Ohio (Reuters) - A teenager was wounded by police officers on Tuesday, the city said.")
    assert any(r[0] == "ASSAULT" and r[1] == "USA.POL" for r in found)
    assert not any("GBR" in f"{r[1]}{r[2]}" for r in found)


def test_the_agency_of_the_dateline_is_still_its_actor(pipeline):
    facts = _facts(pipeline, "Toledo, Ohio (AP) - A Toledo woman was wounded by deputies on Monday, the sheriff said.")
    agency = _actor(facts, "AP")
    assert agency is not None and agency.id == "MEDIA.AP"
