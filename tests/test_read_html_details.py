"""Each comment's date and reply target from markup; a thread in markup no platform table knows."""

from __future__ import annotations

import pytest

from faultlines.read.html import read_html
from faultlines.records import Facts
from faultlines.structure import segment

STORY = "<p>" + "The bridge at the river crossing was shelled twice overnight, the regional governor said on Sunday. " * 3 + "</p>"


def _comments(html: str) -> list[tuple[str | None, str | None, str | None, str]]:
    doc = read_html(html, origin="t.html")
    return [(s.author, s.reply_to, s.date, doc.text[s.start:s.end]) for s in segment(doc) if s.kind == "comment"]


def test_comment_dates_from_time_attribute_shown_text_and_relative_dates():
    html = ("<html><body><h1>Bridge shelled</h1><article>" + STORY + "</article><ol class='commentlist'>"
            "<li class='comment'><div class='comment-author'><cite class='fn'>Hana</cite></div>"
            "<div class='comment-meta'><time datetime='2024-05-02T08:15:00Z'>May 2, 2024</time></div>"
            "<div class='comment-content'><p>Which bridge is it, the old one or the rail bridge?</p></div></li>"
            "<li class='comment'><div class='comment-author'><cite class='fn'>Ilya</cite></div>"
            "<span class='comment-date'>Posted on 3 hours ago</span>"
            "<div class='comment-content'><p>The rail bridge, according to the local channel.</p></div></li>"
            "<li class='comment'><div class='comment-author'><cite class='fn'>Jon</cite></div>"
            "<div class='comment-content'><p>No date shown here, and none should be invented for 12 May 2024.</p></div>"
            "</li></ol></body></html>")
    found = _comments(html)
    assert [(a, d) for a, _, d, _ in found] == [("Hana", "2024-05-02T08:15:00Z"), ("Ilya", "3 hours ago"), ("Jon", None)]


def test_a_date_line_outside_the_post_text_is_its_date_but_a_date_inside_the_words_is_not():
    html = ("<html><body><h1>Ferry route</h1>"
            "<div class='post has-profile bg1' id='p1'><dl class='postprofile'><dt><a class='username'>deckhand</a></dt></dl>"
            "<div class='postbody'><p class='author'><a href='#p1'>Tue Mar 05, 2024 9:12 am</a></p>"
            "<div class='content'>The ferry route to the island is closed after the mine warning.</div></div></div>"
            "<div class='post has-profile bg2' id='p2'><dl class='postprofile'><dt><a class='username'>skipper</a></dt></dl>"
            "<div class='postbody'><p class='author'><a href='#p2'>Wed Mar 06, 2024 10:40 am</a></p>"
            "<div class='content'><p>It reopened on 7 March 2024.</p> The navy swept the channel.</div></div></div>"
            "</body></html>")
    doc = read_html(html, origin="f.html")
    [c] = [s for s in segment(doc) if s.kind == "comment"]
    assert (c.author, c.date) == ("skipper", "Wed Mar 06, 2024 10:40 am")


def test_forum_quote_of_an_earlier_post_names_whom_the_reply_answers():
    html = ("<html><body><h1>Grain corridor</h1>"
            "<div class='post has-profile bg1' id='p1'><dl class='postprofile'><dt><a class='username'>miller</a></dt></dl>"
            "<div class='postbody'><div class='content'>Three grain ships left the port this morning.</div></div></div>"
            "<div class='post has-profile bg2' id='p2'><dl class='postprofile'><dt><a class='username'>baker</a></dt></dl>"
            "<div class='postbody'><div class='content'><blockquote><div><cite>miller wrote:</cite>Three grain ships"
            "</div></blockquote>Only two were loaded with grain.</div></div></div>"
            "<div class='post has-profile bg1' id='p3'><dl class='postprofile'><dt><a class='username'>carter</a></dt></dl>"
            "<div class='postbody'><div class='content'><blockquote><div><cite>Reuters wrote:</cite>Ships left the port"
            "</div></blockquote>A news agency is not a member of this board.</div></div></div>"
            "</body></html>")
    found = _comments(html)
    assert [(a, r) for a, r, _, _ in found] == [("baker", "miller"), ("carter", None)]
    assert found[0][3] == "Only two were loaded with grain."


def test_at_name_and_in_reply_to_answer_only_a_commenter_of_the_thread():
    def li(name: str, words: str) -> str:
        return f"<li class='comment'><cite class='fn'>{name}</cite><div class='comment-content'><p>{words}</p></div></li>"

    html = ("<html><body><h1>Curfew extended</h1><article>" + STORY + "</article><ol class='commentlist'>"
            + li("Mara Voss", "The curfew will hurt the night markets.")
            + li("Tariq", "@Mara Voss the markets were closed anyway.")
            + li("Lin", "@Everyone please keep this civil.")
            + li("Pete", "In reply to Tariq: they reopened last week.") + "</ol></body></html>")
    found = _comments(html)
    assert [(a, r) for a, r, _, _ in found] == [("Mara Voss", None), ("Tariq", "Mara Voss"), ("Lin", None),
                                                ("Pete", "Tariq")]


