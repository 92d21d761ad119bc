"""Comment threads and forum posts from each platform's markup, on small pages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.read import ReadError
from faultlines.read.html import read_html
from faultlines.structure import segment

PAGES = Path(__file__).parent / "pages"

# page -> (title, opening text of the body, [(author, reply_to, opening text of the comment)])
CASES = {
    "wordpress.html": ("Militia money trail", "The provincial council said",
                       [("Ana Ortiz", None, "The same brigade was accused"), ("Bob Lee", "Ana Ortiz", "Accused is not"),
                        ("Cleo Marsh", None, "Thanks both")]),
    "blogger.html": ("Shelling resumes near the dam", "Artillery units shelled",
                     [("Dmitri K.", None, "The army always denies"), ("Anonymous", "Dmitri K.", "Residents on both")]),
    "blogger_classic.html": ("Night patrol", "We walked the riverbank",
                             [("Marek", None, "Stay safe"), ("Anonymous", None, "Which unit"),
                              ("Sofia R.", None, "The local radio")]),
    "xenforo1.html": ("Tanker seized in the strait", "Coast guard boats",
                      [("Keel", None, "The owners say")]),
    "custom_theme.html": ("Aid convoy reaches the town", "A convoy of twelve trucks",
                          [("Rania", None, "Twelve trucks"), ("Tom B", "Rania", "More are promised"),
                           ("Lucia", None, "Who guarded")]),
    "disqus.html": ("Ceasefire talks stall", "Negotiators left the capital",
                    [("Frank Osei", None, "Nobody expected"), ("Gina", "Frank Osei", "The prisoner lists")]),
    "phpbb.html": ("Drone strike reports from the valley", "Locals report two drone strikes",
                   [("river_m", "hillwatcher", "The governor's office blamed")]),
    "vbulletin.html": ("Border closure discussed", "The interior ministry closed two crossings",
                       [("Talbot", None, "Only the southern crossings")]),
    "xenforo.html": ("Airbase attack: what do we know?", "Satellite images show",
                     [("Osprey", "Kestrel", "The defence ministry says")]),
    "discourse.html": ("Convoy routes after the bridge collapse", "With the bridge down",
                       [("ravi", "marta", "The pass is closed")]),
    "invision.html": ("Sanctions list update", "The treasury added four",
                      [("Tern", "Quill", "Two of them were already listed")]),
    "smf.html": ("Refugee camp expansion", "The agency will add",
                 [("Pavel", "Noor", "Tents will not be enough")]),
    "mybb.html": ("Militia recruitment in the north", "Posters in the market call",
                  [("Lena", "Hadi", "The posters appeared")]),
    "vanilla.html": ("Checkpoint closures", "Three checkpoints on the coastal road",
                     [("Ines", None, "They reopened")]),
    "nodebb.html": ("Power grid attacks", "Substations in the east", [("ampere", None, "Repairs take")]),
    "stackexchange.html": ("Why do ceasefires fail?", "Most ceasefires in the region",
                           [("wren", "pax", "Which region do you mean?"), ("Tomas R", None, "Spoilers on both sides")]),
    "reddit.html": ("Shelling reported near the nuclear plant", "Inspectors say two shells",
                    [("geiger42", None, "Both sides blame"), ("halflife", "geiger42", "The agency did not")]),
    "reddit_new.html": ("Drone shot down over the port", "Air defence units",
                        [("skywatch", None, "Third one"), ("navyfan", "skywatch", "The navy gave")]),
    "microdata.html": ("Port blockade enters third week", "Fishing boats blockading",
                       [("Olu Ade", None, "The court order"), ("Yusra", None, "The fishermen have")]),
    "jsonld.html": ("Water rights dispute", "The upstream dam cut",
                    [("hydro_eng", None, "Reservoir levels"), ("riverkeeper", None, "The treaty sets")]),
    "wp_block.html": ("Checkpoint reopens", "The checkpoint on the hill road",
                      [("Selin", None, "Traders waited"), ("Deniz", "Selin", "The soldiers checked")]),
    "typepad.html": ("Water trucks stopped at the pass", "Three water trucks",
                     [("Marta G.", None, "The same happened"), ("Ben", None, "Who gave the order")]),
    "dreamwidth.html": ("Shortages at the border crossing", "Flour and cooking oil",
                        [("salt_road", None, "The customs yard"), ("river_notes", "salt_road", "Yes, and nobody")]),
    "drupal.html": ("Streit um Waffenlieferungen", "Die Regierung hat am Mittwoch",
                    [("Gerda Hahn", None, "Das Parlament sollte")]),
}


def _read(name: str):  # noqa: ANN202
    doc = read_html((PAGES / name).read_text(encoding="utf-8"), origin=name)
    return doc, segment(doc)


@pytest.mark.parametrize("name", sorted(CASES))
def test_platform_thread_title_body_and_commenters(name):
    title, body_start, comments = CASES[name]
    doc, segs = _read(name)
    assert doc.title == title
    body = [doc.text[s.start:s.end] for s in segs if s.kind == "body"]
    assert body and body[0].startswith(body_start), body[:2]
    found = [(s.author, s.reply_to, doc.text[s.start:s.end]) for s in segs if s.kind == "comment"]
    assert [(a, r) for a, r, _ in found] == [(a, r) for a, r, _ in comments]
    for (_, _, text), (_, _, start) in zip(found, comments, strict=True):
        assert text.startswith(start), text


@pytest.mark.parametrize("name", sorted(CASES))
def test_platform_segments_slice_the_text_in_order(name):
    doc, segs = _read(name)
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.end <= b.start
    for s in segs:
        piece = doc.text[s.start:s.end]
        assert piece and piece == piece.strip()


def test_quoted_earlier_posts_and_signatures_are_not_the_commenters_words():
    for name, quoted in (("phpbb.html", "Has anyone seen"), ("xenforo.html", "three destroyed hangars"),
                         ("vbulletin.html", "Zitat von"), ("discourse.html", "mountain pass"),
                         ("invision.html", "four shipping firms"), ("smf.html", "a thousand tents"),
                         ("mybb.html", "Posters in the market"), ("wordpress.html", "approved by the minister himself.")):
        doc, segs = _read(name)
        for s in segs:
            if s.kind == "comment":
                assert quoted not in doc.text[s.start:s.end], (name, doc.text[s.start:s.end])
    doc, segs = _read("phpbb.html")
    assert "Stay safe out there" not in doc.text


def test_wordpress_pingback_widget_and_reply_form_are_not_comments_or_title():
    doc, segs = _read("wordpress.html")
    assert doc.title == "Militia money trail"
    assert "Weekly links roundup" not in doc.text
    assert "Join the Discussion" not in doc.text
    assert sum(1 for s in segs if s.kind == "comment") == 3


def test_vbulletin_layout_blockquote_is_body_not_excerpt():
    doc, segs = _read("vbulletin.html")
    assert not any(s.kind == "excerpt" for s in segs)
    start = doc.text.index("The interior ministry")
    assert next(s for s in segs if s.start <= start < s.end).kind == "body"


def test_article_blockquote_stays_an_excerpt():
    doc, segs = _read("wordpress.html")
    ex = [doc.text[s.start:s.end] for s in segs if s.kind == "excerpt"]
    assert ex and ex[0].startswith("Payments to the brigade")


def test_page_language_is_reported_and_a_foreign_page_is_refused_whole():
    from faultlines.run.checks import Admission, admit

    doc, _ = _read("drupal.html")
    assert doc.language == "de"
    reason = admit(doc, Admission())
    assert reason is not None and "'de'" in reason
    doc, _ = _read("wordpress.html")
    assert doc.language == "en" and admit(doc, Admission()) is None


def test_unknown_markup_thread_found_by_repetition_but_not_story_teasers():
    doc, segs = _read("custom_theme.html")
    comments = [doc.text[s.start:s.end] for s in segs if s.kind == "comment"]
    assert not any("harvest festival" in c or "council budget" in c for c in comments)
    assert comments[0] == "Twelve trucks will not last a week."


def test_foreign_article_with_english_comments_is_reported_by_its_article_language():
    from faultlines.run.checks import Admission, admit

    article = " ".join(["Die Regierung hat am Mittwoch weitere Lieferungen an die Armee genehmigt, teilte ein "
                        "Sprecher in Berlin mit, und die Opposition verlangte eine Abstimmung im Parlament."] * 3)
    comments = "".join(f"<li class='comment'><cite class='fn'>Reader {i}</cite><div class='comment-content'><p>"
                       "I think the government should have asked parliament first, and the opposition is right "
                       f"to demand a vote on every further delivery of weapons, number {i}.</p></div></li>"
                       for i in range(8))
    html = (f"<html lang='de'><head><title>Lieferungen</title></head><body><article><h1>Lieferungen genehmigt</h1>"
            f"<p>{article}</p></article><ol class='commentlist'>{comments}</ol></body></html>")
    doc = read_html(html, origin="mixed.html")
    assert doc.language == "de"
    assert "'de'" in (admit(doc, Admission()) or "")


def test_link_post_without_words_keeps_its_comments_as_comments():
    doc, segs = _read("reddit_link.html")
    assert doc.title == "Ministry confirms troop withdrawal from the border"
    assert [(s.author, doc.text[s.start:s.end][:12]) for s in segs if s.kind == "comment"] == [
        ("steppe_obs", "Only one bri"), ("kv_reader", "Satellite ph")]


@pytest.mark.parametrize(("head", "body", "title"), [
    ("<title>Who pays the brigade? | Border Desk</title>", "<h3 id='reply-title'>Join the Discussion "
     "<small><a>Cancel reply</a></small></h3>", "Who pays the brigade?"),
    ("<title>Share this story</title><meta property='og:title' content='Read this now'>",
     "<h1>Curfew extended in the capital after clashes</h1>", "Curfew extended in the capital after clashes"),
    ("<title>Is the truce holding? - Daily Ledger - News</title>", "<h1 class='site'><a href='/'>Daily Ledger</a></h1>"
     "<h2>Is the truce holding?</h2>", "Is the truce holding?"),
])
def test_title_is_the_visible_headline(head, body, title):
    text = "<p>" + "Officials in the capital said the measures would stay in force for another week. " * 4 + "</p>"
    doc = read_html(f"<html><head>{head}</head><body>{body}<article>{text}</article></body></html>", origin="t.html")
    assert doc.title == title


def test_old_wordpress_theme_and_hacker_news_markup():
    kubrick = ("<html><head><title>Rockets over the border</title></head><body><h2>Rockets over the border</h2>"
               "<div class='entry'><p>" + "Rockets were fired across the border on Sunday night, the army said. " * 3 +
               "</p></div><ol class='commentlist'><li class='alt' id='comment-1'><cite>Jonas</cite> Says:<br/>"
               "<small class='commentmetadata'><a href='#comment-1'>June 1st, 2008 at 9:00 pm</a></small>"
               "<p>Nobody claimed the rockets yet.</p></li></ol></body></html>")
    doc = read_html(kubrick, origin="k.html")
    [c] = [s for s in segment(doc) if s.kind == "comment"]
    assert (c.author, doc.text[c.start:c.end]) == ("Jonas", "Nobody claimed the rockets yet.")
    hn = ("<html><head><title>Satellite photos of the dam | Hacker News</title></head><body><table>"
          "<tr class='athing' id='1'><td class='title'><span class='titleline'><a href='https://x.example/'>"
          "Satellite photos of the dam</a></span></td></tr>"
          "<tr class='athing comtr' id='2'><td><table><tr><td class='ind' indent='0'></td><td class='default'>"
          "<div><span class='comhead'><a href='user?id=orbit' class='hnuser'>orbit</a> <span class='age'>"
          "<a href='item?id=2'>2 hours ago</a></span></span></div><div class='comment'><div class='commtext c00'>"
          "The spillway damage is visible in the second image.</div><div class='reply'><p><a>reply</a></p></div>"
          "</div></td></tr></table></td></tr></table></body></html>")
    doc = read_html(hn, origin="hn.html")
    [c] = [s for s in segment(doc) if s.kind == "comment"]
    assert (c.author, doc.text[c.start:c.end]) == ("orbit", "The spillway damage is visible in the second image.")


def test_language_travels_in_the_facts_json():
    from faultlines.records import Facts

    doc, segs = _read("drupal.html")
    obj = Facts(document=doc, segments=tuple(segs)).to_dict()
    assert obj["document"]["language"] == "de"
    assert Facts.from_dict(obj).document.language == "de"


def test_flat_comment_opening_with_at_name_answers_that_name():
    html = ("<html><head><title>Strike on the depot</title></head><body><h1>Strike on the depot</h1><article><p>"
            + "The depot burned for hours after the strike, firefighters said on Monday night. " * 3 +
            "</p></article><ol class='commentlist'>"
            "<li class='comment'><cite class='fn'>Nadia</cite><div class='comment-content'><p>Who fired?</p></div></li>"
            "<li class='comment'><cite class='fn'>Omar</cite><div class='comment-content'><p>@Nadia Nobody has "
            "claimed it yet.</p></div></li></ol></body></html>")
    doc = read_html(html, origin="flat.html")
    assert [(s.author, s.reply_to) for s in segment(doc) if s.kind == "comment"] == [("Nadia", None), ("Omar", "Nadia")]


def test_comment_counters_and_link_lists_are_not_comments():
    teasers = "".join(f"<div class='teaser'><h3><a href='/s{i}'>Story {i} about the border</a></h3>"
                      f"<div class='comment'><a href='/s{i}#comments'>{i} Comments</a></div>"
                      f"<div class='comment'><a href='/s{i}'>Read the full story about the border {i}</a></div></div>"
                      for i in range(5))
    html = ("<html><head><title>Border towns</title></head><body><h1>Border towns</h1><article><p>"
            + "Residents of the border towns said the crossings stayed shut for a second week. " * 3 +
            f"</p></article><aside>{teasers}</aside><section>{teasers}</section></body></html>")
    doc = read_html(html, origin="teasers.html")
    assert not any(s.kind == "comment" for s in segment(doc))


PIECES = [(PAGES / name).read_text(encoding="utf-8") for name in ("wordpress.html", "phpbb.html", "reddit.html",
                                                                   "jsonld.html", "custom_theme.html")]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3), st.integers(0, 4000), st.text(max_size=80))
def test_any_mix_of_platform_markup_reads_into_disjoint_segments(pages, cut, noise):
    raw = "".join(pages)
    raw = raw[:cut] + noise + raw[cut:]
    try:
        doc = read_html(raw, origin="mix.html")
    except ReadError:
        return
    segs = segment(doc)
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.end <= b.start
    for s in segs:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start:s.end] == doc.text[s.start:s.end].strip()


def test_logo_heading_without_a_home_link_is_not_the_title():
    html = ("<html><head><title>Shelling near the dam - Daily Ledger Newsroom</title>"
            "<meta property='og:title' content='Shelling near the dam'></head><body>"
            "<div class='site-branding'><h1>Daily Ledger Newsroom</h1></div><div class='story'><p>"
            + "Artillery shelled the villages near the dam overnight, residents said on Tuesday morning. " * 3 +
            "</p></div></body></html>")
    assert read_html(html, origin="logo.html").title == "Shelling near the dam"


def test_reply_quoting_an_earlier_comment_without_quote_markup_keeps_only_its_own_words():
    first = "The brigade was paid by the interior ministry for at least two years."
    html = ("<html><head><title>Who pays the brigade</title></head><body><h1>Who pays the brigade</h1><article><p>"
            + "The council published part of the ledger on Tuesday, officials said in a statement. " * 3 +
            "</p></article><ol class='commentlist'>"
            f"<li class='comment'><cite class='fn'>Ana</cite><div class='comment-content'><p>{first}</p></div>"
            f"<ol class='children'><li class='comment'><cite class='fn'>Ben</cite><div class='comment-content'>"
            f"<p><em>{first}</em></p><p>The ledger shows three years, not two.</p></div></li></ol></li></ol>"
            "</body></html>")
    doc = read_html(html, origin="q.html")
    ben = next(s for s in segment(doc) if s.author == "Ben")
    assert doc.text[ben.start:ben.end] == "The ledger shows three years, not two." and ben.reply_to == "Ana"


def test_a_sign_off_repeated_under_several_posts_is_a_signature():
    sig = "Sent from my phone with the Forum App"
    posts = "".join(f"<li class='comment'><cite class='fn'>{name}</cite><div class='comment-content'><p>{words}</p>"
                    f"<p>{sig}</p></div></li>" for name, words in (("Ana", "The bridge is closed again."),
                                                                     ("Ben", "Trucks are taking the pass instead.")))
    html = ("<html><head><title>Bridge closed</title></head><body><h1>Bridge closed</h1><article><p>"
            + "The bridge over the river was closed to traffic on Friday after shelling, police said. " * 3 +
            f"</p></article><ol class='commentlist'>{posts}</ol></body></html>")
    doc = read_html(html, origin="sig.html")
    segs = [(s.kind, s.author, doc.text[s.start:s.end]) for s in segment(doc) if s.author]
    assert segs == [("comment", "Ana", "The bridge is closed again."), ("signature", "Ana", sig),
                    ("comment", "Ben", "Trucks are taking the pass instead."), ("signature", "Ben", sig)]


def test_forum_opening_post_quoting_a_news_report_keeps_it_as_an_excerpt():
    doc, segs = _read("phpbb_quote.html")
    kinds = [(s.kind, doc.text[s.start:s.end][:24]) for s in segs if s.kind in ("body", "excerpt")]
    assert kinds == [("body", "Found this report today:"), ("excerpt", "Reuters wrote:\nGunmen at"),
                     ("body", "If true, the ceasefire i")]
    [c] = [s for s in segs if s.kind == "comment"]
    assert doc.text[c.start:c.end] == "It was denied by the ministry an hour later."
