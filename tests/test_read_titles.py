"""The page title is the visible headline, on the layouts common CMSs and news sites print (handmade pages)."""

from __future__ import annotations

import pytest

from faultlines.read.html import read_html, strip_site_suffix

BODY = "<p>" + "Officials in the northern province said the talks would resume after the holiday week. " * 4 + "</p>"
LD = ('<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
      '"headline": "{0}", "publisher": {{"@type": "Organization", "name": "{1}"}}}}</script>')

LAYOUTS = {
    # WordPress (Twenty-something): site title h1 in the header, entry-title h1, a reply form heading below
    "wordpress": ("<title>Talks resume in the north &#8211; Valley Courier</title>"
                  "<meta property='og:site_name' content='Valley Courier'>",
                  "<header class='site-header'><p class='site-title'><a href='/' rel='home'>Valley Courier</a></p></header>"
                  "<main><article><header class='entry-header'><h1 class='entry-title'>Talks resume in the north</h1>"
                  "</header><div class='entry-content'>{body}</div></article>"
                  "<div id='respond'><h3 id='reply-title' class='comment-reply-title'>Leave a Reply</h3></div></main>",
                  "Talks resume in the north"),
    # WordPress theme whose entry title is an h2 and whose h1 is the blog name; a sidebar widget heading
    "wordpress_h2": ("<title>Valley Courier | Notes from the north</title>",
                     "<h1 id='blog-title'><a href='https://valley.example/'>Valley Courier</a></h1>"
                     "<div class='post'><h2 class='post-title entry-title'>Why the talks stalled again</h2>"
                     "<div class='entry'>{body}</div></div>"
                     "<aside class='sidebar'><h1 class='widget-title'>Subscribe to our newsletter today</h1></aside>",
                     "Why the talks stalled again"),
    # Blogger: blog name in the header h1, post title in h3.post-title
    "blogger": ("<title>Northern Notes: Who runs the checkpoints?</title>"
                "<meta property='og:title' content='Who runs the checkpoints?'>",
                "<div class='header'><h1 class='title'><a href='https://northnotes.example/'>Northern Notes</a></h1></div>"
                "<div class='post hentry'><h3 class='post-title entry-title'>Who runs the checkpoints?</h3>"
                "<div class='post-body entry-content'>{body}</div></div>",
                "Who runs the checkpoints?"),
    # Medium-like: the headline split over a heading ending in a colon and the next line; og:title has it whole
    "medium": ("<title>Border towns: the quiet exodus | by R. Amin | Medium</title>"
               "<meta property='og:title' content='Border towns: the quiet exodus'>"
               "<meta property='og:site_name' content='Medium'>",
               "<article><section><h2 class='graf--title'>Border towns:</h2><h4 class='graf--subtitle'>the quiet exodus"
               "</h4>{body}</section></article>",
               "Border towns: the quiet exodus"),
    # news site: section kicker above the headline, the <title> carries the section and the site
    "news_kicker": ("<title>Ceasefire observers reach the front - World - The Daily Ledger</title>"
                    "<meta property='og:site_name' content='The Daily Ledger'>" + LD.format(
                        "Ceasefire observers reach the front", "The Daily Ledger"),
                    "<header><a class='logo' href='/'>The Daily Ledger</a><nav><a href='/world'>World</a></nav></header>"
                    "<main><div class='kicker'><a href='/world'>World</a></div>"
                    "<h1 class='headline'>Ceasefire observers reach the front</h1><div class='story'>{body}</div></main>",
                    "Ceasefire observers reach the front"),
    # news page whose headline is a span with headline classes and whose <title> is a generic site string
    "span_headline": ("<title>Wire Service News</title>",
                      "<div class='story'><span class='headline entry-title'>Convoy attacked near the mountain pass"
                      "</span><div class='entry-content'>{body}</div></div>",
                      "Convoy attacked near the mountain pass"),
    # AMP page: amp-title h1, the <title> with the site as a prefix
    "amp": ("<title>Harbor Times: Navy seizes tanker in the gulf</title>"
            "<meta property='og:site_name' content='Harbor Times'>"
            "<link rel='canonical' href='https://harbortimes.example/world/tanker'>",
            "<header class='amp-header'><a href='/'><amp-img alt='Harbor Times'></amp-img></a></header>"
            "<article><h1 class='amp-title'>Navy seizes tanker in the gulf</h1>{body}</article>",
            "Navy seizes tanker in the gulf"),
    # only JSON-LD and a <title> with the publisher's name: the headline the structured data gives
    "jsonld_only": ("<title>Drought deepens in the east | Plains Herald</title>" + LD.format(
                    "Drought deepens in the east", "Plains Herald"), "<div>{body}</div>", "Drought deepens in the east"),
    # the visible heading is a widget ("Related posts"), og:title is the story
    "widget_h2": ("<title>Plains Herald</title><meta property='og:title' content='Farmers protest the new water quota'>",
                  "<div class='content'>{body}</div><div class='related'><h2>Related posts</h2></div>",
                  "Farmers protest the new water quota"),
    # phpBB: the board's name in the header h1 (linked to index.php), the topic in h2, a long board name in <title>
    "phpbb_header": ("<title>Bridge closed? - Valley Riders Community Board</title>",
                     "<div class='headerbar'><div id='site-description'><a id='logo' href='./index.php?sid=1'></a>"
                     "<h1>Valley Riders Community Board</h1><p>Roads, rides and repairs</p></div></div>"
                     "<h2 class='topic-title'><a href='./viewtopic.php?t=9'>Bridge closed?</a></h2>"
                     "<div class='post'>{body}</div>",
                     "Bridge closed?"),
    # a board whose name is a plain h1 (no link, no logo block) and the last part of the <title>
    "board_h1": ("<title>Are the ferries running? - North Coast Travellers Forum</title>",
                 "<h1>North Coast Travellers Forum</h1><h2>Are the ferries running?</h2><div class='post'>{body}</div>",
                 "Are the ferries running?"),
    # no og:site_name: the site's part of <title> is known by the domain in the canonical link
    "domain_prefix": ("<title>The Daily Ledger Online Edition | Ceasefire holds</title>"
                      "<link rel='canonical' href='https://www.dailyledger.example/2024/ceasefire'>",
                      "<div class='story'>{body}</div>", "Ceasefire holds"),
    # a page whose <title> names the page number of a thread
    "paged_title": ("<title>Fuel convoy ambushed on the coast road - Page 3</title>",
                    "<div class='thread'>{body}</div>", "Fuel convoy ambushed on the coast road"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_title_is_the_visible_headline_on_common_layouts(layout: str) -> None:
    head, body, title = LAYOUTS[layout]
    page = f"<html><head>{head}</head><body>{body.format(body=BODY)}</body></html>"
    doc = read_html(page, origin=f"{layout}.html")
    assert doc.title == title
    assert doc.text.startswith(title)
    assert doc.text.count(title) == 1  # the headline is not repeated as body text


@pytest.mark.parametrize(("raw", "site", "want"), [
    ("Talks resume | Valley Courier", "Valley Courier", "Talks resume"),
    ("Valley Courier | Talks resume in the north", "Valley Courier", "Talks resume in the north"),
    ("Talks resume in the north :: World :: Valley Courier", "Valley Courier", "Talks resume in the north"),
    ("Guns - and butter - in the budget debate", None, "Guns - and butter - in the budget debate"),
    ("The Daily Ledger Online Edition | Ceasefire holds", "dailyledger", "Ceasefire holds"),
])
def test_site_name_comes_off_either_end_of_a_title(raw: str, site: str | None, want: str) -> None:
    assert strip_site_suffix(raw, site) == want
