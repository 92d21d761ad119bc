"""Who a surname or a pronoun is in running prose (#12 round 11): kin words between two people of one surname, the
subject carried on by "he"/"she", the paragraph's topic over a person only quoted, and binding in a clause."""

from __future__ import annotations

from faultlines.read import document_from_text


def mentions(pipeline, text: str) -> dict[str, set[str]]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return {a.id: {m.text for m in a.mentions} for a in facts.actors}


def test_a_surname_speaking_of_his_son_is_the_father(pipeline):
    found = mentions(pipeline, "The gunman was identified as Omar Haddad. His father, Sami Haddad, runs a shop in Ohio. "
                               "Haddad said his son had been quiet for months.")
    assert "Haddad" in found["sami-haddad"]
    assert "Haddad" not in found["omar-haddad"]


def test_a_surname_with_its_father_is_the_son(pipeline):
    found = mentions(pipeline, "The gunman was identified as Omar Haddad. His father, Sami Haddad, runs a shop in Ohio. "
                               "Haddad's father said the family was shocked.")
    assert "Haddad" in found["omar-haddad"]
    assert "Haddad" not in found["sami-haddad"]


def test_a_shared_surname_with_no_kin_word_names_no_one(pipeline):
    found = mentions(pipeline, "Sami Haddad runs a shop in Ohio. His son, Omar Haddad, joined a militia in 2014. "
                               "Haddad praised the group online.")
    assert not any("Haddad" in ms for ms in found.values())


def test_a_subject_he_carries_on_the_subject_not_the_object(pipeline):
    found = mentions(pipeline, "Mr. Mark Dalton met Mr. Ahmed Karimov in Baku on Monday. He said the talks went well.")
    assert "He" in found["mark-dalton"]
    assert "He" not in found["ahmed-karimov"]


def test_she_after_a_quoted_speaker_is_the_paragraphs_topic(pipeline):
    found = mentions(pipeline, "Governor Lena Brooks toured the flooded town on Tuesday. \"We will rebuild,\" said "
                               "Rep. Tom Fields, who joined her. She later accused the federal agency of neglect.")
    assert "She" in found["lena-brooks"]
    assert not found["tom-fields"] & {"She", "her"}


def test_he_after_a_speaker_who_goes_on_speaking_is_the_speaker(pipeline):
    found = mentions(pipeline, "Governor Lena Brooks toured the flooded town on Tuesday. \"We will rebuild,\" said "
                               "Rep. Tom Fields. He added that the state would pay.")
    assert "He" in found["tom-fields"]


def test_he_in_what_a_person_says_is_that_person(pipeline):
    found = mentions(pipeline, "Mayor Ivan Petrov refused to meet the visiting envoy David Morgan in Minsk, saying he would "
                               "only receive him in Brest.")
    assert "he" in found["ivan-petrov"]
    assert "him" in found["david-morgan"]


def test_an_object_pronoun_is_not_its_own_clauses_subject(pipeline):
    found = mentions(pipeline, "Nadia Rahman arrived in Kabul on Friday. Yusuf Ali, who met her at the airport, "
                               "praised the plan.")
    assert "her" not in found["yusuf-ali"]


def test_she_is_never_a_person_just_called_he(pipeline):
    found = mentions(pipeline, "Rafael Ortiz, the camp manager, pushed reporter Carmen Vidal as she walked past. "
                               "He pushed her so hard that she fell.")
    assert "He" in found["rafael-ortiz"]
    assert "she" not in found["rafael-ortiz"]


def test_the_suspect_is_the_person_the_police_identified_even_before_the_name(pipeline):
    found = mentions(pipeline, "Police arrested the suspect on Sunday after a shooting at a mall. The suspect fled in "
                               "a car. Police identified the suspect as Daniel Kerr, 34, of Dayton.")
    assert {"suspect", "Daniel Kerr"} <= found["daniel-kerr"]


def test_the_gunman_named_in_apposition_is_that_person(pipeline):
    found = mentions(pipeline, "The gunman, Victor Hale, opened fire at a church. Police shot the gunman an hour later.")
    assert "gunman" in found["victor-hale"]


