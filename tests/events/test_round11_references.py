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
