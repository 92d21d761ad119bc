"""Trigger families of issue 12 round 12, added by CAMEO sub-code rather than by word: people released (from
captivity, on bail, by whom they are held), laying down arms, a cease-fire spelled with a hyphen, workers on
strike, joining hands or talks, weapons handed over by name, and epithets for a party ("called X a liar", "branded Y
corrupt"). Sentences written for the test."""

from __future__ import annotations

import pytest


def asserted(rows, type_):
    return [r for r in rows if r[0] == type_ and r[3] == "asserted"]  # rows of code: (type, src, tgt, polarity, ...)


def pairs(rows, type_):
    return {(r[1], r[2]) for r in asserted(rows, type_)}


@pytest.mark.parametrize("text, src", [
    ("Boko Haram released twelve kidnapped schoolgirls on Friday.", "BOKO_HARAM"),
    ("The Taliban freed four Pakistani soldiers after talks.", "TALIBAN"),
    ("Al-Shabaab has released the captured Kenyan policemen.", "AL_SHABAAB"),
])
def test_people_held_by_a_side_are_released(code_modes, text, src):
    rows = code_modes(text)
    assert any(r[0] == "RETREAT" and r[1] == "release" and r[2] == src and r[4] == "asserted" for r in rows)


@pytest.mark.parametrize("text", [
    "Two Italian engineers were released from captivity in Libya on Sunday.",
    "Three French aid workers have been freed from detention in Niger.",
])
def test_release_from_captivity_without_its_captor_is_a_release(code_modes, text):
    assert any(r[0] == "RETREAT" and r[1] == "release" and r[4] == "asserted" for r in code_modes(text))


@pytest.mark.parametrize("text", [
    "A Kenyan court freed two opposition leaders on bail.",
    "The Ugandan opposition leader was released on bond by a court in Kampala.",
])
def test_freed_on_bail_is_a_release(code_modes, text):
    assert any(r[0] == "RETREAT" and r[1] == "release" for r in code_modes(text))


@pytest.mark.parametrize("text", [
    "The Taliban released a video of the captured Afghan soldiers.",
    "Boko Haram released a statement about the kidnapped schoolgirls.",
])
def test_releasing_a_recording_or_a_text_frees_no_one(code, text):
    assert not asserted(code(text), "RETREAT")


@pytest.mark.parametrize("text, type_", [
    ("The ELN rebels laid down their arms in a ceremony near Cali.", "RETREAT"),
    ("Hundreds of Houthi fighters gave up their weapons at a camp near Sanaa.", "RETREAT"),
    ("The FARC said it will lay down its weapons by June.", "AGREE"),
])
def test_laying_down_arms_disarms(code_modes, text, type_):
    rows = code_modes(text)
    assert any(r[0] == type_ and r[1] == "disarm" for r in rows)
    assert not any(r[0] == "ASSAULT" for r in rows)


def test_handing_over_a_suspect_is_no_disarmament(code_modes):
    assert not any(r[1] == "disarm" for r in code_modes("Pakistan handed over the suspect to the Indian police."))


@pytest.mark.parametrize("text, pair", [
    ("The Ethiopian government announced a cease-fire with the Tigrayan rebels.", "ETH.GOV"),
    ("Israel agreed to a cease-fire with Hamas on Thursday.", "ISR"),
])
def test_a_hyphenated_cease_fire_is_one(code, text, pair):
    rows = code(text)
    assert any(r[0] in ("RETREAT", "AGREE") and r[1] == pair and r[2] is not None for r in rows)
    assert not any(r[0] == "ASSAULT" for r in rows)  # "fire" alone would be shooting


def test_breaking_a_hyphenated_cease_fire_is_fighting(code):
    assert any(r[1] == "RUS" for r in asserted(code("Russia broke the cease-fire with Ukraine on Monday."), "ASSAULT"))


