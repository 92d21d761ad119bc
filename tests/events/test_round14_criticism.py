"""Criticism and rebuttal with no verb of accusing or rejecting (issue 12 round 14, events/criticism.py): figures of
speech ("took aim at X", "hit back at X", "had harsh words for X", "brushed aside X's concerns"), attacks in words
("came under fire from the opposition", "an attack on X's policy", "shot down X's proposal"), stances ("was critical
of X"), rebuttals ("said X's accusations were baseless") and verdicts ("said X's policy was a disaster"). Near misses:
a sniper taking aim, a match, kind words, an armed "from" party, a strike back with weapons, a claim no one owns.
Sentences written for the test."""

from __future__ import annotations

import pytest


def accused(code, text, polarity="asserted"):
    return {(r[1], r[2]) for r in code(text) if r[0] == "ACCUSE" and r[3] == polarity}


@pytest.mark.parametrize("text, pair", [
    ("Brazil took aim at Argentina over the trade deal.", ("BRA", "ARG")),
    ("Pakistan hit back at India's remarks on Tuesday.", ("PAK", "IND")),  # a words cue: a thing said
    ("Algeria hit back at Morocco, saying the claims were false.", ("DZA", "MAR")),
    ("Algeria hit back at Morocco in a statement.", ("DZA", "MAR")),
    ("The Kremlin poured scorn on the British claims.", ("RUS.GOV", "GBR")),
    ("The Turkish president had harsh words for the Dutch government.", ("TUR.GOV", "NLD.GOV")),
    ("Erdogan's harsh words for the Dutch government angered The Hague.", ("RECEP_TAYYIP_ERDOGAN", "NLD.GOV")),
    ("The Kenyan president came under fire from the opposition.", ("KEN.OPP", "KEN.GOV")),
    ("Venezuela levelled accusations at Colombia.", ("VEN", "COL")),
    ("Italy's decision drew a sharp rebuke from Germany.", ("DEU", "ITA")),
    ("Washington issued a sharp rebuke to Beijing.", ("USA", "CHN")),
    ("Peru said Chile's policy was a disaster.", ("PER", "CHL")),
    ("The Kremlin said Ukraine was to blame for the crash.", ("RUS.GOV", "UKR")),
])
def test_a_figure_of_speech_or_a_verdict_accuses_the_party_named(code, text, pair):
    assert pair in accused(code, text)


def rejected(code, text, polarity="asserted"):
    return {(r[1], r[2]) for r in code(text) if r[0] == "REJECT" and r[3] == polarity}


@pytest.mark.parametrize("text, pair", [
    ("Moscow said the British accusations were baseless.", ("RUS", "GBR")),
    ("Moscow said the accusations by London were groundless.", ("RUS", "GBR")),
    ("Moscow brushed aside Washington's concerns.", ("RUS", "USA")),
    ("Germany poured cold water on the French proposal.", ("DEU", "FRA")),
    ("Britain shot down the Spanish proposal.", ("GBR", "ESP")),
])
def test_a_rebuttal_with_no_verb_of_rejecting_rejects_the_claims_owner(code, text, pair):
    assert pair in rejected(code, text)


@pytest.mark.parametrize("text", [
    "Moscow said the British accusations were not baseless.",
    "Moscow said the accusations were baseless.",  # no one named makes them
    "The British claims are false.",  # the author's word, no one's act
    "The police brushed aside the protesters.",
])
def test_a_denied_or_unowned_rebuttal_rejects_no_one(code, text):
    assert not rejected(code, text)


def test_a_proposal_shot_down_is_no_attack_but_a_drone_shot_down_is(code):
    assert not [r for r in code("Britain shot down the Spanish proposal.") if r[0] == "ASSAULT"]
    assert not code("The senators killed the bill proposed by the White House.")  # no attack, no party named
    assert ("ASSAULT", "SYR.MIL", "ISR.MIL") in {r[:3] for r in code("The Syrian army shot down an Israeli drone.")}


@pytest.mark.parametrize("text, pair", [
    ("Brazil has been critical of Argentina's policy.", ("BRA", "ARG")),
    ("Ankara voiced anger at the Dutch decision.", ("TUR", "NLD")),
    ("Seoul expressed outrage over Japan's move.", ("KOR", "JPN")),
    ("China lodged a formal protest with Japan.", ("CHN", "JPN")),
])
def test_a_stance_anger_or_a_lodged_protest_accuses_the_party(code, text, pair):
    assert pair in accused(code, text)


