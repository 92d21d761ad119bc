"""Title Case lines read in sentence case, headlinese verbs read as verbs, dropped "was" (round 17, helper H).
Headlines written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text

BODY = "\n\nOfficials gave no further details on Monday."


@pytest.fixture(scope="module")
def rules_pipeline(pipeline):
    """The rule coder's own events, without the trained judge."""
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def head_events(pipe, headline: str, body: str = BODY) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) of the events found in the headline line."""
    facts = pipe.extract(document_from_text(headline + body))
    names = {a.id: a.name for a in facts.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in facts.events
            if e.start < len(headline)]


@pytest.mark.parametrize(("headline", "expected"), [
    # present plural verbs the tagger reads as the first noun of a compound
    ("Sudanese Police Fire Tear Gas at Striking Doctors", ("ASSAULT", "Sud")),
    ("Burmese Troops Shell Rebel-Held Villages", ("ASSAULT", "Myanmar")),
    ("Venezuelan Protesters Storm Congress in Caracas", ("ASSAULT", "Venezuelan")),
    # a first parse that made "Kenya Expels" one place, and lower-case small words in a Title Case line
    ("Kenya Expels Chinese Diplomat", ("SANCTION", "Kenya")),
    ("EU Imposes Sanctions on Belarus", ("SANCTION", "European Union")),
])
def test_headline_verb_has_its_subject_as_source(rules_pipeline, headline, expected):
    kind, source = expected  # the source's name starts so ("Sudanese police" or the state, "Myanmar armed forces")
    assert any(t == kind and s and s.startswith(source) for t, s, _ in head_events(rules_pipeline, headline))


@pytest.mark.parametrize(("headline", "target"), [
    ("Taliban Commander Arrested in Kabul", "Taliban"),
    ("Top Hezbollah Commander Killed in Syria", "Hezbollah"),
])
def test_headline_participle_of_a_dropped_was_is_done_to_its_subject(rules_pipeline, headline, target):
    found = head_events(rules_pipeline, headline)
    assert found and all(s is None for _, s, _ in found) and any(t == target for _, _, t in found)


def test_kenya_expels_keeps_its_target(rules_pipeline):
    assert ("SANCTION", "Kenya", "Chinese government") in head_events(rules_pipeline, "Kenya Expels Chinese Diplomat")


@pytest.mark.parametrize("headline", [
    "Trade Talks Resume in Geneva",  # no party acts on another
    "Phone Call Between Leaders Ends Quietly",
    "Record Crowds Flock to Harvest Fair",
    "Fire Crews Battle Blaze Near Athens",  # "fire crews" are firefighters, not gunfire
])
def test_headline_without_a_hostile_act_gives_no_assault(rules_pipeline, headline):
    assert not any(t in ("ASSAULT", "COERCE") for t, _, _ in head_events(rules_pipeline, headline))


def test_title_line_entities_end_at_the_names(pipeline):
    doc = pipeline.nlp("Kenya Expels Chinese Diplomat" + BODY)
    assert [(e.text, e.label_) for e in doc.ents if e.end_char < 30] == [("Kenya", "GPE"), ("Chinese", "NORP")]
    assert doc[1].pos_ == "VERB" and doc[0].dep_ == "nsubj"


def test_only_a_line_of_its_own_is_recased(pipeline):
    from faultlines.casing import standalone

    doc = pipeline.nlp("Rebels Seize Post on Border as Army Retreats\n\nThe Army Retreats. Rebels said so.")
    assert [standalone(s) for s in doc.sents] == [True, False, False]


def test_known_names_keep_places_people_and_unknown_words(pipeline):
    from faultlines.casing import known_names, sentence_cased

    sent = next(pipeline.nlp("Rebels Seize Goma as Congolese Troops Retreat").sents)
    assert sentence_cased(sent, known_names(sent, pipeline.nlp)) == "Rebels seize Goma as Congolese troops retreat"


def test_stems_read_inflected_headline_words():
    from faultlines.casing import stems

    assert "seize" in stems("seized") and "jam" in stems("jammed") and "bury" in stems("buried")
    assert stems("Gao") == ("Gao",)


def test_small_words_do_not_stop_a_title_case_line(pipeline):
    from faultlines.casing import title_case

    assert title_case(next(pipeline.nlp("Rebels Seize Post on Border as Army Retreats").sents))
    assert not title_case(next(pipeline.nlp("Rebels seized a post on the border as the army retreated.").sents))


def test_said_to_headline_is_hearsay_not_the_subjects_word(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text("Nigerian Governor Said to Warn Bandits About Raid" + BODY))
    ev = [e for e in facts.events if e.type == "THREATEN" and e.start < 40]
    assert ev and all(e.voice.kind == "quoted" and e.voice.name is None for e in ev)


def test_a_headline_that_says_keeps_its_speaker(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text("Nigerian Governor Says Army Warned Bandits About Raid" + BODY))
    ev = [e for e in facts.events if e.type == "THREATEN" and e.start < 40]
    assert ev and all(e.voice.kind == "quoted" and e.voice.name for e in ev)


@pytest.mark.parametrize("sentence", [
    "Riot police fire tear gas at striking miners in Johannesburg.",
    "FILE - Kenyan police fire tear gas at opposition supporters in Nairobi, Kenya, July 7, 2023.",
])
def test_body_present_plural_verb_read_as_a_verb(rules_pipeline, sentence):
    facts = rules_pipeline.extract(document_from_text("Clashes in the south\n\n" + sentence))
    assert any(e.type == "ASSAULT" and e.trigger and e.trigger.text == "fire" for e in facts.events)


@pytest.mark.parametrize("sentence", [
    "Police fire service crews and ambulance staff at the scene of the blaze.",  # no verb at all: a caption
    "Army shells fell on the market overnight.",  # a clause already: the shells are the army's, nothing re-read
])
def test_body_noun_readings_stay(rules_pipeline, sentence):
    facts = rules_pipeline.extract(document_from_text("Clashes in the south\n\n" + sentence))
    assert not any(e.trigger and e.trigger.text in ("fire", "shells") and e.type == "ASSAULT" and e.source
                   for e in facts.events)


def test_abbreviation_keeps_the_name_after_it(rules_pipeline):
    found = head_events(rules_pipeline, "Rep. Okafor Urges Sanctions on Russia")
    assert ("REQUEST", "Okafor", "Russia") in found


def test_one_letter_abbreviation_is_no_actor(pipeline):
    facts = pipeline.extract(document_from_text("N. Korean Envoy Targets Critics" + BODY))
    assert not any(a.name.strip(". ").lower() in ("n", "s") for a in facts.actors)


def test_speaker_after_a_comma_is_the_one_who_says(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text("Gunman Kills Three at Mosque, Police Say" + BODY))
    ev = [e for e in facts.events if e.type == "ASSAULT" and e.start < 40]
    assert ev and all(e.voice.name == "Police" for e in ev)


def test_a_german_sentence_is_not_read_again(rules_pipeline):
    facts = rules_pipeline.extract(document_from_text(
        "Bericht aus Berlin\n\nNur auf disperse Erfahrungen blicken viele Gruppen in der Stadt zurück."))
    assert not facts.events


@pytest.mark.parametrize("headline", ["Five Ghanaian Traders Feared Killed in Raid",
                                      "Four Chadian Soldiers Confirmed Killed in Ambush"])
def test_feared_or_confirmed_killed_is_done_to_the_subject(rules_pipeline, headline):
    found = [(s, t) for k, s, t in head_events(rules_pipeline, headline) if k == "ASSAULT"]
    assert found and all(s is None and t for s, t in found)
