"""Triggers missed in running news prose (issue 12 round 10): arrests and sentences reported in the passive without
their agent, taking into custody, dissolving an organisation, verbal attacks, intimidation, talks "with" someone,
receiving a visitor, poisoning and executions, dialogue. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]  # rows of code_modes


def targets(rows, type_):
    return {r[3] for r in asserted(rows, type_)}


def pairs(rows, type_):
    return {(r[2], r[3]) for r in asserted(rows, type_)}


@pytest.fixture(scope="module")
def code(code_modes):
    """Rows as code_modes gives them: (type, mode, source, target, polarity)."""
    return code_modes


@pytest.mark.parametrize("text, target", [
    ("Opposition politician Kizza Besigye was arrested on Wednesday.", "kizza-besigye"),
    ("Hamas member Ahmed Yassin was detained on Tuesday.", "ahmed-yassin"),
    ("Dozens of Houthi fighters were imprisoned after the battle.", "HOUTHIS"),
    ("Egyptian activist Alaa Abd El-Fattah was sentenced to five years in prison.", "alaa-abd-fattah"),
])
def test_an_agentless_passive_arrest_names_whom(code_modes, text, target):
    rows = code_modes(text)
    assert target in targets(rows, "COERCE")
    assert all(r[1] == "arrest" for r in asserted(rows, "COERCE"))


@pytest.mark.parametrize("text", [
    "The city was captured by nightfall.",  # a place taken, no arrest
    "Prices were arrested by the central bank's move.",  # no one named
])
def test_a_passive_arrest_needs_someone(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "COERCE" and r[1] == "arrest" and r[3] is not None]


@pytest.mark.parametrize("text", [
    "Dozens of opposition supporters were detained in Minsk.",
    "Police detained dozens of opposition supporters in Minsk on Sunday.",
    "Twelve people were arrested at a Moscow airport on Sunday.",
])
def test_an_arrest_never_targets_the_state_of_its_place(code_modes, text):
    assert not {"BLR", "RUS"} & targets(code_modes(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Five people were arrested in the town on Sunday.",
    "Dozens of students have been detained.",
    "Twelve people were arrested at a Moscow airport on Sunday.",  # the place is no one arrested
])
def test_an_arrest_of_no_one_in_particular_by_no_one_is_not_coded(code, text):
    assert not [r for r in code(text) if r[0] == "COERCE" and r[2] is None]


def test_an_active_arrest_of_no_named_one_is_still_not_coded(code_modes):
    """The passive reading only: "rebels kidnapped advisers" with an unknown object keeps the old, stricter rule."""
    assert not [r for r in code_modes("Police in the town detained the advisers.") if r[0] == "COERCE" and r[3]]


@pytest.mark.parametrize("text, source", [
    ("Nigerian police took twelve suspects into custody in Abuja.", "NGA.POL"),
    ("Police in Kenya took the two Somali men into custody.", "KEN.POL"),
])
def test_taking_into_custody_is_an_arrest(code_modes, text, source):
    rows = code_modes(text)
    assert source in {r[2] for r in asserted(rows, "COERCE")}
    assert all(r[1] == "arrest" for r in asserted(rows, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("Myanmar's junta dissolved the National League for Democracy.", "MMR.MIL", "national-league-for-democracy"),
    ("The Turkish government disbanded the Kurdish association.", "TUR.GOV", "KURDS"),
])
def test_dissolving_an_organisation_bans_it(code_modes, text, source, target):
    rows = code_modes(text)
    assert (source, target) in pairs(rows, "COERCE")
    assert {r[1] for r in asserted(rows, "COERCE")} == {"ban"}


def test_dissolving_a_substance_is_no_ban(code_modes):
    assert not asserted(code_modes("Russia dissolved the sugar in water."), "COERCE")


@pytest.mark.parametrize("text, source, target", [
    ("Germany lambasted Russia over the poisoning of the opposition leader.", "DEU", "RUS"),
    ("The Iranian foreign minister berated France at the meeting.", "IRN.GOV", "FRA"),
])
def test_verbal_attacks_are_accusations(code, text, source, target):
    assert (source, target) in pairs(code(text), "ACCUSE")


def test_intimidating_someone_threatens_them(code):
    assert ("RUS", "MDA") in pairs(code("Russia intimidated Moldova with troop movements on its border."), "THREATEN")


@pytest.mark.parametrize("text, source, target", [
    ("Macron's adviser said Germany spoke with Ukraine on Monday.", "DEU", "UKR"),
    ("The Saudi crown prince received the Iranian foreign minister in Riyadh.", "SAU", "IRN.GOV"),
    ("The United States held a dialogue with Venezuela in Qatar.", "USA", "VEN"),
])
def test_talks_with_and_visits_received_are_consultations(code, text, source, target):
    assert (source, target) in pairs(code(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "The Saudi crown prince received weapons from France.",  # a transfer, not a visit
    "The Iranian minister spoke about the economy for an hour.",  # spoke with no one
])
def test_no_consultation_without_a_visitor_or_partner(code, text):
    assert not asserted(code(text), "CONSULT")


@pytest.mark.parametrize("text, source, target", [
    ("Iran's execution of two Kurdish activists drew condemnation.", "IRN", "KURDS.OPP"),
    ("Russia was blamed for the poisoning of Alexei Navalny.", None, "alexei-navalny"),
])
def test_executions_and_poisonings_are_assaults_on_someone(code, text, source, target):
    rows = [r for r in code(text) if r[0] == "ASSAULT"]
    assert target in {r[3] for r in rows}
    if source:
        assert (source, target) in {(r[2], r[3]) for r in rows}


def test_an_execution_of_a_plan_is_no_assault(code):
    assert not [r for r in code("The Egyptian government's execution of the plan was slow.") if r[0] == "ASSAULT"]


@pytest.mark.parametrize("text, source, target", [
    ("Algeria closed its airspace to Moroccan planes.", "DZA", "MAR"),
    ("Pakistan shut its ports to Indian ships after the attack.", "PAK", "IND"),
])
def test_closing_airspace_or_a_border_to_a_state_restricts_it(code, text, source, target):
    assert (source, target) in pairs(code(text), "SANCTION")


def test_closing_a_border_with_a_neighbour_at_war_is_no_sanction(code):
    assert not asserted(code("Russia closed its border with Georgia because of the fighting in Abkhazia."), "SANCTION")


@pytest.mark.parametrize("text, source, target", [
    ("The rebels seized control of Kidal from the Malian army.", "MLI.REB", "MLI.MIL"),
    ("Hamas seized control of the Gaza Strip in 2007.", "HAMAS", "PSE"),
])
def test_taking_control_from_someone_is_a_seizure(code, text, source, target):
    rows = code(text)
    assert (source, target) in pairs(rows, "COERCE")
    assert {r[1] for r in asserted(rows, "COERCE")} == {"seize"}


def test_taking_control_of_a_situation_is_none(code):
    assert not code("The new Egyptian manager took control of the situation.")
    assert not code("Police in Kenya gained control of the situation in Nairobi.")


@pytest.mark.parametrize("text", [
    "On 28 April 2020, Ethiopian security forces arrested and beat an ONLF leader in Warder, Somali region.",
    "About two dozen relatives of people imprisoned in Donetsk protested outside the office in Kyiv.",
])
def test_an_arrest_read_off_no_passive_clause_is_not_turned_around(code, text):
    """The arresters are never the ones arrested; a participle on someone else's noun is no news of its own."""
    assert not [r for r in code(text) if r[0] == "COERCE" and r[2] is None and r[3] is not None]
