"""Round 18, helper W (events/syntax.py, pairing.py, polarity.py, assemble.py, coder.py): clause structure that
recurs in the pooled blind sets -- subjects of relatives after a coordination and of verbs the parser hung on a noun,
"by" phrases of means and stray agents, past acts under a future or a condition, and whose voice an accusing act is.
Sentences written for the test, each with a near miss."""

from __future__ import annotations

import pytest


def edges(code, text, type_=None):
    return {(ty, s, t) for ty, s, t, *_ in code(text) if type_ is None or ty == type_}


def rows(code, text, type_):
    return [r for r in code(text) if r[0] == type_]


def test_a_plural_relative_after_a_coordination_is_each_conjuncts(code):
    found = edges(code, "Nepal and Bhutan, which also blame China for arming rebel groups, backed the move.", "ACCUSE")
    assert {("ACCUSE", "NPL", "CHN"), ("ACCUSE", "BTN", "CHN")} <= found


def test_a_singular_relative_after_a_coordination_is_the_last_conjuncts(code):
    found = edges(code, "Nepal and Bhutan, which blames China for arming rebel groups, backed the move.", "ACCUSE")
    assert ("ACCUSE", "BTN", "CHN") in found and ("ACCUSE", "NPL", "CHN") not in found


def test_a_verb_hung_on_a_noun_takes_the_clause_subject(code):
    text = ("Chile regards Ramirez, who also leads a coalition of rebel groups, and his party as criminals and blames "
            "Peru for fueling the violence.")
    assert ("ACCUSE", "CHL", "PER") in edges(code, text, "ACCUSE")


def test_two_leaders_speaking_by_phone_consult_each_other(code):
    text = "Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni, spoke by phone on Monday."
    found = edges(code, text, "CONSULT")
    assert ("CONSULT", "WILLIAM_RUTO", "YOWERI_MUSEVENI") in found
    assert not any(s is None for _, s, _ in found)  # the phone is no agent of a passive


def test_two_leaders_speaking_at_a_summit_consult_no_one(code):
    text = "Kenyan President William Ruto and his Ugandan counterpart, Yoweri Museveni, spoke at the summit on Monday."
    assert not edges(code, text, "CONSULT")


@pytest.mark.parametrize(("text", "polarity"), [
    ("Sweden was the first country to recognize the independence of Chile in 1820.", "asserted"),  # a rank of doers
    ("Sweden could be the first country to recognize the independence of Chile.", "hypothetical"),  # under a modal
    ("Thousands of people turned out to support Putin on Monday.", "asserted"),  # a crowd's turnout is its support
    ("Thousands of people were urged to support Putin on Monday.", "hypothetical"),  # urged: not yet
])
def test_supporting_in_an_infinitive_is_told_as_done_or_not(code, text, polarity):
    found = rows(code, text, "SUPPORT")
    assert found and all(r[3] == polarity for r in found)


def test_a_perfect_relative_under_a_condition_is_done(code):
    text = "The deal would be a blow if Chile receives what Peru has been asking from Bolivia, a special status."
    found = rows(code, text, "REQUEST")
    assert [r[3] for r in found if r[1] == "PER"] == ["asserted"]


def test_an_ask_under_a_condition_is_hypothetical(code):
    found = rows(code, "The deal would be a blow if Chile asks Bolivia for a special status.", "REQUEST")
    assert found and all(r[3] == "hypothetical" for r in found)


def test_an_attack_in_whose_wake_a_campaign_is_promised_happened(code):
    text = ("Lopez said that he will mount a campaign to isolate Peru in the wake of a terror attack on a Chilean army "
            "base in Arica that killed 12 soldiers.")
    found = [r for r in rows(code, text, "ASSAULT") if r[2] == "CHL"]
    assert found and all(r[3] == "asserted" for r in found)


def test_an_attack_a_campaign_would_prevent_did_not_happen(code):
    text = "Lopez said he will launch a campaign to prevent a terror attack on the Chilean army base."
    assert all(r[3] != "asserted" for r in rows(code, text, "ASSAULT"))


