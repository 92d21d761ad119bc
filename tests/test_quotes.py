"""Quotes with speakers: cues, pronouns, outlets, excerpts and signature quotations."""

from __future__ import annotations

from faultlines.read import document_from_text


def quotes_of(pipeline, text):
    return pipeline.extract(document_from_text(text, guess_title=False)).quotes


def test_said_after_the_quote(pipeline):
    q, = quotes_of(pipeline, "\u201cWe will hold the line in the north,\u201d said Ahmed Hassan, a commander.")
    assert q.text == "We will hold the line in the north"
    assert q.speaker_name == "Ahmed Hassan" and q.cue is not None and q.cue.text == "said"


def test_split_quote_shares_its_speaker(pipeline):
    qs = quotes_of(pipeline, "\u201cWe came here first,\u201d Maria Lopez said, \u201cand we will not leave this town.\u201d")
    assert [q.speaker_name for q in qs] == ["Maria Lopez", "Maria Lopez"]


def test_cue_before_the_quote(pipeline):
    q, = quotes_of(pipeline, "John Smith told reporters: \u201cThe convoy was attacked at dawn.\u201d")
    assert q.speaker_name == "John Smith"


def test_pronoun_resolves_to_the_nearest_person(pipeline):
    text = ("Hassan Nasrallah spoke on Sunday.\n"
            "\u201cThe resistance will answer every attack,\u201d he told Al Manar.")
    q, = quotes_of(pipeline, text)
    assert q.speaker_name and "Nasrallah" in q.speaker_name
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_following_quote_without_cue_continues(pipeline):
    text = ("\u201cIt will take years to rebuild,\u201d Colonel Ali Karim said on Monday. "
            "\u201cNobody has a plan for the refugees yet.\u201d")
    qs = quotes_of(pipeline, text)
    assert len(qs) == 2 and qs[1].speaker_name == qs[0].speaker_name and "Karim" in qs[0].speaker_name


def test_seed_quotes(seed_facts):
    by_text = {q.text[:30]: q for q in seed_facts.quotes}
    sadr = [q for q in seed_facts.quotes if "defeat of Daesh" in q.text or "proud of Iraq" in q.text]
    assert len(sadr) == 2 and all(q.speaker_name == "Muqtada al-Sadr" for q in sadr)
    assert all(q.outlet is not None for q in sadr)  # "he told Middle East Eye"
    witty = next(q for q in seed_facts.quotes if "fiefdoms" in q.text)
    assert witty.speaker_name == "David M. Witty"
    assert witty.voice.kind == "quoted" and witty.voice.name == "Stars and Stripes"
    casey = [q for q in seed_facts.quotes if "disinformation program" in q.text]
    assert len(casey) == 1 and casey[0].speaker_name == "William Casey"  # signature quoted once
    assert casey[0].voice.kind == "commenter"
    assert "American blood on their hands" in by_text or any("American blood" in t for t in by_text)
