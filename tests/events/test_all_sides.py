""""All sides" is everyone, the speaker's own side too: it stands for no pair named before (unlike "the two sides"
or "the parties concerned"), so an appeal to all sides is no request of the two states that just met."""

from __future__ import annotations

from faultlines.read import document_from_text


def test_all_sides_is_no_pair(pipeline):
    text = ("Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday. All sides should work toward "
            "a lasting peace in the region, the minister told a news conference after the talks.")
    facts = pipeline.extract(document_from_text(text, guess_title=False))
    assert not [e for e in facts.events if e.type == "REQUEST"]
    assert [(e.type, e.source, e.target) for e in facts.events if e.type == "CONSULT"] == [("CONSULT", "KEN.GOV", "UGA")]
