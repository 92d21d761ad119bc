"""Round 17 sprint, helper D2 (events/denials.py, claims.py, boasts.py): denials of a role, a hand or a part in an
act; "X accuses Y of Z, a charge W denies" when the parser makes the denial the head; "did not deny"; the opposition
as the voice of its accusation. Sentences written for the test, each with a near miss."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


def denied(code, text, type_):
    return {(s, t, v) for ty, s, t, p, k, v in code(text) if ty == type_ and p == "negated" and k == "quoted"}


@pytest.mark.parametrize("text", [
    "Tehran denied a hand in the attack on the Saudi embassy.",
    "Tehran denied any part in the attack on the Saudi embassy.",
])
def test_a_hand_or_part_in_an_act_is_the_act_denied(code, text):
    assert ("IRN", "SAU", "Iran") in {(s, t.split(".")[0], v) for s, t, v in denied(code, text, "ASSAULT")}


def test_a_hand_in_an_act_is_the_act_denied_on_the_default_path(pipeline):
    events = pipeline.extract(document_from_text("Tehran denied a hand in the attack on the Saudi embassy.")).events
    assert any(e.type == "ASSAULT" and e.source == "IRN" and e.polarity == "negated" and e.voice.name == "Iran"
               for e in events)


@pytest.mark.parametrize("denial", ["Moscow has denied any role.", "Moscow denied playing any role."])
def test_a_bare_role_denied_answers_the_charge_before(code, denial):
    text = f"Georgia accused Russia of arming the separatists in the north. {denial}"
    assert any(ty == "AID" and s == "RUS" and p == "negated" and v == "Russia" for ty, s, _, p, _, v in code(text))


def test_a_bare_role_denied_with_no_charge_before_is_nothing(code):
    assert code("Moscow has denied any role.") == []


def test_a_role_in_another_act_does_not_answer_the_charge(code):
    text = "Georgia accused Russia of arming the separatists. Moscow denied any role in the riots in the capital."
    assert not any(ty == "AID" and p == "negated" for ty, _, _, p, _, _ in code(text))


def test_a_charge_the_denier_denies_with_the_denial_parsed_as_head(code):
    got = code("Kinshasa accuses Kigali of backing the M23 rebels, a charge Rwanda denies.")
    assert ("ACCUSE", "COD", "RWA", "asserted", "author", None) in got
    assert ("SUPPORT", "RWA", "M23", "asserted", "quoted", "Democratic Republic of the Congo") in got
    assert ("SUPPORT", "RWA", "M23", "negated", "quoted", "Rwanda") in got
    assert ("REJECT", "RWA", "COD", "asserted", "author", None) in got


def test_a_denial_of_ones_own_act_stays_a_denial(code):
    got = code("Kigali denied that it had deployed troops in Congo.")
    assert not any(ty == "ACCUSE" or (ty == "MOBILIZE" and p == "asserted") for ty, _, _, p, _, _ in got)


def test_did_not_deny_is_no_denial(code):
    got = code("Islamabad did not deny a role in the attack on the Indian army base.")
    assert not any(ty == "ASSAULT" and p == "negated" for ty, _, _, p, _, _ in got)
    assert ("ASSAULT", "PAK", "IND", "negated", "quoted", "Pakistan") in code(
        "Islamabad denied a role in the attack on the Indian army base.")


def test_the_opposition_is_the_voice_of_its_accusation(code):
    got = code("The opposition accuses the government of arming the militias.")
    assert [v for ty, _, _, _, k, v in got if ty == "AID"] == ["opposition"]


@pytest.mark.parametrize("text", [
    "He was denied entry to Israel.",
    "The court denied bail to the opposition leader.",
    "The minister denied reports that he had resigned.",
])
def test_denials_of_no_role_stay_out(code, text):
    assert not any(p == "negated" for _, _, _, p, _, _ in code(text))


def test_a_wish_denied_stays_the_deniers_own_on_the_default_path(pipeline):
    events = pipeline.extract(document_from_text("Moscow has denied that it wants to deploy soldiers in Belarus.")).events
    assert any(e.type == "MOBILIZE" and e.source == "RUS" and e.polarity == "hypothetical" and e.voice.name == "Russia"
               for e in events)
    wished = pipeline.extract(document_from_text("Moscow said it wants Belarus to deploy soldiers in the north.")).events
    assert not any(e.type == "MOBILIZE" and e.source == "RUS" for e in wished)


@pytest.mark.parametrize("text", [
    "Islamabad rejected any involvement in the bombing of the Indian consulate.",
    "Islamabad says it had no role in the bombing of the Indian consulate.",
    "Islamabad played no part in the bombing of the Indian consulate, the foreign ministry said.",
])
def test_a_part_rejected_or_had_none_is_the_act_denied(code, text):
    assert any(ty == "ASSAULT" and s == "PAK" and t.startswith("IND") and p == "negated"
               for ty, s, t, p, _, _ in code(text))


def test_a_part_played_is_the_act_asserted(code):
    got = code("Islamabad played a part in the bombing of the Indian consulate.")
    assert any(ty == "ASSAULT" and s == "PAK" and p == "asserted" for ty, s, _, p, _, _ in got)
    assert not any(p == "negated" for _, _, _, p, _, _ in got)


def test_a_relative_denial_after_a_gerund_rejects_the_accuser(code):
    got = code("Kinshasa accuses the M23 of shelling Sake, which the M23 denies.")
    assert any(ty == "REJECT" and s == "M23" and t == "COD" for ty, s, t, _, _, _ in got)
    assert not any(ty == "REJECT" for ty, _, _, _, _, _ in code("Kinshasa accuses the M23 of shelling Sake, which "
                                                                  "the M23 says is a lie."))
