"""Speakers of quotations on real-looking reports: an introducing line, a role named earlier, bylines aside."""

from __future__ import annotations

from faultlines.read import document_from_text


def facts_of(pipeline, text, **kw):
    return pipeline.extract(document_from_text(text, **kw))


def test_a_quotation_opening_its_paragraph_after_an_introducing_line_is_that_source_s(pipeline):
    text = ("Few donors gave again this year.\n\nThe Valley Courier reports:\n\n\"In a sign of fading enthusiasm, "
            "only a quarter of the donors to the mayor gave more than once this year.\"\n\nThat is not a good sign.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_mention is not None and q.speaker_mention.text == "The Valley Courier"


def test_he_added_goes_back_to_the_spokesman_who_spoke_last_not_to_a_person_named_before(pipeline):
    text = ("Colonel Sami Aziz led the convoy into the valley on Monday. Gunmen later attacked the checkpoint, "
            "a spokesman for the border police said.\n\n\u201cWe will find the men who did this,\u201d he added.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name == "a spokesman for the border police"


def test_a_named_person_still_wins_when_named_after_the_spokesman(pipeline):
    text = ("A spokesman for the army said the road was open. Later, Colonel Sami Aziz visited the checkpoint.\n\n"
            "\u201cThe road will stay open,\u201d he said.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name is not None and "Aziz" in q.speaker_name


def test_a_byline_writer_is_never_the_he_of_a_quotation(pipeline):
    text = ("Raid on the crossing\n\nBy John Roe, Reuters\n\nGunmen attacked the border crossing at dawn.\n\n"
            "\u201cThey came from the hills,\u201d he said.")
    [q] = facts_of(pipeline, text).quotes
    assert q.speaker_name is None or "Roe" not in q.speaker_name


THREAD = ("Militia money\n\nThe defence ministry said the brigade received rockets from abroad last year.\n\n"
          "\u201cWe never took a single rifle from anyone,\u201d said Karim Saleh, the brigade's commander.\n\n"
          "Comments\n\nRoger K\n\n\"the brigade received rockets from abroad last year\" - and water is wet.\n\nRoger K\n\n"
          "Maria P\n\n> We never took a single rifle from anyone\nSure, and I am the Queen of Sheba.\n\nMaria P\n")


def test_a_commenter_quoting_the_article_quotes_it_and_a_quoted_line_keeps_its_first_speaker(pipeline):
    facts = facts_of(pipeline, THREAD)
    by_text = {q.text[:24]: q for q in facts.quotes}
    article = by_text["the brigade received roc"]
    assert article.speaker_name == "the article" and article.voice.kind == "commenter"
    line = next(q for q in facts.quotes if q.text.startswith("We never took") and q.start > THREAD.index("Maria P"))
    assert line.speaker_name is not None and "Karim Saleh" in line.speaker_name


def test_a_commenter_s_own_quotation_of_unknown_words_stays_unattributed(pipeline):
    text = THREAD.replace("\"the brigade received rockets from abroad last year\"", "\"nobody here believes a word of it\"")
    facts = facts_of(pipeline, text)
    q = next(q for q in facts.quotes if q.text.startswith("nobody here"))
    assert q.speaker_name is None


def test_a_quotation_running_over_two_paragraphs_is_the_speaker_named_in_the_last(pipeline):
    text = ("Farmers fled the valley after the raid.\n\n\u201cWe have lost everything. The houses are gone and the wells "
            "are poisoned.\n\n\u201cNobody has come to help us since the soldiers left,\u201d said Amina Yusuf, a farmer.")
    qs = facts_of(pipeline, text, guess_title=False).quotes
    assert [q.speaker_name for q in qs] == ["Amina Yusuf", "Amina Yusuf"]


def test_he_said_after_a_role_with_a_name_in_apposition_is_that_name(pipeline):
    text = ("Gunmen burned the market on Friday, a local official, Musa Bello, said by telephone.\n\n"
            "\u201cThey took the cattle and shot at anyone who ran,\u201d he said.")
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name is not None and "Bello" in q.speaker_name


def test_a_quotation_after_a_colon_is_the_words_of_that_clause_s_subject(pipeline):
    text = "Army chief Omar Haddad scolded the envoy: \u201cYour ceasefire has not stopped a single shell.\u201d"
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name is not None and "Haddad" in q.speaker_name


def test_a_colon_after_a_thing_names_no_speaker(pipeline):
    text = "The banner over the gate read: \u201cNo entry for foreign soldiers or their friends.\u201d"
    [q] = facts_of(pipeline, text, guess_title=False).quotes
    assert q.speaker_name is None
