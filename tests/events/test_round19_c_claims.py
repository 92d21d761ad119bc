"""Claims, criticism and diplomatic wording (issue 12 round 19, C): a name given to a party's act however the parser
hung it, recognition withheld (REJECT, not a negated endorsement), disapproval voiced at "what it sees as" an act or
in a "that" clause, help asked of a party, allegations that name the one accused, and blame laid "at the feet of" a
party. Sentences written for the test, with near misses."""

from __future__ import annotations

import pytest


def edges(code, text, type_):
    return {(s, t, p) for ty, s, t, p, *_ in code(text) if ty == type_}


def types(code, text):
    return {ty for ty, *_ in code(text)}


# --- a verb of naming: what is named and what it is called ----------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    # both parsed as object predicates
    ("Kenya's foreign minister called the Ethiopian army's shelling of the camp \"inexcusable.\"", "KEN.GOV", "ETH"),
    # the adjective hung on a verb inside the object
    ("Kenya's foreign minister also called the Ethiopian government's apparent blocking of a convoy of trucks sent "
     "to feed civilians \"inexcusable.\"", "KEN.GOV", "ETH"),
    # two plural nouns parsed as one
    ("Kenya's foreign minister called the Ugandan troops occupiers.", "KEN.GOV", "UGA"),
])
def test_a_name_of_reproach_accuses_the_one_named(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister called the Ethiopian army's shelling of the camp \"unfortunate.\"",
    "Kenya's foreign minister called the Ugandan troops heroes.",
    "Kenya's foreign minister called the Ugandan troops brave.",
    "Macron called the Chinese offer \"interesting.\"",
])
def test_a_name_that_reproaches_nothing_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


def test_a_claim_called_false_is_still_rejected(code):
    assert ("RUS.GOV", "EST", "asserted") in edges(code, "The Kremlin called the Estonian claims \"absurd.\"", "REJECT")


# --- recognition withheld --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Canada does not recognize the new government in Niger.", "CAN", "NER.GOV"),
    ("The United States said it does not recognize the results of the referendum held in the north of Moldova.",
     "USA", None),
    ("Britain does not recognize the vote in eastern Moldova.", "GBR", None),
    ("Britain Says It Does Not Recognize N. Moldova Polls", "GBR", None),
    ("\"We do not recognize the results,\" Moldovan President Maia Sandu said.", "MDA.GOV", None),
])
def test_recognition_withheld_is_a_rejection(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "REJECT")
    assert not any(p == "negated" for _, _, p in edges(code, text, "SUPPORT"))


def test_knowing_someone_by_sight_is_no_rejection(code):
    assert "REJECT" not in types(code, "The officer did not recognize the suspect.")


def test_a_vote_recognised_names_no_place_as_a_party(code):
    assert edges(code, "Ghana recognized the results of the vote held in northern Togo.", "SUPPORT") \
        <= {("GHA", None, "asserted")}


# --- disapproval voiced ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Reporters Without Borders expressed alarm at what it sees as Turkey's harassment of the newspaper.", "RWB", "TUR"),
    ("The EU expressed disappointment that Belarus did not use its influence to stop the vote.", "EU", "BLR"),
    ("Germany was concerned that Russia is arming the rebels.", "DEU", "RUS"),
])
def test_disapproval_of_a_partys_act_accuses_it(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The EU expressed concern that Chad could face famine.",
    "The EU expressed concern that the talks might collapse.",
    "Germany expressed concern that Poland had not been consulted.",
    "Germany expressed concern for the victims.",
    "Germany expressed concern that Russia is building a base in Libya.",
])
def test_concern_for_a_party_or_a_fate_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


# --- help asked of a party -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("France asked for the Italian government's support for the plan.", "FRA", "ITA"),
    ("Chad appealed for Nigeria's help.", "TCD", "NGA"),
    ("Kenya sought assistance from the World Bank.", "KEN", "WORLD_BANK"),
    ("Ukraine asked Germany for help.", "UKR", "DEU"),
])
def test_help_asked_of_a_party_is_a_request(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Ukraine asked for help.",
    "Ukraine asked for the release of the Russian prisoners.",
    "Police sought help from the public in finding the suspect.",
])
def test_help_asked_of_no_party_is_no_request_of_one(code, text):
    assert not {t for _, t, _ in edges(code, text, "REQUEST")} - {None}


# --- allegations ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Ties have worsened, mainly over allegations that Iran meddled in the Iraqi election.", None, "IRN"),
    ("Ties worsened over Iraqi allegations that Iran funded the militia.", "IRQ", "IRN"),
])
def test_an_allegation_accuses_the_doer_of_its_clause(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The allegations that Iran made against Iraq were false.",
    "There were allegations that civilians were killed.",
    "Ties worsened over allegations that Iran could have funded the militia.",
    "Kenya looked into the allegations that Uganda responded to in May.",
])
def test_an_allegation_made_handled_or_hedged_accuses_no_named_doer(code, text):
    assert not {t for s, t, _ in edges(code, text, "ACCUSE")} & {"IRN", "UGA", "CIVILIANS"}