def test_a_suspect_no_one_identified_is_not_a_witness_named_nearby(pipeline):
    found = mentions(pipeline, "A suspect was arrested after two stabbings in Leeds. Police named Mark Ellis, 40, as a "
                               "witness. The suspect was charged with assault.")
    assert "suspect" not in found["mark-ellis"]
    assert "Mark Ellis" in found["mark-ellis"]  # the witness is found, by name only


def test_two_identified_suspects_leave_the_suspect_unresolved(pipeline):
    found = mentions(pipeline, "Police identified one suspect as Daniel Kerr and named the other suspect as Paul Reed. "
                               "The suspect was released on Monday.")
    assert not any("suspect" in ms for ms in found.values())
    assert "Daniel Kerr" in found["daniel-kerr"] and "Paul Reed" in found["paul-reed"]


def actors_of(pipeline, text: str) -> dict[str, object]:
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    return {a.id: a for a in facts.actors}


def test_a_minister_named_with_his_state_belongs_to_its_government(pipeline):
    found = actors_of(pipeline, "Sudanese Foreign Minister Ali Karti arrived in Cairo on Sunday.")
    assert found["ali-karti"].parent == "SDN.GOV"


def test_a_minister_whose_state_is_only_nearby_gets_no_government(pipeline):
    found = actors_of(pipeline, "Minister Ali Karti said Sudan would not attend.")
    assert found["ali-karti"].parent is None


def test_a_former_minister_is_no_member_of_the_government(pipeline):
    found = actors_of(pipeline, "Former Sudanese Foreign Minister Ali Karti arrived in Cairo on Sunday.")
    assert found["ali-karti"].parent is None


def test_we_of_a_text_headed_as_a_presidents_message_is_his_state(pipeline):
    text = ("Message from President Enrique Peña Nieto\n\nWe have made progress in the talks. "
            "We will defend our sovereignty and our two countries will keep talking.")
    facts = pipeline.extract(document_from_text(text))
    found = {a.id: {m.text for m in a.mentions} for a in facts.actors}
    assert "We" in found["MEX"]
    assert not any("our two countries" in ms or "countries" in ms for ms in found.values())


def test_we_of_an_article_headed_by_a_reporter_is_no_state(pipeline):
    facts = pipeline.extract(document_from_text("Report from Kabul\n\nWe have made progress in the talks."))
    assert not any(m.text == "We" for a in facts.actors for m in a.mentions)
    assert any(a.id == "AFG" and {m.text for m in a.mentions} == {"Kabul"} for a in facts.actors)  # the place is read


def test_a_short_local_report_gives_its_one_country_to_a_gunman(pipeline):
    facts = pipeline.extract(document_from_text(
        "Gunman kills bus driver\n\nThe attack happened on Friday in Houston. Police in Houston said the bus was "
        "crossing the city. The driver died in a Houston hospital."))
    assert any(a.id == "UNIDENTIFIED_ARMED_GROUP.USA" for a in facts.actors)


def test_a_model_number_in_a_short_name_is_equipment(pipeline):
    found = mentions(pipeline, "The jets landed after a Lockheed C-5 Galaxy brought spare parts.")
    assert not any(ms & {"C-5 Galaxy", "Lockheed C-5 Galaxy"} for ms in found.values())


def test_she_after_sentences_about_things_is_the_one_person_named(pipeline):
    found = mentions(pipeline, "Hillary Clinton used a private server as secretary of state. The server held thousands "
                               "of emails. Investigators found classified files on it. The files covered several "
                               "years. She pushed for strikes on Libya.")
    assert "She" in found["HILLARY_CLINTON"]


def test_he_far_from_two_people_named_is_neither(pipeline):
    found = mentions(pipeline, "Senator Mark Dalton met Prime Minister Ahmed Karimov in Baku. The hall was full. "
                               "Snow fell all day. The roads were closed. He praised the new road.")
    assert not any("He" in ms for ms in found.values())
    assert "Mark Dalton" in found["mark-dalton"] and "Ahmed Karimov" in found["ahmed-karimov"]
