"""Round 13 (issue #12, helper B): subnational governments and one-word companies are actors of their own, never
merged into the country's state, never persons or places. Sentences written for these tests."""

from __future__ import annotations

from faultlines.read import document_from_text


def _facts(pipeline, text: str):
    return pipeline.extract(document_from_text(text, guess_title=False))


def _actor(facts, word: str):
    at = facts.document.text.find(word)
    return next((a for a in facts.actors for m in a.mentions if m.start <= at < m.end), None)


def test_a_us_state_suing_is_its_government_not_the_united_states(pipeline):
    facts = _facts(pipeline, "Nebraska sued the Interior Department on Thursday over the new water rules.")
    state = _actor(facts, "Nebraska")
    assert state is not None and state.id != "USA"
    assert (state.kind, state.country, state.parent) == ("government", "USA", "USA")
    assert any(e.source == state.id for e in facts.events)


def test_a_us_state_named_as_a_place_is_no_party(owners):
    text = "A gunman wounded three students at a high school in Nebraska on Thursday."
    assert owners(text, "Nebraska") in ([None], ["USA"])


def test_georgia_in_an_american_report_is_the_us_state(pipeline):
    facts = _facts(pipeline, "Georgia sued the federal government over the election rules, Governor Brian Kemp said.")
    georgia = _actor(facts, "Georgia")
    assert georgia is not None and georgia.id != "GEO" and georgia.country == "USA"
    assert not any(a.id.startswith("GEO") for a in facts.actors)


def test_georgia_beside_tbilisi_stays_the_country(owners):
    text = "Georgia accused Moscow of moving border fences, the foreign ministry in Tbilisi said on Monday."
    assert owners(text, "Georgia") == ["GEO"]


def test_a_governor_named_with_the_state_serves_its_government(pipeline):
    facts = _facts(pipeline, "Ohio Governor Mark Delaney vetoed the bill on Friday.")
    person = next(a for a in facts.actors if a.name == "Mark Delaney")
    state = _actor(facts, "Ohio")
    assert state is not None and person.parent == state.id and person.country == "USA"


def test_a_province_accusing_the_capital_is_distinct_from_canada(pipeline):
    facts = _facts(pipeline, "The Alberta government accused Ottawa of ignoring the province's oil workers.")
    accuse = [e for e in facts.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].source not in ("CAN", "CAN.GOV") and accuse[0].source is not None
    assert _actor(facts, "Alberta").country == "CAN"  # type: ignore[union-attr]


def test_a_one_word_company_sued_is_a_business_not_a_person(pipeline):
    facts = _facts(pipeline, "The attorney general sued Zentrica, accusing the drugmaker of hiding test results.")
    firm = _actor(facts, "Zentrica")
    assert firm is not None and firm.kind == "business"


def test_an_office_word_tagged_as_an_organisation_is_no_actor(owners):
    assert owners("Defense said the contract had been cancelled after the audit.", "Defense") == [None]


def test_a_one_word_organisation_takes_no_country_from_the_place_of_the_sentence(pipeline):
    facts = _facts(pipeline, "Regulators in Brussels fined QuorvexTech on Tuesday for breaking competition rules.")
    firm = _actor(facts, "QuorvexTech")
    assert firm is not None and firm.country is None


def test_a_state_after_its_town_is_a_place(owners):
    text = "Deputies detained two men in Lubbock, Texas, after a chase on Tuesday."
    assert all(o is None or ".ADM1." not in o for o in owners(text, "Texas"))


def test_a_county_suing_is_its_own_government_in_the_report_country(pipeline):
    facts = _facts(pipeline, "The state of Georgia sued Dekalb County on Monday over the new voting machines.")
    county = _actor(facts, "Dekalb County")
    assert county is not None and county.kind == "government" and county.country == "USA" and county.id != "USA"


def test_the_federal_government_after_a_state_is_the_national_one(pipeline):
    facts = _facts(pipeline, "Nebraska sued the federal government on Thursday over the new water rules.")
    assert _actor(facts, "federal government").id == "USA.GOV"  # type: ignore[union-attr]


def test_a_name_shaped_like_a_firm_is_an_organisation_a_surname_is_not(pipeline):
    facts = _facts(pipeline, "Prosecutors sued DataMarsh on Monday, and investigators questioned McAllister.")
    firm = _actor(facts, "DataMarsh")
    assert firm is not None and firm.kind in ("business", "other") and firm.id != "USA"
    assert all(a.kind not in ("business", "other") for a in facts.actors if a.name == "McAllister")


def test_a_company_takes_the_country_of_its_apposition_and_the_noun_is_the_company(pipeline):
    facts = _facts(pipeline, "Prosecutors charged Velmora, the Japanese carmaker, with fraud on Monday.")
    firm = _actor(facts, "Velmora")
    assert firm is not None and (firm.kind, firm.country) == ("business", "JPN")
    assert _actor(facts, "carmaker") == firm
    assert not any(a.id == "JPN.BUS" for a in facts.actors)


def test_a_county_sheriff_is_a_police_force_and_its_deputies_act_for_it(pipeline):
    facts = _facts(pipeline, "Pima County Sheriff Robert Hale said deputies arrested a man in Tucson, Arizona.")
    office = _actor(facts, "Pima County")
    assert office is not None and office.kind == "police" and office.country == "USA" and office.id != "USA.POL"
    assert _actor(facts, "deputies") == office
    person = next(a for a in facts.actors if a.name == "Robert Hale")
    assert person.parent == office.id


def test_deputies_of_a_parliament_are_no_sheriff_office(owners):
    text = "Twelve deputies walked out of the parliament in Kyiv on Tuesday."
    assert all(o is None or not o.endswith(".SHERIFF") for o in owners(text, "deputies"))


def test_a_senator_from_a_us_state_sits_in_congress_not_in_the_state_government(owners):
    text = "A senator from Iowa accused the Pentagon of hiding the audit."
    assert owners(text, "senator") == ["USA.LEG"]
    assert all(o is None or ".ADM1." not in o for o in owners(text, "Iowa"))


def test_the_state_of_a_dateline_is_no_party(pipeline):
    text = "SPRINGDALE, Ark. (KTVX) - A teenager was shot outside a gas station on Friday, police said."
    facts = _facts(pipeline, text)
    assert not any(".ADM1." in a.id for a in facts.actors)


def test_a_county_sheriff_named_like_a_capital_is_american(pipeline):
    facts = _facts(pipeline, "The Kingston County Sheriff's Office said deputies arrested two men after the robbery.")
    office = _actor(facts, "Kingston County")
    assert office is not None and office.country == "USA"


def test_a_state_named_as_a_place_in_possessive_town_or_compass_form_is_no_party(pipeline):
    texts = ["Police in Kearney, located on Nebraska's central plains, said the shooting was accidental.",
             "Jordan Pike, 41, of Lincoln, Nebraska was inside the bar when the shots were fired.",
             "A witness told reporters in South Nebraska that the gunman fled on foot.",
             "The Nebraska State Patrol said troopers found the car on Friday."]
    for text in texts:
        assert not any(".ADM1." in a.id for a in _facts(pipeline, text).actors), text


def test_a_state_owning_an_office_is_its_government(owners):
    assert owners("Nebraska's governor accused the agency of ignoring the farmers.", "Nebraska")[0].startswith(
        "USA.ADM1.")  # type: ignore[union-attr]
