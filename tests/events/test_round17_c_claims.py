"""Claims whose content is outside the vocabulary, denials of a party's own claim, collusion (issue 12 round 17;
events/reproach.py, events/boasts.py, events/denials.py, events/verdicts.py, events/transfers.py, data/criticism.yaml).
Sentences written for the test."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t) for ty, s, t, *_ in code(text) if ty == type_ and s and t}


@pytest.mark.parametrize("text, pair", [
    ("Seoul said North Korea violated the armistice.", ("KOR", "PRK")),
    ("Kyiv said Russia had breached the truce.", ("UKR", "RUS")),
    ("Kyiv said the truce was breached by Russian forces.", ("UKR", "RUS.MIL")),
    ("Human Rights Watch said Uganda's ban violates the constitution.", ("HRW", "UGA")),
])
def test_saying_a_party_breaks_a_rule_accuses_it(code, judged, text, pair):
    assert pair in edges(code, text, "ACCUSE")
    assert ("ACCUSE", *pair) in judged(text)  # the judge keeps it


@pytest.mark.parametrize("text", [
    "Moscow said it did not violate the treaty.",  # denied
    "Moscow denied that Kyiv violated the treaty.",  # a denial, no accusation
    "Kyiv said Russia would violate the treaty.",  # hedged: a warning
    "North Korea violated the armistice on Tuesday.",  # the author's own words
    "The treaty was violated, Kyiv said.",  # no party named
    "Moscow said Russian forces had violated no agreement.",  # none violated; its own side
    "Ukraine said Russian forces breached the perimeter of the plant.",  # a breakthrough, no rule
])
def test_no_accusation_without_a_speaker_naming_a_breaker(code, text):
    assert not edges(code, text, "ACCUSE")


def test_a_breakthrough_turns_no_one_down(code):
    assert not [r for r in code("Kyiv said its troops had breached Russian defensive lines near the town.")
                if r[0] in ("REJECT", "ACCUSE")]


def test_a_harm_charged_turns_no_one_down(code):
    text = "The Venezuelan opposition accused Maduro of violating the rights of its people."
    assert ("VEN.OPP", "NICOLAS_MADURO") in edges(code, text, "ACCUSE")
    assert not [r for r in code(text) if r[0] == "REJECT"]


@pytest.mark.parametrize("text, denier, maker", [
    ("The Afghan army rejected the Taliban's claim that they had killed 20 soldiers.", "AFG.MIL", "TALIBAN"),
    ("Ethiopia rejected a report by the Tigrayan forces that they had captured the town.", "ETH", "TPLF"),
    ("The Syrian army denied a claim by Syrian rebels that they shot down the helicopter.", "SYR.MIL", "SYR.REB"),
])
def test_a_denied_claim_of_ones_own_deed_stays_the_makers_claim(code, text, denier, maker):
    found = code(text)
    assert ("REJECT", denier, maker) in [r[:3] for r in found]
    deeds = [r for r in found if r[0] in ("ASSAULT", "COERCE")]
    assert deeds and all(r[1] == maker and r[3] == "asserted" and r[4] == "quoted" for r in deeds)


@pytest.mark.parametrize("text, denier", [
    ("Russia denied claims by Ukraine that it shelled the plant.", "RUS"),  # "it": the denier, charged
    ("The Afghan army denied the Taliban's accusation that they had killed civilians.", "AFG.MIL"),  # an accusation
])
def test_a_charge_denied_stays_the_deniers_negated_deed(code, text, denier):
    deeds = [r for r in code(text) if r[0] == "ASSAULT"]
    assert deeds and all(r[1] == denier and r[3] == "negated" for r in deeds)


def test_the_denier_of_a_maker_named_in_the_plural_is_not_its_they(code):
    found = code("The rebels denied a claim by the army that they shot down the helicopter.")
    assert not [r for r in found if r[0] == "REJECT"]


@pytest.mark.parametrize("text, pair", [
    ("Iran called the claims by Washington a fabrication.", ("IRN", "USA")),
    ("Iran called the American report a sheer fabrication.", ("IRN", "USA")),
])
def test_a_claim_called_a_fabrication_rejects_its_maker(code, text, pair):
    assert pair in edges(code, text, "REJECT")


def test_a_name_given_to_an_unnamed_party_is_no_party(code):
    found = code("The PKK has waged an insurgency since 1984. Ankara labels them terrorists.")
    assert not [r for r in found if r[0] == "ACCUSE" and r[2] != "PKK"]


def test_a_violated_sovereignty_turns_no_one_down(code):
    found = code("Iraq blamed Turkey for violating its sovereignty.")
    assert ("ACCUSE", "IRQ", "TUR") in [r[:3] for r in found]
    assert not [r for r in found if r[0] == "REJECT"]


def test_the_name_given_is_no_second_party(code):
    found = code("Turkey labelled the PKK terrorists.")
    assert ("TUR", "PKK") in edges(code, "Turkey labelled the PKK terrorists.", "ACCUSE")
    assert [r[:3] for r in found if r[0] == "ACCUSE"] == [("ACCUSE", "TUR", "PKK")]


@pytest.mark.parametrize("text, pair", [
    ("A Mexican police commander sold information to the Sinaloa Cartel in exchange for bribes.",
     ("MEX.MIL", "sinaloa-cartel")),
    ("Britain passed intelligence to Ukraine about Russian troop movements.", ("GBR", "UKR")),
    ("The Kenyan army leaked intelligence to al-Shabaab.", ("KEN.MIL", "AL_SHABAAB")),
])
def test_information_passed_to_a_party_is_cooperation(code, judged, text, pair):
    assert pair in edges(code, text, "COOPERATE")
    assert not edges(code, text, "AID")
    assert ("COOPERATE", *pair) in judged(text)


def test_collusion_told_by_prosecutors_is_their_claim(code):
    found = code("A Mexican police commander was passing information to the Sinaloa Cartel in exchange for money, "
                 "prosecutors said.")
    assert [r[3:5] for r in found if r[0] == "COOPERATE"] == [("asserted", "quoted")]


@pytest.mark.parametrize("text", [
    "The Kenyan minister leaked the report to the Daily Nation.",  # the press
    "The Kenyan minister passed the documents to reporters.",
    "The Senate passed the bill to the president of Kenya.",  # no information
    "The French government passed the ball to Germany.",
])
def test_no_collusion_without_information_given_to_a_party(code, text):
    assert not edges(code, text, "COOPERATE") and not edges(code, text, "AID")


@pytest.fixture(scope="module")
def judged(pipeline):
    from faultlines.read import document_from_text

    def run(text: str):
        return [(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events]

    return run


CHARGE = "India accused Pakistan of sending militants across the border. "


@pytest.mark.parametrize("text, pair", [
    (CHARGE + "Islamabad called it a sheer fabrication.", ("PAK", "IND")),
    (CHARGE + "Islamabad said the accusation was a lie.", ("PAK", "IND")),
    (CHARGE + "Pakistan's foreign ministry said the claims were baseless.", ("PAK.GOV", "IND")),
    ("Russia blamed Ukraine for the attack. Kyiv called the accusation absurd.", ("UKR", "RUS")),
])
def test_an_accusation_called_false_rejects_the_accuser(code, text, pair):
    assert pair in edges(code, text, "REJECT")


@pytest.mark.parametrize("text", [
    CHARGE + "Islamabad called it a great success.",  # no falsity
    CHARGE + "Pakistan said the claims were not baseless.",  # negated
    CHARGE + "China called the accusation absurd.",  # not the one accused
    "Kyiv called the report false.",  # nobody accused Kyiv
])
def test_no_rejection_without_a_charge_called_false_by_the_charged(code, text):
    assert not edges(code, text, "REJECT")


def test_calling_a_charge_baseless_accuses_no_one(code):
    found = code(CHARGE + "Islamabad rejected the charge, calling it baseless.")
    assert ("REJECT", "PAK", "IND") in [r[:3] for r in found]
    assert [r[:3] for r in found if r[0] == "ACCUSE"] == [("ACCUSE", "IND", "PAK")]


def test_information_provided_stays_aid(code):
    text = "The United States provided satellite photographs to the Ukrainian army."
    assert ("USA", "UKR.MIL") in edges(code, text, "AID")
    assert not edges(code, text, "COOPERATE")


@pytest.mark.parametrize("text, pair", [
    ("Colombian army officers colluded with the FARC, prosecutors said.", ("COL.MIL", "FARC")),
    ("Prosecutors said the Colombian police commander was in league with the FARC.", (None, "FARC")),
    ("A Colombian police commander was on the payroll of the ELN.", (None, "ELN")),
    ("A Colombian police commander took bribes from the ELN.", (None, "ELN")),
    ("A Colombian police commander tipped off the ELN about the raid.", (None, "ELN")),
    ("Kenya colluded with Uganda to rig the vote.", ("KEN", "UGA")),
])
def test_collusion_in_its_own_words_is_cooperation(code, judged, text, pair):
    found = [(s, t) for s, t in edges(code, text, "COOPERATE") if pair[0] in (None, s) and t == pair[1]]
    assert found
    assert ("COOPERATE", *found[0]) in judged(text)


@pytest.mark.parametrize("text", [
    "The Colombian police commander did not collude with the FARC.",  # negated
    "The Kenyan police were tipped off by residents.",  # passive, no party tipped
    "The Kenyan company received payments from the Kenyan government.",  # no bribe
    "The FARC were in league with nobody.",
])
def test_no_collusion_without_two_parties_and_the_words(code, text):
    assert not edges(code, text, "COOPERATE")


@pytest.mark.parametrize("text, pair, polarity", [
    ("The sanctions imposed on North Korea by the United Nations have hurt its economy.", ("UN", "PRK"), "asserted"),
    ("The African Union suspended Mali after the coup.", ("AU", "MLI"), "asserted"),
    ("The African Union could suspend Mali from the bloc.", ("AU", "MLI"), "hypothetical"),
])
def test_a_measure_told_on_its_noun_or_a_member_suspended_is_a_sanction(code, text, pair, polarity):
    assert ("SANCTION", *pair, polarity) in [r[:4] for r in code(text)]


@pytest.mark.parametrize("text", [
    "The sanctions imposed on North Korea have hurt its economy.",  # by no one named
    "The sanctions that the United Nations did not impose on North Korea.",  # negated
    "The African Union suspended its envoy to Mali.",  # a person, no member
])
def test_no_sanction_without_both_parties(code, text):
    assert not edges(code, text, "SANCTION")