def test_comment_date_travels_in_the_facts_json():
    from faultlines.records import Document, Segment

    seg = Segment("s1", "comment", 0, 5, "Hana", None, "2024-05-02")
    facts = Facts(document=Document(id="x", text="Hello"), segments=(seg,))
    assert Facts.from_json(facts.to_json()).segments[0].date == "2024-05-02"


def test_unknown_platform_thread_found_from_repeated_blocks_with_author_time_and_text():
    def note(name: str, when: str, words: str) -> str:
        return (f"<div class='rx-note'><div class='rx-note-head'><span class='rx-handle'>{name}</span>"
                f"<time datetime='{when}'>{when}</time></div><div class='rx-note-words'><p>{words}</p></div></div>")

    html = ("<html><body><h1>Dam inspection delayed</h1><article>" + STORY + "</article>"
            "<section class='rx-discussion'>"
            + note("quarry_lad", "2024-02-01", "The inspectors were turned back at the checkpoint.")
            + note("Ruth Anan", "2024-02-02", "That checkpoint has been there since January.")
            + "</section><footer><span class='author'>Site staff</span> wrote every article.</footer></body></html>")
    found = _comments(html)
    assert [(a, d) for a, _, d, _ in found] == [("quarry_lad", "2024-02-01"), ("Ruth Anan", "2024-02-02")]
    assert found[1][3].startswith("That checkpoint")


def test_a_badge_or_user_title_printed_with_the_name_is_not_the_author():
    def li(badge: str, name: str, words: str) -> str:
        return (f"<li class='comment'><div class='comment-author'><div class='user-title'>{badge}</div>"
                f"<div class='user-link'>{name}</div></div><div class='comment-content'><p>{words}</p></div></li>")

    html = ("<html><body><h1>Fuel shortages spread</h1><article>" + STORY + "</article><ol class='commentlist'>"
            + li("Community Moderator", "rhea_b", "Please keep to the topic of fuel.")
            + li("SITE SUPER USER", "Gideon", "Queues at every station in town since Friday.")
            + "</ol></body></html>")
    assert [a for a, _, _, _ in _comments(html)] == ["rhea_b", "Gideon"]


def _forum(prev: str) -> str:
    def post(n: int, name: str, words: str) -> str:
        return (f"<div class='post has-profile bg{n % 2 + 1}' id='p{n}'><dl class='postprofile'><dt>"
                f"<a class='username'>{name}</a></dt></dl><div class='postbody'><div class='content'>{words}</div></div></div>")

    return (f"<html><head><title>Road to the port - Page 3</title>{prev}</head><body><h1>Road to the port</h1>"
            + post(41, "atlas", "The port road was mined again last night, two trucks were hit.")
            + post(42, "bosun", "Engineers cleared one lane by noon, the other stays closed.")
            + "</body></html>")


def test_a_later_page_of_a_forum_thread_has_no_opening_post_every_post_is_a_reply():
    later = read_html(_forum("<link rel='prev' href='https://board.example/t/77?page=2'>"), origin="p3.html")
    assert [s.author for s in segment(later) if s.kind == "comment"] == ["atlas", "bosun"]
    first = read_html(_forum(""), origin="p1.html")
    assert [s.author for s in segment(first) if s.kind == "comment"] == ["bosun"]
    assert "mined again" in "".join(first.text[s.start:s.end] for s in segment(first) if s.kind == "body")


def test_json_ld_comments_carry_their_dates_and_nested_replies():
    import json

    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Grid repairs stall",
          "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Volta"}, "dateCreated": "2024-06-01",
                       "text": "The transformer parts are stuck at the border.",
                       "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Ohm"},
                                    "dateCreated": "2024-06-02", "text": "Customs released them this morning."}]},
                      {"@type": "Comment", "author": {"@type": "Person", "name": "Watt"},
                       "text": "Which border crossing do you mean?"}]}
    html = (f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
            f"<h1>Grid repairs stall</h1><article>{STORY}</article></body></html>")
    found = _comments(html)
    assert [(a, r, d) for a, r, d, _ in found] == [("Volta", None, "2024-06-01"), ("Ohm", "Volta", "2024-06-02"),
                                                   ("Watt", None, None)]


def test_a_flat_comment_list_marked_with_depth_classes_keeps_who_answers_whom():
    def li(depth: int, name: str, words: str) -> str:
        return (f"<li class='comment depth-{depth}'><cite class='fn'>{name}</cite>"
                f"<div class='comment-content'><p>{words}</p></div></li>")

    html = ("<html><body><h1>Flood barriers</h1><article>" + STORY + "</article><ol class='commentlist'>"
            + li(1, "Aga", "The barriers held on the east bank.") + li(2, "Bruno", "Not near the old mill, they failed.")
            + li(3, "Aga", "The mill is outside the barrier line.") + li(2, "Cyra", "Photos show water over the top.")
            + li(1, "Dov", "Who built them, the city or the army?") + "</ol></body></html>")
    found = _comments(html)
    assert [(a, r) for a, r, _, _ in found] == [("Aga", None), ("Bruno", "Aga"), ("Aga", "Bruno"), ("Cyra", "Aga"),
                                                ("Dov", None)]


