"""Round 18, helper C: a party's deed named by a word of condemnation is the owner's act in the namer's voice
(events/deeds.py, events/reproach.py, events/claims.py, data/deeds.yaml), and denials of an accusation named only by
its act ("denied any role in the raid") or pointed back to ("all such allegations") turn the accuser down
(events/denials.py). Sentences written for the test, each with near misses."""

from __future__ import annotations

import pytest


def found(code, text, type_):
    return {(s, t, pol, kind) for ty, s, t, pol, kind, _ in code(text) if ty == type_}


@pytest.mark.parametrize("text, type_, edge", [
    ("The Georgian president on Friday condemned Russia's act of aggression against Georgia.", "ASSAULT",
     ("RUS", "GEO")),
    ('"We condemn the Sudanese government\'s flagrant violation of the sovereignty of South Sudan," the ministers said.',
     "COERCE", ("SDN.GOV", "SSD")),
    ("Kenya holds Uganda responsible for human rights violations in the border region.", "COERCE", ("UGA", None)),
    ("The envoy said the bombing was staged to hide Ethiopia's atrocities in Tigray.", "COERCE", ("ETH", None)),
])
def test_a_deed_named_by_a_word_of_condemnation_is_its_owners_act_in_the_namers_voice(code, text, type_, edge):
    got = {(s.split(".")[0], t) for s, t, _, kind in found(code, text, type_) if kind == "quoted"}
    assert (edge[0].split(".")[0], edge[1]) in got
    assert not {(s, t) for s, t, _, kind in found(code, text, type_) if kind == "author"}  # never the author's


@pytest.mark.parametrize("text, type_", [
    ("Russia's aggression against Georgia began in August.", "ASSAULT"),  # the author's own words: no one names it
    ("The minister condemned the atrocities in the border region.", "COERCE"),  # owned by no one
    ("The minister condemned Sudan's violation of the ceasefire.", "COERCE"),  # a deal broken, no party's thing
    ("The minister did not condemn Russia's act of aggression against Georgia.", "ASSAULT"),  # not condemned
    ("The minister said a strike on the dam would be an act of aggression by Russia.", "ASSAULT"),  # hedged
])
def test_near_misses_of_a_named_deed_make_no_deed(code, text, type_):
    assert not any(kind == "quoted" for *_, kind in found(code, text, type_))


def test_a_denied_role_in_the_act_charged_rejects_the_accuser(code):
    text = "Tensions rose after Kenya blamed the raid on Uganda-based rebels. Kampala has denied any role in the raid."
    assert ("UGA", "KEN", "asserted", "author") in found(code, text, "REJECT")


def test_a_denied_role_in_another_act_rejects_no_one(code):
    text = "Ethiopia accused Eritrea of arming the rebels. Asmara has denied any role in the talks."
    assert not found(code, text, "REJECT")


def test_such_allegations_called_false_reject_the_accuser(code):
    text = ("Nairobi has repeatedly accused Kampala of shelling border villages. Ugandan officials said all such "
            "allegations were pure invention.")
    assert {(s.split(".")[0], t) for s, t, *_ in found(code, text, "REJECT")} == {("UGA", "KEN")}


def test_such_allegations_called_true_reject_no_one(code):
    text = ("Nairobi has repeatedly accused Kampala of shelling border villages. Ugandan officials said all such "
            "allegations were serious.")
    assert not found(code, text, "REJECT")


def test_saying_it_was_a_party_who_did_harm_accuses_it(code):
    got = code("Ankara said it was Syrian government forces who attacked first.")
    assert ("ACCUSE", "TUR", "SYR.MIL", "asserted", "author", None) in got
    assert any(ty == "ASSAULT" and s == "SYR.MIL" and kind == "quoted" for ty, s, _, _, kind, _ in got)


@pytest.mark.parametrize("text", [
    "It was Syrian government forces who attacked first.",  # the author's own words
    "Ankara said it was not Syrian government forces who attacked first.",  # denied
    "Ankara denied that it was Syrian government forces who attacked first.",  # a denial
    "Ankara said it was Syrian government forces who were attacked first.",  # the party harmed
    "Ankara said it was Syrian government forces who delivered the aid.",  # no harm
    "Ankara asked whether it was Syrian government forces who attacked first.",  # a question
    "Moscow said it was Russian troops who attacked first.",  # its own side
])
def test_near_misses_of_a_cleft_accuse_no_one(code, text):
    assert not any(ty == "ACCUSE" for ty, *_ in code(text))


