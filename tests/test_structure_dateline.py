"""Datelines, headlines and comment threads in plain text: what the structure stage must see on real pages."""

from __future__ import annotations

import pytest

from faultlines.read import document_from_text
from faultlines.structure import dateline_of, find_dateline, segment


@pytest.mark.parametrize(("line", "place", "agency", "date"), [
    ("BAGHDAD (Reuters) - Gunmen attacked a checkpoint", "Baghdad", "Reuters", None),
    ("KABUL (AP) — Two rockets hit the airport", "Kabul", "AP", None),
    ("CAIRO, May 3 — The ministry said", "Cairo", None, "May 3"),
    ("NEW YORK (Reuters) - Oil fell on Monday", "New York", "Reuters", None),
    ("SEOUL, South Korea — Lawmakers walked out", "Seoul, South Korea", None, None),
    ("Berlin (dpa) - Die Regierung hat", "Berlin", "dpa", None),
    ("LINZ. Die Polizei hat am Montag", "Linz", None, None),
    ("WASHINGTON —", "Washington", None, None),
])
def test_dateline_forms(line, place, agency, date):
    d = find_dateline(line)
    assert d is not None and (d.place, d.agency, d.date) == (place, agency, date)
    assert d.start == 0 and line[:d.end].rstrip() == line[:d.end]


@pytest.mark.parametrize("line", [
    "UPDATE 2-Oil prices fall", "The army said - without proof - that", "I - for one - disagree",
    "EXCLUSIVE - Talks collapse", "Iraq (the country) - background", "A - B",
])
def test_not_datelines(line):
    assert find_dateline(line) is None


def test_dateline_is_its_own_segment_and_the_rest_is_body():
    text = "Rockets hit Kabul airport\n\nKABUL (AP) — Two rockets hit the airport on Sunday, police said.\n\nNo one was hurt."
    doc = document_from_text(text)
    segs = segment(doc)
    assert [s.kind for s in segs] == ["title", "dateline", "body", "body"]
    dl = segs[1]
    assert text[dl.start:dl.end] == "KABUL (AP) —" and dl.author == "AP"
    assert text[segs[2].start:segs[2].end].startswith("Two rockets")
    d = dateline_of(text, segs)
    assert d is not None and (d.place, d.agency) == ("Kabul", "AP")


def test_only_the_first_dateline_and_none_in_comments():
    text = ("Clashes in the north\n\nMOSUL (Reuters) - Clashes broke out on Friday.\n\n"
            "BAGHDAD (Reuters) - A second story pasted below.\n\nComments\n\nKIRKUK - is next, mark my words.")
    segs = segment(document_from_text(text))
    assert sum(1 for s in segs if s.kind == "dateline") == 1
    assert all(s.kind != "dateline" for s in segs if s.start > text.index("Comments"))


def test_headline_ending_in_question_mark_is_the_title():
    doc = document_from_text("Who armed the militia?\n\nThe ministry would not say where the rifles came from.")
    assert doc.title == "Who armed the militia?"
    assert segment(doc)[0].kind == "title"


def test_comments_heading_near_the_top_still_opens_the_thread():
    text = ("Short note\n\nThe council met.\n\nComments\n\n" + "\n\n".join(
        f"@Reader{i} I disagree with the council on point {i}, and so do my neighbours." for i in range(12)))
    segs = segment(document_from_text(text))
    start = text.index("Comments")
    assert start < 0.1 * len(text)
    assert [s.kind for s in segs if s.end <= start] == ["title", "body"]
    assert all(s.kind == "comment" for s in segs if s.start > start)


def test_comment_only_text_is_a_thread():
    text = ("@Ellen North I doubt the ministry paid them, there is no ledger.\n\n"
            "@Ben Carr There is a ledger, the council published it last week.\n\n"
            "@Ellen North Published where? I looked and found nothing.")
    segs = segment(document_from_text(text))
    assert segs and all(s.kind == "comment" for s in segs)
    assert [s.reply_to for s in segs] == ["Ellen North", "Ben Carr", "Ellen North"]


def test_plain_article_stays_body():
    text = "Army retakes bridge\n\nThe army retook the bridge on Monday.\n\nOfficials said the road would reopen."
    assert [s.kind for s in segment(document_from_text(text))] == ["title", "body", "body"]


def test_copied_blog_thread_names_dates_and_reply_links():
    text = ("Ceasefire holds in the north\n\nThe ceasefire held for a third day, officials said.\n\n"
            "3 thoughts on “Ceasefire holds in the north”\n\n"
            "Maria Lopez says:\nMarch 3, 2017 at 10:02 am\nI doubt it will last the week.\nReply\n\n"
            "John Smith says:\nMarch 3, 2017 at 11:15 am\n@Maria Lopez It lasted last time.\nReply\n\n"
            "Kim says:\n4 hours ago\nNobody asked the militias.")
    doc = document_from_text(text)
    segs = segment(doc)
    heading = text.index("3 thoughts")
    assert all(s.kind in ("title", "body") for s in segs if s.end <= heading)
    comments = [(s.author, s.reply_to, text[s.start:s.end]) for s in segs if s.kind == "comment"]
    assert comments == [("Maria Lopez", None, "I doubt it will last the week."),
                        ("John Smith", "Maria Lopez", "@Maria Lopez It lasted last time."),
                        ("Kim", None, "Nobody asked the militias.")]
    for line in ("March 3, 2017 at 10:02 am", "Reply", "4 hours ago", "Maria Lopez says:"):
        at = text.index(line)
        seg = next(s for s in segs if s.start <= at < s.end)
        assert seg.kind == "signature", line


def test_copied_forum_thread_post_by_lines():
    text = ("Drone strikes on the ridge road\n\nComments\n\n"
            "Re: Drone strikes on the ridge road\nPost by river_m » Mon Mar 04, 2024 9:30 am\n"
            "The governor's office blamed the insurgents.\n\n"
            "Re: Drone strikes on the ridge road\nPost by hillwatcher » Mon Mar 04, 2024 10:02 am\n"
            "The insurgents denied it within the hour.")
    segs = segment(document_from_text(text))
    comments = [(s.author, text[s.start:s.end]) for s in segs if s.kind == "comment"]
    assert ("river_m", "The governor's office blamed the insurgents.") in comments
    assert ("hillwatcher", "The insurgents denied it within the hour.") in comments