def test_a_stance_keeps_its_negation_and_a_lodged_protest_is_no_street_protest(code):
    assert ("BRA", "ARG") in accused(code, "Brazil has not been critical of Argentina's policy.", "negated")
    assert not accused(code, "Brazil has not been critical of Argentina's policy.")
    assert not [r for r in code("China lodged a formal protest with Japan.") if r[0] == "PROTEST"]


def test_one_said_not_to_blame_or_to_blame_in_the_authors_words_is_accused_by_no_one(code):
    assert not accused(code, "The Kremlin said Ukraine was not to blame for the crash.")
    assert not [r for r in code("Ukraine is to blame for the crash.") if r[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda exchanged accusations on Friday.",
    "Kenya traded barbs with Uganda on Monday.",
])
def test_traded_accusations_accuse_each_party_of_the_other(code, text):
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= accused(code, text)


def test_traded_goals_are_no_accusations(code):
    assert not accused(code, "Kenya and Uganda traded goals in the first half.")


def test_an_attack_on_a_policy_is_criticism_of_its_owner_not_violence(code):
    found = code("Obama's attack on Trump's policy was sharp.")
    assert ("ACCUSE", "BARACK_OBAMA", "DONALD_TRUMP") in {r[:3] for r in found}
    assert not [r for r in found if r[0] == "ASSAULT"]


def test_an_attack_in_words_under_which_a_politician_comes_is_no_assault(code):
    found = code("The Hungarian government came under fire from the European Commission.")
    assert ("ACCUSE", "EU", "HUN.GOV") in {r[:3] for r in found}
    assert not [r for r in found if r[0] == "ASSAULT"]


def test_fire_from_an_armed_group_is_an_attack(code):
    found = code("The Nigerian army came under fire from Boko Haram.")
    assert ("ASSAULT", "BOKO_HARAM", "NGA.MIL") in {r[:3] for r in found}
    assert not accused(code, "The Nigerian army came under fire from Boko Haram.")


@pytest.mark.parametrize("text, polarity", [
    ("Did Brazil take aim at Argentina?", "question"),
    ("Brazil did not take aim at Argentina.", "negated"),
    ("Brazil may take aim at Argentina next week.", "hypothetical"),
])
def test_the_idiom_keeps_the_verbs_polarity(code, text, polarity):
    assert ("BRA", "ARG") in accused(code, text, polarity)
    assert not accused(code, text)


def test_a_quoted_rebuttal_keeps_the_speakers_voice(code):
    found = [r for r in code('"We will hit back at India," the Pakistani minister said.') if r[0] == "ACCUSE"]
    assert found and all(r[4] == "quoted" and r[2] == "IND" for r in found)


@pytest.mark.parametrize("text", [
    "The sniper took aim at the Syrian soldiers.",  # an armed or unnamed one aiming is no critic
    "Uganda hit back at Kenya 2-1 in the second half.",  # a match
    "The minister had kind words for the Dutch government.",
    "The striker took aim at the goal.",
    "The bus rounded the corner on Friday.",
    "The attack on his character was unfair.",
    "Israel hit back at Hamas with airstrikes.",  # a weapon: the blow is real
    "Israel hit back at Gaza.",  # a town is hit, not criticised
    "Germany was critical of the plan.",  # a plan of no one named
    "Public anger at the government grew.",  # no one named is angry
])
def test_aiming_a_match_kind_words_and_an_unowned_attack_accuse_no_one(code, text):
    assert not accused(code, text)


@pytest.mark.parametrize("text", [
    "Russia hit back at Georgia overnight.",  # a blow of arms or of words: no cue, nothing
    "The Israeli government hit back at Lebanon, killing three people.",  # a verb of killing: a real blow
])
def test_a_bare_or_violent_hit_back_accuses_no_one(code, text):
    assert not accused(code, text)


@pytest.mark.parametrize("text", [
    "Georgian troops pushed back against Russia in the north.",  # an armed party pushing back fights
    "The Georgian government pushed back against Russian advances.",  # a military move pushed back
    "The Georgian government pushed back against the Russian offensive.",
])
def test_troops_or_a_military_move_pushed_back_is_no_rejection(code, text):
    assert not rejected(code, text)


def test_a_pushback_against_demands_rejects_their_owner(code):
    assert ("GEO", "RUS") in rejected(code, "Georgia pushed back against Russia's demands.")


@pytest.mark.parametrize("text", [
    "The Kremlin denied that Georgia was to blame for the blast.",
    "Paris denied that the Italian accusations were baseless.",
])
def test_a_denied_verdict_or_rebuttal_is_asserted_by_no_one(code, text):
    assert not [r for r in code(text) if r[0] in ("ACCUSE", "REJECT") and r[3] == "asserted"
                and r[1:3] in (("RUS.GOV", "GEO"), ("FRA", "ITA"))]