def test_a_deed_called_inexcusable_accuses_its_owner(code):
    got = code('The UN envoy called the Ethiopian government\'s blocking of aid convoys "inexcusable."')
    assert any(ty == "ACCUSE" and s == "UN" and t.startswith("ETH") for ty, s, t, *_ in got if t)


@pytest.mark.parametrize("text", [
    "The Kenyan president called the weather inexcusable.",  # no party's deed
    "The Kenyan president did not call the Ugandan decision wrong.",  # not said
    'The Kenyan president called the Ugandan decision "brave and timely."',  # praise
])
def test_near_misses_of_a_deed_called_wrong_accuse_no_one(code, text):
    assert not any(ty == "ACCUSE" for ty, *_ in code(text))


def test_a_shot_taken_at_a_planned_thing_is_criticism(code):
    got = code("Mexico's president took a shot at Washington's proposed border tax.")
    assert any(ty == "ACCUSE" and s.startswith("MEX") and t == "USA" for ty, s, t, *_ in got if s and t)


@pytest.mark.parametrize("text", [
    "A gunman took a shot at the police officer.",
    "A Mexican police officer took a shot at the fleeing suspect.",
    "The Mexican striker took a shot at the goal.",
])
def test_a_shot_fired_is_no_criticism(code, text):
    assert not any(ty == "ACCUSE" for ty, *_ in code(text))


def test_a_report_accusing_a_party_is_told_by_the_author(code):
    got = code("The OAS on Tuesday released a report accusing Venezuela of jailing opposition leaders.")
    assert ("ACCUSE", "OAS", "VEN", "asserted", "author", None) in got


def test_anger_at_a_partys_words_told_by_a_passive_agent_accuses_it(code):
    got = code("Ugandan officials were angered by Kenyan remarks about the border.")
    assert any(ty == "ACCUSE" and s.startswith("UGA") and t == "KEN" and pol == "asserted"
               for ty, s, t, pol, *_ in got if s and t)


@pytest.mark.parametrize("text", [
    "Kenya was angered by the killing of its soldiers.",  # an act of no one named
    "The protesters were angered by the delays.",  # no party
])
def test_anger_at_no_party_accuses_no_one(code, text):
    assert not any(ty == "ACCUSE" for ty, *_ in code(text))


def test_a_party_branded_a_traitor_by_another_is_accused(code):
    got = code("The Kenyan minister was branded a traitor by Ugandan officials.")
    assert any(ty == "ACCUSE" and s.startswith("UGA") and t.startswith("KEN") and pol == "asserted"
               for ty, s, t, pol, *_ in got if s and t)
    assert not any(ty == "ACCUSE" for ty, *_ in code("The Kenyan minister was called a hero by Ugandan officials."))


@pytest.mark.parametrize("text", [
    "The senator said the weak policy had invited Russian aggression against Georgia.",
    "The minister said the new brigade would deter Russian aggression against Georgia.",
])
def test_a_deed_invited_or_deterred_is_none_done(code, text):
    assert not any(ty == "ASSAULT" and s == "RUS" for ty, s, *_ in code(text))


def test_an_act_a_charge_names_stays_the_charges_claim(code):
    got = code("Omar Farah is wanted on charges of first-degree homicide in the June 2 shooting death of Ali Hassan.")
    assert not any(ty == "ASSAULT" and kind == "author" for ty, _, _, _, kind, _ in got)


def test_a_deed_condemned_inside_a_statement_is_the_statements_claim(code):
    got = code('"We, the presidents of Kenya and Uganda, join together today to condemn the Sudanese government\'s '
               'violation of the sovereignty of South Sudan," the East African Community said in a statement.')
    deeds = [(s, t, kind, name) for ty, s, t, _, kind, name in got if ty == "COERCE" and t == "SSD"]
    assert deeds and all(kind == "quoted" and name and "Kenya" not in name for *_, kind, name in deeds)
