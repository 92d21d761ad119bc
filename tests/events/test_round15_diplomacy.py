"""Cooperative and diplomatic wording (issue 12 round 15, events/diplomacy.py, data/diplomacy.yaml): praise of a bond
and work on one, acts done jointly or "in partnership with", agreements signed "between A and B", "the A-B summit",
talks in a time adjunct, honours. Sentences written for the test."""

from __future__ import annotations

import pytest


def coded(code, text):
    return {r[:3] for r in code(text)}


def edges(code, text, type_):
    return {(s, t) for ty, s, t in coded(code, text) if ty == type_ and s and t}


@pytest.mark.parametrize("text, triple", [
    ("The United States appreciates Morocco's role in promoting stability in the Sahel.", ("SUPPORT", "USA", "MAR")),
    ("Japan appreciated Kenya's efforts to end the drought crisis.", ("SUPPORT", "JPN", "KEN")),
    ("The Indian premier hailed the strong ties between India and Bangladesh.", ("SUPPORT", "IND.GOV", "BGD")),
    ("Ghana's president praised the excellent relations between the two countries during a visit by the Nigerian "
     "foreign minister.", ("SUPPORT", "GHA.GOV", "NGA")),
    ("The French minister highlighted the close relations between the two countries after meeting the Senegalese "
     "president.", ("SUPPORT", "FRA.GOV", "SEN")),
    ("Chile lauded its friendship with Peru.", ("SUPPORT", "CHL", "PER")),
    ("During his visit to Beijing, the Pakistani president praised the bilateral relations.",
     ("SUPPORT", "PAK.GOV", "CHN")),  # the place visited names the counterpart
])
def test_praise_of_a_bond_backs_the_counterpart(code, text, triple):
    assert triple in coded(code, text)


@pytest.mark.parametrize("text", [
    "The UN envoy praised the relations between Ghana and Togo.",  # a bond of others, no side of the speaker's
    "Nigeria praised the bilateral relations.",  # no counterpart named
    "Speaking in Geneva, the Pakistani president praised the bilateral relations.",  # where he spoke, no side
    "Nigeria's president highlighted the strained relations with Cameroon.",  # a bad bond is no praise
    "The minister praised the excellent weather.",  # a thing, no party
    "The president hailed the new bridge as a symbol of progress.",
])
def test_praise_with_no_counterpart_or_of_a_bad_bond_gives_no_support(code, text):
    assert not [t for t in coded(code, text) if t[0] == "SUPPORT" and t[1] and t[2]]


@pytest.mark.parametrize("text, pair", [
    ("Ghana will strengthen ties with Togo.", ("GHA", "TGO")),
    ("Tunisia has deepened its relations with Algeria.", ("TUN", "DZA")),
    ("Turkey continues to boost coordination with Azerbaijan.", ("TUR", "AZE")),
])
def test_work_on_a_bond_is_cooperation_with_the_counterpart(code, text, pair):
    assert pair in edges(code, text, "COOPERATE") | edges(code, text, "AGREE")


def test_coordinated_subjects_strengthening_a_bond_cooperate_with_each_other(code):
    found = edges(code, "Vietnam and Laos have strengthened cooperation in security.", "COOPERATE")
    assert {("VNM", "LAO"), ("LAO", "VNM")} <= found


@pytest.mark.parametrize("text, pairs", [
    ("China and Russia have made efforts together to resist sanctions.", {("CHN", "RUS"), ("RUS", "CHN")}),
    ("The conference was jointly organised by Ghana and the African Union.", {("GHA", "AU"), ("AU", "GHA")}),
    ("The Kenyan army trained the recruits in partnership with the British military.", {("KEN.MIL", "GBR.MIL")}),
    ("Russia distributed food in coordination with the Syrian government.", {("RUS", "SYR.GOV")}),
])
def test_acts_done_jointly_or_in_partnership_are_cooperation(code, text, pairs):
    assert pairs <= edges(code, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "Christians and Muslims lived together in the town.",  # living together is no act of parties
    "Russia and Syria jointly bombed the town.",  # the verb's own act, an attack
    "The minister brought together Kenya and Uganda.",  # "together" of a phrasal verb
    "Kenya and Uganda together own the railway.",  # a share held, no act
])
def test_together_without_a_joint_act_of_parties_is_no_cooperation(code, text):
    assert not edges(code, text, "COOPERATE")


