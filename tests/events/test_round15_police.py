"""Round 15 (issue #12, helper P): police officers and policing acts. A bare "officer", "deputies", "law enforcement
officers", "SWAT officers" or "sheriff's deputies" in a report on policing are the country's police (never its army;
a company's or a bank's officer is no force); custody, arrests on a warrant, charges filed, and weapon threats are
coded; idioms of crime reporting ("fighting for his life", "on high alert", "were not injured") are no event.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def of_type(code, text, kind):
    return [r for r in code(text) if r[0] == kind]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Law enforcement officers shot the suspect after a standoff in Reno, Nevada, police said.", "ASSAULT",
     "USA.POL", "USA.CVL"),
    ("SWAT officers arrested the teenager at a motel in Tucson, Arizona.", "COERCE", "USA.POL", "USA.CVL"),
    ("Sheriff's deputies arrested a man in Boise, Idaho, after a chase.", "COERCE", "USA.POL", "USA.CVL"),
    ("A man pointed a rifle at a police officer in Fresno, California, on Sunday.", "THREATEN", "USA.CVL",
     "USA.POL"),
    ("The farmer brandished a machete at officers outside a motel in Tacoma, Washington.", "THREATEN", "USA.CVL",
     "USA.POL"),
    ("The driver held two officers at gunpoint in Flint, Michigan, police said.", "THREATEN", "USA.CVL", "USA.POL"),
    ("Police said the cashier pulled a pistol on officers in Wichita, Kansas.", "THREATEN", "USA.CVL", "USA.POL"),
])
def test_officers_deputies_and_swat_are_the_countrys_police(code, text, kind, source, target):
    found = of_type(code, text, kind)
    assert any(r[1] == source and r[2] == target and r[3] == "asserted" for r in found), found
    assert not any("MIL" in f"{r[1]}{r[2]}" for r in code(text))


@pytest.mark.parametrize("text", [
    "The chief executive officer of the bank was arrested in Miami, Florida, police said.",
    "A loan officer of the bank was arrested in Miami, Florida, police said.",
])
def test_a_companys_officer_is_no_force(code, text):
    assert not any(r[2] in ("USA.MIL", "USA.POL") for r in code(text))


def test_officers_beside_troops_stay_the_army(code):
    found = code("Troops and officers shot at protesters in Kano, Nigeria, the army said.")
    assert not any("POL" in f"{r[1]}{r[2]}" for r in found)


@pytest.mark.parametrize("text, polarity", [
    ("The driver is in custody in Lansing, Michigan, police said.", "asserted"),
    ("Police said the farmer remains in custody at the county jail in Dayton, Ohio.", "asserted"),
    ("The driver is not in custody in Lansing, Michigan, police said.", "negated"),
])
def test_custody_is_an_arrest_by_the_countrys_police(code, text, polarity):
    found = [r for r in of_type(code, text, "COERCE") if r[1] == "USA.POL" and r[2] == "USA.CVL"]
    assert found and all(r[3] == polarity for r in found), code(text)


@pytest.mark.parametrize("text", [
    "The driver died in police custody in Lansing, Michigan.",
    "The custody of the child was settled in Lansing, Michigan.",
    "The driver is in custody in Idlib, where Hayat Tahrir al-Sham fighters run the town.",
])
def test_a_death_in_custody_a_childs_custody_and_armed_groups_land_are_no_police_arrest(code, text):
    assert not any(r[0] == "COERCE" and r[1] is not None and r[1].endswith(".POL") for r in code(text))


def test_an_arrest_on_a_warrant_in_a_police_report_is_by_the_police(code):
    found = of_type(code, "The driver was arrested on a warrant in Topeka, Kansas, on Wednesday, police said.", "COERCE")
    assert any(r[1] == "USA.POL" and r[2] == "USA.CVL" for r in found)


@pytest.mark.parametrize("text, source, polarity", [
    ("No charges have been filed against the driver in Lansing, Michigan.", None, "negated"),  # round 21: no court
    ("Prosecutors filed charges against the driver in Lansing, Michigan, on Monday.", "USA.JUD", "asserted"),
])
def test_charges_filed_against_someone_are_an_accusation(code, text, source, polarity):
    found = of_type(code, text, "ACCUSE")
    assert any(r[1] == source and r[2] == "USA.CVL" and r[3] == polarity for r in found), found


def test_a_charge_of_current_or_price_is_no_accusation(code):
    assert not of_type(code, "The deputy charged the phone and charged a fee in Lansing, Michigan, police said.", "ACCUSE")


@pytest.mark.parametrize("text, kind", [
    ("The cashier is fighting for his life at a hospital in Gary, Indiana, police said.", "ASSAULT"),
    ("The old farmer went down fighting in Austin, Texas, his family said.", "ASSAULT"),
    ("Police in Newark, New Jersey, are on high alert after the shooting.", "MOBILIZE"),
    ("Two officers were not injured in the shooting in Stockton, California, police said.", "ASSAULT"),
    ("No officers were hurt in the standoff in Stockton, California, police said.", "ASSAULT"),
    ("Police say it is unclear whether the officers were targeted for attack in Dallas, Texas.", "ASSAULT"),
])
def test_idioms_of_crime_reports_are_no_event(code, text, kind):
    assert not of_type(code, text, kind), code(text)


@pytest.mark.parametrize("text, kind", [
    ("Gunmen targeted the officers outside the station in Dallas, Texas, police said.", "ASSAULT"),
    ("Two officers were injured in the shooting in Stockton, California, police said.", "ASSAULT"),
    ("The rebels were fighting for control of the town near Gao, Mali.", "ASSAULT"),
])
def test_near_misses_of_the_idioms_stay_events(code, text, kind):
    assert of_type(code, text, kind), code(text)


@pytest.mark.parametrize("text", [
    "The deputy accidentally shot himself in the hand in Dayton, Ohio, police said.",
    "The driver shot his own foot while cleaning a pistol in Dayton, Ohio, police said.",
    "Police set up a hotline for information leading to the arrest of the suspect in Dayton, Ohio.",
])
def test_harm_to_oneself_and_a_hoped_for_arrest_are_no_event(code, text):
    assert not any(r[0] in ("ASSAULT", "COERCE") for r in code(text)), code(text)


def test_a_bomber_blowing_himself_up_still_attacks(code):
    assert of_type(code, "A suicide bomber blew himself up at a checkpoint near Kandahar, Afghanistan.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "UN troops remained on alert in Bangui after the church attack.",
    "Several thousand Malian soldiers remained on high alert before the vote.",
])
def test_troops_on_alert_are_still_mobilised(code, text):
    assert of_type(code, text, "MOBILIZE"), code(text)


@pytest.mark.parametrize("text", [
    "The governor in Tangier, Morocco, welcomed the deputies at the border.",
    "The mayor of Tangier, Morocco, criticised the deputies for the vote.",
])
def test_deputies_of_a_parliament_are_no_police(code, text):
    assert not any("POL" in f"{r[1]}{r[2]}" for r in code(text))


@pytest.mark.parametrize("text", [
    "The driver is in the county jail in Dayton, Ohio, police said.",
    "The driver was placed into custody at the scene in Dayton, Ohio, police said.",
    "The driver was booked into the county jail in Dayton, Ohio, police said.",
])
def test_jail_and_custody_phrasings_are_arrests_by_the_police(code, text):
    assert any(r[1] == "USA.POL" and r[2] == "USA.CVL" for r in of_type(code, text, "COERCE")), code(text)


@pytest.mark.parametrize("text", [
    "The girl is in the custody of her grandmother in Dayton, Ohio, police said.",
    "The boy remains in state custody in Dayton, Ohio, police said.",
])
def test_a_childs_custody_is_no_arrest(code, text):
    assert not of_type(code, text, "COERCE"), code(text)


def test_police_beside_a_local_department_of_no_known_country_are_the_countrys(code):
    text = "Police later arrested the woman on two warrants from the Tyler Police Department, south of Dallas, Texas."
    assert any(r[1] == "USA.POL" and r[2] == "USA.CVL" for r in of_type(code, text, "COERCE")), code(text)


def test_a_towns_metropolitan_police_is_its_force(code):
    found = of_type(code, "Indianapolis Metro Police arrested the driver in Indianapolis, Indiana.", "COERCE")
    assert any(r[1] == "indianapolis-police" and r[2] == "USA.CVL" for r in found), found


@pytest.mark.parametrize("text", [
    "Officers responded to the call at about 1 p.m. in Dayton, Ohio, police said.",
    "Officers responded to a 911 call at a home in Dayton, Ohio, police said.",
])
def test_a_call_the_police_answer_is_no_request(code, text):
    assert not of_type(code, text, "REQUEST"), code(text)


def test_a_call_for_an_act_is_still_a_request(code):
    assert of_type(code, "The mayor of Dayton, Ohio, renewed his call for the governor to resign.", "REQUEST")


@pytest.mark.parametrize("text, kind, target", [
    ("A man stabbed a constable outside a mosque in Lahore, Pakistan.", "ASSAULT", "PAK.POL"),
    ("The suspect pulled a knife on two officers at a station in Manchester, England.", "THREATEN", "GBR.POL"),
])
def test_constables_and_officers_elsewhere_are_that_countrys_police(code, text, kind, target):
    assert any(r[2] == target for r in of_type(code, text, kind)), code(text)


def test_officers_in_a_local_report_abroad_act_as_its_police(code):
    found = of_type(code, "Officers fired tear gas at protesters in Nairobi, Kenya, on Tuesday.", "ASSAULT")
    assert any(r[1] == "KEN.POL" and r[2] == "KEN.PRT" for r in found), found


@pytest.mark.parametrize("text, kind", [
    ("Anyone with information that will assist police is encouraged to call the Hampton Police Division in Hampton, "
     "Virginia.", "AGREE"),
    ("It was not immediately clear whether the suspects were armed in Hampton, Virginia, police said.", "AID"),
])
def test_an_appeal_for_tips_and_armed_suspects_are_no_event(code, text, kind):
    assert not of_type(code, text, kind), code(text)


@pytest.mark.parametrize("text, kind", [
    ("The militias in Goma were armed by Rwanda.", "AID"),
    ("Police said information from residents helped detectives arrest the driver in Hampton, Virginia.", "COERCE"),
])
def test_arming_by_a_state_and_an_arrest_helped_by_tips_stay_events(code, text, kind):
    assert of_type(code, text, kind), code(text)


def test_waving_a_pistol_at_officers_threatens_them(code):
    found = of_type(code, "The man waved a pistol at two officers in Dayton, Ohio, police said.", "THREATEN")
    assert any(r[2] == "USA.POL" for r in found), found


@pytest.mark.parametrize("text, kind", [
    ("The crowd waved flags at the officers in Dayton, Ohio, police said.", "THREATEN"),
    ("Britain trained Kenyan police officers last year.", "THREATEN"),
])
def test_waving_flags_and_training_officers_threaten_no_one(code, text, kind):
    assert not of_type(code, text, kind)


def test_a_killing_an_act_led_to_is_still_an_attack(code):
    text = "Taliban militants clashed with police forces, which led to the killing of one militant in Kabul, Afghanistan."
    assert any(r[2] == "AFG.REB" for r in of_type(code, text, "ASSAULT")), code(text)


def test_a_call_from_a_union_answered_is_still_a_request(code):
    text = "Doctors rallied outside the hospital in Thessaloniki, Greece, responding to a call from their union to protest."
    assert of_type(code, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "A suspect shot two officers during a traffic stop in Memphis, Tennessee, police said.",
    "Suspects opened fire on police officers in Recife, Brazil.",
])
def test_a_suspect_who_shoots_is_an_unidentified_armed_group(code, text):
    found = [r for r in of_type(code, text, "ASSAULT") if r[2] is not None and r[2].endswith(".POL")]
    assert found and all(r[1] is not None and r[1].startswith("UNIDENTIFIED_ARMED_GROUP") for r in found), found


@pytest.mark.parametrize("text, target", [
    ("A clash broke out and three Malay Muslim separatist suspects were killed in Pattani, Thailand.", "THA.REB"),
    ("Soldiers killed two Boko Haram suspects near Maiduguri, Nigeria.", "BOKO_HARAM"),
])
def test_suspects_an_armed_groups_word_names_are_that_group(code, text, target):
    found = of_type(code, text, "ASSAULT")
    assert any(r[2] == target for r in found) and not any(r[2] and r[2].endswith(".CVL") for r in found), found


def test_robbery_suspects_arrested_are_civilians(code):
    found = of_type(code, "Police arrested two robbery suspects in Dayton, Ohio.", "COERCE")
    assert any(r[1] == "USA.POL" and r[2] == "USA.CVL" for r in found), found
