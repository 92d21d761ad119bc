"""Triggers left over from issue 12 round 8 (whole tune articles): working with X, eliminating fighters, armed men
surrounding a town, blocking a sale or a resolution, export bans, goods that are ordered, positions that are occupied,
"retook". Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[4] == "asserted"]


def pairs(rows, type_):
    return {(r[2], r[3]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, source, target", [
    ("Kenya worked with the United States to track the militants.", "KEN", "USA"),
    ("Kenya worked closely with Somalia against al-Shabaab.", "KEN", "SOM"),
    ("Nigeria has worked with Chad on border security since 2015.", "NGA", "TCD"),
    ("Jordan teamed up with Egypt to train border guards.", "JOR", "EGY"),
])
def test_working_with_a_state_is_cooperation(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "COOPERATE")


@pytest.mark.parametrize("text", [
    "The farmers worked with their hands all day.",
    "Volunteers worked with local schools to plant trees.",
    "Kenya worked the land with new tractors.",
])
def test_working_with_no_actor_is_no_cooperation(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "COOPERATE"]


@pytest.mark.parametrize("text, source, target", [
    ("The Nigerian army neutralised 20 Boko Haram fighters.", "NGA.MIL", "BOKO_HARAM"),
    ("Nigerian troops eliminated dozens of Boko Haram militants near Lake Chad.", "NGA.MIL", "BOKO_HARAM"),
    ("Iraqi forces wiped out an Islamic State cell in Anbar.", "IRQ.MIL", None),
])
def test_eliminating_fighters_is_an_attack(code_modes, text, source, target):
    got = asserted(code_modes(text), "ASSAULT")
    assert got and got[0][2] == source
    if target is not None:
        assert got[0][3] == target


@pytest.mark.parametrize("text", [
    "The reform eliminated the tax on bread.",
    "The new plan eliminated the threat from Iran.",
    "Engineers neutralised the acid with lime.",
])
def test_eliminating_things_is_no_attack(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "ASSAULT"]


@pytest.mark.parametrize("text, source", [
    ("Syrian troops encircled the rebel-held town.", "SYR.MIL"),
    ("Government forces surrounded the town of Harasta.", "SYR.MIL"),
    ("Russian forces laid siege to Mariupol in March.", "RUS.MIL"),
])
def test_armed_men_surrounding_a_town_restrict_it(code_modes, text, source):
    got = asserted(code_modes(text), "COERCE")
    assert got and got[0][1] == "restrict" and got[0][2] == source


@pytest.mark.parametrize("text", [
    "The village houses are surrounded by green hills.",
    "Fans surrounded the singer's car outside the hotel.",
    "Controversy surrounded the election in Kenya.",
])
def test_surrounded_by_no_armed_men_is_no_event(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] in ("COERCE", "ASSAULT")]


@pytest.mark.parametrize("text, source, target", [
    ("The United States blocked the sale of chips to China.", "USA", "CHN"),
    ("Germany blocked the takeover of the port by a Chinese firm.", "DEU", None),
])
def test_blocking_a_sale_restricts_trade(code_modes, text, source, target):
    rows = code_modes(text)
    got = asserted(rows, "SANCTION")
    assert got and got[0][1] == "restrict" and got[0][2] == source
    if target is not None:
        assert got[0][3] == target
    assert not [r for r in rows if r[0] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Russia blocked the UN resolution on Syria.",
    "China blocked the proposal at the Security Council.",
])
def test_blocking_a_resolution_rejects_it(code_modes, text):
    rows = code_modes(text)
    assert asserted(rows, "REJECT") and not [r for r in rows if r[0] == "PROTEST"]


def test_a_crowd_blocking_a_road_still_protests(code_modes):
    rows = code_modes("Angry students blocked the road to the ministry.")
    assert asserted(rows, "PROTEST") and not asserted(rows, "SANCTION") and not asserted(rows, "REJECT")


@pytest.mark.parametrize("text, source, target", [
    ("Following US export bans on China, the firm stopped its sales.", "USA", "CHN"),
    ("Japan tightened export controls on South Korea in July.", "JPN", "KOR"),
])
def test_export_bans_are_sanctions(code_modes, text, source, target):
    rows = code_modes(text)
    assert (source, target) in pairs(rows, "SANCTION")
    assert not [r for r in rows if r[0] == "COERCE"]


@pytest.mark.parametrize("text", [
    "The Chinese airline ordered 20 jets from Boeing in 2018.",
    "Egypt ordered a new radar system last year.",
    "SMIC ordered a lithography machine from a Dutch firm.",
])
def test_ordering_goods_is_no_request(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "REQUEST"]


@pytest.mark.parametrize("text", [
    "The Chinese firm now occupies the top spot in the market.",
    "Russia occupies a unique position in the region.",
])
def test_occupying_a_position_is_no_seizure(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] in ("COERCE", "ASSAULT")]


def test_occupying_a_place_still_seizes_it(code_modes):
    rows = code_modes("Rebel fighters occupied the airport in Goma.")
    assert [r for r in rows if r[0] in ("COERCE", "ASSAULT") and r[4] == "asserted"]


@pytest.mark.parametrize("text, source", [
    ("Iraqi forces retook the city from the Islamic State.", "IRQ.MIL"),
    ("Rebels retook the town after a week of fighting in Idlib.", "SYR.REB"),
])
def test_retook_is_retake(code_modes, text, source):
    got = asserted(code_modes(text), "ASSAULT")
    assert got and got[0][2] == source


@pytest.mark.parametrize("text, source, target", [
    ("Iran thanked Qatar for its help with the talks.", "IRN", "QAT"),
    ("The Afghan president thanked Pakistan for hosting refugees.", "AFG.GOV", "PAK"),
])
def test_thanking_a_state_is_support(code_modes, text, source, target):
    assert (source, target) in pairs(code_modes(text), "SUPPORT")


def test_thanking_no_actor_is_no_event(code_modes):
    assert not [r for r in code_modes("The minister thanked the audience for coming.") if r[0] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "The US conducted reconnaissance operations over Syria.",
    "Britain flew surveillance operations off the coast of Libya.",
])
def test_reconnaissance_operations_are_no_attack(code_modes, text):
    assert not [r for r in code_modes(text) if r[0] == "ASSAULT"]


def test_military_operations_against_a_group_are_still_an_attack(code_modes):
    rows = code_modes("The US conducted military operations against the Islamic State in Syria.")
    assert ("USA", "ISIS") in pairs(rows, "ASSAULT")
