"""Triggers missed on real wire text (issue 12, round 7): crowds taking to the streets, a response with gunfire,
punitive measures, a ship sent to help, sales and gifts counted in money, released captives, envoys summoned.
Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]


@pytest.mark.parametrize("text", [
    "Thousands of nurses took to the streets of Nairobi on Friday.",
    "Farmers poured into the streets of Lahore against the new tax.",
    "Students spilled into the streets of Tunis after the verdict.",
    "Dock workers in Lagos downed tools over unpaid wages.",
])
def test_crowds_taking_to_the_streets_protest(code_modes, text):
    rows = asserted(code_modes(text), "PROTEST")
    assert rows and rows[0][2] is not None


@pytest.mark.parametrize("text", [
    "She took to Twitter to praise the mayor.",
    "The villagers took to the hills when the rains came.",
])
def test_taking_to_anything_else_is_no_protest(code_modes, text):
    assert not asserted(code_modes(text), "PROTEST")


@pytest.mark.parametrize("text", [
    "Police in Kenya responded with gunfire when students marched on parliament.",
    "The Kenyan police reacted with live fire to the march.",
    "The army of Chad retaliated with airstrikes on the rebels.",
])
def test_a_response_with_gunfire_or_strikes_is_an_attack_by_the_responder(code_modes, text):
    rows = asserted(code_modes(text), "ASSAULT")
    assert rows and rows[0][2] in ("KEN.POL", "TCD.MIL")


def test_a_response_in_words_is_no_attack(code_modes):
    assert not asserted(code_modes("Kenya's police responded with a statement on Friday."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The European Union imposed punitive measures on Belarus.",
    "Canada announced retaliatory measures against Iran.",
    "Washington imposed new tariffs on Venezuela.",
])
def test_punitive_measures_and_tariffs_are_sanctions(code_modes, text):
    rows = asserted(code_modes(text), "SANCTION")
    assert rows and rows[0][3] in ("BLR", "IRN", "VEN")


def test_economic_measures_alone_are_no_sanction(code_modes):
    assert not asserted(code_modes("Ghana adopted economic measures to curb inflation."), "SANCTION")


@pytest.mark.parametrize(("text", "mode", "pair"), [
    ("Greece sent a warship to help Cyprus.", "military", ("GRC", "CYP")),
    ("Turkey sent drones to support the government of Somalia.", "military", ("TUR", "SOM.GOV")),
    ("Norway shipped medicine to assist Yemen.", "humanitarian", ("NOR", "YEM")),
])
def test_a_thing_sent_to_help_someone_is_aid_to_them(code_modes, text, mode, pair):
    rows = asserted(code_modes(text), "AID")
    assert rows and (rows[0][1], rows[0][2:4]) == (mode, pair)


def test_a_team_sent_to_investigate_is_no_aid(code_modes):
    assert not asserted(code_modes("Greece sent a team to investigate the crash."), "AID")


@pytest.mark.parametrize(("text", "mode", "pair"), [
    ("France approved the sale of artillery to Armenia.", "military", ("FRA", "ARM")),
    ("The United States sold $2 billion of weapons to Egypt.", "military", ("USA", "EGY")),
    ("Russia sold $400 million in equipment to Algeria.", "military", ("RUS", "DZA")),
    ("Norway provided $40 million in humanitarian aid to Sudan.", "humanitarian", ("NOR", "SDN")),
    ("Japan gave 20 million euros to Ghana.", "economic", ("JPN", "GHA")),
    ("Germany donated $5 million to Jordan.", "economic", ("DEU", "JOR")),
])
def test_sales_and_gifts_counted_in_money_are_aid_of_their_thing(code_modes, text, mode, pair):
    rows = asserted(code_modes(text), "AID")
    assert rows and (rows[0][1], rows[0][2:4]) == (mode, pair)


def test_money_given_to_no_one_named_is_no_event(code_modes):
    assert code_modes("The firm gave 20 million euros in dividends.") == []


def test_approving_a_sale_is_the_sale_not_an_agreement(code_modes):
    rows = code_modes("The State Department approved the sale of 40 tanks to Morocco.")
    assert [r[0] for r in rows] == ["AID"]


@pytest.mark.parametrize("text", [
    "The rebels in Mali freed 30 prisoners.",
    "The Malian army released the hostages.",
    "Boko Haram released 20 captives on Sunday.",
])
def test_released_captives_are_a_release(code_modes, text):
    rows = asserted(code_modes(text), "RETREAT")
    assert rows and rows[0][1] == "release" and rows[0][2] is not None


def test_a_released_report_is_no_release(code_modes):
    assert code_modes("Kenya released a report on the floods.") == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Poland summoned the Russian ambassador on Monday.", ("POL", "RUS")),
    ("India has summoned a senior Chinese diplomat over the border clash.", ("IND", "CHN")),
])
def test_summoning_an_envoy_rebukes_the_envoys_state(code_modes, text, pair):
    rows = asserted(code_modes(text), "ACCUSE")
    assert rows and rows[0][2] == pair[0] and (rows[0][3] or "").startswith(pair[1])


def test_summoning_a_witness_is_no_rebuke(code_modes):
    assert not asserted(code_modes("The court in Lima summoned three witnesses."), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Rebels in Chad held 300 villagers as human shields.",
    "The militia in Mali used farmers as human shields during the siege.",
])
def test_holding_people_as_human_shields_is_coercion(code_modes, text):
    rows = asserted(code_modes(text), "COERCE")
    assert rows and rows[0][2] is not None


@pytest.mark.parametrize("text", [
    "Russia launched cyber warfare against Estonia.",
    "Russia carried out cyberattacks on Estonia.",
])
def test_cyber_warfare_is_coercion_in_cyberspace(code_modes, text):
    rows = code_modes(text)
    assert ("COERCE", "cyber", "RUS", "EST", "asserted") in rows
    assert not asserted(rows, "ASSAULT")


def test_chemical_warfare_against_people_is_an_attack(code_modes):
    assert asserted(code_modes("Syria waged chemical warfare against the Kurds."), "ASSAULT")


@pytest.mark.parametrize(("text", "pair"), [
    ("Peru returned stolen antiquities to Bolivia.", ("PER", "BOL")),
    ("Armenia returned the bodies of 12 soldiers to Azerbaijan.", ("ARM", "AZE")),
])
def test_returning_bodies_or_property_is_a_concession(code_modes, text, pair):
    assert asserted(code_modes(text), "CONCEDE")[0][2:4] == pair


def test_returning_home_is_no_event_and_returning_fire_is_shooting(code_modes):
    assert code_modes("The soldiers returned to their base in Mali.") == []
    assert asserted(code_modes("The troops of Mali returned fire at the militants."), "ASSAULT")[0][1] == "firearms"


def test_money_lent_or_allocated_is_aid(code_modes):
    assert asserted(code_modes("China lent $2 billion to Pakistan."), "AID")[0][1:4] == ("economic", "CHN", "PAK")
    rows = asserted(code_modes("Ireland allocated 20 million euros in humanitarian aid to Yemen."), "AID")
    assert rows[0][1:4] == ("humanitarian", "IRL", "YEM")


def test_a_state_opening_its_borders_to_refugees_gives_asylum(code_modes):
    rows = asserted(code_modes("Jordan opened its borders to refugees from Syria."), "AID")
    assert rows and rows[0][1:3] == ("asylum", "JOR")


def test_dozens_of_activists_released_are_a_release_but_reports_are_not(code_modes):
    assert asserted(code_modes("Venezuela releases dozens of political activists."), "RETREAT")
    assert code_modes("Kenya released dozens of reports.") == []


@pytest.mark.parametrize(("text", "target"), [
    ("A landmine injured a farmer near Kyauktaw in Myanmar.", "MMR.CVL"),
    ("A roadside bomb killed three soldiers in Ghor, Afghanistan.", "AFG.MIL"),
])
def test_a_device_that_kills_is_an_explosive_attack_on_the_victims(code_modes, text, target):
    rows = asserted(code_modes(text), "ASSAULT")
    assert rows and rows[0][1] == "explosives" and rows[0][3] == target


def test_detonating_a_bomb_is_an_explosive_attack_by_the_detonator(code_modes):
    rows = asserted(code_modes("Boko Haram fighters detonated a bomb near Maiduguri in Nigeria."), "ASSAULT")
    assert rows and rows[0][1] == "explosives" and rows[0][2] is not None


def test_a_crash_that_injures_is_no_attack(code_modes):
    assert code_modes("The president of Peru was injured in a car crash.") == []


def test_uprooted_trees_are_destruction_and_control_of_a_situation_is_no_seizure(code_modes):
    assert asserted(code_modes("Israeli settlers uprooted 400 olive trees in the West Bank."), "COERCE")[0][1] == "destroy"
    assert code_modes("Police in Kenya took control of the situation in Nairobi.") == []


def test_cutting_tariffs_eases_and_cutting_aid_sanctions(code_modes):
    assert asserted(code_modes("Japan cut tariffs on goods from Vietnam."), "CONCEDE")
    assert asserted(code_modes("Norway cut aid to Uganda."), "SANCTION")


def test_missiles_launched_at_a_state_are_an_attack_and_a_test_launch_is_not(code_modes):
    assert asserted(code_modes("The Houthis launched missiles at Saudi Arabia."), "ASSAULT")[0][2:4] == ("HOUTHIS", "SAU")
    # a test launch is no attack (round 17, V: it is a show of force, MOBILIZE, with no target)
    assert [e[:4] for e in code_modes("North Korea launched a ballistic missile into the sea.")] == [("MOBILIZE", None, "PRK", None)]
    assert code_modes("Iran launched a satellite into orbit.") == []


@pytest.mark.parametrize("text", [
    "The junta in Mali suspended the broadcasts of a French radio.",
    "Authorities in Burkina Faso shut down two newspapers.",
])
def test_silencing_broadcasters_and_newspapers_is_censorship(code_modes, text):
    rows = asserted(code_modes(text), "COERCE")
    assert rows and rows[0][1] == "censor" and rows[0][2] is not None
