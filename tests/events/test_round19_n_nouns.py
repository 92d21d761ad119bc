"""Noun events of violence and the courts, round 19 (issue 12, helper N): a trial of a party by no one named, one
expected to go on trial, the conviction of a party, harassment with its doer, the doer of an act someone is charged
in, weapons used against a party, a military coalition against a party. Sentences written for the test, with near
misses."""

from __future__ import annotations

import pytest


def edges(code_modes, text, type_):
    return {(r[2], r[3], r[4]) for r in code_modes(text) if r[0] == type_}


@pytest.mark.parametrize("text, type_, source, target, polarity", [
    # a trial of a party, placed in no state: by no one named
    ("The trial of Kizza Besigye opened on Monday.", "ACCUSE", None, "kizza-besigye", "asserted"),
    ("New evidence emerged in the trial of three Ugandan opposition leaders.", "ACCUSE", None, "UGA.OPP", "asserted"),
    # placed in one state: that state's courts (as before)
    ("The trial of Kizza Besigye opened in Kampala on Monday.", "ACCUSE", "UGA.JUD", "kizza-besigye", "asserted"),
    # charges against a party, filed by no one named
    ("Prosecutors filed charges against Kizza Besigye.", "ACCUSE", None, "kizza-besigye", "asserted"),
    ("The charges against Kizza Besigye include treason.", "ACCUSE", None, "kizza-besigye", "asserted"),
    # raised by "expected" or put on trial
    ("Kizza Besigye is expected to go on trial on Monday.", "ACCUSE", None, "kizza-besigye", "hypothetical"),
    ("Kizza Besigye was put on trial in May.", "ACCUSE", None, "kizza-besigye", "asserted"),
    # the conviction of a party is the courts' coercion
    ("The conviction of three Ugandan opposition activists drew criticism.", "COERCE", None, "UGA.OPP", "asserted"),
    # a prison sentence served or handed down
    ("Boniface Mwangi is serving a five-year prison sentence.", "COERCE", None, "boniface-mwangi", "asserted"),
    ("If convicted, Boniface Mwangi could find himself back in prison just months after completing a two years "
     "sentence in May.", "COERCE", None, "boniface-mwangi", "asserted"),
    ("A Kenyan court handed Boniface Mwangi a ten-year sentence.", "COERCE", "KEN.JUD", "boniface-mwangi",
     "asserted"),
    ("The Kenyan court passed a sentence of five years on Boniface Mwangi.", "COERCE", "KEN.JUD", "boniface-mwangi",
     "asserted"),
    # harassment named with its doer
    ("Ethiopia's harassment of Kenyan journalists continued.", "COERCE", "ETH", "KEN.MED", "asserted"),
    ("The harassment of Kenyan journalists by police continued.", "COERCE", "KEN.POL", "KEN.MED", "asserted"),
    # one charged in an act did it, as the charge says
    ("John Kamau was charged in the shooting of a Nairobi police officer.", "ASSAULT", "john-kamau", "KEN.POL",
     "asserted"),
    ("Kenyan police arrested John Kamau in the attack on two Nairobi police officers.", "ASSAULT", "john-kamau",
     "KEN.POL", "asserted"),
    ("John Kamau was arrested in connection with the shooting of a Nairobi police officer.", "ASSAULT", "john-kamau",
     "KEN.POL", "asserted"),
    # a death someone is charged in is a killing by the one charged
    ("John Kamau, 34, was charged with murder in the death of a Kenyan police officer.", "ASSAULT", "john-kamau",
     "KEN.POL", "asserted"),
    ("Police arrested John Kamau in connection with the death of a Kenyan journalist.", "ASSAULT", "john-kamau",
     "KEN.MED", "asserted"),
    # weapons used against a party
    ("Rwanda's use of chemical weapons against civilians was condemned.", "ASSAULT", "RWA", "CIVILIANS", "asserted"),
    ("The army's use of tear gas on protesters in Khartoum drew criticism.", "ASSAULT", None, "SDN.PRT", "asserted"),
    # a coalition the dictionary knows as a force, against a party
    ("The jet was flying for the Saudi-led coalition against the Houthis.", "ASSAULT", "COALITION.YEM", "HOUTHIS",
     "asserted"),
    # whom an act left dead, told in a relative clause on it
    ("Al-Shabaab launched an attack that left ten Kenyan soldiers dead.", "ASSAULT", "AL_SHABAAB", "KEN.MIL",
     "asserted"),
    ("The shooting rampage that left four Kenyan soldiers dead shocked the region.", "ASSAULT", None, "KEN.MIL",
     "asserted"),
    # one hurt in clashes, named by a participle on it: the two sides of the clash
    ("A Kenyan student injured in clashes with Kenyan police was taken to hospital.", "ASSAULT", "KEN.POL", "KEN.CVL",
     "asserted"),
    # deaths in an act of violence: on the dead, by its doer or no one named
    ("The charges relate to the deaths of about a dozen people in clashes outside the presidential palace in "
     "Nairobi.", "ASSAULT", None, "KEN.CVL", "asserted"),
    ("The deaths of ten Kenyan civilians in an attack by al-Shabaab were confirmed.", "ASSAULT", "AL_SHABAAB",
     "KEN.CVL", "asserted"),
    ("The deaths of three Kenyan soldiers in clashes with al-Shabaab were confirmed.", "ASSAULT", "AL_SHABAAB",
     "KEN.MIL", "asserted"),
    # a death named by the violence that caused it
    ("Kenyan police are investigating the shooting death of a 23-year-old man in Nairobi.", "ASSAULT", None, "KEN.CVL",
     "asserted"),
    ("The shooting death of a Kenyan student by police sparked protests.", "ASSAULT", "KEN.POL", "KEN.CVL", "asserted"),
    # an act its host's subject suffered: the subject is hit, not the doer
    ("The TPLF faced a fierce offensive by Ethiopian forces.", "ASSAULT", "ETH.MIL", "TPLF", "asserted"),
    ("Kenyan troops repelled an attack by al-Shabaab on their base.", "ASSAULT", "AL_SHABAAB", "KEN.MIL", "asserted"),
    # people held by armed men of no name
    ("About 300 men and boys from the city have been held since May by militia groups.", "COERCE", "ARMED_GROUP",
     "CIVILIANS", "asserted"),
    # a doer named in one hyphenated word before the act
    ("Neither side mentioned U.S.-imposed sanctions on Venezuela.", "SANCTION", "USA", "VEN", "asserted"),
    ("The Kenyan-led offensive against al-Shabaab began in May.", "ASSAULT", "KEN", "AL_SHABAAB", "asserted"),
])
def test_a_noun_event_of_force_or_the_courts(code_modes, text, type_, source, target, polarity):
    assert (source, target, polarity) in edges(code_modes, text, type_), code_modes(text)


