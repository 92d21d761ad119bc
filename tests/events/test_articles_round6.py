"""Types, future acts, generic actors, shared surnames and denials, from the error classes seen when real articles
were judged (issue 12, round 6). Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def code(rules):
    """code(text) -> [(type, source, target, polarity, voice name)]."""

    def run(text: str):
        return [(e.type, e.source, e.target, e.polarity, e.voice.name)
                for e in rules.extract(document_from_text(text)).events]

    return run


def test_blowing_up_a_checkpoint_is_an_attack_and_a_bridge_destruction(rules):
    facts = rules.extract(document_from_text("Insurgents blew up a checkpoint in Afghanistan."))
    assert [(e.type, e.mode) for e in facts.events] == [("ASSAULT", "explosives")]
    facts = rules.extract(document_from_text("Insurgents blew up a bridge in Afghanistan."))
    assert [(e.type, e.mode) for e in facts.events] == [("COERCE", "destroy")]


def test_ordering_or_pressing_an_attack_is_no_request(code):
    assert not [r for r in code("The defence minister of Kenya ordered a strike on the rebels.") if r[0] == "REQUEST"]
    rows = code("Kenya said its army was pressing its attacks on the rebels.")
    assert not [r for r in rows if r[0] == "REQUEST"]


def test_what_is_ordered_has_not_happened_yet(code):
    rows = code("The president of Chad ordered Niger to withdraw its troops.")
    assert ("RETREAT", "NER", None, "hypothetical", None) in rows
    assert not [r for r in rows if r[0] == "RETREAT" and r[3] == "asserted"]


def test_arms_sold_are_aid_and_no_attack(code):
    assert code("Norway stopped selling bombs to Ghana.") == [("AID", "NOR", "GHA", "negated", None)]
    assert ("AID", "PER", "BOL", "asserted", None) in code("Peru's arms sales to Bolivia worried Chile.")
    assert [r[0] for r in code("Norway halted arms sales to Ghana.")] == ["SANCTION"]


def test_a_headline_infinitive_is_announced_not_done(code):
    rows = code("Canada to lift sanctions on Myanmar")
    assert rows and all(r[3] == "hypothetical" for r in rows)


@pytest.mark.parametrize("noun", ["Islamists", "Terrorists", "Insurgents", "Jihadists"])
def test_generic_armed_people_are_the_countrys_armed_groups(code, noun):
    rows = code(f"{noun} attacked a school in Niger.")
    assert [r[:2] for r in rows] == [("ASSAULT", "NER.REB")]


def test_a_surname_two_people_share_is_dropped(rules):
    text = ("Amir Haddadi attacked a police station in Kabul. His father, Karim Haddadi, denied knowing of the plan. "
            "Haddadi attacked the police again.")
    facts = rules.extract(document_from_text(text))
    sources = [e.source for e in facts.events if e.type == "ASSAULT"]
    assert sources[0] == "amir-haddadi"
    assert "karim-haddadi" not in sources and sources.count("amir-haddadi") == 1


def test_a_surname_one_person_has_is_that_person(rules):
    facts = rules.extract(document_from_text("Amir Haddadi was born in Herat. Haddadi attacked a police station in Kabul."))
    assert [e.source for e in facts.events if e.type == "ASSAULT"] == ["amir-haddadi"]


def test_denying_the_allegations_negates_the_accused_claim_in_the_deniers_voice(code):
    rows = code("Kenya accused Somalia of shelling the camp. Somalia denied the allegations.")
    assert ("ASSAULT", "SOM", None, "asserted", "Kenya") in rows
    assert ("ASSAULT", "SOM", None, "negated", "Somalia") in rows
    rows = code("Kenya accused Somalia of shelling the camp. Ethiopia denied the allegations.")
    assert not [r for r in rows if r[3] == "negated"]
    rows = code("Kenya accused Somalia of shelling the camp. Somalia did not deny the allegations.")
    assert not [r for r in rows if r[3] == "negated"]


def test_the_end_of_an_attack_is_no_attack(code):
    assert code("Ethiopia halted its attacks on Eritrea.") == [("ASSAULT", "ETH", "ERI", "negated", None)]
    assert code("Ethiopia launched attacks on Eritrea.") == [("ASSAULT", "ETH", "ERI", "asserted", None)]


@pytest.mark.parametrize("text", ["Peru is set to cooperate with Chile.", "Peru is going to cooperate with Chile.",
                                  "Peru is to cooperate with Chile."])
def test_what_is_set_or_going_to_happen_has_not_happened(code, text):
    rows = code(text)
    assert rows and all(r[3] == "hypothetical" for r in rows)


def test_a_clause_of_time_under_a_future_has_not_happened(code):
    rows = code("Canada will lift sanctions once Myanmar cooperates with the inspectors.")
    assert [r[3] for r in rows if r[1] == "MMR"] == ["hypothetical"]
    assert [r[3] for r in code("Peru cooperates with Chile.")] == ["asserted"]


def test_what_one_went_on_to_do_was_done(code):
    assert code("Sudan went on to attack Chad.") == [("ASSAULT", "SDN", "TCD", "asserted", None)]


def test_political_islamists_are_no_armed_group(code):
    assert [r[2] for r in code("Police in Kenya arrested dozens of Islamists.")] == ["KEN.REB"]
    targets = [r[2] for r in code("Police in Kenya arrested dozens of political Islamists.")]
    assert not [t for t in targets if t and ("REB" in t or "ARMED" in t)]
