"""Voices on real-looking pages: excerpts only where the page really quotes another outlet, bylines apart."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text
from faultlines.read.html import read_html
from faultlines.structure import dateline_of, intro_outlet, is_credit, segment

NEWS = ("The army said its units had pushed back the raiders from the northern villages overnight, after hours of "
        "fighting around the river crossing.")
MORE = ("Aid workers reached two of the villages on Thursday and found homes burned and wells poisoned, according "
        "to the regional relief office.")


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    doc = document_from_text(text, guess_title=False)
    return [(s.kind, s.author, doc.text[s.start:s.end][:20]) for s in segment(doc)]


def test_a_related_link_line_is_not_an_excerpt_introduction():
    text = f"{NEWS}\n\n[Read: Why the border region became a success story, and then lost it]\n\n{MORE}\n\n{NEWS}"
    assert all(k == "body" for k, _, _ in kinds(text))


@pytest.mark.parametrize(("intro", "outlet"), [
    ("The Daily Planet reports:", "Daily Planet"),
    ("According to the Red Cross:", "Red Cross"),
    ("From the Valley Courier:", "Valley Courier"),
    ("This Valley Courier article is worth reading.", "Valley Courier"),
])
def test_an_introduced_passage_is_an_excerpt_of_the_outlet_it_names(intro, outlet):
    got = kinds(f"I have been following this story for weeks.\n\n{intro}\n\n{NEWS}\n\n{MORE}...\n\nI doubt it will last.")
    excerpts = [(a, t) for k, a, t in got if k == "excerpt"]
    assert excerpts == [(outlet, NEWS[:20])]


@pytest.mark.parametrize("line", ["Here is what we know:", "[Related: the week in pictures]", "Read more: our coverage"])
def test_lines_that_name_no_source_introduce_nothing(line):
    assert intro_outlet(line) is None


def _page(main: str) -> str:
    return (f"<html><head><title>Raid on the crossing</title></head><body><article><h1>Raid on the crossing</h1>"
            f"{main}</article></body></html>")


def test_a_preformatted_block_is_body_not_an_excerpt():
    html = _page(f"<p>{NEWS}</p><pre>curl -X GET https://example.org/api/raids?region=north --header 'Accept: json' "
                 f"and the service answers with a list of every raid reported in the region this year</pre><p>{MORE}</p>")
    doc = read_html(html, origin="pre.html")
    assert not any(s.kind == "excerpt" for s in segment(doc))
    assert "curl -X GET" in doc.text


def test_a_pull_quote_repeating_the_article_is_left_out():
    said = ("\u201cWe buried eleven people this week and we have no more shrouds,\u201d said Omar Haddad, a village "
            "elder. \u201cNobody came to help us until the shooting stopped.\u201d")
    pull = ("<blockquote><p>\u201cWe buried eleven people this week and we have no more shrouds. Nobody came to help "
            "us until the shooting stopped.\u201d</p></blockquote>")
    doc = read_html(_page(f"<p>{NEWS}</p>{pull}<p>{MORE}</p><p>{said}</p>"), origin="pull.html")
    assert doc.text.count("no more shrouds") == 1
    assert not any(s.kind == "excerpt" for s in segment(doc))


def test_a_blockquote_introduced_by_its_source_is_an_excerpt_in_that_voice():
    quoted = ("<blockquote><p>Armed men entered the camp at night and took away six young men, whose families have "
              "had no word of them since.</p></blockquote>")
    doc = read_html(_page(f"<p>{NEWS}</p><p>According to the Red Cross:</p>{quoted}<p>{MORE}</p>"), origin="bq.html")
    [ex] = [s for s in segment(doc) if s.kind == "excerpt"]
    assert ex.author == "Red Cross" and doc.text[ex.start:ex.end].startswith("Armed men entered")


@pytest.mark.parametrize(("line", "credit"), [
    ("By Jane Doe, Reuters", True),
    ("By JANE DOE and JOHN ROE, Associated Press", True),
    ("By Ahmed al-Masri", True),
    ("(Reporting by John Roe in Tripoli; Editing by Ann Poe)", True),
    ("Associated Press writers Ann Poe and Tom Fry contributed to this report.", True),
    ("By Sunday, the army had retaken the town.", False),
    ("By the end of the day, forty people had died.", False),
    ("France contributed 500 troops to the mission.", False),
])
def test_bylines_and_credit_lines(line, credit):
    assert is_credit(line) is credit


def test_byline_and_credits_are_apart_from_the_story_and_the_dateline_is_still_found():
    text = ("Eastern forces push toward the capital\n\nBy Jane Doe, Reuters\n\nTRIPOLI/ANKARA (Reuters) - Eastern "
            "forces shelled the airport on Tuesday.\n\nThe government said it would hit back.\n\n"
            "(Reporting by John Roe in Tripoli; Editing by Ann Poe)")
    doc = document_from_text(text)
    segs = segment(doc)
    assert [(s.kind, s.author) for s in segs] == [("title", None), ("dateline", "Reuters"), ("dateline", "Reuters"),
                                                  ("body", None), ("body", None), ("dateline", None)]
    d = dateline_of(text, segs)
    assert d is not None and (d.place, d.agency) == ("Tripoli/Ankara", "Reuters")


def test_a_byline_glued_to_the_first_paragraph_is_split_off():
    text = "Raid on the crossing\n\nBy Jane Doe\nGunmen attacked the crossing at dawn, officials said.\n\nTwo died."
    segs = segment(document_from_text(text))
    byline = next(s for s in segs if s.kind == "dateline")
    assert text[byline.start:byline.end] == "By Jane Doe"
    assert any(s.kind == "body" and text[s.start:s.end].startswith("Gunmen attacked") for s in segs)


def test_byline_writers_are_not_actors_of_events_nor_speakers(pipeline):
    text = ("Raid on the crossing\n\nBy Jane Doe, Reuters\n\nGunmen attacked the border crossing at dawn, a spokesman "
            "for the interior ministry said.\n\n\u201cWe will find them,\u201d he added.")
    facts = pipeline.extract(document_from_text(text))
    [q] = facts.quotes
    assert q.speaker_name == "a spokesman for the interior ministry"
    assert all("Doe" not in (e.voice.name or "") for e in facts.events)
    assert not any("Doe" in (a.name or "") for a in facts.actors)  # the writer is no actor at all
    names = {a.id: a.name for a in facts.actors}
    assert all("Doe" not in (names.get(e.source) or "") and "Doe" not in (names.get(e.target) or "")
               for e in facts.events)


def test_blockquotes_a_page_uses_to_talk_to_its_reader_are_the_author_s_words():
    calls = ["You are about to learn what every buyer wants.", "Your first step is the hardest one.",
             "Today you will finish the plan you started."]
    main = "".join(f"<p>{NEWS}</p><blockquote><p>{c}</p></blockquote>" for c in calls)
    doc = read_html(_page(main), origin="callouts.html")
    assert not any(s.kind == "excerpt" for s in segment(doc))


def test_a_single_quoted_blockquote_stays_an_excerpt_even_when_it_says_you():
    main = (f"<p>{NEWS}</p><blockquote><p>You cannot bomb a city for a month and call it a ceasefire, and every "
            f"commander on the ground knows it.</p></blockquote><p>{MORE}</p>")
    doc = read_html(_page(main), origin="one.html")
    assert [s.kind for s in segment(doc)].count("excerpt") == 1


def test_a_trailing_ellipsis_in_the_author_s_own_address_to_the_reader_is_no_excerpt():
    text = (f"{NEWS}\n\nNonsense! They started where you are now, and you will get there too if you keep going "
            f"and stop comparing yourself …\n\n{MORE}")
    assert all(k == "body" for k, _, _ in kinds(text))


def test_the_source_named_in_the_last_sentence_before_a_blockquote_is_the_excerpt_s():
    intro = ("<p>Prices doubled in a month. As Lena Ortiz at The Harbour Ledger explains, the blockade hits the poorest "
             "families first:</p>")
    quoted = ("<blockquote><p>Flour now costs twice what it did in March, and the bakeries that stayed open ration "
              "bread to one loaf a family.</p></blockquote>")
    doc = read_html(_page(f"<p>{NEWS}</p>{intro}{quoted}<p>{MORE}</p>"), origin="mid.html")
    [ex] = [s for s in segment(doc) if s.kind == "excerpt"]
    assert ex.author == "Lena Ortiz"


def test_an_article_followed_by_teasers_that_trail_off_is_not_an_excerpt():
    teaser = ("Harbour Energy Forum 2019. The forum will be a platform for engineers and investors to keep abreast "
              "of the current state of offshore power and its markets…")
    text = f"{NEWS}\n\n{MORE}\n\n{NEWS}\n\n{teaser}"
    assert all(k == "body" for k, _, _ in kinds(text))


def test_a_passage_cut_off_between_the_blogger_s_own_lines_is_still_an_excerpt():
    text = (f"Instead of disbanding the raiders, the council paid them.\n\n{NEWS}\n\n{MORE}...\n\n"
            f"You would think someone would notice.")
    got = kinds(text)
    assert [k for k, _, _ in got] == ["body", "excerpt", "body"]


FORUM = ("Militia money trail\n\nFound this report today:\n\nValley Wire wrote:\nGunmen attacked a checkpoint near the "
         "river crossing on Friday, killing four police officers, the interior ministry said. Militiamen later "
         "stormed the customs post at the crossing.\n\nIf true, the ceasefire is over.")


def test_an_excerpt_that_opens_by_naming_its_source_is_that_source_s():
    doc = document_from_text(FORUM)
    [ex] = [s for s in segment(doc) if s.kind == "excerpt"]
    assert ex.author == "Valley Wire"


def test_a_claim_inside_a_named_excerpt_keeps_its_own_claimant(pipeline):
    facts = pipeline.extract(document_from_text(FORUM))
    voices = {(e.type, e.voice.kind, e.voice.name) for e in facts.events if e.type == "ASSAULT"}
    assert ("ASSAULT", "quoted", "interior ministry") in voices  # "..., the interior ministry said"
    assert all(v[2] != "Valley Wire" or v == ("ASSAULT", "quoted", "Valley Wire") for v in voices)
    assert not any(e.voice.kind == "author" for e in facts.events if e.start > FORUM.index("Valley Wire wrote"))
