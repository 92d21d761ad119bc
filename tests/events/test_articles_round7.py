"""Relative denials, culpability claims, vows, approved sales, expulsions and carried targets, from the error
classes seen when real articles were judged (issue 12, round 7). Sentences written for the test."""

from __future__ import annotations


def test_a_denial_in_a_relative_clause_rejects_the_accuser_in_the_authors_voice(code):
    rows = code("France blames Syria for the attack, which Syria firmly denies.")
    assert ("REJECT", "SYR", "FRA", "asserted", "author", None) in rows
    assert ("ACCUSE", "FRA", "SYR", "asserted", "author", None) in rows
    assert not [r for r in rows if r[0] == "REJECT" and r[4] == "quoted"]  # not France's claim


def test_a_denied_charge_negates_the_claim_in_the_deniers_voice(code):
    rows = code("Germany accused Iran of supplying drones to the rebels, a charge that Iran denies.")
    assert ("REJECT", "IRN", "DEU", "asserted", "author", None) in rows
    aid = [r for r in rows if r[0] == "AID"]
    assert {(r[3], r[5]) for r in aid} == {("asserted", "Germany"), ("negated", "Iran")}
    rows = code("The Prime Minister of Spain blamed Morocco for the raid, a charge denied by Rabat.")
    assert [r[:3] for r in rows if r[0] == "REJECT"] == [("REJECT", "MAR", "ESP.GOV")]
    assert ("ASSAULT", "MAR", None, "negated", "quoted", "Morocco") in rows


def test_a_bare_denial_answers_the_claim_before_and_a_third_party_denial_does_not(code):
    rows = code("Canada accused Iran of supplying drones to the rebels. Iran has denied.")
    assert [r for r in rows if r[0] == "AID" and r[3] == "negated" and r[5] == "Iran"]
    rows = code("Canada accused Iran of supplying drones to the rebels. Chile has denied.")
    assert not [r for r in rows if r[0] == "AID" and r[3] == "negated"]


def test_saying_a_party_was_behind_an_attack_accuses_it(code):
    rows = code("Brazil says the army of Peru was involved in the shelling of the town.")
    assert [r for r in rows if r[0] == "ACCUSE" and r[1] == "BRA" and r[4] == "author"]
    rows = code("Brazil says the army of Peru was not involved in the shelling of the town.")
    assert not [r for r in rows if r[0] == "ACCUSE"]


def test_a_vow_to_fight_is_a_threat_with_its_target(code):
    rows = code("Iran vowed on Monday to fight Israel at any cost.")
    assert ("THREATEN", "IRN", "ISR", "asserted", "author", None) in rows
    assert not [r for r in rows if r[0] == "AGREE"]
    assert not [r for r in rows if r[0] == "ASSAULT" and r[3] == "asserted"]


def test_an_approved_sale_is_aid_by_the_approver(code):
    rows = code("The United States approved a contract to sell Egypt 40 tanks.")
    assert rows == [("AID", "USA", "EGY", "asserted", "author", None)]
    rows = code("The United States wants to sell Poland six helicopters.")
    assert [r[3] for r in rows if r[0] == "AID"] == ["hypothetical"]


def test_diplomats_expelled_from_a_country_are_expelled_by_it(code):
    rows = code("Forty Chinese diplomats are being expelled from Canada.")
    assert [(r[0], r[1]) for r in rows] == [("SANCTION", "CAN")]
    assert not code("He was expelled from school.")


def test_a_sanction_without_a_target_takes_the_previous_sentences_target_only_when_unique(code):
    rows = code("The government of Chad imposed sanctions on Sudan in March. In May it imposed further sanctions.")
    assert not [r for r in rows if r[0] == "SANCTION" and r[2] is None]
    rows = code("Kenya imposed sanctions on Somalia and Eritrea. Kenya later imposed more sanctions.")
    assert [r for r in rows if r[0] == "SANCTION" and r[2] is None]  # two targets before: none is carried
    rows = code("Japan imposed sanctions on Nepal. Peru imposed sanctions.")
    assert not [r for r in rows if r[1] == "PER" and r[2] == "NPL"]  # another source never inherits


def test_the_name_beside_an_ally_is_the_target_not_the_allys_patron(code):
    rows = code("Egypt has imposed a trade embargo on a fellow US ally in the region, Jordan.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("SANCTION", "EGY", "JOR")]
    rows = code("Egypt imposed an embargo on its rival in the region.")
    assert [r[2] for r in rows if r[0] == "SANCTION"] == [None]


def test_a_charge_hung_deep_in_the_claim_still_answers_its_speaker(code):
    rows = code("Britain says the army of Peru was involved in the poisoning of a journalist and his son in Lima, "
                "a charge that Peru denies.")
    assert ("REJECT", "PER", "GBR", "asserted", "author", None) in rows
    assert [r for r in rows if r[0] == "ACCUSE" and r[1] == "GBR"]


def test_not_only_adds_and_does_not_negate(code):
    rows = code("France not only attacked the rebels but also shelled the town.")
    assert [r[3] for r in rows if r[0] == "ASSAULT"] == ["asserted"]
    rows = code("France did not attack the rebels.")
    assert [r[3] for r in rows if r[0] == "ASSAULT"] == ["negated"]


def test_what_one_is_not_afraid_to_do_or_doubts_has_not_happened(code):
    rows = code("Iran does not want a war but is not afraid to fight Iraq.")
    assert not [r for r in rows if r[0] == "ASSAULT" and r[3] == "asserted"]
    rows = code("One analyst said he doubted that Iran would agree to a deal with Iraq.")
    assert not [r for r in rows if r[3] == "asserted"]


def test_a_countrys_civil_war_is_not_fought_by_that_country(code):
    assert not [r for r in code("Saudi Arabia has led an intervention in Yemen's civil war.") if r[1] == "YEM"]
    assert [r for r in code("Russia's war in Ukraine killed thousands.") if r[:3] == ("ASSAULT", "RUS", "UKR")]


def test_weapon_systems_named_by_their_compound_are_arms_and_the_approved_deal_is_no_agreement(code):
    rows = code("The United States approved a contract to sell Egypt 180 artillery systems for $1.3 billion.")
    assert rows == [("AID", "USA", "EGY", "asserted", "author", None)]
    rows = code("The US also approved a $2 billion deal to sell Poland four surveillance drones.")
    assert rows == [("AID", "USA", "POL", "asserted", "author", None)]
    assert not [r for r in code("The government of Chile sold water systems to Kenya.") if r[0] == "AID"]
