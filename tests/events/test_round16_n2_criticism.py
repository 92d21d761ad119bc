"""Criticism, rebuttal and denial without a verb of accusing (issue 12 round 16, helper N2; events/verdicts.py,
events/criticism.py, events/denials.py, data/criticism.yaml): a claim named false, a party named a threat or held
responsible, anger held at a party, criticism one comes under, an act denied. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def edges(found, type_, polarity="asserted"):
    return {(s, t) for ty, s, t, pol, *_ in found if ty == type_ and s and t and pol == polarity}


@pytest.mark.parametrize("text, pair", [
    ("The Turkish government called Sweden's claims baseless.", ("TUR.GOV", "SWE")),
    ("The Kenyan foreign ministry branded Uganda's accusations fabricated.", ("KEN.GOV", "UGA")),
    ("Beijing described the allegations by Amnesty International as lies.", ("CHN", "AMNESTY")),
])
def test_a_claim_named_false_turns_down_its_maker(code, text, pair):
    found = code(text)
    assert pair in edges(found, "REJECT")
    assert pair not in edges(found, "ACCUSE")  # the verdict's ACCUSE on the same pair goes


@pytest.mark.parametrize("text, pair", [
    ("The Polish president called Russia a threat to European security.", ("POL.GOV", "RUS")),
    ("Venezuela's foreign minister branded Colombia an enemy of peace.", ("VEN.GOV", "COL")),
    ("Argentina held Britain responsible for the sinking.", ("ARG", "GBR")),
    ("The Lebanese government held Israel accountable for the strikes.", ("LBN.GOV", "ISR")),
    ("Bulgaria is frustrated with North Macedonia over the language dispute.", ("BGR", "MKD")),
    ("Pakistan was furious with Afghanistan over the border fence.", ("PAK", "AFG")),
    ("The Thai prime minister came under criticism from Cambodia.", ("KHM", "THA.GOV")),
    ("Finland questioned Hungary's decision to delay the vote.", ("FIN", "HUN")),
])
def test_a_verdict_without_a_verb_of_accusing_accuses(code, text, pair):
    assert pair in edges(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Turkish government called Sweden's claims accurate.",
    "The Polish president called Russia a partner.",
    "The Lebanese army held the village for two weeks.",
    "Argentina was held responsible for the sinking.",
    "The Danish minister called the storm a threat to the coast.",
    "The Tunisian president called Libya on Monday.",
    "The farmers were angry about the drought.",
    "Detectives questioned the driver about the crash.",
    "The Greek minister called his own party's claims false.",
])
def test_near_misses_accuse_and_reject_no_one(code, text):
    found = code(text)
    assert not edges(found, "ACCUSE") and not edges(found, "REJECT")


def test_a_verdict_denied_or_asked_is_not_asserted(code):
    assert ("ARG", "GBR") in edges(code("Argentina did not hold Britain responsible for the sinking."), "ACCUSE",
                                   "negated")
    assert not edges(code("Argentina did not hold Britain responsible for the sinking."), "ACCUSE")


def test_an_act_denied_is_the_deniers_negated_act_and_the_victims_are_not_rejected(code):
    found = code("Niger accused Malian troops of killing herders near Menaka. Mali denied the killing of the herders.")
    assert ("ERI", "x") not in edges(found, "REJECT")
    assert not {t for s, t in edges(found, "REJECT") if t != "NER"}  # the herders are not turned down
    assert ("MLI", "NER") in edges(found, "REJECT")  # the state answers the charge laid on its army
    assert any(ty == "ASSAULT" and s == "MLI" and pol == "negated" for ty, s, t, pol, *_ in found)


def test_involvement_denied_names_the_denier_as_the_doer(code):
    found = code("The Chadian army denied involvement in the shelling of the Sudanese market.")
    assert any(ty == "ASSAULT" and s == "TCD.MIL" and pol == "negated" for ty, s, t, pol, *_ in found)


@pytest.mark.parametrize("text, edge", [
    ("The Turkish government called Sweden's claims baseless.", ("REJECT", "TUR.GOV", "SWE")),
    ("The Polish president called Russia a threat to European security.", ("ACCUSE", "POL.GOV", "RUS")),
    ("Argentina held Britain responsible for the sinking.", ("ACCUSE", "ARG", "GBR")),
    ("Bulgaria is frustrated with North Macedonia over the language dispute.", ("ACCUSE", "BGR", "MKD")),
])
def test_the_judge_keeps_the_new_verdicts(pipeline, text, edge):
    kept = pipeline.extract(document_from_text(text)).events  # the default path, with the judge
    assert edge in {(e.type, e.source, e.target) for e in kept}


def test_a_request_denied_still_turns_down_its_maker(code):
    found = code("Hungary denied the request of Serbia for more border guards.")
    assert ("HUN", "SRB") in edges(found, "REJECT")
    assert not any(ty == "REQUEST" and s == "HUN" for ty, s, *_ in found)  # Hungary asked for nothing


@pytest.mark.parametrize("text, pair", [
    ("The South Korean foreign minister took issue with Japan's remarks.", ("KOR.GOV", "JPN")),
    ("The Malaysian government expressed outrage over Singapore's decision.", ("MYS.GOV", "SGP")),
    ("The Philippine foreign ministry voiced anger at China.", ("PHL.GOV", "CHN")),
    ("Ireland has been a fierce critic of Israel.", ("IRL", "ISR")),
])
def test_anger_voiced_and_a_critic_named_accuse(code, text, pair):
    assert pair in edges(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Kenyan minister expressed anger at the weather.",
    "The Swiss minister took issue with the report.",
    "Ireland has been a critic.",
])
def test_anger_at_no_party_accuses_no_one(code, text):
    assert not edges(code(text), "ACCUSE")


def test_a_claim_said_to_be_lies_is_turned_down_not_accused(code):
    found = code("The Jordanian prime minister said Israel's accusations were lies.")
    assert ("JOR.GOV", "ISR") in edges(found, "REJECT")
    assert ("JOR.GOV", "ISR") not in edges(found, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Georgian ministry called the reports of an attack on Armenia false.",
    "The Latvian president called the reports of Russian troops false.",
])
def test_a_claim_about_a_party_is_not_its_claim(code, text):
    assert not edges(code(text), "REJECT")


@pytest.mark.parametrize("text, edge", [
    ("The Thai government held Cambodia accountable for the clashes at the border.", ("ACCUSE", "THA.GOV", "KHM")),
    ("The Austrian government described the Hungarian claims as groundless.", ("REJECT", "AUT.GOV", "HUN")),
])
def test_verdicts_however_the_parser_hangs_them(code, text, edge):
    assert edge[1:] in edges(code(text), edge[0])
