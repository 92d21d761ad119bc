"""`pieces` cuts text at span edges in one sweep: the same pieces as testing every span against every stretch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.web.spans import pieces


def _every_span_per_stretch(text: str, base: int, spans: list[tuple[int, int, str]]) -> list[dict[str, object]]:
    """The definition: cut at every edge; a stretch has the classes of the spans that cover all of it."""
    end = base + len(text)
    kept = [(max(s, base), min(e, end), c) for s, e, c in spans if e > base and s < end and e > s]
    cuts = sorted({base, end, *(s for s, _, _ in kept), *(e for _, e, _ in kept)})
    out: list[dict[str, object]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        classes = sorted({c for s, e, c in kept if s <= a and e >= b})
        chunk = text[a - base:b - base]
        if out and out[-1]["classes"] == classes:
            out[-1]["text"] = str(out[-1]["text"]) + chunk
        else:
            out.append({"text": chunk, "classes": classes})
    return out


SPAN = st.tuples(st.integers(-5, 60), st.integers(-5, 60), st.sampled_from(["actor", "trigger", "event", "quote"]))


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="ab ", max_size=40), base=st.integers(0, 20), spans=st.lists(SPAN, max_size=8))
def test_the_sweep_gives_the_pieces_of_the_definition(text: str, base: int, spans: list[tuple[int, int, str]]) -> None:
    assert pieces(text, base, spans) == _every_span_per_stretch(text, base, spans)


def test_overlapping_spans_of_one_class_and_nested_ones() -> None:
    text = "The Red Company shelled the town."
    got = pieces(text, 100, [(104, 115, "actor"), (104, 107, "actor"), (116, 123, "trigger"), (100, 133, "event"),
                             (90, 95, "quote")])
    assert got == [{"text": "The ", "classes": ["event"]}, {"text": "Red Company", "classes": ["actor", "event"]},
                   {"text": " ", "classes": ["event"]}, {"text": "shelled", "classes": ["event", "trigger"]},
                   {"text": " the town.", "classes": ["event"]}]
    assert pieces("", 5, [(0, 9, "actor")]) == [] and pieces("abc", 0, []) == [{"text": "abc", "classes": []}]
