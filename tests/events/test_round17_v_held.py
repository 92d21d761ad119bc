"""Conflict acts told without a trigger verb of their own (issue 12 round 17, helper V; events/held_acts.py and new
events.yaml rules): captivity, clearing of protesters, a test launch, wiretaps, trials, buildings levelled and
forces advancing. Sentences written for the test, each with a near miss."""

from __future__ import annotations

import pytest


def modes(code_modes, text, type_):
    return {(m, s, t) for ty, m, s, t, _ in code_modes(text) if ty == type_}


@pytest.mark.parametrize("text, source, target", [
    ("The Canadian engineer was being held by Boko Haram fighters in northern Nigeria.", "BOKO_HARAM", "CAN"),
    ("Two Italian nurses were held captive by al-Shabaab for eight months.", "AL_SHABAAB", "ITA"),
    ("The Taliban are holding the Indian diplomats for ransom.", "TALIBAN", "IND.GOV"),
    ("Three Turkish truck drivers are in the hands of the Houthis.", "HOUTHIS", "TUR"),
    ("The Jordanian pilot was being held in Raqqa, the activists said.", None, "JOR"),
])
def test_captives_are_held_by_their_holders(code_modes, text, source, target):
    assert ("arrest", source, target) in modes(code_modes, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The Syrian army holds the town of Kobani.",
    "The Nigerian minister was held up by traffic in Abuja.",
    "The injured Canadian soldier was held for observation at a hospital in Kabul.",
    "The Brazilian senator is held in high regard by the opposition.",
    "The mother held the Syrian child in her arms.",
    "A memorial for the Canadian victims was held in Ottawa.",
    "The Iraqi city remains in the hands of Islamic State.",
    "The vote was held in Kenya on Tuesday.",
])
def test_holding_ground_meetings_or_a_child_is_no_captivity(code_modes, text):
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("Turkish riot police cleared the square of demonstrators in Istanbul.", "TUR.POL", "TUR.PRT"),
    ("Thai soldiers cleared protesters from the bridge in Bangkok.", "THA.MIL", "THA.PRT"),
    ("The protest camp in Minsk was cleared by police before dawn.", "BLR.POL", "BLR.PRT"),
])
def test_protesters_cleared_by_a_force(code_modes, text, source, target):
    assert ("restrict", source, target) in modes(code_modes, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Afghan troops cleared the area of mines near Kandahar.",
    "The Kenyan court cleared the opposition leader of all charges.",
    "Firefighters cleared the building in Nairobi after a gas leak.",
])
def test_clearing_mines_a_name_or_a_building_is_no_coercion(code_modes, text):
    assert not modes(code_modes, text, "COERCE")


def test_a_missile_launched_into_the_sea_is_a_show_of_force(code_modes):
    assert (None, "PRK", None) in modes(code_modes, "North Korea launched another missile into the sea off its east coast.",
                                        "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Iran launched a satellite into orbit on Thursday.",
    "SpaceX launched a rocket from Florida on Sunday.",
    "The Kenyan company launched a new product into the market.",
])
def test_other_launches_mobilise_nothing(code_modes, text):
    assert not modes(code_modes, text, "MOBILIZE")


def test_a_tapped_phone_investigates_its_owner(code_modes):
    assert ("investigate", "ITA.POL", "ITA.GOV") in modes(
        code_modes, "The Italian police tapped the mayor's telephone for months.", "ACCUSE")
    assert not modes(code_modes, "The Kenyan striker tapped the ball into the net.", "ACCUSE")


@pytest.mark.parametrize("text, target", [
    ("Three Ugandan opposition lawmakers went on trial in Kampala on Monday.", "UGA.LEG"),
    ("The Egyptian activist will stand trial on charges of spreading false news.", "EGY.OPP"),
])
def test_the_one_tried_is_accused(code_modes, text, target):
    assert (None, None, target) in modes(code_modes, text, "ACCUSE")


def test_a_drug_on_trial_is_accused_of_nothing(code_modes):
    assert not modes(code_modes, "The new Indian vaccine went on trial in Delhi.", "ACCUSE")


@pytest.mark.parametrize("text, type_, mode, source", [
    ("Islamic State fighters had leveled buildings in the old city of Mosul.", "COERCE", "destroy", "ISIS"),
    ("The rebels had advanced on the airport in Sanaa by Tuesday.", "MOBILIZE", "troops", "YEM.REB"),
])
def test_buildings_levelled_and_forces_advancing(code_modes, text, type_, mode, source):
    assert any(m == mode and s == source for m, s, _ in modes(code_modes, text, type_))


