"""Who did it to whom in running prose (issue 12 round 11): the one under an act ("under UN sanctions"), a noun act's
"by" phrase that the parser hung on the active verb, acts warned of that already happened, the subject of a purpose
clause after a visit or a tool, a done act kept beside an aimed one. Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]


def pairs(rows, type_):
    return {(r[1], r[2]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, type_, source, target", [
    ("North Korea has been under UN sanctions since 2006.", "SANCTION", "UN", "PRK"),
    ("Venezuela has lived under American sanctions for years.", "SANCTION", "USA", "VEN"),
    ("Iran was placed under sanctions by the United Nations in 2006.", "SANCTION", "UN", "IRN"),
    ("Israel came under sharp criticism from France over the raid.", "ACCUSE", "FRA", "ISR"),
])
def test_whoever_is_under_an_act_is_its_target(code, text, type_, source, target):
    assert (source, target) in pairs(code(text), type_)


@pytest.mark.parametrize("text, source", [
    ("The convoy came under attack from Houthi fighters.", "HOUTHIS"),
    ("The refugees lived under constant bombardment by Syrian government forces.", "SYR.MIL"),
])
def test_the_doer_of_an_act_one_is_under_comes_from_its_from_or_by_phrase(code, text, source):
    found = asserted(code(text), "ASSAULT")
    assert found and {r[1] for r in found} == {source}


@pytest.mark.parametrize("text", [
    "The convoy came under attack from Houthi fighters.",
    "Gaza remains under an Israeli blockade.",
    "The town came under Russian attack on Monday.",
])
def test_the_one_under_an_act_is_never_its_doer(code, text):
    rows = code(text)
    assert not any(r[1] in ("PSE",) for r in rows)
    assert all(r[1] is None or r[1] in ("HOUTHIS", "ISR", "RUS") for r in rows)


@pytest.mark.parametrize("text, accuser, doer", [
    ("The UN condemned the killing of ten farmers last week by Malian soldiers.", "UN", "MLI.MIL"),
    ("Iraq protested the bombing of Kurdish villages in the north on Friday by the Turkish air force.", None, "TUR.MIL"),
])
def test_a_by_phrase_hung_on_an_active_verb_is_the_doer_of_its_object_act(code, text, accuser, doer):
    rows = code(text)
    assert doer in {r[1] for r in asserted(rows, "ASSAULT")}
    if accuser:
        assert (accuser, doer) in pairs(rows, "ACCUSE")
    assert not any(r[0] in ("ACCUSE", "PROTEST") and r[2] == accuser and accuser for r in rows)


def test_a_bare_by_phrase_of_manner_names_no_doer(code):
    assert all(r[1] is None for r in code("The army ended the siege by force.") if r[0] == "COERCE")


@pytest.mark.parametrize("text, type_", [
    ("The UN warned of the bombing that killed 20 people in Kabul.", "ASSAULT"),
    ("The UN warned about the attack on Kabul by the Taliban last week.", "ASSAULT"),
])
def test_an_act_warned_of_that_already_happened_is_asserted(code, text, type_):
    assert asserted(code(text), type_)


@pytest.mark.parametrize("text", [
    "The UN warned of a possible bombing of Kabul by the Taliban.",
    "Iran warned of attacks on its embassy by Israel.",
    "The minister warned about attacking Iraqi bases.",
])
def test_an_act_warned_of_is_still_feared_when_not_done(code, text):
    assert not asserted(code(text), "ASSAULT")


@pytest.mark.parametrize("text, source", [
    ("Blinken visited Israeli leaders to urge a ceasefire.", "ANTONY_BLINKEN"),
    ("Erdogan visited the Turkish troops to thank them.", "RECEP_TAYYIP_ERDOGAN"),
])
def test_a_visitor_does_what_the_visit_is_for(code, text, source):
    rows = code(text)
    assert all(r[1] == source for r in rows if r[0] in ("REQUEST", "SUPPORT"))
    assert any(r[1] == source for r in rows if r[0] in ("REQUEST", "SUPPORT"))


@pytest.mark.parametrize("text, source", [
    ("Kenyan police used tear gas to disperse protesters.", "KEN.POL"),
    ("The United States sent troops to fight the Islamic State.", "USA"),
])
def test_the_user_of_a_tool_or_sender_of_troops_does_the_purpose(code, text, source):
    assert any(r[1] == source for r in code(text) if r[0] in ("COERCE", "ASSAULT"))


@pytest.mark.parametrize("text, wrong", [
    ("Muhammad Ali urged security forces on Saturday to detain his son.", "muhammad-ali"),
    ("Iran used the militias to attack American bases.", "IRN"),
    ("The Afghan president issued a fresh plea to the Taliban to talk directly to his government.", "AFG.GOV"),
])
def test_whom_one_urges_or_uses_is_never_replaced_by_the_urger(code, text, wrong):
    assert all(r[1] != wrong for r in code(text) if r[0] in ("COERCE", "ASSAULT", "CONSULT"))


def test_a_done_act_is_kept_beside_an_aimed_one_with_a_target(code):
    rows = code("Egypt has imposed a blockade on the border crossings to prevent Hamas from getting weapons.")
    assert any(r[0] == "COERCE" and r[1] == "EGY" and r[3] == "asserted" for r in rows)


@pytest.mark.parametrize("text, type_, target", [
    ("Qassem Soleimani's assassination shocked Iraq.", "ASSAULT", "QASEM_SOLEIMANI"),
    ("Jeffrey Epstein was a financier. He never recovered from the shame he felt after his arrest.", "COERCE",
     "jeffrey-epstein"),
])
def test_the_owner_of_an_act_done_to_it_is_its_target_never_its_doer(code, text, type_, target):
    rows = [r for r in code(text) if r[0] == type_]
    assert rows and all(r[1] != target for r in rows)
    assert any(r[2] == target for r in rows)


def test_an_of_object_keeps_the_owner_the_doer(code):
    assert ("IRN", "GBR.CVL") in pairs(code("Iran's detention of two British tourists drew protests."), "COERCE")


@pytest.mark.parametrize("text, target", [
    ("A gun battle in the streets of Kabul left twelve people dead.", "AFG.CVL"),
    ("The bombing left two men dead in Baghdad.", "IRQ.CVL"),
])
def test_whom_an_attack_left_dead_is_its_target_not_the_place(code, text, target):
    assert {r[2] for r in asserted(code(text), "ASSAULT")} == {target}


@pytest.mark.parametrize("text, target", [
    ("Imran Khan, arrested in May, remains in jail.", "IMRAN_KHAN"),
    ("Evan Gershkovich, detained in March, denied the charges.", "evan-gershkovich"),
])
def test_a_named_one_held_in_a_reduced_relative_is_an_arrest(code, text, target):
    assert any(r[2] == target for r in asserted(code(text), "COERCE"))


@pytest.mark.parametrize("text, accuser, culprit, voice", [
    ("India blamed the attack on Pakistan's intelligence service.", "IND", "PAK.INT", "India"),
    ("Kyiv blamed the shelling of the plant on Russian forces.", "UKR", "RUS.MIL", "Ukraine"),
])
def test_whom_an_act_is_blamed_on_is_accused_and_its_doer_in_the_accusers_voice(code, text, accuser, culprit, voice):
    rows = code(text)
    assert (accuser, culprit) in pairs(rows, "ACCUSE")
    said = [r for r in rows if r[0] == "ASSAULT"]
    assert said and all(r[1] == culprit and r[2] != culprit and r[4] == "quoted" and r[5] == voice for r in said)


def test_an_act_blamed_on_a_site_names_no_culprit(code):
    assert all(r[1] is None for r in code("Police blamed the attack on the embassy.") if r[0] == "ASSAULT")


@pytest.mark.parametrize("text, type_, pair", [
    ("The Japanese and UK governments agreed new controls.", "AGREE", ("JPN.GOV", "GBR.GOV")),
    ("Indian and Pakistani troops clashed on the border.", "ASSAULT", ("IND.MIL", "PAK.MIL")),
])
def test_peoples_coordinated_before_a_plural_noun_are_two_parties_of_its_kind(code, text, type_, pair):
    found = pairs(code(text), type_)
    assert pair in found and tuple(reversed(pair)) in found


def test_both_peoples_before_a_plural_noun_act(code):
    assert {r[1] for r in asserted(code("Syrian and Russian forces attacked the town."), "ASSAULT")} == {
        "SYR.MIL", "RUS.MIL"}


@pytest.mark.parametrize("text, crowd", [
    ("Obama faced criticism following protests in Kenya.", "KEN.PRT"),
    ("Protests in Paris against Israel grew.", "FRA.PRT"),
])
def test_protests_placed_in_a_country_are_its_protesters_never_against_it(code, text, crowd):
    found = asserted(code(text), "PROTEST")
    assert found and {r[1] for r in found} == {crowd}
    assert all(r[2] != crowd.split(".")[0] for r in found)


@pytest.mark.parametrize("text", [
    "The visit by a Japanese delegation to production sites in the UK went well.",
    "The visit by a Japanese delegation to the UK went well.",
])
def test_a_visit_to_a_place_visits_its_country(code, text):
    assert ("JPN.GOV", "GBR") in pairs(code(text), "CONSULT")


def test_the_of_phrase_of_a_noun_acts_agent_is_whose_they_are_never_the_target(code):
    assert all(r[2] != "EGY.POL" for r in code("The arrest by officers of the Egyptian police was filmed."))


@pytest.mark.parametrize("text, pair", [
    ("American sanctions on Iran were lifted in 2016.", ("USA", "IRN")),
    ("The sanctions on Iran were lifted by the United States.", ("USA", "IRN")),
])
def test_the_owner_of_a_lifted_act_lifts_it_for_its_target(code, text, pair):
    rows = code(text)
    assert pair in pairs(rows, "CONCEDE")
    assert not any(r[0] == "CONCEDE" and r[2] == pair[0] for r in rows)
