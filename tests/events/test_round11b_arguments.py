"""Arguments left from round 11 (issue 12 round 11b): a person of no kind who attacks is an unidentified armed group,
never the civilians attacked; bare "police" / "officers" of a local report are its one country's police.
Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]


@pytest.mark.parametrize("text", [
    "A man who opened fire outside a bakery on Monday wounded three customers.",
    "Two men shot at a taxi driver near the bus station late on Friday.",
    "The person in the pickup truck shot at a delivery driver, witnesses said.",
    "A woman stabbed two commuters on a train on Sunday.",
])
def test_a_person_who_attacks_is_an_unidentified_armed_group(code, text):
    found = [r for r in code(text) if r[0] == "ASSAULT"]
    assert found
    assert all(r[1].startswith("UNIDENTIFIED_ARMED_GROUP") for r in found)
    assert any(r[2] is not None and r[2].endswith("CIVILIANS") or (r[2] or "").endswith(".CVL") for r in found)


@pytest.mark.parametrize("text", [
    "A man was shot dead outside a bakery on Monday.",
    "Angry villagers beat two men accused of stealing cattle.",
])
def test_a_person_attacked_or_a_crowd_stays_civilian(code, text):
    found = [r for r in code(text) if r[0] == "ASSAULT"]
    assert not any((r[1] or "").startswith("UNIDENTIFIED_ARMED_GROUP") for r in found)


def test_bare_police_of_a_local_report_are_its_one_country_police(code):
    text = ("A jewellery shop in Leeds was robbed on Tuesday.\n\n"
            "Police arrested a teenager hours later and charged him with robbery.")
    found = asserted(code(text), "COERCE")
    assert found and {r[1] for r in found} == {"GBR.POL"}


def test_officers_in_a_police_story_are_police_not_the_military(code):
    text = "A car was stolen in Leeds on Monday, police said.\n\nOfficers arrested two men in Bradford later that day."
    found = asserted(code(text), "COERCE")
    assert found and {r[1] for r in found} == {"GBR.POL"}


def test_police_of_a_report_with_two_countries_get_no_country(code):
    text = ("Police arrested two men after a robbery on Tuesday.\n\n"
            "The men had travelled from Lyon to Geneva the day before.")
    found = asserted(code(text), "COERCE")
    assert not any(r[1] in ("FRA.POL", "CHE.POL") for r in found)


@pytest.mark.parametrize("text, source, target", [
    ("Germany's chancellor told Russia's ambassador that Berlin was ready to talk, urging an end to the strikes on "
     "Kharkiv.", "DEU", "RUS"),
    ("Spain told Morocco on Friday that it would reopen the border, calling for calm at the crossings.", "ESP", "MAR"),
])
def test_a_participial_call_after_telling_is_made_to_whom_was_told(code, text, source, target):
    found = [r for r in asserted(code(text), "REQUEST") if r[4] == "author"]
    assert found and all(r[1] == source and (r[2] or "").split(".")[0] == target for r in found)


def test_a_participial_call_with_its_own_addressee_keeps_it(code):
    text = "Spain told Morocco it would reopen the border, calling on Algeria to do the same."
    assert {r[2] for r in asserted(code(text), "REQUEST")} == {"DZA"}


def test_a_participial_act_inside_what_was_told_stays_in_the_claim(code):
    text = "The army told reporters that its troops had entered the town, killing five rebels."
    assert not any(r[0] == "REQUEST" for r in code(text))
    assert all(r[4] != "author" for r in code(text) if r[0] == "ASSAULT")


@pytest.mark.parametrize("text, source, target", [
    ("Turkey has no intention of cooperating with the Syrian Kurdish forces.", "TUR", "KURDS.REB"),
    ("Hungary has no intention of cooperating with the International Criminal Court.", "HUN", "ICC"),
])
def test_whoever_has_no_intention_of_an_act_is_its_source(code, text, source, target):
    found = [r for r in code(text) if r[0] == "COOPERATE"]
    assert found and all(r[1] == source and r[3] == "negated" for r in found)


def test_criticism_faced_in_a_country_is_its_peoples(code):
    found = asserted(code("Macron faced criticism in France over the pension reform."), "ACCUSE")
    assert [(r[1], r[2]) for r in found] == [("FRA.CVL", "EMMANUEL_MACRON")]


@pytest.mark.parametrize("text", [
    "Macron faced criticism over the pension reform.",
    "The reform drew criticism in Paris on Monday.",
])
def test_criticism_with_no_country_or_no_one_criticised_names_no_critic(code, text):
    assert not [r for r in code(text) if r[0] == "ACCUSE" and r[1] is not None]


def test_generic_people_of_a_local_report_are_of_its_one_country(code):
    text = ("LEEDS — A jewellery shop was robbed on Tuesday.\n\n"
            "A man who fired shots inside the shop wounded two customers, police said.")
    found = [r for r in code(text) if r[0] == "ASSAULT"]
    assert found and {(r[1], r[2]) for r in found} == {("UNIDENTIFIED_ARMED_GROUP.GBR", "GBR.CVL")}


def test_generic_people_of_a_report_on_two_countries_get_none(code):
    text = ("The robbers had crossed from Lyon into Geneva the day before.\n\n"
            "A man who fired shots inside the shop wounded two customers, police said.")
    found = [r for r in code(text) if r[0] == "ASSAULT"]
    assert found and all(r[1] == "UNIDENTIFIED_ARMED_GROUP" and r[2] == "CIVILIANS" for r in found)
