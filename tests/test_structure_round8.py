"""Structure, round 8: excerpts after a split-off byline, lowercase and digit commenter handles."""

from __future__ import annotations

from faultlines.read import document_from_text
from faultlines.structure import segment

BYLINE_THEN_EXCERPT = """By Jane Doe
I think this deserves a wider audience, so here it is for you all.

The Daily Planet reports:

The ministry said on Tuesday that the convoy had crossed the river before dawn and that two trucks were stopped at the checkpoint near the bridge.

Officials at the crossing declined to say how many soldiers had been sent to the area or when they would return to their barracks...

What do you make of this? I am not sure at all.
"""


def test_excerpt_starts_at_its_own_paragraph_after_a_split_byline():
    text = BYLINE_THEN_EXCERPT
    segs = segment(document_from_text(text))
    excerpts = [s for s in segs if s.kind == "excerpt"]
    assert len(excerpts) == 1
    ex = excerpts[0]
    assert text[ex.start:ex.end].startswith("The ministry said")
    assert text[ex.start:ex.end].endswith("barracks...")
    assert ex.author == "Daily Planet"
    intro = text.index("The Daily Planet reports:")
    assert any(s.kind == "body" and s.start == intro for s in segs)


ARTICLE_THEN_HANDLES = """Checkpoint reopens after clashes

The border checkpoint reopened on Monday after two days of clashes between rival militias, local officials said.

Traders said the road was still blocked by burnt trucks in several places.

jsmith42 says:
Nobody here believes the checkpoint will stay open for long.
The militias will be back next week.

anon_123 wrote:
Agreed. My brother drives that road every day and says it is worse than last year.

jsmith42 says:
Then tell him to take the northern route.
"""

HANDLES_OVER_DATES = """Comments

river_watch
March 3, 2024 at 5:12 pm
The convoy passed our village at dawn.
Short line here

K9_unit
March 3, 2024 at 6:40 pm
I saw it too, at least twenty trucks.
"""


def _comments(text):
    segs = segment(document_from_text(text))
    return [(s.author, text[s.start:s.end]) for s in segs if s.kind == "comment"], segs


def test_lowercase_and_digit_handles_open_comments_after_an_article():
    comments, segs = _comments(ARTICLE_THEN_HANDLES)
    assert [a for a, _ in comments] == ["jsmith42", "anon_123", "jsmith42"]
    assert "militias will be back" in comments[0][1]  # a short line goes on with its comment
    body = [ARTICLE_THEN_HANDLES[s.start:s.end] for s in segs if s.kind == "body"]
    assert any("Traders said" in b for b in body)


def test_handles_over_dated_lines_are_commenters():
    comments, segs = _comments(HANDLES_OVER_DATES)
    assert [a for a, _ in comments] == ["river_watch", "K9_unit"]
    assert "Short line here" in comments[0][1]
    assert not any(s.kind == "comment" and "March 3" in HANDLES_OVER_DATES[s.start:s.end] for s in segs)


def test_reported_speech_lines_do_not_open_a_thread():
    text = ("Talks stall\n\nThe minister said:\nThe talks will go on next week in the capital, as planned.\n\n"
            "A spokesman for the rebels said:\nWe have not agreed to anything yet and we will not sign.\n")
    assert not any(s.kind == "comment" for s in segment(document_from_text(text)))


def test_a_blogs_own_posted_by_lines_open_no_thread():
    text = ("Posted by admin on March 3, 2024\nThe border checkpoint reopened on Monday after two days of clashes "
            "between rival militias, local officials said.\n\nTraders said the road was still blocked in places.\n\n"
            "Posted by admin at 5:12 pm\nLabels: border, militias\n")
    assert not any(s.kind == "comment" for s in segment(document_from_text(text)))


def test_a_single_comment_under_a_handle_and_date():
    text = ("Checkpoint reopens\n\nThe border checkpoint reopened on Monday after two days of clashes.\n\nComments\n\n"
            "desert_fox77\nMarch 3, 2024 at 5:12 pm\nIt will not stay open for long, believe me.\n")
    comments, _ = _comments(text)
    assert comments == [("desert_fox77", "It will not stay open for long, believe me.")]
