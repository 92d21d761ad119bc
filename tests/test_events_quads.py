"""Type choices that decide the CAMEO quad: ceasefire violations, withdrawn envoys, refugees taken in,
sanctions removed, peacekeepers and troops arriving, peacekeeping operations (our own sentences)."""

from __future__ import annotations

import pytest

from faultlines.events.lexicon import LexiconError, build_lexicon, load_lexicon
from faultlines.pipeline import Pipeline
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(model=False)


def coded(p: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.mode, e.source, e.target) for e in p.extract(document_from_text(text)).events]


@pytest.mark.parametrize("text", ["Government troops breached the ceasefire in Idlib on Monday.",
                                  "Syrian soldiers violated the truce near Idlib on Monday."])
def test_violating_a_ceasefire_is_fighting_not_a_rejection(rules, text):
    types = {t for t, *_ in coded(rules, text)}
    assert "ASSAULT" in types and "REJECT" not in types


def test_violating_a_ban_stays_a_rejection(rules):
    assert "ASSAULT" not in {t for t, *_ in coded(rules, "North Korea violated the arms embargo of the United Nations.")}


def test_withdrawn_observers_reduce_relations_but_withdrawn_troops_retreat(rules):
    assert ("SANCTION", "withdraw", "GHA", "MLI") in coded(rules, "Ghana withdrew its observers from Mali after the coup.")
    assert [t for t, *_ in coded(rules, "Ghana withdrew its troops from Mali after the coup.")] == ["RETREAT"]


def test_taking_in_refugees_is_asylum_not_an_agreement(rules):
    found = coded(rules, "Germany accepted 2,000 Syrian refugees last year.")
    assert [(t, m) for t, m, *_ in found] == [("AID", "asylum")]
    assert [t for t, *_ in coded(rules, "Germany accepted the proposal from France.")] == ["AGREE"]


def test_removing_sanctions_is_a_concession(rules):
    assert ("CONCEDE", None, "USA", "CUB") in coded(rules, "The United States removed sanctions on Cuba.")


def test_arriving_peacekeepers_aid_and_arriving_troops_visit_nobody(rules):
    found = coded(rules, "Three hundred Kenyan peacekeepers arrived in Somalia on Tuesday.")
    assert [(t, m, tgt) for t, m, _, tgt in found] == [("AID", "peacekeeping", "SOM")]
    assert not any(t == "CONSULT" for t, *_ in coded(rules, "Hundreds of French troops arrived in Chad on Friday."))
    assert ("CONSULT", "visit") in {(t, m) for t, m, *_ in coded(rules, "The Indian foreign minister arrived in Nepal on Friday.")}


def test_deployed_observers_are_aid_not_mobilisation(rules):
    assert [(t, m) for t, m, *_ in coded(rules, "Italy deployed observers to Lebanon.")] == [("AID", "peacekeeping")]


def test_a_peacekeeping_operation_is_no_attack_but_a_military_one_is(rules):
    assert not any(t == "ASSAULT" for t, *_ in coded(rules, "Italy joined the peacekeeping operation in Lebanon."))
    assert any(t == "ASSAULT" for t, *_ in coded(rules, "Italy launched a military operation in Libya."))


def test_subjects_is_a_rule_gate_and_unknown_keys_fail():
    rule = next(r for r in load_lexicon().verbs["arrive"] if r.subjects and r.type == "AID")
    assert rule.gated and "peacekeeper" in rule.subjects
    with pytest.raises(LexiconError):
        build_lexicon({"version": 1, "verbs": {"AID": [{"lemmas": ["arrive"], "subject": ["troop"]}]}})


def test_joint_exercises_are_military_cooperation_each_with_the_other(rules):
    found = coded(rules, "India and France began joint military exercises on Monday.")
    assert {("COOPERATE", "military", "IND", "FRA"), ("COOPERATE", "military", "FRA", "IND")} <= set(found)
    assert ("COOPERATE", "military", "IND", "FRA") in coded(rules, "India held joint naval exercises with France.")


def test_a_joint_operation_against_a_group_is_an_attack_not_cooperation(rules):
    found = coded(rules, "Kenyan and Somali forces launched a joint operation against al-Shabaab.")
    assert any(t == "ASSAULT" for t, *_ in found) and not any(t == "COOPERATE" for t, *_ in found)


def test_an_exercise_alone_is_no_event(rules):
    assert coded(rules, "The army conducted a military exercise near the border.") == []