# --- blame laid ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Brazil laid the blame for the crisis at the feet of Argentina.", "ARG"),
    ("Brazil laid the blame at Argentina's door.", "ARG"),
    ("Brazil put the blame at the door of the Argentine government.", "ARG.GOV"),
])
def test_blame_laid_at_a_partys_feet_accuses_it(code, text, target):
    assert ("BRA", target, "asserted") in edges(code, text, "ACCUSE")


def test_a_wreath_laid_at_a_statues_feet_accuses_no_one(code):
    assert "ACCUSE" not in types(code, "Brazil laid a wreath at the feet of the statue of its founder.")


# --- a hope voiced that a party will act -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("The Kenyan envoy expressed the hope that both the African Union and IGAD will intensify efforts to end the war.",
     "KEN.GOV", "AU"),
    ("Kenya hopes Uganda would reopen the border.", "KEN", "UGA"),
])
def test_a_hope_that_a_party_will_act_asks_it(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "Kenya expressed hope that the talks will succeed.",
    "Kenya does not hope that Uganda will reopen the border.",
    "Kenya hoped that the Ugandan team would win the match.",
    "Ghana expressed hope that Togo will be a good neighbour.",
    "His mother hopes her son will come home.",
])
def test_a_hope_about_a_thing_or_a_fate_asks_no_one(code, text):
    assert "REQUEST" not in types(code, text)


# --- a party's act named a wrong, and outrage at an act of no one named ----------------------------------------------
def test_an_act_named_a_wrong_accuses_its_owner(code):
    assert ("ETH.GOV", "EGY", "asserted") in edges(
        code, "Ethiopia's foreign minister called the Egyptian decision \"blatant interference\" in its affairs.",
        "ACCUSE")


@pytest.mark.parametrize("text", [
    "Ethiopia's foreign minister called the Egyptian decision \"no interference\" in its affairs.",
    "The minister called the report on Egyptian terrorism accurate.",
])
def test_an_act_not_named_a_wrong_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


@pytest.mark.parametrize("text", [
    "France expressed outrage at the apparent chemical attack in Syria.",
    "France expressed outrage at the bombing of the hospital in Aleppo.",
])
def test_outrage_at_an_act_of_no_one_named_accuses_no_one_named(code, text):
    assert ("FRA", None, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "France expressed concern about possible attacks on its embassy.",
    "Residents expressed concern about the shooting.",
    "France expressed concern about the health of the jailed editor.",
])
def test_concern_about_a_feared_act_or_by_residents_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


# --- a speaker who says a party wrecked an effort or meddled accuses it ----------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Kyiv said Moscow sabotaged the peace talks.", "UKR", "RUS"),
    ("Armenia said Russia had meddled in its election.", "ARM", "RUS"),
])
def test_said_to_sabotage_or_meddle_is_accused(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Armenia said Russia had not meddled in its election.",
    "Armenia said Russia would undermine the talks.",
    "Armenia said the rain undermined the talks.",
])
def test_a_denied_hedged_or_natural_wreck_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


# --- reaching out to a party consults it -----------------------------------------------------------------------------
def test_reaching_out_to_a_party_consults_it(code):
    assert ("JPN", "KOR", "asserted") in edges(code, "Japan reached out to South Korea.", "CONSULT")


@pytest.mark.parametrize("text", [
    "The company reached out to customers.",
    "Police reached out to the victim's family.",
    "The Kenyan delegation reached Kampala on Monday.",
])
def test_reaching_customers_a_family_or_a_city_consults_no_party(code, text):
    assert "CONSULT" not in types(code, text)


def test_a_hope_about_relevant_parties_asks_no_named_party(code):
    assert "REQUEST" not in types(code, "China and Russia hope that relevant parties could grasp the opportunity to "
                                        "defuse the tensions, Wang said.")


def test_an_allegation_told_in_a_speakers_sentence_stays_the_allegations(code):
    found = edges(code, "The White House said ties were strained, primarily over allegations that Russia interfered "
                        "in the election.", "ACCUSE")
    assert (None, "RUS", "asserted") in found and not any(s == "USA.GOV" for s, _, _ in found)


# --- anger shown at a party ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Kenya bristled at Uganda's remarks.", "KEN", "UGA"),
    ("Kenya chafed at the restrictions imposed by Uganda.", "KEN", "UGA"),
])
def test_anger_shown_at_a_partys_act_accuses_it(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The car fumed at the lights.",
    "Kenya bristled with weapons.",
    "The Kenyan president bristled at the suggestion.",
])
def test_anger_at_no_party_or_a_bristling_arsenal_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


