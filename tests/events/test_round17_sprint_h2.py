"""Round 17 sprint, helper H2: headline and caption edges the precision review found wrong or lost. Sentences
written for the test."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text

BODY = "\n\nOfficials gave no further details on Monday."


@pytest.fixture(scope="module")
def rules_pipeline(pipeline):
    """The rule coder's own events, without the trained judge."""
    from faultlines.pipeline import Pipeline

    return Pipeline(model=False, nlp=pipeline.nlp)


def events(pipe, text: str, upto: int | None = None) -> list[tuple[str, str | None, str | None, str, str | None]]:
    """(type, source id, target id, voice kind, voice name) of the events starting before `upto`."""
    facts = pipe.extract(document_from_text(text))
    return [(e.type, e.source, e.target, e.voice.kind, e.voice.name) for e in facts.events
            if upto is None or e.start < upto]


def test_criticism_headline_reason_is_the_critics_charge(rules_pipeline):
    found = events(rules_pipeline, "Sen. Okafor Blasts China Over Hacking" + BODY, 38)
    assert ("ACCUSE", "okafor", "CHN", "author", None) in found
    hacks = [f for f in found if f[0] == "COERCE"]
    assert hacks and all(kind == "quoted" and name == "Okafor" for *_, kind, name in hacks)


def test_criticism_headline_without_an_act_in_its_reason_keeps_its_accusation(rules_pipeline):
    found = events(rules_pipeline, "Sen. Okafor Blasts China Over Trade Deal" + BODY, 40)
    assert found == [("ACCUSE", "okafor", "CHN", "author", None)]


def test_caption_slug_leaves_the_named_police_as_source(rules_pipeline):
    text = "Clashes in the south\n\nFILE - Riot police fire tear gas at students in Quito, Ecuador, May 3, 2019."
    assert ("ASSAULT", "ECU.POL", "ECU.CVL", "author", None) in events(rules_pipeline, text)


def test_caption_without_an_act_gives_no_assault(rules_pipeline):
    text = "Clashes in the south\n\nFILE - Riot police stand guard outside the parliament in Quito, Ecuador, May 3, 2019."
    assert not any(f[0] == "ASSAULT" for f in events(rules_pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("N. Korean Troops Shell Border Island\n\nSEOUL — North Korean troops fired shells at an island near the sea "
     "border on Friday, officials said.", ("ASSAULT", "PRK.MIL")),
    ("S. Korean Police Detain Striking Dockworkers\n\nBUSAN — Police held dozens of dock workers on Friday.",
     ("COERCE", "KOR.POL")),
])
def test_abbreviated_demonym_does_not_run_into_the_headline(rules_pipeline, text, expected):
    assert any(f[:2] == expected for f in events(rules_pipeline, text, 40))


def test_abbreviated_demonym_names_no_one_letter_actor(pipeline):
    facts = pipeline.extract(document_from_text("S. Korean Envoy Meets Japanese Minister" + BODY))
    assert not any(a.name.strip(". ").lower() in ("n", "s") or "Envoy" in a.name for a in facts.actors)


def test_known_names_chain_only_after_a_preposition(pipeline):
    from faultlines.casing import known_names, sentence_cased

    sent = next(pipeline.nlp("N. Korean Troops Fire Artillery Near Border" + BODY).sents)
    assert sentence_cased(sent, known_names(sent, pipeline.nlp, set(range(7)))).startswith(
        "N. Korean troops fire artillery near border")


@pytest.mark.parametrize(("headline", "target"), [
    ("Nigerian Reporter Gunned Down in Lagos", "NGA.MED"),
    ("Ugandan Activist Shot Dead in Kampala", "UGA.OPP"),
])
def test_killing_told_by_how_is_done_to_the_subject(rules_pipeline, headline, target):
    found = [f for f in events(rules_pipeline, headline + BODY, len(headline)) if f[0] == "ASSAULT"]
    assert found and all(src is None for _, src, *_ in found) and any(tgt == target for _, _, tgt, *_ in found)


def test_hacking_into_a_network_stays_the_hackers_act(rules_pipeline):
    found = events(rules_pipeline, "Chinese Hackers Hacked Ministry Servers in Taipei" + BODY, 45)
    assert ("COERCE", "CHN", "TWN", "author", None) in found


def test_a_men_plural_is_an_english_word():
    from faultlines.casing import stems

    assert "woman" in stems("women") and "gunman" in stems("gunmen") and stems("Yemen")[0] == "Yemen"


def test_forces_blasting_over_a_raid_accuse_no_one(rules_pipeline):
    found = events(rules_pipeline, "Russian Jets Blast Rebel Bases Over Border Raid" + BODY, 46)
    assert not any(f[0] == "ACCUSE" for f in found)