def test_an_agreement_signed_between_two_parties_is_signed_by_each_with_the_other(code):
    text = "A Memorandum of Understanding would be signed between India and Japan on defence cooperation."
    assert {("IND", "JPN"), ("JPN", "IND")} <= edges(code, text, "AGREE")  # a signing to come is a promise
    assert {("USA", "CHN"), ("CHN", "USA")} <= edges(code, "US and China have agreed to sign a trade deal.", "AGREE")
    assert {("PER", "CHL"), ("CHL", "PER")} <= edges(code, "Peru and Chile signed a border treaty.", "SUPPORT")  # as the
    # lexicon (and the PLOVER GSR) type a signing done
    assert not edges(code, "A memorandum was signed in Nairobi.", "SUPPORT")


@pytest.mark.parametrize("text, pair", [
    ("The DPRK-U.S. summit ended without a deal.", ("PRK", "USA")),
    ("The Russia-Turkey summit was held in Sochi.", ("RUS", "TUR")),
    ("The Egypt-Sudan talks resumed on Monday.", ("EGY", "SDN")),
])
def test_two_hyphened_names_are_the_two_sides_of_a_meeting(code, text, pair):
    found = edges(code, text, "CONSULT")
    assert {pair, pair[::-1]} <= found


def test_a_hyphened_pair_of_a_war_is_not_read_as_its_sides(code):
    assert not edges(code, "The Iran-Iraq war ended in 1988.", "CONSULT")


def test_talks_in_a_time_adjunct_are_the_subjects(code):
    text = "The Egyptian foreign minister arrived in Khartoum following his talks with the Sudanese president."
    assert ("EGY.GOV", "SDN.GOV") in edges(code, text, "CONSULT")
    text = "The Kenyan president flew to Kampala for talks with the Ugandan president."
    assert ("KEN.GOV", "UGA.GOV") in edges(code, text, "CONSULT")
    assert not edges(code, "Kenya called for talks with Uganda.", "CONSULT")  # asked for, not held


@pytest.mark.parametrize("text, pair", [
    ("The Kenyan president received a delegation from Uganda.", ("KEN.GOV", "UGA")),
    ("The Chinese foreign minister exchanged views with his Kenyan counterpart on regional issues.", ("CHN.GOV", "KEN")),
])
def test_receiving_a_delegation_and_exchanging_views_are_meetings(code, text, pair):
    assert pair in edges(code, text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kenyan president received a letter from Uganda.",
    "The Kenyan president received a mission of monitors from the African Union.",  # let in to watch, not met
])
def test_a_letter_or_observers_received_are_no_meeting(code, text):
    assert not edges(code, text, "CONSULT")


def test_a_summit_between_two_parties_is_held_by_each_with_the_other(code):
    found = edges(code, "The summit between Kenya and Uganda took place in March.", "CONSULT")
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= found


