"""Event sources behind pronouns (#12 round 11): a long run of "He ..." sentences keeps its first subject however
many sentences without events stand between."""

from __future__ import annotations


def test_a_long_run_of_he_sentences_without_events_keeps_its_source(code):
    text = ("Senator Mark Dalton met Prime Minister Ahmed Karimov in Baku on Monday. He said the talks went well. "
            "He praised the new road. He visited a school. He toured a hospital. He visited a factory. "
            "He walked along the river. He criticised Russia over the blockade.")
    accusations = [e for e in code(text) if e[0] == "ACCUSE" and e[2] == "RUS"]
    assert accusations and all(e[1] == "mark-dalton" for e in accusations)


def test_a_run_of_he_sentences_after_the_object_is_named_keeps_the_subject(code):
    text = ("Foreign Minister Ali Rezaei received envoy Tomas Berg in Tehran. " + " ".join(
        f"He spoke about item {i} of the agenda." for i in range(12)) + " He condemned Israel over the raid.")
    accusations = [e for e in code(text) if e[0] == "ACCUSE" and e[2] == "ISR"]
    assert accusations and all(e[1] == "ali-rezaei" for e in accusations)


def test_we_in_a_quotation_is_the_government_of_the_minister_who_speaks(code):
    rows = code('Sudanese Foreign Minister Ali Karti said: "We reject the sanctions imposed by Washington."')
    assert any(r[0] == "REJECT" and r[1] == "SDN.GOV" and r[2] == "USA" and r[4] == "quoted" for r in rows)


def test_we_in_a_quotation_closed_by_she_added_is_her_side(code):
    rows = code('US State Department spokeswoman Heather Nauert spoke on Friday. "We urge the Ukrainian government to '
                'cancel the requirements," she added.')
    assert any(r[0] == "REQUEST" and r[1] in ("USA.GOV", "USA.GOV.STATE") and r[2] == "UKR.GOV" for r in rows)


def test_she_inside_a_quotation_is_never_its_speaker(code):
    rows = code('Maria Lopez saw the attack from her car. "I looked over and thought she was trying to help," Lopez '
                'said. "She pulled a gun and she shot at the Syrian soldiers."')
    assert not any(r[1] == "maria-lopez" for r in rows if r[0] == "ASSAULT")
