"""A place's events under filters: tested one by one, they are exactly those the analysis keeps over the store."""

from __future__ import annotations

from itertools import product
from pathlib import Path

from faultlines.analysis.filters import Filters
from faultlines.records import Document, Event, Facts, Place, Voice
from faultlines.store import Store, views
from faultlines.web.db import Reader
from faultlines.web.pages import PLACE_EVENTS, _place_refs, kept_refs, place

TEXT = "The Northern Brigade shelled the river town while the Valley Front shelled the Northern Brigade back."
TOWN = Place("geonames:1", "Rivertown", 10.0, 20.0, "ZZZ", 1)
DATES = [None, "2016", "2019-05-02", "2014-2018"]
PUBLISHED = [None, "2017-03-03", "2020-01-01"]
POLARITIES = ["asserted", "negated", "hypothetical"]
VOICES = [Voice("author"), Voice("quoted", "a spokesman"), Voice("commenter")]
ENDS = [("north", "valley"), ("valley", "north"), ("north", None), ("north", "north")]  # a lone actor, a self-loop


def _store(path: Path) -> Path:
    with Store(path) as s:
        for d, published in enumerate(PUBLISHED):
            events = tuple(Event(f"e{i}", etype, src, tgt, 0, len(TEXT), TEXT, place=TOWN.id, date=date,
                                 polarity=pol, voice=voice, sign=-1)
                           for i, (date, pol, voice, (src, tgt), etype)
                           in enumerate(product(DATES, POLARITIES, VOICES, ENDS, ["ASSAULT", "THREATEN"])))
            s.add(Facts(document=Document(f"doc{d}", TEXT + f" ({d})", published=published), events=events,
                        places=(TOWN,)))
    return path


FILTERS = [Filters(), Filters(since="2016", until="2018"), Filters(polarities=frozenset({"negated", "asserted"})),
           Filters(voices=frozenset({"quoted"}), types=frozenset({"THREATEN"})), Filters(since="2019", undated=True),
           Filters(until="2015"), Filters(actors=("valley",))]


def test_place_events_under_filters_are_those_the_store_wide_filter_keeps(tmp_path: Path) -> None:
    reader = Reader(_store(tmp_path / "p.db"))
    every = views.place_event_refs(reader.conn, TOWN.id)
    assert len(every) == len(DATES) * 3 * 3 * 4 * 2 * len(PUBLISHED)
    sizes = set()
    for f in FILTERS:
        keep = kept_refs(reader, f)
        expected = [ref for ref in every if ref in keep]
        assert _place_refs(reader, TOWN.id, f) == expected, f
        assert _place_refs(reader, TOWN.id, f, limit=7) == expected[:7], f  # stops early, same first ones
        sizes.add(len(expected))
        one, two = place(reader, TOWN.id, f), place(reader, TOWN.id, f, page=2)
        assert one is not None and [(e["doc_id"], e["id"]) for e in one["events"]] == expected[:PLACE_EVENTS]
        assert two is not None and [(e["doc_id"], e["id"]) for e in two["events"]] == \
            expected[PLACE_EVENTS:2 * PLACE_EVENTS]
        assert one["next"] == (2 if len(expected) > PLACE_EVENTS else None)
    assert len(sizes) >= 5 and 0 not in sizes  # the filters differ, and none empties the place
    assert _place_refs(reader, TOWN.id, None) == every


def test_the_last_page_a_place_serves_offers_no_next(tmp_path: Path, monkeypatch) -> None:
    import faultlines.web.pages as pages

    reader = Reader(_store(tmp_path / "p.db"))
    monkeypatch.setattr(pages, "PLACE_PAGES", 2)  # 864 events, 50 a page: the cap falls well inside them
    last = place(reader, TOWN.id, Filters(), page=2)
    assert last is not None and last["next"] is None and len(last["events"]) == PLACE_EVENTS
    assert place(reader, TOWN.id, Filters(), page=1)["next"] == 2


def test_a_deep_filtered_page_is_the_right_slice(tmp_path: Path) -> None:
    reader = Reader(_store(tmp_path / "p.db"))
    f = Filters(polarities=frozenset({"negated", "asserted"}))
    keep = kept_refs(reader, f)
    expected = [ref for ref in views.place_event_refs(reader.conn, TOWN.id) if ref in keep]
    deep = len(expected) // PLACE_EVENTS  # the last full page
    got = place(reader, TOWN.id, f, page=deep)
    assert got is not None
    assert [(e["doc_id"], e["id"]) for e in got["events"]] == expected[(deep - 1) * PLACE_EVENTS:deep * PLACE_EVENTS]
