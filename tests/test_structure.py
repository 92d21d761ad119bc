"""Structure on the seed and on small texts: title, excerpts, the comment thread, signatures, replies."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.read import document_from_text
from faultlines.structure import COMMENTS_HEADING, segment

from .conftest import ARTICLE, SEED, requires_seed


def _seed_segments(path=SEED):
    from faultlines.read import read_one

    doc = read_one(str(path))[0]
    return doc, segment(doc)


@requires_seed
def test_seed_thread_starts_at_comments_line():
    doc, segs = _seed_segments()
    start = re.search(r"^Comments$", doc.text, re.M).start()
    comments = [s for s in segs if s.kind == "comment"]
    assert comments and all(s.start > start for s in comments)
    assert all(s.end <= start for s in segs if s.kind in ("body", "excerpt", "title"))


@requires_seed
def test_seed_signatures_marked_each_time():
    doc, segs = _seed_segments()
    sigs = [s for s in segs if s.kind == "signature"]
    for line in ("Psychopathy is not a political position", "We'll know our disinformation program is complete"):
        starts = [m.start() for m in re.finditer(re.escape(line), doc.text)]
        assert len(starts) == 2
        assert all(any(s.start <= p < s.end for s in sigs) for p in starts), line


@requires_seed
def test_seed_same_signature_same_commenter():
    doc, segs = _seed_segments()
    sig_authors = {}
    for s in segs:
        if s.kind == "signature":
            sig_authors.setdefault(doc.text[s.start:s.start + 30], set()).add(s.author)
    assert sig_authors and all(len(v) == 1 for v in sig_authors.values())


@requires_seed
def test_seed_title_replies_and_excerpts():
    doc, segs = _seed_segments()
    assert segs[0].kind == "title" and doc.text[segs[0].start:segs[0].end] == "An alarming warning from Iraq"
    replies = {s.reply_to for s in segs if s.reply_to}
    assert {"Ellen North", "on the cusp"} <= replies
    excerpts = [s for s in segs if s.kind == "excerpt"]
    texts = [doc.text[s.start:s.end] for s in excerpts]
    assert any(t.startswith("The Iraqi parliament has passed a bill") for t in texts)
    assert any(t.startswith("In a significant break with past policy") for t in texts)
    stars = [s for s in excerpts if doc.text[s.start:s.end].startswith("The fighting continues for west Mosul")]
    assert stars and stars[0].author == "Stars and Stripes"
    # the author's own lines stay body
    body = [doc.text[s.start:s.end] for s in segs if s.kind == "body"]
    assert "You would be wrong." in body and "Oh. My. Gawd." in body


@pytest.mark.parametrize("path", [ARTICLE, pytest.param(SEED, marks=requires_seed)])
def test_segments_cover_text_in_order_without_overlap(path):
    doc, segs = _seed_segments(path)
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.end <= b.start
    assert [s.id for s in segs] == [f"s{i}" for i in range(1, len(segs) + 1)]


def test_plain_article_without_thread_is_all_body():
    text = "Rebels seize town\n\nRebels seized the town on Monday, officials said.\n\nThe army retreated."
    segs = segment(document_from_text(text))
    assert [s.kind for s in segs] == ["title", "body", "body"]


def test_html_hints_become_segments():
    from faultlines.read.html import read_html

    html = ("<html><head><title>T</title></head><body><article><h1>Militias armed</h1>"
            "<p>The government armed the militias in 2014, officials said in a long statement today.</p>"
            "<blockquote><p>The militias have been bankrolled by the government for years.</p></blockquote>"
            "</article><div class='comments'><div class='comment'><span class='author'>Ellen</span>"
            "<p>Iran arms them too, and everyone knows it.</p></div></div></body></html>")
    doc = read_html(html, origin="t.html")
    segs = segment(doc)
    kinds = {s.kind for s in segs}
    assert {"excerpt", "comment"} <= kinds
    comment = next(s for s in segs if s.kind == "comment")
    assert doc.text[comment.start:comment.end] == "Iran arms them too, and everyone knows it."
    assert comment.author == "Ellen"
    excerpt = next(s for s in segs if s.kind == "excerpt")
    assert "bankrolled" in doc.text[excerpt.start:excerpt.end]


LINES = st.sampled_from([
    "Comments", "...", "@Ellen North I agree.", "James Kroeger", "This Reuters article is worth reading.",
    "Psychopathy is not a political position, whatever they say.", "Oh. My. Gawd.",
    "The army shelled the town on Monday, killing at least 12 people, officials said in a statement on Tuesday...",
    "I think the militias are a problem", "they are here", "", "  ",
    "Maria Lopez says:", "March 3, 2017 at 10:02 am", "Reply", "4 hours ago", "Post by river_m » Mon 9:30 am",
    "3 thoughts on “Ceasefire”", "BAGHDAD (Reuters) - Gunmen attacked a checkpoint.", "LINZ. Die Polizei",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=60)), min_size=1, max_size=25))
def test_any_text_segments_are_ordered_disjoint_and_in_bounds(lines):
    text = "\n".join(lines)
    if not text.strip():
        return
    doc = document_from_text(text)
    segs = segment(doc)
    assert [s.id for s in segs] == [f"s{i}" for i in range(1, len(segs) + 1)]
    for s in segs:
        assert s.kind in ("title", "dateline", "body", "excerpt", "comment", "signature")
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]  # no leading/trailing blanks
    for a, b in zip(segs, segs[1:], strict=False):
        assert a.end <= b.start
    # every non-blank character is in a segment, except the one heading that opens the thread
    mask = list(text)
    for s in segs:
        mask[s.start:s.end] = " " * (s.end - s.start)
    left = "".join(mask).strip()
    assert left == "" or COMMENTS_HEADING.fullmatch(left), repr(left)
