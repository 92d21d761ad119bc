"""Clause structure (round 19, helper H): a subject the parser read as the object of a subordinating "as"/"while".
Sentences written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def rules_pipeline(pipeline):
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def events(pipe, text: str) -> set[tuple[str, str | None, str | None]]:
    facts = pipe.extract(document_from_text("Regional Tensions\n\nOfficials met on Monday. " + text))
    names = {a.id: a.name for a in facts.actors}
    return {(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in facts.events}


def test_subject_after_as_is_the_clause_subject(rules_pipeline):
    found = events(rules_pipeline, "Brazil and Chile are hosting the talks as Peru and Ecuador accuse each other "
                                   "of violating the truce.")
    assert ("ACCUSE", "Peru", "Ecuador") in found and ("ACCUSE", "Ecuador", "Peru") in found, found
    assert not any(t == "ACCUSE" and s in ("Brazil", "Chile") for t, s, _ in found), found


def test_as_a_role_keeps_the_main_subject(rules_pipeline):
    """"served as mediator and urged": "as" names a role, the verb after "and" is still Kenya's."""
    found = events(rules_pipeline, "Kenya served as mediator and urged Uganda to withdraw its troops.")
    assert ("REQUEST", "Kenya", "Uganda") in found, found


@pytest.mark.parametrize("text", [
    "Libyan troops advanced on the town on Monday. Egypt blamed the militias for breaking the truce, saying they "
    "attacked Libyan army positions.",
    "Libyan troops advanced on Monday. Egypt blamed the militias for breaking the ceasefire signed on Friday, "
    "saying they attacked Libyan army positions.",  # "saying" hung on the verb the parser joined to "blamed"
])
def test_they_in_what_the_blamer_says_is_the_blamed(rules_pipeline, text):
    """"Egypt blamed the militias ..., saying they attacked X": the militias attacked, not the troops named before."""
    found = events(rules_pipeline, text)
    attacks = {(s, tg) for t, s, tg in found if t == "ASSAULT" and tg == "Libya"}
    assert attacks and all(s != "Libyan military" for s, _ in attacks), found


def test_plural_blamers_decide_nothing(rules_pipeline):
    """Plural blamers could be the "they" as well: the rule leaves them to the usual antecedent search."""
    from faultlines.events.pronouns import blamed_plural

    doc = rules_pipeline.nlp("The ministers blamed the militias for the attack, saying they attacked army posts.")
    they = next(t for t in doc if t.lower_ == "they")
    assert blamed_plural(they) is None
    doc = rules_pipeline.nlp("Egypt blamed the militias for the attack, saying they attacked army posts.")
    they = next(t for t in doc if t.lower_ == "they")
    assert blamed_plural(they) is not None and blamed_plural(they).lower_ == "militias"


def test_agreement_in_a_participle_of_talks_is_with_the_partner(rules_pipeline):
    found = events(rules_pipeline, "Erdogan also spoke with French President Emmanuel Macron, agreeing to cooperate "
                                   "in fighting terrorism.")
    assert ("AGREE", "Recep Tayyip Erdogan", "Emmanuel Macron") in found, found


def test_talks_with_no_named_party_give_the_agreement_no_target(rules_pipeline):
    found = events(rules_pipeline, "Erdogan spoke with reporters in Ankara, agreeing to cooperate in fighting "
                                   "terrorism.")
    assert ("AGREE", "Recep Tayyip Erdogan", None) in found, found


@pytest.mark.parametrize(("text", "source"), [
    ("But Western powers' announcement Monday of their readiness to arm the unity government in Kabul went "
     "down badly.", "Western powers"),
    ("Kenya's statement of its readiness to arm the Somali army surprised observers.", "Kenya"),
])
def test_readiness_to_act_is_its_owners(rules_pipeline, text, source):
    """"X's announcement of their readiness to arm Y": X arms, the pronoun standing for the outer possessor."""
    found = events(rules_pipeline, text)
    assert any(t == "AID" and s == source for t, s, _ in found), found


def test_genitive_before_a_gerund_is_its_doer(rules_pipeline):
    found = events(rules_pipeline, "Critics, though, see nothing wrong with Qatar's or Turkey's arming the "
                                   "militias in Tripoli.")
    assert {s for t, s, _ in found if t == "AID"} == {"Qatar", "Turkey"}, found


def test_its_takes_no_plural_owner(rules_pipeline):
    from faultlines.events.pronouns import outer_owner

    doc = rules_pipeline.nlp("The rebels' statement of its readiness to talk surprised Kenya.")
    assert outer_owner(next(t for t in doc if t.lower_ == "its")) is None
    doc = rules_pipeline.nlp("Kenya's statement of its readiness to talk surprised the rebels.")
    assert outer_owner(next(t for t in doc if t.lower_ == "its")).text == "Kenya"


def test_the_two_are_the_two_parties_named_before(rules_pipeline):
    found = events(rules_pipeline, "Erdogan and Putin agreed to boost trade. The two spoke by telephone on Sunday.")
    assert ("CONSULT", "Recep Tayyip Erdogan", "Vladimir Putin") in found, found


def test_the_two_dead_are_no_parties(rules_pipeline):
    found = events(rules_pipeline, "Two soldiers and a Kenyan civilian died in the blast. The two were buried on "
                                   "Sunday.")
    assert not any(t in ("CONSULT", "AGREE") for t, _, _ in found), found


def test_is_in_capitals_is_the_islamic_state(rules_pipeline):
    """"IS claimed the attack": the name, which the parser read as the verb "is" (an auxiliary with no subject)."""
    doc = rules_pipeline.nlp("Officials met on Monday in Syria. IS claimed responsibility for the attack on the army.")
    name = next(t for t in doc if t.text == "IS")
    assert name.dep_ != "auxpass" and name.lemma_ == "IS"
    found = events(rules_pipeline, "IS claimed responsibility for the attack on the Syrian army.")
    assert any(t == "ASSAULT" and s == "Islamic State" for t, s, _ in found), found


def test_capital_lines_keep_their_words(rules_pipeline):
    doc = rules_pipeline.nlp("THIS IS A TEST OF THE SYSTEM.")
    assert next(t for t in doc if t.text == "IS").lemma_ == "be"