def test_a_flat_comment_list_indented_by_style_keeps_who_answers_whom():
    def div(indent: int, name: str, words: str) -> str:
        return (f"<div class='comment' style='margin-left: {indent}px'><span class='comment-author'>{name}</span>"
                f"<div class='comment-text'><p>{words}</p></div></div>")

    html = ("<html><body><h1>Power cuts</h1><article>" + STORY + "</article><div id='comments'>"
            + div(0, "Eun", "Four hours without power in the west district.") + div(40, "Faro", "Six hours on our street.")
            + div(0, "Gus", "The plant was hit on Tuesday, that is why.") + "</div></body></html>")
    assert [(a, r) for a, r, _, _ in _comments(html)] == [("Eun", None), ("Faro", "Eun"), ("Gus", None)]


def test_a_plain_text_thread_copied_from_a_page_keeps_each_comment_date_line():
    from faultlines.read.base import document_from_text

    text = ("Bridge repairs\n\nThe bridge will reopen next month, the ministry said on Friday after the inspection.\n\n"
            "Comments\n\nNadia says:\nMarch 3, 2024 at 9:15 am\nThe ministry said the same last year.\n\n"
            "Omar says:\nMarch 4, 2024 at 10:02 am\nThis time the contractor is paid.\n")
    doc = document_from_text(text, origin="t.txt")
    dated = [(s.author, s.date) for s in segment(doc) if s.kind == "comment"]
    assert dated == [("Nadia", "March 3, 2024 at 9:15 am"), ("Omar", "March 4, 2024 at 10:02 am")]


@pytest.mark.parametrize(("quote", "who"), [
    ("<div class='bbcode_container'><div class='bbcode_quote'><div class='bbcode_postedby'>Originally Posted by "
     "<strong>kite_runner</strong></div><div class='message'>The road is open</div></div></div>", "kite_runner"),
    ("<blockquote class='bbc_standard_quote'><div class='quoteheader'>Quote from: kite_runner on May 3, 2024</div>"
     "The road is open</blockquote>", "kite_runner"),
    ("<blockquote><cite>kite_runner wrote:</cite>The road is open</blockquote>", "kite_runner"),
    ("<blockquote data-ipsquote-username='kite_runner'>The road is open</blockquote>", "kite_runner"),
    ("<blockquote><cite>someone_else wrote:</cite>The road is open</blockquote>", None),
    ("<blockquote>The road is open, kite_runner wrote yesterday</blockquote>", None),
])
def test_the_author_a_quote_box_names_when_that_author_posted_earlier(quote: str, who: str | None) -> None:
    from lxml import html as lxml_html

    from faultlines.read.html_dates import quoted_author

    el = lxml_html.fromstring(f"<div>{quote}</div>")[0]
    assert quoted_author(el, {"kite_runner", "ferry_man"}) == who


def test_a_date_printed_on_the_name_line_is_not_part_of_the_name():
    def div(head: str, words: str) -> str:
        return f"<div class='comment'><div class='comment-author'>{head}</div><div class='comment-text'><p>{words}</p></div></div>"

    html = ("<html><body><h1>Market fire</h1><article>" + STORY + "</article><div id='comments'>"
            + div("Ana Ortiz <span>on March 3, 2024 at 10:00 am</span>", "The fire started in the fabric row.")
            + div("Bob Lee <small>- 3 hours ago</small>", "Two stalls were saved by the neighbours.")
            + "</div></body></html>")
    found = _comments(html)
    assert [a for a, _, _, _ in found] == ["Ana Ortiz", "Bob Lee"]
    assert found[0][2] == "March 3, 2024 at 10:00 am"


def test_button_lines_around_a_comment_are_not_its_words():
    def note(name: str, words: str, votes: int, buttons: str) -> str:
        return (f"<div class='rx-note'><span class='rx-who'>{name}</span><time datetime='2024-01-05'>Jan 5</time>"
                f"<p>{words}</p>{buttons}<div>{votes}</div></div>")

    html = ("<html><body><h1>Clinic reopens</h1><article>" + STORY + "</article><section class='rx-comments'>"
            + note("Hiba", "The clinic has no insulin yet.", 14, "<div>Reply</div><div class='btn'>Report</div>")
            + note("Ivo", "A delivery is due on Monday.", 3, "<span>Reply</span> <span>Share</span>")
            + "</section></body></html>")
    assert [(a, t) for a, _, _, t in _comments(html)] == [("Hiba", "The clinic has no insulin yet."),
                                                          ("Ivo", "A delivery is due on Monday.")]
