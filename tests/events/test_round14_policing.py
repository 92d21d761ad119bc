"""Round 14 (issue #12, helper C): shootings, threats and court acts in police reporting. "Opened fire on X" is an
attack on X again (a weapon word's object no longer hides the phrase); officers and deputies shot at, or shooting,
in a report on police work are police (not an army, not lawmakers); a judge, prosecutors or a jury of a local report
are its country's judiciary. Near misses: personnel acts, other senses of fire, shot and charge, negation and
questions. Sentences written for these tests."""

from __future__ import annotations

import pytest


def of_type(code, text, kind):
    return [r for r in code(text) if r[0] == kind]


@pytest.mark.parametrize("text, target", [
    ("Police said the gunman opened fire on officers outside a bar in Tulsa, Oklahoma.", "USA.POL"),
    ("Police said the robber fired at officers outside a bar in Tulsa, Oklahoma.", "USA.POL"),
    ("The sheriff said the driver opened fire on the deputies near Lubbock, Texas.", "USA.POL"),
    ("Rebels opened fire on Nigerian soldiers near Maiduguri.", "NGA.MIL"),
])
def test_opening_fire_on_a_party_is_an_attack_on_it(code, text, target):
    found = of_type(code, text, "ASSAULT")
    assert any(r[2] == target and r[3] == "asserted" for r in found)


def test_an_attack_reported_by_police_is_in_the_polices_voice(code):
    found = of_type(code, "Police said the gunman opened fire on officers outside a bar in Tulsa, Oklahoma.", "ASSAULT")
    assert found and all(r[4] == "quoted" for r in found)


@pytest.mark.parametrize("text, kind, source", [
    ("The sheriff said deputies shot the driver near Lubbock, Texas.", "ASSAULT", "USA.POL"),
    ("Police said the judge sentenced the driver to ten years in prison in Tulsa, Oklahoma.", "COERCE", "USA.JUD"),
    ("Police in Tulsa, Oklahoma, said prosecutors charged the cashier with murder.", "ACCUSE", "USA.JUD"),
])
def test_officers_deputies_judges_and_prosecutors_of_a_local_report(code, text, kind, source):
    assert any(r[1] == source and r[2] is not None for r in of_type(code, text, kind))


@pytest.mark.parametrize("text", [
    "Police said the gunman did not open fire on officers in Tulsa, Oklahoma.",
    "Did the gunman open fire on officers in Tulsa, Oklahoma?",
])
def test_a_denied_or_questioned_shooting_is_not_asserted(code, text):
    found = of_type(code, text, "ASSAULT")
    assert found and all(r[3] != "asserted" for r in found)


@pytest.mark.parametrize("text", [
    "The police chief in Tulsa, Oklahoma, suspended three officers.",
    "The police chief in Tulsa, Oklahoma, fired two officers after the audit.",
    "The officer shot a video of the parade in Tulsa, Oklahoma.",
    "The officer charged the battery of his radio in Tulsa, Oklahoma.",
    "The rookie officer had a shot at the title in Tulsa, Oklahoma.",
])
def test_personnel_acts_and_other_senses_are_no_attack_on_police(code, text):
    assert not any(r[0] in ("ASSAULT", "ACCUSE") and "POL" in f"{r[1]}{r[2]}" for r in code(text))


def test_an_armys_officers_stay_the_army(code):
    found = code("Army officers in Kano, Nigeria, arrested two traders.")
    assert any(r[0] == "COERCE" and r[1] == "NGA.MIL" for r in found)


def test_lawmakers_deputies_are_no_police(code):
    found = code("Lawmakers in Oklahoma City, Oklahoma, attacked the deputies of the other party.")
    assert not any(r[2] == "USA.POL" for r in found)


def test_a_labour_strike_staged_is_still_no_attack(code):
    assert not of_type(code, "Workers staged a strike on Monday at the plant in Detroit.", "ASSAULT")


@pytest.mark.parametrize("text, kind", [
    ("The roofer was sentenced to ten years in prison in Tulsa, Oklahoma.", "COERCE"),
])
def test_an_agentless_court_act_in_a_local_report_is_by_its_countrys_judiciary(code, text, kind):
    found = of_type(code, text.replace("The roofer", "John Miller"), kind)
    assert any(r[1] == "USA.JUD" and r[2] is not None and r[3] == "asserted" for r in found)


@pytest.mark.parametrize("text", [
    "John Miller was charged with overseeing the budget of Tulsa, Oklahoma.",
    "The Islamic State fighter was charged with murder in Raqqa, Syria.",
    "John Miller was charged with murder by the Tulsa County District Attorney in Oklahoma.",
])
def test_a_task_an_armed_groups_member_or_a_named_prosecutor_gets_no_guessed_judiciary(code, text):
    assert not any(r[1] in ("USA.JUD", "SYR.JUD") for r in code(text))


def test_a_charge_denied_stays_negated_with_its_court(code):
    found = of_type(code, "John Miller was not charged in the shooting in Tulsa, Oklahoma.", "ACCUSE")
    assert found and all(r[3] == "negated" for r in found)


@pytest.mark.parametrize("text", [
    "Cleveland Smith, 30, was arrested in Tulsa, Oklahoma. Police said Cleveland shot an officer.",
    "Cleveland Smith, 30, was arrested in Ohio. Police say Cleveland then shot two officers.",
])
def test_a_given_name_that_is_a_town_is_the_person_not_the_country(code, text):
    """The shooting on the police is printed; its shooter is the person called by the given name (or no one), never
    the country of the town Cleveland (before the fix: USA -> USA.POL)."""
    found = [r for r in of_type(code, text, "ASSAULT") if r[2] == "USA.POL"]
    assert found and all(r[1] in (None, "cleveland-smith") for r in found)


def test_a_town_beginning_an_organisations_name_still_stands_for_its_country(code):
    found = code("Damascus accused Ankara of lying about the raid, Damascus University said.")
    assert any(r[0] == "ACCUSE" and r[1] == "SYR" for r in found)


def test_a_sentence_only_recommended_gets_no_guessed_judiciary(code):
    text = "John Miller will be sentenced in May in Tulsa, Oklahoma, and the prosecutor said she will recommend that he be sentenced to probation."
    assert not any(r[0] == "COERCE" and r[1] == "USA.JUD" and r[3] == "asserted" for r in code(text))