@pytest.mark.parametrize("text", [
    "Nurses in Kenya went on strike over unpaid wages.",
    "Thousands of dock workers in France stopped work on Tuesday.",
    "Teachers in Nigeria have gone on a hunger strike.",
    "Bus drivers in Chile staged a strike against the new fares.",
])
def test_workers_on_strike_protest(code_modes, text):
    rows = code_modes(text)
    assert any(r[0] == "PROTEST" and r[1] == "boycott" and r[4] == "asserted" for r in rows)
    assert not any(r[0] == "ASSAULT" for r in rows)


def test_calling_off_a_strike_is_no_strike(code_modes):
    rows = code_modes("The Kenyan doctors' union called off the strike on Friday.")
    assert not any(r[0] == "PROTEST" and r[4] == "asserted" for r in rows)


@pytest.mark.parametrize("text, pair", [
    ("Kenya joined hands with Somalia against the militants.", ("KEN", "SOM")),
    ("The Nigerian army has joined hands with Chad to secure the border.", ("NGA.MIL", "TCD")),
])
def test_joining_hands_cooperates(code, text, pair):
    assert pair in pairs(code(text), "COOPERATE")


def test_joining_talks_lends_the_joiner_to_the_talks(code):
    rows = code("The Kenyan president will join the Ugandan president for talks in Kampala.")
    assert any(r[0] in ("CONSULT", "AGREE") and r[1] == "KEN.GOV" for r in rows)


def test_joining_a_protest_still_makes_the_joiner_protest(code):
    rows = code("Kenyan students joined the protest against the fee increase.")
    assert any(r[0] == "PROTEST" and r[1] is not None for r in rows)


@pytest.mark.parametrize("text, pair", [
    ("Russia gave 500 firearms to the Malian army.", ("RUS", "MLI.MIL")),
    ("Serbia sold pistols and ammunition to the Libyan army.", ("SRB", "LBY.MIL")),
])
def test_small_arms_handed_over_are_military_aid(code_modes, text, pair):
    assert any(r[0] == "AID" and r[1] == "military" and (r[2], r[3]) == pair for r in code_modes(text))


@pytest.mark.parametrize("text, pair", [
    ("Obama called the Kenyan government corrupt.", ("BARACK_OBAMA", "KEN.GOV")),
    ("The Iranian president called Israel a warmonger.", ("IRN.GOV", "ISR")),
    ("Venezuela branded the Colombian president a liar and a puppet.", ("VEN", "COL.GOV")),
    ("Iran called the Saudi government a murderer of children.", ("IRN", "SAU.GOV")),
])
def test_an_epithet_for_a_party_accuses_it(code, text, pair):
    assert pair in pairs(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Macron called the German chancellor a friend.",
    "The ministry described the talks as constructive.",
])
def test_a_kind_word_accuses_no_one(code, text):
    assert not asserted(code(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The passenger was released from hospital on Monday.",
    "Two Kenyan soldiers were discharged from the hospital after treatment.",
])
def test_a_patient_let_out_of_hospital_is_no_release(code, text):
    assert not [r for r in code(text) if r[0] == "RETREAT"]


@pytest.mark.parametrize("text, type_, src", [
    ("John Smith pleaded guilty to fraud.", "CONCEDE", "john-smith"),
    ("Barack Obama pleaded not guilty to all charges.", "REJECT", "BARACK_OBAMA"),
    ("Emmanuel Macron pleaded innocent on Tuesday.", "REJECT", "EMMANUEL_MACRON"),
])
def test_a_plea_in_court_admits_or_rejects_the_charges(code, text, type_, src):
    rows = code(text)
    assert any(r[0] == type_ and r[1] == src and r[3] == "asserted" for r in rows)
    other = "REJECT" if type_ == "CONCEDE" else "CONCEDE"
    assert not [r for r in rows if r[0] == other]


@pytest.mark.parametrize("text, tgt", [
    ("Ahmed Ali is being held on $100,000 bail.", "ahmed-ali"),
    ("Maria Lopez was held without bond at the county jail.", "maria-lopez"),
])
def test_held_on_bail_is_detained(code_modes, text, tgt):
    assert any(r[0] == "COERCE" and r[1] == "arrest" and r[3] == tgt for r in code_modes(text))