@pytest.mark.parametrize("text, pair", [
    ("Kenyatta University conferred an honorary doctorate on the Ethiopian prime minister.",
     ("kenyatta-university", "ETH.GOV")),
    ("Kenya renamed the main street in Nairobi after the Tanzanian president.", ("KEN", "TZA.GOV")),
    ("The Kenyan government accorded hero's status to the Ugandan president.", ("KEN.GOV", "UGA.GOV")),
    ("The Kenyan ambassador was awarded the national medal by the Ugandan president.", ("UGA.GOV", "KEN.GOV")),
])
def test_honours_back_the_one_honoured(code, text, pair):
    assert pair in edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Kenya awarded the road contract to a Chinese firm.",  # a contract is no honour
    "The Kenyan ambassador was awarded a contract by the Ugandan government.",
    "The Kenyan government accorded priority to the Ugandan request.",  # status of nothing honourable
    "Kenya renamed the ministry of trade.",  # renamed after no one
    "The Kenyan general gave an order to the Ugandan army.",  # a command, no order of merit
    "The currency appreciated against the dollar.",
])
def test_things_given_that_are_no_honour_give_no_support(code, text):
    assert not edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text, pair", [
    ("The Ghanaian president said relations with Togo were excellent.", ("GHA.GOV", "TGO")),
    ("Kenya described its ties with Uganda as cordial.", ("KEN", "UGA")),
    ("The Malian minister said the relations between the two countries are at their best, after talks with the "
     "Algerian president.", ("MLI.GOV", "DZA")),
])
def test_a_speaker_calling_its_own_bond_good_backs_the_counterpart(code, text, pair):
    assert pair in edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "The Ghanaian president said relations with Togo were not good.",
    "The Ghanaian president said relations with Togo were tense.",
    "Analysts said relations between Ghana and Togo were excellent.",  # no side speaks
    "Relations between Ghana and Togo are excellent.",  # the author's description, no one's act
])
def test_a_bond_called_bad_or_good_by_no_side_is_no_support(code, text):
    assert not edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text, pair", [
    ("The Egyptian president expressed appreciation for Sudan's role in the talks.", ("EGY.GOV", "SDN")),
    ("Mali expressed its gratitude to Algeria for its mediation.", ("MLI", "DZA")),
    ("The Moroccan king sent a message of congratulations to the Senegalese president.", ("MAR.GOV", "SEN.GOV")),
    ("Rwanda voiced its admiration for the Ethiopian army.", ("RWA", "ETH.MIL")),
    ("Poland expressed its solidarity with Ukraine.", ("POL", "UKR")),
    ("Canada stands with Ukraine.", ("CAN", "UKR")),
])
def test_praise_expressed_backs_the_one_addressed_or_whose_act_it_is_for(code, text, pair):
    assert pair in edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Kenya won the match thanks to Uganda's mistakes.",  # "thanks to" is a cause, no praise
    "The minister expressed appreciation for the new bridge.",  # a thing of no one named
    "Kenya stood by its decision to close the border.",  # a decision stood by, no party
])
def test_praise_of_no_party_is_no_support(code, text):
    assert not edges(code, text, "SUPPORT")


def test_a_courtesy_call_is_a_visit_not_an_appeal(code):
    found = coded(code, "The Indian ambassador paid a courtesy call on the Nepalese prime minister.")
    assert ("CONSULT", "IND.GOV", "NPL.GOV") in found
    assert not [t for t in found if t[0] == "REQUEST"]
    assert ("REQUEST", "KEN", "UGA") in coded(code, "Kenya made a call on Uganda to withdraw its troops.")


@pytest.mark.parametrize("text, triple", [
    ("The Iran-Oman talks ended on Monday.", ("CONSULT", "IRN", "OMN")),
    ("The Turkish foreign minister flew home after his talks with the Greek prime minister.",
     ("CONSULT", "TUR.GOV", "GRC.GOV")),
    ("The Thai prime minister praised the strong ties with Cambodia.", ("SUPPORT", "THA.GOV", "KHM")),
    ("Peru and Bolivia have strengthened coordination on border security.", ("COOPERATE", "PER", "BOL")),
    ("The University of Lagos conferred an honorary degree on the Ghanaian president.",
     ("SUPPORT", "university-of-lagos", "GHA.GOV")),
])
def test_the_judge_keeps_the_new_families(pipeline, text, triple):
    from faultlines.read import document_from_text

    assert triple in {(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events}
