"""A claim's voice over coordinated clauses (issue 12, round 19): a predicate with no subject that the parser hung on
the verb of saying goes on with what is said; a new clause after ", and" is the author's. Sentences written for the
test, with near misses; also "claims" misread as a noun subject of the claimed predicates."""

from __future__ import annotations

import pytest

from faultlines.events.claim_conjuncts import carried, misread_claimants


def voices(code, text, type_):
    return {(kind, name) for ty, _s, _t, _p, kind, name in code(text) if ty == type_}


def test_a_later_conjunct_of_an_alleged_clause_is_the_claimants(code):
    text = "The clerk alleges in his complaint that he was mocked, was detained for hours and was searched by guards in Ohio."
    assert voices(code, text, "COERCE") == {("quoted", "clerk")}


def test_a_later_conjunct_after_a_present_saying_is_the_speakers_claim(code):
    text = "The man contends he was stopped, was handcuffed and was beaten by deputies in Texas."
    assert voices(code, text, "ASSAULT") == {("quoted", "man")}


def test_a_speakers_own_deed_after_comma_and_stays_the_authors(code):
    text = "The mayor said the budget was approved, and was attacked by protesters outside city hall."
    assert voices(code, text, "ASSAULT") == {("author", None)}


def test_a_new_clause_with_its_own_subject_stays_the_authors(code):
    text = "The militia said it attacked the base, and police arrested two men."
    assert voices(code, text, "COERCE") == {("author", None)}
    assert voices(code, text, "ASSAULT") == {("quoted", "militia")}


def test_both_acts_of_an_accusation_are_the_accusers(code):
    text = "Kenya accused Somalia of shelling the border town and blocking aid convoys."
    assert voices(code, text, "ASSAULT") == {("quoted", "Kenya")}
    assert ("author", None) not in {(k, n) for ty, *_r, k, n in code(text) if ty != "ACCUSE"}


def test_a_second_act_of_what_is_said_is_the_speakers(code):
    assert voices(code, "The army said that rebels attacked the village and killed five farmers.", "ASSAULT") \
        == {("quoted", "army")}


def _conj(pipeline, text: str, word: str):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == word and t.dep_ == "conj")


@pytest.mark.parametrize("text, word, first", [
    ("The clerk alleges in his complaint that he was mocked, was detained for hours and was searched by guards in Ohio.",
     "detained", "mocked"),
    ("The boy's mother contends he was stopped, was handcuffed and was kicked by deputies in Nevada.", "was", "stopped"),
])
def test_carried_finds_the_first_conjunct(pipeline, text, word, first):
    x = _conj(pipeline, text, word)
    got = carried(x, x.head)
    assert got is not None and got.text == first


@pytest.mark.parametrize("text, word", [
    ("The mayor said the budget was approved, and was attacked by protesters outside city hall.", "attacked"),
    ("The general said the town was taken, and was wounded by a sniper the next day.", "wounded"),
    ("Police said the man fled, and arrested him hours later.", "arrested"),
    ("The militia said it attacked the base, and police arrested two men.", "arrested"),
])
def test_carried_leaves_the_speakers_own_clause(pipeline, text, word):
    x = _conj(pipeline, text, word)
    assert carried(x, x.head) is None


def test_claims_misread_as_a_noun_still_tell_the_claimants_voice(code):
    text = "A nurse claims in the lawsuit that she was threatened, was held for a day and was assaulted by police officers in Denver."
    assert voices(code, text, "ASSAULT") == {("quoted", "nurse")}


@pytest.mark.parametrize("text", [
    "The claims that he was beaten were rejected, and police arrested him in Denver.",
    "His claims that guards beat him were dismissed, and police detained his lawyer in Lagos.",
])
def test_a_real_claim_noun_leaves_the_later_clause_to_the_author(code, text):
    assert voices(code, text, "COERCE") == {("author", None)}


def test_a_claim_noun_with_no_claimant_names_no_one(pipeline):
    doc = pipeline.nlp("Claims that the army shelled the town were denied, and soldiers arrested two reporters in Goma.")
    assert misread_claimants(next(t for t in doc if t.text == "arrested")) == ()