def test_a_report_accusing_is_told_by_the_author_its_charge_by_its_issuer(code):
    text = "The Chilean president released a 40-page report accusing Peru of abusing its citizens."
    accuse = rows(code, text, "ACCUSE")
    assert accuse and all(r[4] == "author" for r in accuse)
    assert all(r[5] is not None for r in rows(code, text, "ASSAULT"))  # the report's issuer, not an unnamed voice


def test_an_accusation_with_no_one_making_it_stays_unnamed(code):
    found = rows(code, "The accusation that Peru armed the rebels angered Lima.", "AID")
    assert found and all(r[4] == "quoted" and r[5] is None for r in found)


def test_a_statement_from_a_ministry_is_the_ministrys_voice(code):
    text = "Kenyan police fired tear gas at protesters, according to a statement from the Kenyan interior ministry."
    found = rows(code, text, "ASSAULT")
    assert found and all(r[4] == "quoted" and r[5] is not None for r in found)


def test_a_statement_from_no_one_stays_unnamed(code):
    found = rows(code, "Kenyan police fired tear gas at protesters, according to a statement.", "ASSAULT")
    assert found and all(r[5] is None for r in found)


def test_a_bid_launched_is_the_launchers_who_said_what_followed(code):
    text = ("Colombian forces launched a new bid to retake the western areas of the city on Sunday after saying in "
            "late January they had liberated eastern parts of the city.")
    found = rows(code, text, "COERCE")
    assert found and all(r[4] == "quoted" and r[5] is not None for r in found)


def test_a_passive_by_hung_deep_in_its_in_phrase_is_the_agent(code):
    text = ("Bolivian opposition groups say more than 40 people have been killed in a coordinated assault on a village "
            "outside the city of Oruro by army artillery and militiamen.")
    assert any(s is not None for _, s, _ in edges(code, text, "ASSAULT"))


def test_a_by_on_a_participle_in_the_in_phrase_is_not_the_agent(code):
    found = edges(code, "Forty Bolivian villagers were killed in a raid on a house held by rebels.", "ASSAULT")
    assert not any(s == "BOL.REB" or (s or "").startswith("ARMED") for _, s, _ in found)


def test_shelling_by_rebels_is_the_rebels_act(code):
    found = edges(code, "Bolivian state television reported that shelling by the rebels killed six people.", "ASSAULT")
    assert any(s is not None for _, s, _ in found)


def test_fighting_by_a_river_names_no_doer(code):
    found = edges(code, "Fighting by the river killed six people in Oruro.", "ASSAULT")
    assert not any(s is not None for _, s, _ in found)


def test_we_set_off_with_the_group_is_the_group_joining_to_condemn(code):
    text = ('"We, the leaders of Brazil, Chile, Peru and Colombia, join together today to condemn Venezuela\'s clear '
            'violation of the sovereignty of Guyana," the group said.')
    found = [r for r in code(text) if r[0] == "ACCUSE" and r[2] == "VEN"]
    assert found and all(r[1] is not None and r[3] == "asserted" for r in found)
    assert not any(r[0] == "COOPERATE" for r in code(text))  # no member's act with each other


def test_we_joining_a_call_to_condemn_is_still_a_call(code):
    text = '"We join the call to condemn Venezuela\'s violation of the sovereignty of Guyana," the Brazilian minister said.'
    assert all(r[3] == "hypothetical" for r in code(text) if r[0] == "ACCUSE")


def headline(code, title):
    return code(f"{title}\n\nSANTIAGO — Officials said on Monday that the situation was calm.\n")


def test_a_headline_announcing_an_act_after_to_is_read_as_a_clause(code):
    found = headline(code, "Bolivia to Boycott Regional Summit in Peru")
    assert any(r[1] == "BOL" and r[3] == "hypothetical" for r in found)
    assert not any(r[2] is not None and r[2] not in ("PER", "BOL") and r[2].islower() for r in found)  # no name
    # the names stage ran the verb into ("Boycott Regional Summit") is a party


def test_a_headline_going_to_a_place_names_no_act(code):
    assert not headline(code, "Rebels Return to Fallujah")