@pytest.mark.parametrize("text, tgt", [
    ("Police identified John Smith as the suspect.", "john-smith"),
    ("Detectives in Ohio identified Maria Lopez as the shooter.", "maria-lopez"),
])
def test_a_suspect_identified_is_investigated(code_modes, text, tgt):
    assert any(r[0] == "ACCUSE" and r[1] == "investigate" and r[3] == tgt for r in code_modes(text))


@pytest.mark.parametrize("text, pair", [
    ("Trump pinned the blame on China.", ("DONALD_TRUMP", "CHN")),
    ("Iran took issue with the French statement.", ("IRN", "FRA")),
    ("Pakistan faulted India for the collapse of talks.", ("PAK", "IND")),
    ("Hungary ridiculed the European Commission over the report.", ("HUN", "EU")),
])
def test_criticism_by_idiom_or_fault_accuses(code, text, pair):
    assert pair in pairs(code(text), "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("Ukraine lobbied the United States for more weapons.", ("UKR", "USA")),
    ("Kenya pleaded with Uganda to reopen the border.", ("KEN", "UGA")),
])
def test_lobbying_and_pleading_with_request(code, text, pair):
    assert pair in pairs(code(text), "REQUEST")


@pytest.mark.parametrize("text", [
    "The Kenyan police asked the public for information about the attack.",
    "The Nigerian army urged motorists to avoid the road.",
])
def test_an_appeal_to_the_public_is_no_request(code, text):
    assert not [r for r in code(text) if r[0] == "REQUEST"]


def test_a_car_occupied_by_people_is_no_seizure(code):
    rows = code("A car occupied by two Iraqi soldiers was stopped near the border.")
    assert not [r for r in rows if r[0] == "COERCE"]


@pytest.mark.parametrize("text", [
    "In the debate, Boris Johnson attacked Jeremy Corbyn's policies on health care.",
    "The Kenyan opposition attacked the government's budget on Thursday.",
])
def test_attacking_a_policy_or_words_is_criticism_not_violence(code, text):
    rows = code(text)
    assert asserted(rows, "ACCUSE")
    assert not [r for r in rows if r[0] == "ASSAULT"]


def test_attacking_a_convoy_is_still_an_attack(code):
    assert asserted(code("Al-Shabaab attacked a Kenyan army convoy near the border."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "On 7 May 2020, dozens gathered in Nis, Serbia, in a protest against the government organized by the opposition.",
    "The Kenyan opposition organized a rally in Nairobi on Sunday.",
])
def test_organising_a_protest_mobilises_no_troops(code, text):
    assert not [r for r in code(text) if r[0] == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "The United Nations sent a team to monitor the ceasefire in Libya.",
    "The African Union will monitor the election in Malawi.",
])
def test_watching_over_a_truce_or_a_vote_accuses_no_one(code, text):
    assert not [r for r in code(text) if r[0] in ("ACCUSE", "THREATEN")]


def test_a_funeral_procession_is_no_protest(code):
    assert not [r for r in code("Hezbollah fighters carried the coffin through Beirut in a funeral procession.")
                if r[0] == "PROTEST"]


def test_a_procession_against_something_is_still_a_protest(code):
    assert asserted(code("Opposition activists in Dhaka took out a procession against the fuel price rise."), "PROTEST")


@pytest.mark.parametrize("text, pair", [
    ("The United States raised tariffs on Chinese goods.", ("USA", "CHN")),
    ("China hiked duties on Australian wine.", ("CHN", "AUS")),
])
def test_raising_tariffs_on_a_country_sanctions_it(code, text, pair):
    rows = code(text)
    assert pair in pairs(rows, "SANCTION")
    assert not [r for r in rows if r[0] == "SUPPORT"]


def test_tariffs_promised_on_a_condition_threaten(code):
    rows = code("Trump said he would raise tariffs on Mexico if no deal is reached.")
    assert any(r[0] == "THREATEN" and (r[1], r[2]) == ("DONALD_TRUMP", "MEX") for r in rows)
    assert not [r for r in rows if r[0] == "AGREE"]
