"""Word senses of trigger words in ordinary prose (issue 12 round 13, P): each non-conflict sense codes nothing, and
the conflict sense of the same word beside it stays coded. Sentences written for the test."""

from __future__ import annotations

import pytest


def typed(code, text, type_):
    return [r for r in code(text) if r[0] == type_]


@pytest.mark.parametrize("text, type_", [
    # mobilising resources or "both" (people of a cause) gathers no force
    ("Dr. Mwangi successfully mobilizes both to confront the procedural delays in the courts.", "MOBILIZE"),
    ("Hungary mobilized support for its plan in Brussels.", "MOBILIZE"),
    # an alert over smog warns of the weather
    ("The Japanese government issued alerts over heavy smog in Tokyo.", "MOBILIZE"),
    # funding a museum or a clinic aids no party
    ("Canada funded the new museum wing in Ottawa.", "AID"),
    ("The new sports stadium was financed by Qatar.", "AID"),
    ("The new clinic was financed by Nigerian banks.", "AID"),
    # a reporter's questions ask nothing of anyone
    ("She sought answers from the Kenyan president.", "REQUEST"),
    ("Reporters sought comment from the Turkish embassy.", "REQUEST"),
    # telephone calls received are no appeal
    ("The Nairobi police received several calls about a burglary.", "REQUEST"),
    ("Jane Otieno said she got the call that her son had been shot.", "REQUEST"),
    # a thing that appeals to someone attracts them
    ("The idea appealed to Ghana's president.", "REQUEST"),
    # a danger faced is no threat made
    ("Chad has strengthened its relations with Niger, responding to the jihadist threat along the border.", "THREATEN"),
    # a sports win
    ("The young driver stormed to the championship in his second season.", "ASSAULT"),
    # backing a theory or a bill supports no party
    ("Singer Anna Lowe tweeted her support of a bizarre conspiracy theory.", "SUPPORT"),
    # police arriving at a scene visit no one
    ("The police arrived at the scene and arrested John Harlow.", "CONSULT"),
    # a president visiting his own country's embassy
    ("The President of Peru then visited the Embassy of Peru in Madrid.", "CONSULT"),
    # an event's or a programme's name is no party
    ("In 2019 the Coastal Rescue Unit supported the Presidential Inauguration and the Governor's Ball.", "SUPPORT"),
    ("Lawmakers have funded Better Schools Excellence at the highest level ever, the governor said.", "AID"),
])
def test_a_non_conflict_sense_codes_no_event(code, text, type_):
    assert typed(code, text, type_) == []


@pytest.mark.parametrize("text, type_, source, target", [
    ("Kenya mobilized thousands of reservists against the rebels.", "MOBILIZE", "KEN", "ARMED_GROUP"),
    ("Qatar funded Hamas for years.", "AID", "QAT", "HAMAS"),
    ("Iran financed the Houthi rebels.", "AID", "IRN", "HOUTHIS"),
    ("The radio network was funded by the Kremlin.", "AID", "RUS.GOV", None),
    ("Kenyan troops remained on high alert along the border.", "MOBILIZE", "KEN.MIL", None),
    ("The police arrived at the scene and arrested John Harlow.", "COERCE", None, "john-harlow"),
    ("Lebanon sought help from France.", "REQUEST", "LBN", "FRA"),
    ("Egypt asked Israel to open the crossing.", "REQUEST", "EGY", "ISR"),
    ("Kenya appealed to Uganda to release the fishermen.", "REQUEST", "KEN", "UGA"),
    ("Jane Otieno said she got the call that her son had been shot.", "ASSAULT", None, "CIVILIANS"),
    ("The African Union issued a call to Ethiopia to halt the offensive.", "REQUEST", "AU", "ETH"),
    ("Al-Shabaab issued a threat against Kenya.", "THREATEN", "AL_SHABAAB", "KEN"),
    ("Iran voiced support for Hezbollah.", "SUPPORT", "IRN", "HEZBOLLAH"),
    ("Canada supported the Kurdish Regional Government.", "SUPPORT", "CAN", "KRG"),
    ("The Turkish foreign minister arrived in Moscow for talks.", "CONSULT", "TUR.GOV", "RUS"),
    ("The President of Peru visited Spain.", "CONSULT", "PER.GOV", "ESP"),
])
def test_the_conflict_sense_of_the_same_word_stays_coded(code, text, type_, source, target):
    assert (source, target) in {(r[1], r[2]) for r in typed(code, text, type_)}


@pytest.mark.parametrize("text, source", [
    ("Russian troops stormed the town of Avdiivka.", "RUS.MIL"),
    ("The French troops stormed into the compound.", "FRA.MIL"),
])
def test_storming_a_place_is_still_an_attack(code, text, source):
    assert source in {r[1] for r in typed(code, text, "ASSAULT")}