def test_agents_on_the_way_to_assist_are_their_senders(code):
    found = edges(code, "The FBI has agents on the way to assist the Denver police in its investigation.", "AID")
    assert any(s is not None for _, s, _ in found)


def test_finding_the_way_to_assist_names_no_helper(code):
    assert not any(s is not None for _, s, _ in edges(code, "The FBI found the way to assist the Denver police.", "AID"))


def test_sanctions_by_the_threateners_side_are_not_its_target(code):
    found = edges(code, "Blinken threatened economic sanctions by the United States and allies to isolate Caracas.",
                  "THREATEN")
    assert found and ("THREATEN", "ANTONY_BLINKEN", "USA") not in found
    assert ("THREATEN", "ANTONY_BLINKEN", "VEN") in found


def test_sanctions_called_for_by_a_body_still_ask_that_body(code):
    found = edges(code, "Blinken called for sanctions by the United Nations against Caracas.", "REQUEST")
    assert ("REQUEST", "ANTONY_BLINKEN", "UN") in found


def test_they_after_a_plural_party_in_a_states_clause_is_that_party(code):
    text = "Moscow blamed the rebels for breaking the truce, saying they attacked Bolivian government positions."
    assert not any(s == "RUS" for _, s, _ in edges(code, text, "ASSAULT"))


def test_they_with_no_party_between_stays_the_teller(code):
    assert ("ASSAULT", "RUS", "BOL") in edges(code, "Moscow said they attacked Bolivian government positions.", "ASSAULT")


def test_an_object_relative_on_a_predicate_noun_is_done_to_the_subject(code):
    found = edges(code, "The rebels are a threat the Colombian army has been fighting for years.", "ASSAULT")
    assert any(s == "COL.MIL" and t is not None for _, s, t in found)


def test_an_object_relative_on_an_object_is_done_to_that_object(code):
    found = edges(code, "The rebels face a threat the Colombian army has been fighting for years.", "ASSAULT")
    assert found and all(t is None for _, _, t in found)


def test_a_call_after_a_closed_quotation_is_the_tellers(code):
    text = ('Prime Minister Orban said in a speech from parliament Sunday "we are on the brink of war" and called for '
            'Serbia to pull back its military.')
    found = edges(code, text, "REQUEST")
    assert found and all(s is not None and t == "SRB" for _, s, t in found)


def test_a_call_by_another_party_after_the_quotation_is_that_partys(code):
    found = edges(code, '"We are on the brink of war," Orban said, and Serbia called for talks with Hungary.', "REQUEST")
    assert ("REQUEST", "SRB", "HUN") in found


def test_they_after_a_sentence_of_unnamed_police_is_the_police(code):
    text = ("Dallas police officers were busy on patrol in the area on Monday. They were talking to neighbors and "
            "searching the streets.")
    found = [r for r in code(text) if r[0] == "CONSULT"]
    assert found and all(r[1] == "USA.POL" for r in found)


def test_they_after_a_nearer_plural_subject_is_not_the_police(code):
    text = ("Dallas police soon arrived, and after the pupils were sure it was officers, they opened the gate and talked "
            "to them.")
    assert not any(s == "USA.POL" and ty == "CONSULT" for ty, s, _ in edges(code, text))


def test_they_after_residents_is_no_force(code):
    text = "Residents of Dallas were angry on Monday. They were talking to neighbors about the shooting."
    assert not any(s is not None for _, s, _ in edges(code, text, "CONSULT"))


def test_him_of_critics_of_a_person_is_that_person(code):
    text = ("Former Illinois governor Rod Blagojevich was jailed in 2012. The senator praised the judge. Critics of "
            "President Duterte accused him of ordering extrajudicial killings.")
    found = edges(code, text, "ACCUSE")
    assert any(t == "RODRIGO_DUTERTE" for _, _, t in found) and not any(t == "rod-blagojevich" for _, _, t in found)


def test_him_of_critics_of_a_plan_looks_back_as_before(code):
    text = "Former Illinois governor Rod Blagojevich was jailed in 2012. Critics of the plan accused him of lying."
    assert any(t == "rod-blagojevich" for _, _, t in edges(code, text, "ACCUSE"))
