"""The small CSS subset the comment markup table is written in, and block-aware text."""

from __future__ import annotations

import pytest
from lxml import html

from faultlines.read.selectors import block_text, select

PAGE = html.fromstring(
    "<div id='root'><ol class='comment-list'><li class='comment depth-1' id='c1'><cite class='fn'>Ana</cite>"
    "<div class='comment-content'><p>First line.</p><p>Second <b>bold</b> line.</p><script>x()</script></div>"
    "<ol class='children'><li class='comment depth-2' data-author='Bob'><div component='post/content'>Reply"
    "</div></li></ol></li></ol><article itemtype='https://schema.org/Comment'><span itemprop='text'>Hi</span>"
    "</article></div>")


@pytest.mark.parametrize(("css", "n"), [
    ("li.comment", 2), (".comment-list > li", 1), ("li.comment.depth-2", 1), ("#c1 cite.fn", 1),
    ("[data-author]", 1), ("[data-author=Bob]", 1), ("[component='post/content']", 1), ("[id^=c]", 1),
    ("[itemtype*='schema.org/Comment'] [itemprop=text]", 1), ("li.comment, article", 3), ("li.commentary", 0),
    (".comment-content p", 2),
])
def test_selector_subset(css, n):
    assert len(select(PAGE, css)) == n


def test_class_match_is_by_whole_token():
    assert select(PAGE, ".comment-list") and not select(PAGE, ".list")


def test_block_text_lines_and_skips():
    content = select(PAGE, ".comment-content")[0]
    assert block_text(content) == "First line.\nSecond bold line."
    first_p = select(content, "p")[0]
    assert block_text(content, {first_p}) == "Second bold line."