@pytest.mark.parametrize("text, type_", [
    ("The report was a damning indictment of Kizza Besigye.", "ACCUSE"),  # a verdict, no legal act
    ("The clinical trial of the new vaccine ended in Kampala.", "ACCUSE"),  # no party tried
    ("The trial of Uganda opened.", "ACCUSE"),  # a state is not tried
    ("The cavalry charge against Kizza Besigye's troops failed.", "ACCUSE"),  # no legal charge
    ("Kenyan police arrested John Kamau in the attack on the bank.", "ASSAULT"),  # a charge with no one hit
    ("In 2009, the charges against Kizza Besigye were dropped.", "ACCUSE"),  # let go: a concession, not an accusation
    ("The judge dismissed the charges against Kizza Besigye.", "ACCUSE"),
    ("He was charged with harassment of a Kenyan journalist.", "COERCE"),  # a crime charged, no doer named
    ("The firm conviction of the Kenyan people that the vote was rigged spread.", "COERCE"),  # a belief
    ("It reflects the conviction of Kenyan voters that change is possible.", "COERCE"),  # a belief
    ("The opposition formed a coalition against President William Ruto.", "ASSAULT"),  # parties, not a force
    ("A broad alliance against climate change was formed in Nairobi.", "ASSAULT"),  # a cause
    ("Kenyan police defended their use of force.", "ASSAULT"),  # no one it was used on
    ("The use of drones for farming grew in Kenya.", "ASSAULT"),  # no weapon used on anyone
    ("John Kamau was arrested in the aftermath of the attack.", "ASSAULT"),  # arrested after it, not charged in it
    ("The rampage that left the city in ruins ended.", "ASSAULT"),  # no one left dead
    ("Boniface Mwangi completed the last sentence of his speech.", "COERCE"),  # a sentence written
    ("The meeting was held by rebel groups in Nairobi.", "COERCE"),  # a meeting held, no one held
    ("The death of the Kenyan minister John Kamau in a car crash shocked Kenya.", "ASSAULT"),  # no violence
    ("The death of the Kenyan minister John Kamau in hospital was announced.", "ASSAULT"),
    ("The sudden death of a Kenyan student shocked Nairobi.", "ASSAULT"),  # no violence named
    ("Crowds marked the anniversary of the shooting death of a Kenyan student.", "ASSAULT"),  # a date, no news
    ("The child was held by her mother.", "COERCE"),  # no armed holder
    ("Boniface Mwangi wrote a long sentence about the Kenyan police.", "COERCE"),  # a sentence written
    ("Kenyans mourned the death of the Nairobi police chief John Kamau.", "ASSAULT"),  # a death, no one charged in it
    ("John Kamau was arrested in connection with the theft of a Kenyan police car.", "ASSAULT"),  # no act of force
    ("The attack that left Kenyan soldiers stranded ended.", "ASSAULT"),  # stranded, not hurt
])
def test_no_event_from_a_near_miss(code_modes, text, type_):
    assert not [r for r in code_modes(text) if r[0] == type_ and (r[2] is not None or r[3] is not None)], \
        code_modes(text)


@pytest.mark.parametrize("text, type_, source", [
    ("The U.S.-backed offensive against al-Shabaab began.", "ASSAULT", "USA"),  # backing, not doing
    ("Prosecutors threatened to file charges against Kizza Besigye.", "ACCUSE", None),  # not filed: a threat
    ("Kenyan troops repelled an attack on their base.", "ASSAULT", "KEN.MIL"),  # repelled, not made
    ("Police escort Kenyan men arrested in a raid on a sauna in Nairobi.", "ASSAULT", "UNIDENTIFIED_ARMED_GROUP.KEN"),
    ("Police escort Kenyan men arrested in a raid on a sauna in Nairobi.", "ASSAULT", "KEN.CVL"),  # the arresters' raid
    ("The Ugandan-funded school in Kampala was attacked.", "ASSAULT", "UGA"),  # a thing funded, no act of the funder
])
def test_no_doer_from_a_near_miss(code_modes, text, type_, source):
    assert source not in {r[2] for r in code_modes(text) if r[0] == type_}, code_modes(text)