@pytest.mark.parametrize("text", [
    "The Kenyan runner advanced on the final lap.",
    "The Chinese central bank flattened the yield curve.",
])
def test_runners_and_curves_are_no_force(code_modes, text):
    assert not modes(code_modes, text, "MOBILIZE") and not modes(code_modes, text, "COERCE")


def test_cleared_of_wrongdoing_is_no_site_cleared(code_modes):
    text = "The Ghanaian officer who shot the driver was later cleared of wrongdoing by the inquiry."
    assert not any(m == "restrict" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text", [
    "A convoy of Iraqi security forces advances on the outskirts of Mosul to fight Islamic State militants.",
    "Iraqi troops advanced on Mosul on Monday.",
])
def test_a_force_moving_on_its_own_ground_mobilises_against_no_one(code_modes, text):
    assert not modes(code_modes, text, "MOBILIZE")


def test_detainees_held_in_a_country_are_not_its_people(code_modes):
    assert not modes(code_modes, "The US spends $800,000 a year keeping each detainee in Cuba.", "COERCE")
    assert ("arrest", None, "SYR.OPP") in modes(code_modes, "Two Syrian activists were held in Damascus for a month.",
                                                 "COERCE")


def test_a_test_launch_over_a_state_is_a_show_of_force_not_an_attack(code_modes):
    found = code_modes("North Korea test-fired a ballistic missile over Japan.")  # round 16 had it no event at all
    assert ("MOBILIZE", None, "PRK", None) in {f[:4] for f in found}
    assert not any(f[0] == "ASSAULT" for f in found)


def test_an_attempt_to_clear_is_its_makers_and_not_done(code_modes):
    found = code_modes("Police in Lima made an attempt to clear the square of demonstrators.")
    assert ("COERCE", "restrict", "PER.POL") in {f[:3] for f in found}
    assert all(f[4] != "asserted" for f in found if f[0] == "COERCE")


def test_an_official_dismissed_with_no_one_named_is_no_rejection(code_modes):
    found = code_modes("The Indonesian general was dismissed from his post on Monday.")
    assert ("COERCE", "restrict", None, "IDN.MIL") in {f[:4] for f in found}
    assert not any(f[0] == "REJECT" for f in found)
    assert not any(f[0] == "COERCE" for f in code_modes("The Ukrainian court dismissed the claims of the activist."))


def test_a_persons_papers_in_hands_are_no_captive(code_modes):
    text = "The Kenyan minister fears that the senator's letters have fallen into Russian hands."
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("The Pakistani governor was under investigation for corruption.", None, "PAK.GOV"),
    ("The former Brazilian president remains under investigation by federal prosecutors.", "BRA.JUD", "BRA.GOV"),
])
def test_under_investigation_investigates_the_subject(code_modes, text, source, target):
    assert ("investigate", source, target) in modes(code_modes, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The new Greek pension policy is under investigation by journalists.",
    "The Ugandan minister is under pressure to resign.",
])
def test_a_policy_or_pressure_is_no_inquiry_of_a_party(code_modes, text):
    assert not any(m == "investigate" for m, _, _ in modes(code_modes, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Kurdish fighters have held the Turkish forces from making any progress near Afrin.",
    "The ministers attending the meeting of the Joint Trade Commission held in Caracas discussed mining.",
])
def test_held_back_or_a_body_meeting_is_no_captivity(code_modes, text):
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


def test_captivity_told_with_its_release_is_the_release(code_modes):
    text = "Three Turkish sailors who had been held by pirates in Somalia for a year were freed on Monday."
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text", [
    "The opposition boycotted a session of the National Assembly held in Caracas.",
    "A congress of the Communist Party held in Beijing endorsed the plan.",
])
def test_a_meeting_held_holds_no_body(code_modes, text):
    assert not any(m == "arrest" for m, _, _ in modes(code_modes, text, "COERCE"))


@pytest.mark.parametrize("text", [
    "The militants advanced toward the Turkish border on Sunday.",
    "Kurdish fighters pushed toward the Iraqi frontier.",
])
def test_a_force_moving_toward_a_border_mobilises_against_no_state(code_modes, text):
    assert not modes(code_modes, text, "MOBILIZE")


def test_a_named_person_held_after_a_relative_clause(code_modes):
    text = ("Turkish police detained the American pastor Andrew Brunson in October. Church leaders say Brunson, who has "
            "lived in Izmir for 20 years, is being held at a detention facility in isolation.")
    assert any(m == "arrest" and s is None and t and "brunson" in t for m, s, t in modes(code_modes, text, "COERCE"))

