"""Training labels: own sentences are well formed, M2E2 gives no protest negatives, primary follows the parse."""

from __future__ import annotations

from faultlines.events.judge import NONE
from faultlines.records import PLOVER_TYPES, Event, Mention
from faultlines.train import labels
from faultlines.train.__main__ import primary
from faultlines.train.code import code_texts


def test_handmade_rows_are_typed_and_name_a_word_of_their_sentence():
    rows = labels.handmade_records()
    assert len(rows) >= 160
    for r in rows:
        assert r["type"] in (*PLOVER_TYPES, NONE), r
        assert r["trigger"].lower() in r["text"].lower(), r
    assert sum(r["type"] == NONE for r in rows) >= 60


def _at(text: str, word: str, kind: str) -> Event:
    a = text.index(word)
    return Event(kind.lower(), kind, None, None, 0, len(text), text, trigger=Mention(a, a + len(word), word))


def test_m2e2_labels_no_protest_candidate_none(pipeline):
    text = "Hundreds of farmers marched through the capital on Monday, and police shot a man near the bridge."
    coded = next(code_texts(pipeline, [text]))
    coded.events = [_at(text, "marched", "PROTEST"), _at(text, "shot", "ASSAULT")]
    got = {e.type: lab for e, lab in labels.m2e2({"text": text, "events": []}, coded, primary)}
    assert "PROTEST" not in got and got.get("ASSAULT") == NONE


def test_primary_is_the_highest_event_in_the_parse(pipeline):
    text = "After the rebels shelled the town, the army withdrew its troops from the area."
    doc = pipeline.nlp(text)
    shelled, withdrew = _at(text, "shelled", "ASSAULT"), _at(text, "withdrew", "RETREAT")
    assert primary([shelled, withdrew], doc) == withdrew
    assert primary([withdrew, shelled], doc) == withdrew
    assert primary([], doc) is None


def test_acled_notes_confirm_a_type_but_never_turn_an_arrest_into_a_protest(pipeline):
    text = "On 3 March, teachers protested outside the ministry against the arrest of their union leader."
    coded = next(code_texts(pipeline, [text]))
    arrest = _at(text, "arrest", "COERCE")
    coded.events = [arrest]
    assert list(labels.acled({"sub_event_type": "Peaceful protest"}, coded, primary)) == []
    assert list(labels.acled({"sub_event_type": "Arrests"}, coded, primary)) == [(arrest, "COERCE")]
    coded.events = [_at(text, "arrest", "ASSAULT")]
    assert [lab for _, lab in labels.acled({"sub_event_type": "Arrests"}, coded, primary)] == ["COERCE"]


def test_an_own_row_with_a_candidate_type_labels_only_that_type_and_makes_one_when_the_rules_have_none(pipeline):
    text = "The board fired the museum's director on Friday."
    coded = next(code_texts(pipeline, [text]))
    coded.events = [_at(text, "fired", "SANCTION")]
    row = {"text": text, "trigger": "fired", "type": NONE, "as": "ASSAULT"}
    got = list(labels.handmade(row, coded, primary))
    assert [(e.id, e.type, lab) for e, lab in got] == [(labels.MADE, "ASSAULT", NONE)]  # the SANCTION is not labelled
    assert got[0][0].trigger is not None and got[0][0].trigger.text == "fired"
    coded.events = [_at(text, "fired", "ASSAULT")]
    assert [(e.id, lab) for e, lab in labels.handmade(row, coded, primary)] == [("assault", NONE)]
    plain = {"text": text, "trigger": "fired", "type": NONE, "as": None}
    coded.events = [_at(text, "fired", "SANCTION")]
    assert [e.type for e, _ in labels.handmade(plain, coded, primary)] == ["SANCTION"]


def test_own_rows_with_a_candidate_type_name_a_plover_type_and_their_exact_word():
    made = [r for r in labels.handmade_records() if r["as"]]
    assert len(made) >= 15
    for r in made:
        assert r["as"] in PLOVER_TYPES and f" {r['trigger']}" in r["text"], r