# --- a party's act said to be a wrong --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Ukraine's prime minister said the Russian decision is a declaration of war.", "UKR.GOV", "RUS"),
    ("Kenya said Uganda's move was unacceptable.", "KEN", "UGA"),
    ("Kenya said Uganda's raid was a provocation.", "KEN", "UGA"),
])
def test_an_act_said_to_be_a_wrong_accuses_its_owner(code, text, source, target):
    assert (source, target, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kenya said Uganda's move was not unacceptable.",
    "Kenya said Uganda's move would be unacceptable.",
    "Kenya denied that Uganda's move was a provocation.",
    "Kenya said the delay was unacceptable.",
])
def test_an_act_said_not_to_be_a_wrong_or_of_no_one_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


@pytest.mark.parametrize("text", [
    "Kenya will deny visas to all individuals undermining stability in Somalia.",
    "The spokesman said Russia had weaponized the leaks to meddle in the vote.",
])
def test_wrecking_told_outside_a_said_clause_accuses_no_one_of_it(code, text):
    assert not any(t in ("SOM.CVL", "RUS") for _, t, _ in edges(code, text, "ACCUSE"))


# --- stirring unrest backs the side that fights, never the place -----------------------------------------------------
@pytest.mark.parametrize("text, source, voice", [
    ("India blames Pakistan for fueling the recent unrest in Kashmir.", "PAK", "India"),
    ("Rwanda is fuelling the violence in Congo, the UN said.", "RWA", "United Nations"),
])
def test_stirring_unrest_backs_no_place(code, text, source, voice):
    found = [(s, t, n) for ty, s, t, p, k, n in code(text) if ty == "SUPPORT"]
    assert (source, None, voice) in found and not any(t is not None for _, t, _ in found)


def test_unrest_stirred_by_no_party_is_no_backing(code):
    assert "SUPPORT" not in types(code, "Rising prices fueled the unrest in Kenya.")


# --- evidence held or shown is its holder's claim -------------------------------------------------------------------
@pytest.mark.parametrize("text, voice", [
    ("Kenya says it has evidence that Uganda armed the rebels.", "Kenya"),
    ("Kenya presented evidence that Uganda armed the rebels.", "Kenya"),
])
def test_evidence_held_is_its_holders_claim(code, text, voice):
    assert any(ty == "AID" and s == "UGA" and n == voice for ty, s, t, p, k, n in code(text))


def test_reaching_out_to_a_countrys_youth_consults_no_party(code):
    assert "CONSULT" not in types(code, "Pro-Kremlin groups have been reaching out online to Russian youth with "
                                        "propaganda.")


@pytest.mark.parametrize("text, source", [
    ("Rights groups have expressed concern over the mounting civilian death toll.", "RIGHTS_GROUPS"),
    ("The UN voiced alarm at the civilian casualties.", "UN"),
])
def test_concern_at_a_civilian_toll_accuses_no_one_named(code, text, source):
    assert (source, None, "asserted") in edges(code, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The WHO expressed concern over the toll of the flu season.",
    "Rights groups have expressed concern over a possible death toll.",
])
def test_concern_at_a_toll_of_no_violence_accuses_no_one(code, text):
    assert "ACCUSE" not in types(code, text)


def test_scorning_a_partys_decision_accuses_it(code):
    assert ("KEN.OPP", "UGA", "asserted") in edges(code, "Kenyan opposition leaders are scorning the Ugandan "
                                                         "government's decision.", "ACCUSE")
    assert "ACCUSE" not in types(code, "The Kenyan team scorned the chance to score.")


# --- a protest in words is criticism of the one it names -------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Uganda is failing to uphold the rights of refugees, a human rights group protested here Wednesday.",
     "RIGHTS_GROUPS"),
    ("Amnesty International protested that Uganda was failing to uphold the rights of refugees.", "AMNESTY"),
])
def test_a_protest_that_says_a_wrong_accuses_its_doer(code, text, source):
    assert (source, "UGA", "asserted") in edges(code, text, "ACCUSE")
    assert "PROTEST" not in types(code, text)


@pytest.mark.parametrize("text", [
    "Thousands of students protested in Kampala on Monday.",
    "Students protested that the fees were too high.",
])
def test_a_crowds_protest_stays_a_protest(code, text):
    assert "PROTEST" in types(code, text) and "ACCUSE" not in types(code, text)


def test_an_allegation_denied_by_its_target_names_no_accuser_of_it(code):
    text = "The Red Cross has rejected accusations that it had used radios to aid the rebels."
    assert "ACCUSE" not in types(code, text)


# --- credit given for a deed is praise ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Carney gave credit to the Ukrainian authorities for their restraint.",
    "Carney gave credit to the Ukrainian authorities for what he said were efforts to end the crisis.",
])
def test_credit_given_for_a_deed_is_praise(code, text):
    assert (None, "UKR.GOV", "asserted") in edges(code, text, "SUPPORT") and "AID" not in types(code, text)


@pytest.mark.parametrize("text", [
    "The bank gave credit to Kenya for the railway.",
    "Kenya gave credit to Ugandan farmers.",
])
def test_credit_lent_stays_aid(code, text):
    assert "AID" in types(code, text) and "SUPPORT" not in types(code, text)
