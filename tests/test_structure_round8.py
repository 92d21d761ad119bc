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
