"""Cooperation, aid and support told without a verb of their own (issue 12 round 16; events/companions.py,
events/diplomacy.py, events/backing.py, data/diplomacy.yaml): a partner in an act, help named on the subject, a rescue,
an alliance of coordinated parties, condolences. Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def edges(code, text, type_):
    return {(s, t) for ty, s, t, *_ in code(text) if ty == type_ and s and t}


@pytest.fixture(scope="module")
def judged(pipeline):
    def run(text: str):
        return [(e.type, e.source, e.target) for e in pipeline.extract(document_from_text(text)).events]

    return run


@pytest.mark.parametrize("text, pair", [
    ("Kenyan police, together with Somali troops, raided a militant camp near the border.", ("KEN.POL", "SOM.MIL")),
    ("The Mexican army, along with Guatemalan soldiers, arrested twelve smugglers.", ("MEX.MIL", "GTM.MIL")),
    ("French troops, alongside Malian soldiers, killed twenty jihadists.", ("FRA.MIL", "MLI.MIL")),
    ("Indian troops fought alongside Bangladeshi rebels in 1971.", ("IND.MIL", "BGD.REB")),
    ("The Colombian navy is investigating the shooting along with the Ecuadorian police.", ("COL.MIL", "ECU.POL")),
])
def test_a_partner_in_an_act_cooperates_with_its_doer(code, judged, text, pair):
    assert pair in edges(code, text, "COOPERATE")
    assert ("COOPERATE", *pair) in judged(text)  # the judge keeps it


def test_the_act_keeps_its_own_doer(code):
    found = code("Kenyan police, together with Somali troops, raided a camp of al-Shabaab near the border.")
    assert ("ASSAULT", "KEN.POL", "AL_SHABAAB") in [r[:3] for r in found]


def test_a_promised_joint_act_is_an_agreement(code):
    assert ("KEN.MIL", "ETH.MIL") in edges(code, "The Kenyan army will patrol the border together with Ethiopian "
                                                 "forces.", "AGREE")


@pytest.mark.parametrize("text", [
    "The opposition leader was arrested along with his wife.",  # undergone together, nothing done
    "The Turkish general was killed alongside three Syrian soldiers.",
    "The Afghan general died along with six Pakistani soldiers.",  # a death shared is no cooperation
    "The Iraqi minister arrived in Amman together with a delegation of Kuwaiti officials.",  # a journey
    "Police arrested the Hamas commander along with his Egyptian driver.",  # a partner of the one arrested
    "The rebels, together with their families, fled to Turkey.",
    "The Jordanian king, along with the Egyptian president, did not attend the summit.",
    "Russia, along with China, vetoed the resolution.",  # a stance shared, parallel votes
    "Britain and France opposed the resolution, along with the United States and Israel.",
])
def test_a_partner_in_what_is_undergone_or_a_journey_is_no_cooperation(code, text):
    assert not edges(code, text, "COOPERATE") and not edges(code, text, "AGREE")


@pytest.mark.parametrize("text, pair", [
    ("Nigerian troops, with the help of Chadian soldiers, recaptured the town from Boko Haram.",
     ("TCD.MIL", "NGA.MIL")),
    ("Canadian police, with the assistance of the FBI, arrested the suspect.", ("USA.POL.FBI", "CAN.POL")),
])
def test_help_named_on_the_subject_is_aid_to_it(code, text, pair):
    assert pair in edges(code, text, "AID")


@pytest.mark.parametrize("text, triple", [
    ("Russia came to Syria's aid in 2015.", ("AID", "RUS", "SYR")),
    ("Turkey rushed to the aid of Qatar.", ("AID", "TUR", "QAT")),
    ("Rwanda came to the rescue of the Mozambican government.", ("AID", "RWA", "MOZ.GOV")),
    ("Poland leapt to Ukraine's defence at the summit.", ("SUPPORT", "POL", "UKR")),
])
def test_a_rescue_helps_the_one_named(code, text, triple):
    found = {r[:3] for r in code(text)}
    assert triple in found
    assert not [r for r in found if r[0] == "AID" and r[1] == triple[2]]  # the one helped gives nothing


@pytest.mark.parametrize("text", [
    "Aid came to the region too late.",  # no party helped
    "Russia did not come to Syria's aid.",  # negated
    "The money went to the rescue fund of Qatar.",  # no noun of help under "to"
])
def test_no_rescue_without_a_party_helped_by_a_subject(code, text):
    assert not edges(code, text, "AID")


@pytest.mark.parametrize("text", [
    "Armenia and Russia are close allies.",
    "Serbia and Hungary remain strong allies.",
])
def test_coordinated_allies_back_each_other(code, text):
    found = edges(code, text, "SUPPORT")
    assert len(found) == 2 and all(s != t for s, t in found)


@pytest.mark.parametrize("text", [
    "Armenia and Russia are former allies.",
    "Iraq and Kuwait are no longer allies.",
    "Armenia and Russia are not allies.",
])
def test_past_or_negated_allies_back_no_one(code, text):
    assert not edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Chile offered its condolences to Ecuador over the attack.",
    "The Kenyan president sent his condolences to the people of Somalia.",
    "The Tanzanian president sent a condolence letter to Kenya.",
    "The minister offered his condolences over the bombing.",
    '"Our thoughts and prayers are with the people of Nepal," Indian Prime Minister Narendra Modi said.',
])
def test_condolences_are_no_event(code, text):
    # CAMEO's empathetic comment (018), which PLOVER leaves uncoded: no SUPPORT (ConfliBERT's neutral texts)
    assert not edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text, pair", [
    ("The Indonesian president expressed solidarity with the families of the victims.", None),
    ("The Tanzanian president sent a message of gratitude to Kenya.", ("TZA.GOV", "KEN")),
])
def test_solidarity_and_gratitude_back_the_one_addressed(code, text, pair):
    found = edges(code, text, "SUPPORT")
    if pair is None:  # bereaved kin named by no party are the place's civilians
        assert any(t.endswith("CIVILIANS") or t.endswith(".CVL") for _, t in found)
    else:
        assert pair in found


@pytest.mark.parametrize("text, pair", [
    ("Ghana joined forces with Togo against the smugglers.", ("GHA", "TGO")),
    ("Ghana and Togo joined forces to fight piracy.", ("TGO", "GHA")),
])
def test_joining_forces_is_cooperation(code, text, pair):
    assert pair in edges(code, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "Ghana joined the African Union in 1963.",  # membership, no forces joined
    "The Ghanaian colonel joined the army in 1990.",
    "Ghana refused to join forces with Togo.",
    "CNN is joining forces with the BBC to cover the election.",  # outlets' partnership is business
])
def test_joining_a_body_or_refusing_is_no_cooperation(code, text):
    assert not [r for r in code(text) if r[0] == "COOPERATE" and r[3] == "asserted"]  # refused: negated


@pytest.mark.parametrize("text, pair", [
    ("Chad deployed troops to help Niger fight the jihadists.", ("TCD", "NER")),
    ("Rwanda dispatched soldiers to support Mozambique against the insurgents.", ("RWA", "MOZ")),
])
def test_a_force_sent_to_help_is_military_aid(code_modes, text, pair):
    assert ("AID", "military", *pair, "asserted") in code_modes(text)


@pytest.mark.parametrize("text", [
    "Chad deployed troops along the border with Niger.",  # no one helped
    "Chad deployed troops to fight Boko Haram.",  # an attack planned, no help
])
def test_a_force_deployed_to_help_no_one_is_no_aid(code, text):
    assert not edges(code, text, "AID")


def test_each_coordinated_partner_cooperates(code):
    found = edges(code, "The Somali army, along with Ugandan troops and Burundian soldiers, attacked the militants.", "COOPERATE")
    assert {("SOM.MIL", "UGA.MIL"), ("SOM.MIL", "BDI.MIL")} <= found


@pytest.mark.parametrize("text, pair", [
    ("The Polish president spoke in defence of Ukraine at the summit.", ("POL.GOV", "UKR")),
    ("Thousands of Kenyans rallied in support of the Ethiopian prime minister.", ("KEN.CVL", "ETH.GOV")),
])
def test_acting_in_support_of_a_party_backs_it(code, text, pair):
    assert pair in edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "The senator voted in support of the bill.",  # a thing, no party
    "Kenya did not speak in support of Ethiopia.",  # negated
])
def test_support_of_a_thing_or_negated_backs_no_one(code, text):
    assert not [r for r in code(text) if r[0] == "SUPPORT" and r[1] and r[2] and r[3] == "asserted"]


@pytest.mark.parametrize("text, pair", [
    ('"Our solidarity is with the people of Nepal," Indian Prime Minister Narendra Modi said.',
     ("IND.GOV", "NPL.CVL")),
    ('"Our support is with Ukraine," said the Canadian prime minister.', ("CAN.GOV", "UKR")),
])
def test_solidarity_with_a_party_backs_it(code, text, pair):
    assert pair in edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "The prime minister expressed his thoughts on the election to reporters.",  # an opinion, no one backed
    "The Kenyan minister's thoughts were with his own campaign.",  # a thing, no party
])
def test_thoughts_on_a_thing_back_no_one(code, text):  # (thoughts and prayers are no event at all)
    assert not edges(code, text, "SUPPORT")


@pytest.mark.parametrize("text, mode", [
    ("Canada has provided Poland with $3 billion in military assistance.", "military"),
    ("Norway supplied Sudan with 40 million dollars of humanitarian aid.", "humanitarian"),
])
def test_a_sum_supplied_in_aid_takes_the_aid_kind(code_modes, text, mode):
    assert any(r[0] == "AID" and r[1] == mode for r in code_modes(text))


@pytest.mark.parametrize("text", [
    "The Brazilian authorities were mobilizing to help the families of the victims.",  # no force sent
    "The Kenyan government deployed police officers to help the flood victims.",  # a state serving its own people
])
def test_help_sent_to_people_in_need_is_no_aid(code, text):
    assert not [r for r in code(text) if r[0] == "AID" and r[1] and r[2] and r[3] == "asserted"]
