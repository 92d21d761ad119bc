"""The project's own test article (tests/fixtures/paymasters.txt) stands in for the seed in a fresh clone.

It carries the seed's structures — title, a pasted excerpt named by its outlet, a quote, a comment thread
with repeated signatures, an ``@reply`` and a name line — and its two fault lines (blowback and a
designated partner), so these paths are tested where ../shared is absent.
"""

from __future__ import annotations

import re

from faultlines.read import read_one
from faultlines.structure import segment

from .conftest import ARTICLE


def _segments():
    doc = read_one(str(ARTICLE))[0]
    return doc, segment(doc)


def test_thread_starts_at_comments_line():
    doc, segs = _segments()
    start = re.search(r"^Comments$", doc.text, re.M).start()
    assert [s for s in segs if s.kind == "comment"]
    assert all(s.start > start for s in segs if s.kind in ("comment", "signature"))
    assert all(s.end <= start for s in segs if s.kind in ("body", "excerpt", "title"))


def test_signatures_marked_each_time_and_same_signature_same_commenter():
    doc, segs = _segments()
    sigs = [s for s in segs if s.kind == "signature"]
    for line in ("Peace through superior paperwork.", "condemned to repeat it"):
        starts = [m.start() for m in re.finditer(re.escape(line), doc.text)]
        assert len(starts) == 2
        assert all(any(s.start <= p < s.end for s in sigs) for p in starts), line
        assert len({s.author for s in sigs if line in doc.text[s.start:s.end]}) == 1


def test_title_reply_name_line_and_excerpt_outlet():
    doc, segs = _segments()
    assert segs[0].kind == "title" and doc.text[segs[0].start:segs[0].end] == "Paying yesterday's enemies"
    assert {s.reply_to for s in segs if s.reply_to} == {"Mark Hollis"}
    assert "Anna Keller" in {s.author for s in segs if s.kind == "comment"}
    excerpts = [s for s in segs if s.kind == "excerpt"]
    assert len(excerpts) == 1 and excerpts[0].author == "Gulf News"
    assert doc.text[excerpts[0].start:excerpts[0].end].startswith("Coalition advisers have begun")
    body = [doc.text[s.start:s.end] for s in segs if s.kind == "body"]
    assert "It does not." in body and "Really?" in body


def test_voices_and_fault_lines(article_facts):
    if article_facts.document.title != "Paying yesterday's enemies":
        return  # the seed has its own tests
    f = article_facts
    by_trigger = {e.text[:20]: e for e in f.events}
    assert any(e.voice.kind == "quoted" and e.voice.name == "Gulf News" for e in f.events)
    assert any(e.voice.kind == "commenter" and e.source == "IRN" for e in f.events)
    assert any(e.type == "AID" and e.source == "USA" and e.target == "KH" for e in f.events), by_trigger
    for kind in ("blowback", "designated_partner"):
        assert any(t.kind == kind and {"USA", "KH"} <= set(t.actors) for t in f.tensions), kind
